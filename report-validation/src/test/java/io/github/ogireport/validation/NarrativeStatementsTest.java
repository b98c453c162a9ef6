package io.github.ogireport.validation;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.validation.NarrativeStatements.Kind;
import io.github.ogireport.validation.NarrativeStatements.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extractor of stated numbers, with sentences written for these tests. */
final class NarrativeStatementsTest {
  private static Map<Kind, Statement> read(String text) {
    return NarrativeStatements.first(text);
  }

  @Test
  void each_number_goes_with_its_own_noun_phrase_across_commas() {
    Map<Kind, Statement> s = read("本年度，区农业局收到52件申请，经认真研究，全部办结51件，结转下年度1件。");

    then(s.get(Kind.RECEIVED).value()).isEqualTo(52);
    then(s.get(Kind.RECEIVED).phrase()).isEqualTo("收到52件申请");
    then(s.get(Kind.HANDLED).value()).isEqualTo(51);
    then(s.get(Kind.CARRIED_FORWARD).value()).isEqualTo(1);
    then(s).doesNotContainKey(Kind.CARRIED_OVER);
  }

  @Test
  void accepted_applications_may_count_those_carried_over() {
    Statement s = read("全年共受理政府信息公开申请320件（其中新收300件、上年结转20件）。").get(Kind.RECEIVED);

    then(s.value()).isEqualTo(320);
    then(s.mayIncludeCarriedOver()).isTrue();
    then(read("收到申请12件。").get(Kind.RECEIVED).mayIncludeCarriedOver()).isFalse();
  }

  @Test
  void carried_over_in_brackets_and_carried_forward_after_the_number_are_read() {
    Map<Kind, Statement> s = read("全年接收申请 410 件，答复 400 件（含上年度结转申请 6 件），另有 16 件顺延到下年度办理。");

    then(s.get(Kind.RECEIVED).value()).isEqualTo(410);
    then(s.get(Kind.HANDLED).value()).isEqualTo(400);
    then(s.get(Kind.CARRIED_OVER).value()).isEqualTo(6);
    then(s.get(Kind.CARRIED_FORWARD).value()).isEqualTo(16);
  }

  @Test
  void parts_after_qizhong_and_units_of_other_things_are_not_taken() {
    Map<Kind, Statement> s =
        read("办结申请 30 件，其中予以公开 20 件。全年答复信箱留言 88 条。2023年主动公开信息 900 条。");

    then(s.get(Kind.HANDLED).value()).isEqualTo(30);
    then(s.get(Kind.DISCLOSED).value()).isEqualTo(900);
  }

  @Test
  void reviews_and_lawsuits_are_read_with_either_unit() {
    Map<Kind, Statement> s = read("发生政府信息公开行政复议案件 3 起、行政诉讼案件 2 件。");

    then(s.get(Kind.REVIEWS).value()).isEqualTo(3);
    then(s.get(Kind.LAWSUITS).value()).isEqualTo(2);
  }

  @Test
  void negated_statements_state_zero() {
    Map<Kind, Statement> s = read("本年度未收到政府信息公开申请，无行政复议、行政诉讼案件。");

    then(s.get(Kind.RECEIVED).value()).isZero();
    then(s.get(Kind.REVIEWS).value()).isZero();
    then(s.get(Kind.LAWSUITS).value()).isZero();
    then(s).doesNotContainKey(Kind.HANDLED);
  }

  @Test
  void a_negation_in_the_clause_of_a_number_or_of_another_subject_states_nothing() {
    then(read("申请人未收到答复的投诉2件。")).doesNotContainKey(Kind.RECEIVED);
    then(read("尚未审结的行政复议 4 件。").get(Kind.REVIEWS).value()).isEqualTo(4);
    then(read("均未超期，全部办结。")).isEmpty();
    then(read("全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。")).isEmpty();
  }

  @Test
  void years_percentages_and_numbers_in_another_sentence_are_not_taken() {
    then(read("2024年，本机关收到的申请均已答复。另有来信12件。")).isEmpty();
    then(read("收到申请的办结率为 99.5 件次。")).isEmpty();
  }

  @Test
  void line_breaks_and_full_width_digits_are_read() {
    Statement s = read("区政府受理政\n府信息公开申请 １７ 件，均已答复。").get(Kind.RECEIVED);

    then(s.value()).isEqualTo(17);
    then(s.phrase()).isEqualTo("受理政府信息公开申请 17 件");
  }
}
