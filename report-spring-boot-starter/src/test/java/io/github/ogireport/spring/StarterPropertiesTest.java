package io.github.ogireport.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.documents.DocumentReaders;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJsonModule;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans and the {@code ogi-report.*} properties, without a web server. */
class StarterPropertiesTest {
  private static final Report BROKEN = Fixtures.brokenReviewTotal();

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(OgiReportAutoConfiguration.class, JacksonAutoConfiguration.class,
          ValidationAutoConfiguration.class));

  @Test
  void beansAreThere() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(ReportValidator.class).hasSingleBean(TextReportReader.class)
          .hasSingleBean(HtmlReportReader.class).hasSingleBean(DocumentReaders.class)
          .hasSingleBean(ReportJsonModule.class).hasSingleBean(ReportProblems.class);
      assertThat(context.getBean(com.fasterxml.jackson.databind.ObjectMapper.class).getRegisteredModuleIds())
          .contains(ReportJsonModule.NAME);
      ValidationResult r = context.getBean(ReportValidator.class).validate(BROKEN);
      assertThat(r.findings("review.total")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
      assertThat(violations(context.getBean(jakarta.validation.Validator.class)))
          .singleElement().satisfies(v -> assertThat(v.getMessage()).startsWith("[review.total] "));
    });
  }

  @Test
  void severityOverrideTurnsTheErrorIntoAWarningThatValidAccepts() {
    runner.withPropertyValues("ogi-report.validation.severity[review.total]=warning").run(context -> {
      ValidationResult r = context.getBean(ReportValidator.class).validate(BROKEN);
      assertThat(r.findings("review.total")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      assertThat(r.hasErrors()).isFalse();
      assertThat(violations(context.getBean(jakarta.validation.Validator.class))).isEmpty();
    });
  }

  @Test
  void rejectAtWarningRejectsTheWarningToo() {
    runner.withPropertyValues("ogi-report.validation.severity[review.total]=warning",
        "ogi-report.validation.reject-at=warning").run(context ->
        assertThat(violations(context.getBean(jakarta.validation.Validator.class))).hasSize(1));
  }

  @Test
  void suppressedRuleIsNotReported() {
    runner.withPropertyValues("ogi-report.validation.suppressed=review.total,report.mixed-edition").run(context -> {
      ValidationResult r = context.getBean(ReportValidator.class).validate(BROKEN);
      assertThat(r.findings("review.total")).isEmpty();
      assertThat(violations(context.getBean(jakarta.validation.Validator.class))).isEmpty();
    });
  }

  @Test
  void unknownRuleIdFailsTheStartNamingIt() {
    runner.withPropertyValues("ogi-report.validation.suppressed=no.such-rule").run(context ->
        assertThat(context).hasFailed().getFailure().hasStackTraceContaining("no.such-rule"));
  }

  @Test
  void readerLimitsComeFromProperties() {
    runner.withPropertyValues("ogi-report.reader.max-lines=3").run(context -> {
      TextReportReader reader = context.getBean(TextReportReader.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read("a\nb\nc\nd\ne\n"))
          .isInstanceOf(io.github.ogireport.io.InputLimitException.class);
    });
  }

  @Test
  void applicationBeansWin() {
    ReportValidator own = ReportValidator.standard();
    runner.withBean(ReportValidator.class, () -> own).run(context ->
        assertThat(context.getBean(ReportValidator.class)).isSameAs(own));
  }

  private static Set<ConstraintViolation<Report>> violations(jakarta.validation.Validator validator) {
    return validator.validate(BROKEN);
  }
}
