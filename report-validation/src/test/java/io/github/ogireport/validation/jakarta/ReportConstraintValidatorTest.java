package io.github.ogireport.validation.jakarta;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.TestAccess;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hibernate Validator without any Expression Language implementation on the class path. */
final class ReportConstraintValidatorTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void bootstrap() {
    factory = Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void no_expression_language_implementation_is_on_the_class_path() {
    then(TestAccess.classExists("org.glassfish.expressly.ExpressionFactoryImpl")).isFalse();
    then(TestAccess.classExists("com.sun.el.ExpressionFactoryImpl")).isFalse();
    then(TestAccess.classExists("org.apache.el.ExpressionFactoryImpl")).isFalse();
  }

  @Test
  void a_valid_report_has_no_violation() {
    then(validator.validate(TestAccess.seed001())).isEmpty();
  }

  @Test
  void seed_004_review_total_is_a_violation_on_the_total_cell() {
    Set<ConstraintViolation<Report>> violations = validator.validate(TestAccess.seed004());

    then(violations).hasSize(1);
    ConstraintViolation<Report> v = violations.iterator().next();
    then(v.getPropertyPath()).hasToString("tables[review_litigation].rows[review].total");
    then(v.getMessage()).isEqualTo("[review.total] 行政复议：总计为 9，结果维持、结果纠正、其他结果、尚未审结之和为 18，相差 -9");
    then(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()).isEqualTo("ValidReport");
  }

  @Test
  void every_finding_of_the_report_validator_is_one_violation_with_the_same_text() {
    Report report = TestAccess.f02();
    List<String> expected = new ArrayList<>();
    for (Finding f : ReportValidator.standard().validate(report).findings()) {
      expected.add("[" + f.ruleId() + "] " + f.message(Locale.SIMPLIFIED_CHINESE));
    }

    List<String> actual = new ArrayList<>();
    Set<String> paths = new TreeSet<>();
    for (ConstraintViolation<Report> v : validator.validate(report)) {
      actual.add(v.getMessage());
      paths.add(v.getPropertyPath().toString());
    }

    then(actual).hasSize(4).containsExactlyInAnyOrderElementsOf(expected);
    then(paths).containsExactly(
        "metadata.year",
        "tables",
        "tables[review_litigation].rows[litigation_after_review].total",
        "tables[review_litigation].rows[review].total");
  }

  @Test
  void blank_agency_and_impossible_year_are_reported_on_the_metadata_properties() {
    Report report = TestAccess.withUncheckedMetadata(TestAccess.seed001(), " ", 1066);

    Set<String> paths = new TreeSet<>();
    for (ConstraintViolation<Report> v : validator.validate(report)) {
      paths.add(v.getPropertyPath().toString() + " " + v.getMessage());
    }

    then(paths).containsExactly(
        "metadata.agency [metadata.agency-required] 报告未注明发布机关",
        "metadata.year [metadata.year-range] 报告年度 1066 不在 2000—2100 之间",
        "metadata.year [report.edition-year] 1066 年度的报告使用了国办公开办函〔2019〕60号的表格，该格式适用于 2019—2020 年度");
  }

  @Test
  void values_taken_from_the_report_are_never_interpolated_as_templates() {
    String text = "本年度收到{message}、${1+1}、\\申请5件。";
    Report report = TestAccess.seed004().toBuilder()
        .addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, text))
        .build();

    List<String> messages = new ArrayList<>();
    for (ConstraintViolation<Report> v : validator.validate(report)) {
      messages.add(v.getMessage());
    }

    then(messages).contains(
        "[narrative.applications-received] 总体情况称“收到{message}、${1+1}、\\申请5件”（5 件），"
            + "而申请情况表本年新收申请总计为 131，相差 -126");
  }

  @Test
  void escape_puts_a_backslash_before_each_template_character() {
    then(ReportConstraintValidator.escape("a{b}c$d\\e")).isEqualTo("a\\{b\\}c\\$d\\\\e");
    then(ReportConstraintValidator.escape("总计 9")).isEqualTo("总计 9");
  }

  @Test
  void a_validator_built_with_a_profile_and_english_reports_accordingly() {
    ReportConstraintValidator constraint = new ReportConstraintValidator(
        ReportValidator.builder()
            .profile(io.github.ogireport.validation.ValidationProfile.builder().disable("review.total").build())
            .build(),
        Locale.ENGLISH);

    then(constraint.isValid(TestAccess.seed004(), null)).isTrue();
    then(constraint.isValid(null, null)).isTrue();
  }

  @Test
  void every_violation_is_attached_to_the_cell_its_finding_reports() {
    int checked = 0;
    for (Report valid : TestAccess.validReports()) {
      for (String rule : io.github.ogireport.validation.FaultInjector.supportedRules()) {
        java.util.Optional<io.github.ogireport.validation.FaultyReport> faulty =
            io.github.ogireport.validation.FaultInjector.inject(valid, rule, 7L);
        if (faulty.isEmpty()) {
          continue;
        }
        Report report = faulty.get().report();
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (io.github.ogireport.validation.Finding f :
            io.github.ogireport.validation.ReportValidator.standard().validate(report).findings()) {
          String[] p = f.location().jsonPath().substring(1).split("/");
          expected.add(p[0].equals("tables") && p.length == 5
              ? "tables[" + p[1] + "].rows[" + p[3] + "]." + p[4]
              : String.join(".", p));
        }
        java.util.Set<String> actual = new java.util.TreeSet<>();
        validator.validate(report).forEach(v -> actual.add(v.getPropertyPath().toString()));
        then(actual).as(rule).isEqualTo(expected);
        checked++;
      }
    }
    then(checked).isGreaterThan(20);
  }
}
