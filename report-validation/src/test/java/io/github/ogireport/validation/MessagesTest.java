package io.github.ogireport.validation;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class MessagesTest {

  @Test
  void every_rule_has_a_title_message_and_explanation_in_both_languages() {
    for (Rule rule : RuleCatalogue.rules()) {
      for (String part : List.of(".title", ".message", ".explanation")) {
        then(Messages.has(rule.id() + part)).as(rule.id() + part).isTrue();
      }
      then(rule.title(Locale.CHINESE)).isNotEqualTo(rule.title(Locale.ENGLISH));
      then(rule.explanation(Locale.CHINESE)).isNotBlank();
    }
  }

  @Test
  void chinese_locales_of_any_region_get_chinese_and_every_other_locale_english() {
    Rule rule = RuleCatalogue.rule("review.total").orElseThrow();

    then(rule.title(Locale.TRADITIONAL_CHINESE)).isEqualTo("行政复议总计");
    then(rule.title(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo("行政复议总计");
    then(rule.title(Locale.forLanguageTag("tr-TR"))).isEqualTo("Reconsideration total");
    then(rule.title(Locale.ROOT)).isEqualTo("Reconsideration total");
    then(rule.title(null)).isEqualTo("Reconsideration total");
  }

  @Test
  void templates_substitute_indexed_arguments_and_keep_everything_else() {
    String text = Messages.format("{1} of {0} ({x}) {9} '{0}'", List.of("A", new BigDecimal("1.50")),
        Messages.Language.EN);

    then(text).isEqualTo("1.50 of A ({x}) {9} 'A'");
  }

  @Test
  void numbers_are_written_in_plain_notation_without_grouping() {
    then(Messages.render(new BigDecimal("1234567"), Messages.Language.EN)).isEqualTo("1234567");
    then(Messages.render(new BigDecimal("1E+3"), Messages.Language.ZH)).isEqualTo("1000");
  }
}
