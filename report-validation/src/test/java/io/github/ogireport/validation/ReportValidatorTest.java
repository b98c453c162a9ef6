package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class ReportValidatorTest {

  @Test
  void a_profile_changes_the_severity_of_a_rule_by_id() {
    ReportValidator lenient = ReportValidator.builder()
        .profile(ValidationProfile.builder().severity("review.total", Severity.WARNING).build())
        .build();

    ValidationResult result = lenient.validate(Fixtures.seed004());

    then(result.hasErrors()).isFalse();
    then(result.warnings()).extracting(Finding::ruleId).containsExactly("review.total");
    then(result.outcome("review.total").orElseThrow().severity()).isEqualTo(Severity.WARNING);
    then(ReportValidator.standard().validate(Fixtures.seed004()).hasErrors()).isTrue();
  }

  @Test
  void a_profile_switches_a_rule_off_by_id() {
    ReportValidator validator = ReportValidator.builder()
        .profile(ValidationProfile.builder().disable("review.total").disable("report.mixed-edition").build())
        .build();

    ValidationResult result = validator.validate(Fixtures.f02());

    then(result.findings()).extracting(Finding::ruleId)
        .containsExactly("report.edition-year", "litigation-after-review.total");
    then(result.outcome("review.total")).isEmpty();
    then(validator.rules()).extracting(Rule::id).doesNotContain("review.total", "report.mixed-edition");
    then(validator.rules()).hasSize(RuleCatalogue.rules().size() - 2);
  }

  @Test
  void a_profile_naming_an_unknown_rule_is_rejected_when_the_validator_is_built() {
    ValidationProfile profile = ValidationProfile.builder().disable("review.totl").build();

    assertThatThrownBy(() -> ReportValidator.builder().profile(profile).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the profile names an unknown rule 'review.totl'");
  }

  @Test
  void profiles_are_values() {
    ValidationProfile a = ValidationProfile.builder().disable("review.total").severity("legacy.staff-total",
        Severity.INFO).build();
    ValidationProfile b = ValidationProfile.builder().severity("legacy.staff-total", Severity.INFO)
        .disable("legacy.review-total").disable("review.total").enable("legacy.review-total").build();

    then(a).isEqualTo(b).hasSameHashCodeAs(b);
    then(a.isDisabled("review.total")).isTrue();
    then(a.severity("legacy.staff-total")).contains(Severity.INFO);
    then(ValidationProfile.standard().disabled()).isEmpty();
  }

  @Test
  void findings_come_in_catalogue_order_then_cell_order() {
    Report report = RuleCasesTest.apps(RuleCasesTest.apps(Fixtures.seed004(), ApplicationRow.CARRIED_FORWARD,
        ApplicantColumn.NATURAL_PERSON, 1), ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 1);
    report = RuleCasesTest.year(report, 2021);

    ValidationResult result = ReportValidator.standard().validate(report);

    then(result.findings()).extracting(Finding::ruleId).containsExactly(
        "report.edition-year", "applications.balance", "applications.balance", "review.total");
    then(result.findings("applications.balance")).extracting(f -> f.location().jsonPath()).containsExactly(
        "/tables/applications_2019/rows/new_received/natural_person",
        "/tables/applications_2019/rows/new_received/total");
    List<String> ruleOrder = new ArrayList<>();
    for (RuleOutcome o : result.outcomes()) {
      ruleOrder.add(o.ruleId());
    }
    then(ruleOrder).containsExactlyElementsOf(RuleCatalogue.rules().stream().map(Rule::id).toList());
  }

  @Test
  void a_report_without_tables_makes_the_table_rules_not_applicable() {
    Report empty = Fixtures.report("某县人民政府", 2022, Edition.V2021);

    ValidationResult result = ReportValidator.standard().validate(empty);

    then(result.findings()).isEmpty();
    then(result.outcome("applications.balance").orElseThrow().status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
    then(result.outcome("metadata.year-range").orElseThrow().status()).isEqualTo(RuleStatus.PASSED);
    then(result.outcome("cross-year.carry-over").orElseThrow().status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
  }

  @Test
  void carry_over_is_checked_across_the_2020_to_2021_edition_boundary() {
    Report previous = Fixtures.report("某县人民政府", 2020, Edition.V2019, Fixtures.table(TableType.APPLICATIONS_2019,
        rowsWithCarriedForward(23, 7)));
    Report current = Fixtures.report("某县人民政府", 2021, Edition.V2021, Fixtures.table(TableType.APPLICATIONS_2021,
        rowsWithCarriedOver(25, 5)));

    ValidationResult result = ReportValidator.standard().validate(current, previous);

    then(result.findings("cross-year.carry-over")).extracting(f -> f.location().jsonPath(), f -> f.reported().orElseThrow(),
        f -> f.computed().orElseThrow()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/tables/applications_2021/rows/carried_over/natural_person",
                new BigDecimal("5"), new BigDecimal("7")),
            org.assertj.core.groups.Tuple.tuple("/tables/applications_2021/rows/carried_over/total",
                new BigDecimal("5"), new BigDecimal("7")));
    then(result.findings("cross-year.carry-over").get(0).previousCells()).extracting(c -> c.table())
        .containsOnly(TableType.APPLICATIONS_2019);
  }

  /** Applications rows all blank except row 四 (结转下年度): natural persons and total {@code value}. */
  private static Long[][] rowsWithCarriedForward(int rows, int value) {
    Long[][] r = new Long[rows][];
    for (int i = 0; i < rows; i++) {
      r[i] = Fixtures.same(7, null);
    }
    r[rows - 1] = Fixtures.r(value, 0, 0, 0, 0, 0, value);
    return r;
  }

  /** Applications rows all blank except row 二 (上年结转): natural persons and total {@code value}. */
  private static Long[][] rowsWithCarriedOver(int rows, int value) {
    Long[][] r = new Long[rows][];
    for (int i = 0; i < rows; i++) {
      r[i] = Fixtures.same(7, null);
    }
    r[1] = Fixtures.r(value, 0, 0, 0, 0, 0, value);
    return r;
  }

  @Test
  void years_that_do_not_follow_each_other_fail_one_rule_and_make_the_chains_not_applicable() {
    ValidationResult result = ReportValidator.standard()
        .validate(RuleCasesTest.valid2019(), RuleCasesTest.year(RuleCasesTest.previous2019(), 2017));

    then(result.errors()).extracting(Finding::ruleId).containsExactly("cross-year.consecutive-years");
    then(result.outcome("cross-year.carry-over").orElseThrow().status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
  }

  @Test
  void a_cross_year_chain_is_not_evaluable_when_last_years_cells_are_all_blank() {
    Report previous = RuleCasesTest.previous2019().toBuilder()
        .table(io.github.ogireport.model.Table.blank(TableType.ITEM1_2019))
        .build();

    ValidationResult result = ReportValidator.standard().validate(RuleCasesTest.valid2019(), previous);

    then(result.findings()).isEmpty();
    RuleOutcome chain = result.outcome("cross-year.total-disclosed-chain").orElseThrow();
    then(chain.status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
    then(result.notEvaluable("cross-year.total-disclosed-chain")).first()
        .satisfies(n -> then(n.previousBlankCells()).hasSize(1));
  }

  @Test
  void a_legacy_form_with_custom_rows_is_checked_on_its_official_rows() {
    Table base = Fixtures.seed002().table(TableType.LEGACY_STATISTICS).orElseThrow();
    Table withCustom = base.toBuilder()
        .addCustomRow(CustomRow.of("l3.1.5", "5.电子邮件申请数", Optional.of("件")), LegacyIndicator.L3_1_4)
        .set(LegacyIndicator.L3_1_2, LegacyColumn.VALUE, Cell.of(3))
        .build();
    Report report = Fixtures.seed002().toBuilder().table(withCustom).build();

    ValidationResult result = ReportValidator.standard().validate(report);

    then(result.errors()).extracting(f -> f.location().jsonPath(), f -> f.reported().orElseThrow(),
        f -> f.computed().orElseThrow()).containsExactly(org.assertj.core.groups.Tuple.tuple(
            "/tables/legacy_statistics/rows/L3.1/value", BigDecimal.ZERO, new BigDecimal("3")));
  }

  @Test
  void the_cumulative_legacy_column_is_checked_when_filled() {
    Table base = Fixtures.seed002().table(TableType.LEGACY_STATISTICS).orElseThrow();
    Table cumulative = base.toBuilder()
        .set(LegacyIndicator.L8_3, LegacyColumn.CUMULATIVE, Cell.of(9))
        .set(LegacyIndicator.L8_3_1, LegacyColumn.CUMULATIVE, Cell.of(4))
        .build();

    ValidationResult result = ReportValidator.standard().validate(Fixtures.seed002().toBuilder().table(cumulative).build());

    then(result.errors()).hasSize(1);
    Finding f = result.errors().get(0);
    then(f.location().jsonPath()).isEqualTo("/tables/legacy_statistics/rows/L8.3/cumulative");
    then(f.blankCells()).extracting(c -> c.row().key()).containsExactly("L8.3.2");
    then(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "（三）从事政府信息公开工作人员数／累计：总数为 9，专职与兼职人员之和为 4，相差 5；空白单元格按 0 计：2.兼职人员数／累计");
  }

  @Test
  void the_edition_of_each_table_is_compared_with_the_year() {
    Report legacyIn2019 = RuleCasesTest.year(Fixtures.seed002(), 2019);
    Report format2021In2020 = RuleCasesTest.year(RuleCasesTest.valid2021(), 2020);

    then(ReportValidator.standard().validate(legacyIn2019).warnings()).extracting(Finding::arguments)
        .containsExactly(List.of(2019, Edition.LEGACY, 2000, 2018));
    then(ReportValidator.standard().validate(format2021In2020).warnings()).extracting(f -> f.message(
        java.util.Locale.ENGLISH)).containsExactly(
            "The report for 2020 uses tables of the 2021 format, prescribed for the years 2021–2100");
  }

  @Test
  void one_validator_gives_the_same_results_from_many_threads() throws Exception {
    ReportValidator validator = ReportValidator.standard();
    List<Report> reports = List.of(Fixtures.seed003(), Fixtures.seed004(), Fixtures.f01(), Fixtures.f02(),
        Fixtures.seed002());
    List<List<Finding>> expected = new ArrayList<>();
    for (Report r : reports) {
      expected.add(validator.validate(r).findings());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            int k = i % reports.size();
            if (!validator.validate(reports.get(k)).findings().equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : futures) {
        then(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void results_are_immutable() {
    ValidationResult result = ReportValidator.standard().validate(Fixtures.seed004());

    assertThatThrownBy(() -> result.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.outcomes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.findings().get(0).cells().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void null_reports_are_rejected() {
    assertThatThrownBy(() -> ReportValidator.standard().validate(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
