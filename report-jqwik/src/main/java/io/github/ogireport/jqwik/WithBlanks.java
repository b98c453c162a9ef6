package io.github.ogireport.jqwik;

import io.github.ogireport.generator.BlankStyle;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the reports of a {@code @ForAll Report} or {@code @ForAll @ReportSeries List<Report>} parameter
 * leave cells blank in the given style; without it no cell is blank.
 *
 * @since 0.1
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithBlanks {
  /** The blank style. */
  BlankStyle value();
}
