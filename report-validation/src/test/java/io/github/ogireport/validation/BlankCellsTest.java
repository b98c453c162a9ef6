package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/** Blank totals and blank parts, on tables written for these tests. */
final class BlankCellsTest {
  @Test
  void a_section_four_table_with_every_outcome_total_blank_warns_once_per_group_and_is_not_an_error() {
    Report report = RuleCasesTest.valid2019().toBuilder()
        .table(Fixtures.review(6, 2, 1, 0, null, 3, 0, 1, 1, null, 0, 0, 0, 0, null))
        .build();
    ValidationResult result = ReportValidator.standard().validate(report);

    then(result.findings("review.total-blank")).extracting(f -> f.location().jsonPath()).containsExactly(
        "/tables/review_litigation/rows/review/total",
        "/tables/review_litigation/rows/litigation_direct/total",
        "/tables/review_litigation/rows/litigation_after_review/total");
    then(result.findings("review.total-blank")).allSatisfy(f -> then(f.severity()).isEqualTo(Severity.WARNING));
    then(result.findings("review.total-blank").get(0).computed()).contains(java.math.BigDecimal.valueOf(9));
    then(result.findings("review.total")).isEmpty();
    then(result.outcome("review.total").orElseThrow().status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
  }

  @Test
  void a_total_with_no_part_filled_and_a_total_of_zero_are_told_apart() {
    Report onlyTotal = RuleCasesTest.valid2019().toBuilder()
        .table(Fixtures.review(null, null, null, null, 5, 0, 0, 0, 0, 0, null, null, null, null, 0))
        .build();
    ValidationResult result = ReportValidator.standard().validate(onlyTotal);

    then(result.findings("review.part-blank")).extracting(f -> f.location().jsonPath())
        .containsExactly("/tables/review_litigation/rows/review/upheld");
    then(result.findings("review.total-blank")).isEmpty();
    then(result.outcome("review.part-blank").orElseThrow().passed()).isEqualTo(1);
  }

  @Test
  void an_applications_row_with_its_total_blank_is_named() {
    Report report = RuleCasesTest.setBlank(RuleCasesTest.valid2019(), TableType.APPLICATIONS_2019,
        io.github.ogireport.model.ApplicationRow.NEW_RECEIVED, io.github.ogireport.model.ApplicantColumn.TOTAL);
    ValidationResult result = ReportValidator.standard().validate(report);

    then(result.findings("applications.total-blank")).singleElement()
        .satisfies(f -> then(f.blankCells()).hasSize(1));
  }
}
