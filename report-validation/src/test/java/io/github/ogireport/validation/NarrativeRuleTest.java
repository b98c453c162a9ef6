package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Report;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The narrative rule X-7, with texts written for these tests. */
final class NarrativeRuleTest {
  private static final String RULE = "narrative.applications-received";

  private static ValidationResult validate(String overview) {
    Report report = RuleCasesTest.overview(RuleCasesTest.valid2019(), overview);
    return ReportValidator.standard().validate(report);
  }

  @Test
  void a_text_saying_no_application_was_received_states_zero() {
    ValidationResult result = validate("本年度未收到政府信息公开申请。全年主动公开信息200条。");

    then(result.findings(RULE)).hasSize(1);
    then(result.findings(RULE).get(0).reported()).contains(BigDecimal.ZERO);
  }

  @Test
  void a_text_stating_no_number_is_not_evaluable() {
    ValidationResult result = validate("本机关认真做好依申请公开工作。");

    then(result.outcome(RULE).orElseThrow().status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
    then(result.notEvaluable(RULE)).extracting(NotEvaluable::reason)
        .containsExactly(NotEvaluable.Reason.NO_NUMBER_IN_TEXT);
    then(result.outcome("narrative.applications-handled").orElseThrow().status())
        .isEqualTo(RuleStatus.NOT_APPLICABLE);
  }

  @Test
  void the_number_may_be_written_with_spaces_and_full_width_digits() {
    then(validate("全年共受理依申请公开 １３１ 件，均已办结。").findings(RULE)).isEmpty();
    then(validate("全年共受理依申请公开 １３１ 件，均已办结。").outcome(RULE).orElseThrow().passed()).isEqualTo(1);
  }

  @Test
  void a_number_in_another_clause_is_not_taken() {
    ValidationResult result = validate("本机关收到的申请均已答复。另有来信12件。");

    then(result.outcome(RULE).orElseThrow().status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
  }

  @Test
  void the_first_stated_number_is_compared_with_the_new_applications_total() {
    ValidationResult result = validate("本年度收到来信若干。其中收到政府信息公开申请120件，上年结转0件。");

    then(result.findings(RULE)).hasSize(1);
    Finding f = result.findings(RULE).get(0);
    then(f.severity()).isEqualTo(Severity.WARNING);
    then(f.reported()).contains(new BigDecimal("120"));
    then(f.computed()).contains(new BigDecimal("131"));
    then(f.arguments().get(0)).isEqualTo("收到政府信息公开申请120件");
  }

  @Test
  void a_sentence_wrapped_across_lines_as_pdf_text_is_still_read() {
    ValidationResult result = validate("2024 年，区政府以区政府名义受理政\n府信息公开申请 17 件，均在法定期限内答复。");

    then(result.findings(RULE)).hasSize(1);
    Finding f = result.findings(RULE).get(0);
    then(f.reported()).contains(new BigDecimal("17"));
    then(f.computed()).contains(new BigDecimal("131"));
    then(f.arguments().get(0)).isEqualTo("受理政府信息公开申请 17 件");
  }

  @Test
  void a_report_without_overview_or_applications_table_does_not_apply() {
    then(ReportValidator.standard().validate(RuleCasesTest.valid2019()).outcome(RULE).orElseThrow().status())
        .isEqualTo(RuleStatus.NOT_APPLICABLE);
    then(ReportValidator.standard().validate(RuleCasesTest.overview(Fixtures.seed002(), "收到申请3件。"))
        .outcome(RULE).orElseThrow().status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
  }

  @Test
  void received_52_and_handled_51_are_each_compared_with_their_own_cell() {
    // the table: 131 new, 0 carried over, 131 outcomes, 0 carried forward
    ValidationResult result = validate("本年度收到131件申请，经研究，办结131件，结转下年度0件。");
    then(result.findings()).filteredOn(f -> f.rule().id().startsWith("narrative.") && !f.rule().id().equals("narrative.sections-present")).isEmpty();

    ValidationResult wrong = validate("本年度收到52件申请，经研究，办结51件。");
    then(wrong.findings(RULE)).singleElement().satisfies(f -> {
      then(f.reported()).contains(new BigDecimal("52"));
      then(f.arguments().get(0)).isEqualTo("收到52件申请");
    });
    then(wrong.findings("narrative.applications-handled")).singleElement().satisfies(f -> {
      then(f.reported()).contains(new BigDecimal("51"));
      then(f.computed()).contains(new BigDecimal("131"));
      then(f.location().jsonPath()).isEqualTo("/tables/applications_2019/rows/total/total");
    });
  }

  @Test
  void accepted_may_be_new_and_carried_over_together() {
    Report report = RuleCasesTest.set(RuleCasesTest.valid2019(), io.github.ogireport.model.TableType.APPLICATIONS_2019,
        io.github.ogireport.model.ApplicationRow.CARRIED_OVER, io.github.ogireport.model.ApplicantColumn.TOTAL, 20);
    ValidationResult both = ReportValidator.standard().validate(
        RuleCasesTest.overview(report, "全年共受理政府信息公开申请151件。"));
    then(both.findings(RULE)).isEmpty();
    then(both.outcome(RULE).orElseThrow().passed()).isEqualTo(1);

    ValidationResult received = ReportValidator.standard().validate(
        RuleCasesTest.overview(report, "全年共收到政府信息公开申请151件。"));
    then(received.findings(RULE)).hasSize(1);

    ValidationResult neither = ReportValidator.standard().validate(
        RuleCasesTest.overview(report, "全年共受理政府信息公开申请160件。"));
    then(neither.findings(RULE)).singleElement().satisfies(f -> then(f.cells()).hasSize(2));
  }

  @Test
  void carried_over_and_forward_reviews_and_lawsuits_are_compared() {
    // valid2019: 0 carried over, 0 forward, 18 reconsiderations, 2 lawsuits filed directly, 0 after review
    ValidationResult good = validate("上年结转0件，结转下年度0件；行政复议18件，行政诉讼2件。");
    for (String id : java.util.List.of("narrative.applications-carried-over", "narrative.applications-carried-forward",
        "narrative.reviews", "narrative.lawsuits")) {
      then(good.findings(id)).as(id).isEmpty();
      then(good.outcome(id).orElseThrow().passed()).as(id).isEqualTo(1);
    }
    ValidationResult bad = validate("上年结转3件，结转下年度4件；无行政复议，行政诉讼5起。");
    for (String id : java.util.List.of("narrative.applications-carried-over", "narrative.applications-carried-forward",
        "narrative.reviews", "narrative.lawsuits")) {
      then(bad.findings(id)).as(id).hasSize(1);
      then(bad.findings(id).get(0).severity()).isEqualTo(Severity.WARNING);
    }
    then(bad.findings("narrative.reviews").get(0).reported()).contains(BigDecimal.ZERO);
  }

  @Test
  void a_legacy_report_text_is_compared_with_the_items_disclosed() {
    Report legacy = RuleCasesTest.validLegacy();
    long disclosed = legacy.cell(io.github.ogireport.model.CellRef.of(io.github.ogireport.model.TableType.LEGACY_STATISTICS,
        io.github.ogireport.model.LegacyIndicator.L1_1, io.github.ogireport.model.LegacyColumn.VALUE)).orElseThrow().longValue();
    String id = "narrative.legacy-disclosed";
    ValidationResult good = ReportValidator.standard().validate(legacy.toBuilder().addNarrative(
        io.github.ogireport.model.NarrativeSection.of(io.github.ogireport.model.ReportSection.UNCLASSIFIED,
            "全年主动公开政府信息" + disclosed + "条。")).build());
    then(good.outcome(id).orElseThrow().passed()).isEqualTo(1);
    ValidationResult bad = ReportValidator.standard().validate(legacy.toBuilder().addNarrative(
        io.github.ogireport.model.NarrativeSection.of(io.github.ogireport.model.ReportSection.UNCLASSIFIED,
            "全年主动公开政府信息" + (disclosed + 7) + "条。")).build());
    then(bad.findings(id)).singleElement().satisfies(f -> then(f.reported()).contains(BigDecimal.valueOf(disclosed + 7)));
  }
}
