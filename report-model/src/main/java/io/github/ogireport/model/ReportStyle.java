package io.github.ogireport.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the model: JDK collections only and generated
 * {@code Immutable*} classes hidden behind the abstract types. Builders are not strict, so that
 * {@code toBuilder()} can derive a changed copy (fault injection and readers rely on it).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaultAsDefault = true,
    jakarta = true)
@interface ReportStyle {}
