package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/** Report-level heuristics: repeated tables across years, sections, fees; reports written for these tests. */
final class ReportLevelRulesTest {
  private static final String REPEATED = "cross-year.tables-repeated";

  @Test
  void tables_equal_to_the_previous_years_but_all_zero_are_not_a_copy() {
    Report zero = Fixtures.report("某县示例局", 2020, io.github.ogireport.model.Edition.V2019,
        Fixtures.review(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    ValidationResult result = ReportValidator.standard().validate(zero, RuleCasesTest.year(zero, 2019));

    then(result.findings(REPEATED)).isEmpty();
    then(result.outcome(REPEATED).orElseThrow().status()).isEqualTo(RuleStatus.PASSED);
  }

  @Test
  void a_report_repeating_the_previous_years_tables_warns_once_naming_them() {
    Report current = RuleCasesTest.valid2019();
    ValidationResult result = ReportValidator.standard().validate(current, RuleCasesTest.year(current, 2019));

    then(result.findings(REPEATED)).singleElement().satisfies(f -> {
      then(f.severity()).isEqualTo(Severity.WARNING);
      then(f.arguments().get(1)).asList().contains(TableType.APPLICATIONS_2019, TableType.REVIEW_LITIGATION);
    });
  }

  @Test
  void one_different_cell_or_a_table_missing_in_one_year_is_no_repeat() {
    Report current = RuleCasesTest.valid2019();
    Report previous = RuleCasesTest.set(RuleCasesTest.year(current, 2019), TableType.REVIEW_LITIGATION,
        io.github.ogireport.model.ReviewRow.LITIGATION_AFTER_REVIEW, io.github.ogireport.model.ReviewColumn.PENDING, 1);
    then(ReportValidator.standard().validate(current, previous).findings(REPEATED)).isEmpty();

    Report fewer = Fixtures.report("某县示例局", 2019, io.github.ogireport.model.Edition.V2019,
        current.table(TableType.REVIEW_LITIGATION).orElseThrow());
    then(ReportValidator.standard().validate(current, fewer).findings(REPEATED)).isEmpty();
  }

  @Test
  void reports_built_without_narrative_are_not_checked_for_sections_or_fees() {
    ValidationResult result = ReportValidator.standard().validate(RuleCasesTest.fees(RuleCasesTest.valid2021(), "5"));

    then(result.outcome("narrative.sections-present").orElseThrow().status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    then(result.outcome("narrative.fees-mentioned").orElseThrow().status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
  }

  @Test
  void a_report_with_only_an_overview_misses_five_and_six_and_zero_fees_need_no_mention() {
    Report report = RuleCasesTest.overview(RuleCasesTest.fees(RuleCasesTest.valid2021(), "0"), "本年度工作总体平稳。");
    ValidationResult result = ReportValidator.standard().validate(report);

    then(result.findings("narrative.sections-present")).extracting(f -> f.location().jsonPath())
        .containsExactly("/narrative/problems", "/narrative/other_matters");
    then(result.findings("narrative.sections-present").get(0).message(java.util.Locale.SIMPLIFIED_CHINESE))
        .contains("五、存在的主要问题及改进情况");
    then(result.findings("narrative.fees-mentioned")).isEmpty();
  }

  @Test
  void legacy_fees_are_looked_for_in_the_whole_text() {
    Report legacy = RuleCasesTest.validLegacy().toBuilder()
        .table(RuleCasesTest.validLegacy().table(TableType.LEGACY_STATISTICS).orElseThrow().toBuilder()
            .set(io.github.ogireport.model.LegacyIndicator.L7, io.github.ogireport.model.LegacyColumn.VALUE,
                io.github.ogireport.model.Cell.amount(new java.math.BigDecimal("0.3"),
                    io.github.ogireport.model.AmountUnit.WAN_YUAN))
            .build())
        .build();
    then(ReportValidator.standard().validate(RuleCasesTest.legacyText(legacy, "全年收取检索复制费用0.3万元。"))
        .findings("narrative.fees-mentioned")).isEmpty();
    then(ReportValidator.standard().validate(RuleCasesTest.legacyText(legacy, "全年工作平稳。"))
        .findings("narrative.fees-mentioned")).hasSize(1);
  }
}
