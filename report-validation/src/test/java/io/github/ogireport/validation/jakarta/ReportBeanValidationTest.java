package io.github.ogireport.validation.jakarta;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.TestAccess;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ReportBeanValidation} in plain Java SE without Expression Language (none is on the test class
 * path: {@code ReportConstraintValidatorTest} checks it): messages in the locale asked for, per factory
 * or per interpolation call.
 */
final class ReportBeanValidationTest {

  private static List<String> messages(Validator validator, Report report) {
    List<String> messages = new ArrayList<>();
    for (ConstraintViolation<Report> v : validator.validate(report)) {
      messages.add(v.getMessage());
    }
    return messages;
  }

  private static List<String> expected(Report report, Locale locale) {
    List<String> expected = new ArrayList<>();
    for (Finding f : ReportValidator.standard().validate(report).findings()) {
      expected.add("[" + f.ruleId() + "] " + f.message(locale));
    }
    return expected;
  }

  @Test
  void the_default_bootstrap_without_expression_language_fails_which_is_why_the_factory_exists() {
    Throwable thrown = catchThrowable(() -> {
      try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
        f.getValidator().validate(TestAccess.seed004());
      }
    });

    then(thrown).hasMessageContaining("HV000183");
  }

  @Test
  void the_shared_validator_speaks_chinese() {
    then(messages(ReportBeanValidation.validator(), TestAccess.seed004()))
        .containsExactly("[review.total] 行政复议：总计为 9，结果维持、结果纠正、其他结果、尚未审结之和为 18，相差 -9");
  }

  @Test
  void an_english_validator_speaks_english() {
    Report report = TestAccess.f02();

    then(messages(ReportBeanValidation.validator(Locale.ENGLISH), report))
        .hasSize(4)
        .containsExactlyInAnyOrderElementsOf(expected(report, Locale.ENGLISH));
    then(messages(ReportBeanValidation.validator(Locale.ENGLISH), TestAccess.seed004()).get(0))
        .startsWith("[review.total] ")
        .doesNotContain("行政复议");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh-TW", "fr", "tr", "und"})
  void locales_other_than_english_give_chinese(String tag) {
    Report report = TestAccess.f02();

    then(messages(ReportBeanValidation.validator(Locale.forLanguageTag(tag)), report))
        .containsExactlyInAnyOrderElementsOf(expected(report, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void english_variants_give_english() {
    Report report = TestAccess.seed004();

    then(messages(ReportBeanValidation.validator(Locale.UK), report))
        .containsExactlyElementsOf(expected(report, Locale.ENGLISH));
  }

  @Test
  void an_interpolator_asked_for_a_locale_per_call_is_followed_as_a_web_framework_does_per_request() {
    MessageInterpolator chinese = ReportBeanValidation.messageInterpolator(Locale.SIMPLIFIED_CHINESE);
    MessageInterpolator perRequest = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return chinese.interpolate(template, context, Locale.ENGLISH);  // the request's Accept-Language
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return chinese.interpolate(template, context, locale);
      }
    };
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(perRequest).buildValidatorFactory()) {
      Report report = TestAccess.f02();

      then(messages(factory.getValidator(), report))
          .containsExactlyInAnyOrderElementsOf(expected(report, Locale.ENGLISH));
    }
  }

  @Test
  void a_new_factory_is_the_callers_to_close() {
    ValidatorFactory factory = ReportBeanValidation.validatorFactory(Locale.ENGLISH);
    try {
      then(messages(factory.getValidator(), TestAccess.seed001())).isEmpty();
    } finally {
      factory.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void values_taken_from_the_report_are_never_interpolated_in_either_language(String tag) {
    String text = "本年度收到{message}、${1+1}、\\申请5件。{jakarta.validation.constraints.NotNull.message}";
    Report report = TestAccess.seed004().toBuilder()
        .addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, text))
        .build();
    Locale locale = Locale.forLanguageTag(tag);

    then(messages(ReportBeanValidation.validator(locale), report))
        .containsExactlyInAnyOrderElementsOf(expected(report, locale))
        .anySatisfy(m -> then(m).contains("{message}、${1+1}、\\申请5件"));
  }

  @Test
  void the_bundles_name_the_default_message_of_the_constraint_in_both_languages() {
    String key = "io.github.ogireport.model.ValidReport.message";

    then(ResourceBundle.getBundle("ContributorValidationMessages", Locale.ENGLISH).getString(key))
        .isEqualTo("the report breaks a rule of the rule catalogue");
    then(ResourceBundle.getBundle("ContributorValidationMessages", Locale.SIMPLIFIED_CHINESE).getString(key))
        .isEqualTo("报告不符合勾稽关系规则");
  }
}
