package io.github.ogireport.jqwik;

import io.github.ogireport.model.Edition;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a {@code @ForAll Report} parameter to reports of the given editions.
 *
 * <pre>{@code
 * @Property
 * void section_three_adds_up(@ForAll @ForEdition(Edition.V2021) Report report) { ... }
 * }</pre>
 *
 * @since 0.1
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ForEdition {
  /** The editions to draw from; at least one. */
  Edition[] value();
}
