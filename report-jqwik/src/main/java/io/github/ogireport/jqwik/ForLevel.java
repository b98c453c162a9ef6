package io.github.ogireport.jqwik;

import io.github.ogireport.generator.AgencyLevel;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a {@code @ForAll Report} or {@code @ForAll @ReportSeries List<Report>} parameter to agencies of
 * the given levels, for example {@code @ForLevel(AgencyLevel.CITY)} for reports with thousands of
 * applications.
 *
 * @since 0.1
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ForLevel {
  /** The agency levels to draw from; at least one. */
  AgencyLevel[] value();
}
