package io.github.ogireport.jqwik;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code @ForAll List<Report>} parameter draw one agency's consecutive yearly reports (see
 * {@link ReportSeriesArbitrary}) instead of a list of unrelated reports.
 *
 * <pre>{@code
 * @Property
 * void carried_applications_chain(@ForAll @ReportSeries(firstYear = 2019, years = 4) List<Report> series) { ... }
 * }</pre>
 *
 * @since 0.1
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReportSeries {
  /** The first report year; 0 (the default) lets jqwik draw it between 2014 and 2023. */
  int firstYear() default 0;

  /** The number of years; 0 (the default) lets jqwik draw 2 to 5. */
  int years() default 0;
}
