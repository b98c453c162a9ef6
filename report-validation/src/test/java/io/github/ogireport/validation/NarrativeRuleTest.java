package io.github.ogireport.validation;

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
  void a_text_saying_no_application_was_received_states_no_number_and_is_not_evaluable() {
    ValidationResult result = validate("本年度未收到政府信息公开申请。全年主动公开信息200条。");

    then(result.outcome(RULE).orElseThrow().status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
    then(result.notEvaluable(RULE)).extracting(NotEvaluable::reason)
        .containsExactly(NotEvaluable.Reason.NO_NUMBER_IN_TEXT);
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
}
