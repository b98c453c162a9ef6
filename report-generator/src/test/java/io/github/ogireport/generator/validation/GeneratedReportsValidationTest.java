package io.github.ogireport.generator.validation;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Every valid report the generator draws passes the whole rule catalogue without error. */
class GeneratedReportsValidationTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Property(tries = 400)
  void every_generated_report_of_every_edition_and_blank_style_has_no_error(
      @ForAll long seed,
      @ForAll Edition edition,
      @ForAll BlankStyle blanks,
      @ForAll @LongRange(min = 0, max = 10_000) long index) {
    Report report = ReportGenerator.builder().seed(seed).edition(edition).blanks(blanks).build().generate(index);

    ValidationResult result = VALIDATOR.validate(report);

    then(result.errors()).as("%s", report.metadata()).isEmpty();
  }

  @Property(tries = 150)
  void consecutive_generated_years_have_no_error_across_years(
      @ForAll long seed,
      @ForAll BlankStyle blanks,
      @ForAll @IntRange(min = 2014, max = 2023) int firstYear) {
    List<Report> series = ReportGenerator.builder().seed(seed).blanks(blanks).build().series(firstYear, 3);

    for (int i = 1; i < series.size(); i++) {
      List<Finding> errors = VALIDATOR.validate(series.get(i), series.get(i - 1)).errors();
      then(errors).as("%d after %d", firstYear + i, firstYear + i - 1).isEmpty();
    }
  }
}
