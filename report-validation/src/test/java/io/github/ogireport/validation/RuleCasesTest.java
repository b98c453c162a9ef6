package io.github.ogireport.validation;

import static io.github.ogireport.validation.Fixtures.r;
import static io.github.ogireport.validation.Fixtures.table;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the catalogue fires on one hand-built report and passes on another. */
final class RuleCasesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /** An expected finding: its location and, for numeric rules, the reported and computed values. */
  record Expected(String location, Long reported, Long computed) {}

  /** A rule, a report on which it fires with the expected findings, and one on which it passes. */
  record Case(String ruleId, Supplier<ValidationResult> firing, List<Expected> expected,
      Supplier<ValidationResult> passing) {
    @Override
    public String toString() {
      return ruleId;
    }
  }

  // A valid 2019 report: seed 004 with its 行政复议 total corrected to 18.
  static Report valid2019() {
    return set(Fixtures.seed004(), TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.TOTAL, 18);
  }

  static Report valid2021() {
    return Fixtures.f01();
  }

  static Report validLegacy() {
    return Fixtures.seed002();
  }

  static Report set(Report report, TableType type, TableRow row, TableColumn column, long value) {
    return report.toBuilder()
        .table(report.table(type).orElseThrow().toBuilder().set(row, column, Cell.of(value)).build())
        .build();
  }

  static Report apps(Report report, ApplicationRow row, ApplicantColumn column, long value) {
    return set(report, TableType.APPLICATIONS_2019, row, column, value);
  }

  static Report legacy(Report report, LegacyIndicator row, long value) {
    return set(report, TableType.LEGACY_STATISTICS, row, LegacyColumn.VALUE, value);
  }

  static Report year(Report report, int year) {
    return report.toBuilder().metadata(ReportMetadata.of(report.metadata().agency(), year)).build();
  }

  static Report overview(Report report, String text) {
    return report.toBuilder().addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, text)).build();
  }

  static Report setBlank(Report report, TableType type, TableRow row, TableColumn column) {
    return report.toBuilder()
        .table(report.table(type).orElseThrow().toBuilder().set(row, column, Cell.blank()).build())
        .build();
  }

  static Report section(Report report, ReportSection section, String text) {
    return report.toBuilder().addNarrative(NarrativeSection.of(section, text)).build();
  }

  static Report fees(Report report, String wanYuan) {
    return report.toBuilder()
        .table(report.table(TableType.ITEM8_2021).orElseThrow().toBuilder()
            .set(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT,
                Cell.amount(new BigDecimal(wanYuan), io.github.ogireport.model.AmountUnit.WAN_YUAN))
            .build())
        .build();
  }

  static final io.github.ogireport.model.CustomRow X9 =
      io.github.ogireport.model.CustomRow.of("x9", "（九）网上咨询数", java.util.Optional.of("件"));
  static final io.github.ogireport.model.CustomRow X9_1 =
      io.github.ogireport.model.CustomRow.of("x9.1", "其中：当日答复数", java.util.Optional.of("件"));

  /** The valid legacy report with two rows a province added: （九） and its 其中 part. */
  static Report legacyCustom(long parentValue, long parentCumulative, long childValue, long childCumulative) {
    return validLegacy().toBuilder()
        .table(validLegacy().table(TableType.LEGACY_STATISTICS).orElseThrow().toBuilder()
            .addCustomRow(X9).addCustomRow(X9_1)
            .set(X9, LegacyColumn.VALUE, Cell.of(parentValue))
            .set(X9, LegacyColumn.CUMULATIVE, Cell.of(parentCumulative))
            .set(X9_1, LegacyColumn.VALUE, Cell.of(childValue))
            .set(X9_1, LegacyColumn.CUMULATIVE, Cell.of(childCumulative))
            .build())
        .build();
  }

  /** The year before {@link #legacyCustom}'s report, with the given cumulative figures of its two custom rows. */
  static Report previousLegacy(long parentCumulative, long childCumulative) {
    Report r = legacyCustom(10, parentCumulative, 10, childCumulative);
    return year(r, r.metadata().year() - 1);
  }

  static Report legacyText(Report report, String text) {
    return report.toBuilder()
        .addNarrative(NarrativeSection.of(ReportSection.UNCLASSIFIED, text)).build();
  }

  static Expected at(String tableRowColumn, long reported, long computed) {
    return new Expected("/tables/" + tableRowColumn, reported, computed);
  }

  static Expected at(String location) {
    return new Expected(location, null, null);
  }

  static Supplier<ValidationResult> one(Supplier<Report> report) {
    return () -> VALIDATOR.validate(report.get());
  }

  static Supplier<ValidationResult> two(Supplier<Report> current, Supplier<Report> previous) {
    return () -> VALIDATOR.validate(current.get(), previous.get());
  }

  // Previous-year reports for the cross-year rules.

  /** A 2019 report for 2019 whose chains lead to {@link #valid2019()}. */
  static Report previous2019() {
    Report r = year(valid2019(), 2019);
    return r.toBuilder()
        .table(table(TableType.ITEM1_2019, r(0, 0, 0), r(12, 12, 37)))
        .table(table(TableType.ITEM5_2019, r(900, -267, 1000), r(429, -206, 12)))
        .table(table(TableType.ITEM6_2019, r(4037, -17, 5000), r(138, 1, 3)))
        .table(table(TableType.ITEM8_2019, r(48, 5)))
        .build();
  }

  /** A 2021-format report for 2023, section 二 第（一）项 only, whose 现行有效件数 chain leads to {@link #valid2021()}. */
  static Report previous2021() {
    return Fixtures.report("淮安市人民政府", 2023, io.github.ogireport.model.Edition.V2021,
        table(TableType.ITEM1_2021, r(2, 0, 10), r(5, 3, 84)));
  }

  static Stream<Case> cases() {
    String apps = "applications_2019/rows/";
    String legacy = "legacy_statistics/rows/";
    return Stream.of(
        new Case("metadata.agency-required",
            one(() -> TestReports.withMetadata(valid2019(), TestReports.unchecked("  ", 2020))),
            List.of(at("/metadata/agency")), one(RuleCasesTest::valid2019)),
        new Case("metadata.year-range",
            one(() -> TestReports.withMetadata(valid2019(), TestReports.unchecked("某县", 1999))),
            List.of(at("/metadata/year")), one(RuleCasesTest::valid2019)),
        new Case("report.mixed-edition", one(Fixtures::f02), List.of(at("/tables")),
            one(RuleCasesTest::valid2021)),
        new Case("report.edition-year", one(() -> year(valid2019(), 2022)), List.of(at("/metadata/year")),
            one(RuleCasesTest::valid2019)),
        new Case("item1.disclosed-within-total",
            one(() -> set(valid2019(), TableType.ITEM1_2019, Section2Row.NORMATIVE_DOCUMENTS,
                Section2Column.NEW_DISCLOSED, 48)),
            List.of(at("article20_item1_2019/rows/normative_documents/new_disclosed", 48, 47)),
            one(RuleCasesTest::valid2019)),
        new Case("items.current-count-non-negative",
            one(() -> set(valid2019(), TableType.ITEM5_2019, Section2Row.ADMINISTRATIVE_LICENSING,
                Section2Column.CHANGE, -700)),
            List.of(at("article20_item5_2019/rows/administrative_licensing/previous_items", -67, 0)),
            one(RuleCasesTest::valid2019)),
        new Case("applications.balance",
            one(() -> apps(apps(valid2019(), ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 1),
                ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 1)),
            List.of(at(apps + "new_received/natural_person", 108, 109), at(apps + "new_received/total", 131, 132)),
            one(RuleCasesTest::valid2019)),
        new Case("applications.outcomes-total",
            one(() -> apps(apps(valid2019(), ApplicationRow.GRANTED, ApplicantColumn.COMMERCIAL_ENTERPRISE, 16),
                ApplicationRow.GRANTED, ApplicantColumn.TOTAL, 58)),
            List.of(at(apps + "total/commercial_enterprise", 15, 16), at(apps + "total/total", 131, 132)),
            one(RuleCasesTest::valid2019)),
        new Case("applications.applicant-total",
            one(() -> apps(apps(valid2019(), ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 109),
                ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 1)),
            List.of(at(apps + "new_received/total", 131, 132), at(apps + "carried_forward/total", 0, 1)),
            one(RuleCasesTest::valid2019)),
        new Case("applications.outcomes-within-available",
            one(() -> apps(valid2019(), ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 100)),
            List.of(at(apps + "total/total", 131, 100)), one(RuleCasesTest::valid2019)),
        new Case("review.total", one(Fixtures::seed004),
            List.of(at("review_litigation/rows/review/total", 9, 18)), one(RuleCasesTest::valid2019)),
        new Case("litigation-direct.total",
            one(() -> set(valid2019(), TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_DIRECT,
                ReviewColumn.TOTAL, 3)),
            List.of(at("review_litigation/rows/litigation_direct/total", 3, 2)), one(RuleCasesTest::valid2019)),
        new Case("litigation-after-review.total", one(Fixtures::f02),
            List.of(at("review_litigation/rows/litigation_after_review/total", 0, 5)),
            one(RuleCasesTest::valid2021)),
        new Case("applications.total-blank",
            one(() -> setBlank(valid2019(), TableType.APPLICATIONS_2019, ApplicationRow.GRANTED, ApplicantColumn.TOTAL)),
            List.of(new Expected("/tables/" + apps + "granted/total", null, 57L)), one(RuleCasesTest::valid2019)),
        new Case("applications.part-blank",
            one(() -> setBlank(valid2019(), TableType.APPLICATIONS_2019, ApplicationRow.GRANTED,
                ApplicantColumn.COMMERCIAL_ENTERPRISE)),
            List.of(at(apps + "granted/commercial_enterprise", 57, 42)),
            one(() -> setBlank(valid2019(), TableType.APPLICATIONS_2019, ApplicationRow.GRANTED,
                ApplicantColumn.OTHER_ORGANIZATION))),
        new Case("review.total-blank",
            one(() -> setBlank(valid2019(), TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_DIRECT, ReviewColumn.TOTAL)),
            List.of(new Expected("/tables/review_litigation/rows/litigation_direct/total", null, 2L)),
            one(RuleCasesTest::valid2019)),
        new Case("review.part-blank",
            one(() -> setBlank(valid2019(), TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_DIRECT,
                ReviewColumn.UPHELD)),
            List.of(at("review_litigation/rows/litigation_direct/upheld", 2, 0)),
            one(() -> setBlank(valid2019(), TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_DIRECT,
                ReviewColumn.OTHER))),
        new Case("narrative.applications-received",
            one(() -> overview(valid2019(), "本年度共收到政府信息公开申请130件，均已按时答复。")),
            List.of(at(apps + "new_received/total", 130, 131)),
            one(() -> overview(valid2019(), "全年受理各类公开申请 131 件。"))),
        new Case("narrative.applications-carried-over",
            one(() -> overview(valid2019(), "本年度收到申请131件，上年结转申请2件。")),
            List.of(at(apps + "carried_over/total", 2, 0)),
            one(() -> overview(valid2019(), "本年度收到申请131件，无上年结转申请。"))),
        new Case("narrative.applications-handled",
            one(() -> overview(valid2019(), "本年度收到52件申请，经认真研究，全部办结51件。")),
            List.of(at(apps + "total/total", 51, 131)),
            one(() -> overview(valid2019(), "本年度收到131件申请，经认真研究，全部办结131件。"))),
        new Case("narrative.applications-carried-forward",
            one(() -> overview(valid2019(), "办结申请125件，另有6件结转下年度继续办理。")),
            List.of(at(apps + "carried_forward/total", 6, 0)),
            one(() -> overview(valid2019(), "办结申请131件，结转下年度0件。"))),
        new Case("narrative.reviews",
            one(() -> overview(valid2019(), "本年度发生政府信息公开行政复议案件17件。")),
            List.of(at("review_litigation/rows/review/total", 17, 18)),
            one(() -> overview(valid2019(), "本年度发生政府信息公开行政复议案件18件。"))),
        new Case("narrative.lawsuits",
            one(() -> overview(valid2019(), "本年度未发生行政复议以外的纠纷，行政诉讼案件3起。")),
            List.of(at("review_litigation/rows/litigation_direct/total", 3, 2)),
            one(() -> overview(valid2019(), "行政诉讼案件2起。"))),
        new Case("narrative.legacy-disclosed",
            one(() -> legacyText(validLegacy(), "全年主动公开政府信息200条。")),
            List.of(at(legacy + "L1.1/value", 200, 190)),
            one(() -> legacyText(validLegacy(), "全年主动公开政府信息190条。"))),
        new Case("narrative.legacy-received",
            one(() -> legacyText(validLegacy(), "全年共受理政府信息公开申请3件。")),
            List.of(at(legacy + "L3.1/value", 3, 0)),
            one(() -> legacyText(validLegacy(), "全年共受理政府信息公开申请0件。"))),
        new Case("narrative.legacy-replied",
            one(() -> legacyText(validLegacy(), "全年共受理政府信息公开申请0件，答复申请2件。")),
            List.of(at(legacy + "L3.3/value", 2, 0)),
            one(() -> legacyText(validLegacy(), "全年共受理政府信息公开申请0件，答复申请0件。"))),
        new Case("narrative.sections-present",
            one(() -> section(overview(valid2019(), "本年度工作总体平稳。"), ReportSection.OTHER_MATTERS, "无。")),
            List.of(at("/narrative/problems")),
            one(() -> section(section(overview(valid2019(), "本年度工作总体平稳。"), ReportSection.PROBLEMS,
                "存在的问题是公开时效不够及时。"), ReportSection.OTHER_MATTERS, "无。"))),
        new Case("narrative.fees-mentioned",
            one(() -> section(fees(valid2021(), "12"), ReportSection.OTHER_MATTERS, "本年度无其他需要报告的事项。")),
            List.of(new Expected("/tables/article20_item8_2021/rows/administrative_fees/fees_amount", 12L, null)),
            one(() -> section(fees(valid2021(), "12"), ReportSection.OTHER_MATTERS, "本年度未收取信息处理费。"))),
        new Case("legacy.channels-cover-disclosed", one(() -> legacy(validLegacy(), LegacyIndicator.L1_1, 191)),
            List.of(at(legacy + "L1.1/value", 191, 190)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.normative-within-disclosed",
            one(() -> legacy(validLegacy(), LegacyIndicator.L1_1A, 191)),
            List.of(at(legacy + "L1.1a/value", 191, 190)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.normative-disclosed-within-issued",
            one(() -> legacy(validLegacy(), LegacyIndicator.L1_1A, 136)),
            List.of(at(legacy + "L1.1a/value", 136, 135)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.leader-within-total", one(() -> legacy(validLegacy(), LegacyIndicator.L2_2_2A, 1)),
            List.of(at(legacy + "L2.2.2a/value", 1, 0)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.applications-received-total",
            one(() -> legacy(validLegacy(), LegacyIndicator.L3_1_3, 2)),
            List.of(at(legacy + "L3.1/value", 0, 2)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.applications-concluded-total",
            one(() -> legacy(validLegacy(), LegacyIndicator.L3_2_2, 1)),
            List.of(at(legacy + "L3.2/value", 0, 1)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.replies-total", one(() -> legacy(validLegacy(), LegacyIndicator.L3_3_8, 4)),
            List.of(at(legacy + "L3.3/value", 0, 4)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.refusal-grounds", one(() -> legacy(validLegacy(), LegacyIndicator.L3_3_4C, 1)),
            List.of(at(legacy + "L3.3.4/value", 0, 1)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.concluded-within-received",
            one(() -> legacy(legacy(validLegacy(), LegacyIndicator.L3_2, 3), LegacyIndicator.L3_2_1, 3)),
            List.of(at(legacy + "L3.2/value", 3, 0)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.replies-equal-concluded",
            one(() -> legacy(legacy(validLegacy(), LegacyIndicator.L3_3, 2), LegacyIndicator.L3_3_2, 2)),
            List.of(at(legacy + "L3.3/value", 2, 0)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.review-total", one(() -> legacy(validLegacy(), LegacyIndicator.L4_1, 1)),
            List.of(at(legacy + "L4/value", 0, 1)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.litigation-total", one(() -> legacy(validLegacy(), LegacyIndicator.L5, 2)),
            List.of(at(legacy + "L5/value", 2, 0)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.staff-total", one(() -> legacy(validLegacy(), LegacyIndicator.L8_3_2, 3)),
            List.of(at(legacy + "L8.3/value", 4, 5)), one(RuleCasesTest::validLegacy)),
        new Case("legacy.custom-part-within-parent",
            one(() -> legacyCustom(40, 300, 45, 200)),
            List.of(at(legacy + "x9.1/value", 45, 40)),
            one(() -> legacyCustom(40, 300, 35, 200))),
        new Case("legacy.custom-value-within-cumulative",
            one(() -> legacyCustom(400, 300, 35, 200)),
            List.of(at(legacy + "x9/value", 400, 300)),
            one(() -> legacyCustom(40, 300, 35, 200))),
        new Case("cross-year.consecutive-years",
            two(RuleCasesTest::valid2019, () -> year(previous2019(), 2018)),
            List.of(new Expected("/metadata/year", 2018L, 2019L)),
            two(RuleCasesTest::valid2019, RuleCasesTest::previous2019)),
        new Case("cross-year.tables-repeated",
            two(RuleCasesTest::valid2019, () -> year(valid2019(), 2019)),
            List.of(at("/tables")),
            two(RuleCasesTest::valid2019, RuleCasesTest::previous2019)),
        new Case("cross-year.carry-over",
            two(RuleCasesTest::valid2019, () -> apps(apps(previous2019(), ApplicationRow.CARRIED_FORWARD,
                ApplicantColumn.NATURAL_PERSON, 5), ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 5)),
            List.of(at(apps + "carried_over/natural_person", 0, 5), at(apps + "carried_over/total", 0, 5)),
            two(RuleCasesTest::valid2019, RuleCasesTest::previous2019)),
        new Case("cross-year.item-count-chain",
            two(RuleCasesTest::valid2019, () -> set(previous2019(), TableType.ITEM5_2019,
                Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE, -260)),
            List.of(at("article20_item5_2019/rows/administrative_licensing/previous_items", 633, 640)),
            two(RuleCasesTest::valid2019, RuleCasesTest::previous2019)),
        new Case("cross-year.total-disclosed-non-decreasing",
            two(RuleCasesTest::valid2019, () -> set(previous2019(), TableType.ITEM1_2019,
                Section2Row.NORMATIVE_DOCUMENTS, Section2Column.TOTAL_DISCLOSED, 50)),
            List.of(at("article20_item1_2019/rows/normative_documents/total_disclosed", 47, 50)),
            two(RuleCasesTest::valid2019, RuleCasesTest::previous2019)),
        new Case("cross-year.total-disclosed-chain",
            two(RuleCasesTest::valid2019, () -> set(previous2019(), TableType.ITEM1_2019,
                Section2Row.NORMATIVE_DOCUMENTS, Section2Column.TOTAL_DISCLOSED, 40)),
            List.of(at("article20_item1_2019/rows/normative_documents/total_disclosed", 47, 50)),
            two(RuleCasesTest::valid2019, RuleCasesTest::previous2019)),
        new Case("cross-year.legacy-cumulative-chain",
            // last year's cumulative 250 + this year's 40 = 290, but 300 is printed (the sub-item chains: 165 + 35)
            two(() -> legacyCustom(40, 300, 35, 200), () -> previousLegacy(250, 165)),
            List.of(at(legacy + "x9/cumulative", 300, 290)),
            two(() -> legacyCustom(40, 300, 35, 200), () -> previousLegacy(260, 165))),
        new Case("cross-year.in-force-chain",
            two(RuleCasesTest::valid2021, () -> set(previous2021(), TableType.ITEM1_2021, Section2Row.RULES,
                Section2Column.IN_FORCE, 12)),
            List.of(at("article20_item1_2021/rows/rules/in_force", 11, 13)),
            two(RuleCasesTest::valid2021, RuleCasesTest::previous2021)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_rule_fires_with_the_expected_cells_and_numbers(Case c) {
    List<Finding> findings = c.firing().get().findings(c.ruleId());

    List<Expected> actual = new ArrayList<>();
    for (Finding f : findings) {
      actual.add(new Expected(f.location().jsonPath(),
          f.reported().map(BigDecimal::longValueExact).orElse(null),
          f.computed().map(BigDecimal::longValueExact).orElse(null)));
      then(f.severity()).isEqualTo(f.rule().defaultSeverity());
      then(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).doesNotContain("{");
      then(f.message(java.util.Locale.ENGLISH)).doesNotContain("{");
    }
    then(actual).containsExactlyElementsOf(c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_rule_passes_on_a_consistent_report(Case c) {
    ValidationResult result = c.passing().get();

    then(result.findings(c.ruleId())).isEmpty();
    then(result.outcome(c.ruleId()).orElseThrow().status()).isEqualTo(RuleStatus.PASSED);
  }

  @Test
  void every_rule_of_the_catalogue_has_a_case() {
    TreeSet<String> covered = new TreeSet<>();
    cases().forEach(c -> covered.add(c.ruleId()));
    TreeSet<String> all = new TreeSet<>();
    RuleCatalogue.rules().forEach(r -> all.add(r.id()));

    then(covered).isEqualTo(all);
  }

  @Test
  void the_consistent_reports_used_here_raise_no_error_even_across_years() {
    then(VALIDATOR.validate(valid2019()).findings()).isEmpty();
    then(VALIDATOR.validate(valid2021()).findings()).isEmpty();
    then(VALIDATOR.validate(validLegacy()).findings()).isEmpty();
    then(VALIDATOR.validate(valid2019(), previous2019()).findings()).isEmpty();
    then(VALIDATOR.validate(valid2021(), previous2021()).findings()).isEmpty();
  }
}
