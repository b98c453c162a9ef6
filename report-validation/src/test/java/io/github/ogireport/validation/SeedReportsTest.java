package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SeedReportsTest {
  private final ReportValidator validator = ReportValidator.standard();

  @Test
  void seed_004_review_total_is_flagged_with_reported_9_computed_18_and_the_five_cells() {
    ValidationResult result = validator.validate(Fixtures.seed004());

    then(result.errors()).hasSize(1);
    Finding f = result.errors().get(0);
    then(f.ruleId()).isEqualTo("review.total");
    then(f.severity()).isEqualTo(Severity.ERROR);
    then(f.reported()).contains(new BigDecimal("9"));
    then(f.computed()).contains(new BigDecimal("18"));
    then(f.difference()).contains(new BigDecimal("-9"));
    then(f.cells()).containsExactly(
        CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.TOTAL),
        CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.UPHELD),
        CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.CORRECTED),
        CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.OTHER),
        CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.PENDING));
    then(f.location().jsonPath()).isEqualTo("/tables/review_litigation/rows/review/total");
    then(f.blankCells()).isEmpty();
    then(result.outcome("litigation-direct.total").orElseThrow().status()).isEqualTo(RuleStatus.PASSED);
  }

  @Test
  void seed_004_finding_reads_the_same_in_chinese_and_english_whatever_the_default_locale() {
    Finding f = validator.validate(Fixtures.seed004()).errors().get(0);

    then(f.message(java.util.Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("行政复议：总计为 9，结果维持、结果纠正、其他结果、尚未审结之和为 18，相差 -9");
    then(f.message(java.util.Locale.ENGLISH)).isEqualTo(
        "Administrative reconsideration: total is 9 but upheld, corrected, other and pending add up to 18"
            + " (difference -9)");
    then(f.message(java.util.Locale.forLanguageTag("tr-TR"))).isEqualTo(f.message(java.util.Locale.ENGLISH));
  }

  @Test
  void seed_003_rows_with_only_the_total_filled_are_not_evaluable_for_the_applicant_breakdown() {
    ValidationResult result = validator.validate(Fixtures.seed003());

    then(result.hasErrors()).isFalse();
    RuleOutcome applicants = result.outcome("applications.applicant-total").orElseThrow();
    then(applicants.status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
    then(applicants.notEvaluable()).isEqualTo(23);
    then(applicants.passed()).isZero();
    List<String> locations = new ArrayList<>();
    for (NotEvaluable n : result.notEvaluable("applications.applicant-total")) {
      locations.add(n.location());
      then(n.reason()).isEqualTo(NotEvaluable.Reason.BLANK_CELLS);
    }
    then(locations).first().isEqualTo("/tables/applications_2019/rows/new_received/total");
    then(locations).contains("/tables/applications_2019/rows/carried_forward/total");
  }

  @Test
  void seed_003_total_column_is_still_checked_and_passes() {
    ValidationResult result = validator.validate(Fixtures.seed003());

    RuleOutcome balance = result.outcome("applications.balance").orElseThrow();
    then(balance.passed()).isEqualTo(1); // the 总计 column: 0 + 0 = 0 + blank
    then(balance.notEvaluable()).isEqualTo(6); // the six applicant columns are blank
    RuleOutcome outcomes = result.outcome("applications.outcomes-total").orElseThrow();
    then(outcomes.passed()).isEqualTo(1);
    then(outcomes.notEvaluable()).isEqualTo(6);
    List<String> evaluated = new ArrayList<>();
    for (NotEvaluable n : result.notEvaluable("applications.balance")) {
      evaluated.add(n.location());
    }
    then(evaluated).doesNotContain("/tables/applications_2019/rows/new_received/total");
  }

  @Test
  void seed_003_balance_counts_the_blank_carried_forward_total_as_zero_and_names_it_when_it_fails() {
    Report report = Fixtures.seed003();
    Report changed = report.toBuilder()
        .table(report.table(TableType.APPLICATIONS_2019).orElseThrow().toBuilder()
            .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 2)
            .build())
        .build();

    List<Finding> findings = validator.validate(changed).findings("applications.balance");

    then(findings).hasSize(1);
    then(findings.get(0).reported()).contains(new BigDecimal("2"));
    then(findings.get(0).computed()).contains(BigDecimal.ZERO);
    then(findings.get(0).blankCells()).containsExactly(
        CellRef.of(TableType.APPLICATIONS_2019, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL));
    then(findings.get(0).message(java.util.Locale.ENGLISH)).endsWith(
        "; blank cells counted as 0: 四、结转下年度继续办理 / Total".replace("四、结转下年度继续办理", "Carried forward to the next year"));
  }

  @Test
  void seeds_000_001_002_and_corpus_f01_pass_without_error() {
    for (Report report : List.of(Fixtures.seed000(), Fixtures.seed001(), Fixtures.seed002(), Fixtures.f01())) {
      ValidationResult result = validator.validate(report);
      then(result.errors()).as(report.metadata().agency()).isEmpty();
    }
  }

  @Test
  void seed_001_lost_column_makes_the_natural_person_outcomes_not_evaluable() {
    ValidationResult result = validator.validate(Fixtures.seed001());

    List<String> locations = new ArrayList<>();
    for (NotEvaluable n : result.notEvaluable("applications.outcomes-total")) {
      locations.add(n.location());
    }
    then(locations).containsExactly("/tables/applications_2019/rows/total/natural_person");
  }

  @Test
  void corpus_f01_raises_no_finding_at_all() {
    then(validator.validate(Fixtures.f01()).findings()).isEmpty();
  }

  @Test
  void corpus_f02_is_mixed_edition_and_its_review_and_after_review_totals_are_flagged() {
    ValidationResult result = validator.validate(Fixtures.f02());

    then(result.errors()).extracting(Finding::ruleId)
        .containsExactly("review.total", "litigation-after-review.total");
    then(result.errors()).extracting(f -> f.reported().orElseThrow(), f -> f.computed().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BigDecimal.ZERO, new BigDecimal("11")),
            org.assertj.core.groups.Tuple.tuple(BigDecimal.ZERO, new BigDecimal("5")));
    then(result.warnings()).extracting(Finding::ruleId)
        .containsExactly("report.mixed-edition", "report.edition-year");
    then(result.outcome("applications.outcomes-total").orElseThrow().passed()).isEqualTo(7);
  }

  @Test
  void rules_apply_to_the_tables_present_so_the_2019_applications_rows_are_checked_in_a_2023_report() {
    ValidationResult result = validator.validate(Fixtures.f02());

    then(result.outcome("applications.applicant-total").orElseThrow().passed())
        .isEqualTo(TableType.APPLICATIONS_2019.rows().size());
    then(result.outcome("item1.disclosed-within-total").orElseThrow().status())
        .isEqualTo(RuleStatus.NOT_APPLICABLE);
  }

  static List<TableRow> rowsOf(TableType type) {
    return type.rows();
  }
}
