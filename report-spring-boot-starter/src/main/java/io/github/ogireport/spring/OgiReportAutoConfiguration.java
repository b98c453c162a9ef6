package io.github.ogireport.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.documents.DocumentLimits;
import io.github.ogireport.documents.DocumentReaders;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJsonModule;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/**
 * Auto-configuration of ogi-report in a Spring Boot 3.5 application (listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}):
 *
 * <ul>
 *   <li>a {@link ReportJsonModule} bean, which Boot registers with its {@code ObjectMapper}, so that
 *       {@code @RequestBody Report} and a {@code Report} returned by a controller are read and written in
 *       the SDK's JSON format;
 *   <li>a {@link ReportValidator} with the {@link ValidationProfile} of {@code ogi-report.validation.*};
 *   <li>a {@link TextReportReader} and an {@link HtmlReportReader} with {@code ogi-report.reader.*}, and
 *       {@link DocumentReaders} with {@code ogi-report.documents.*} when report-documents is on the class
 *       path;
 *   <li>{@code @Valid Report} through that validator, with messages in the request's locale and no
 *       Expression Language needed;
 *   <li>{@link ReportProblems} and, in a servlet web application, {@link ReportProblemResolver}, which
 *       answers a report failing {@code @Valid} with an RFC 9457 ProblemDetail of its findings, and
 *       {@link ReportProblemHandler}, which answers an unreadable input (a {@code ReportException}) with
 *       422 and the reader's location.
 * </ul>
 *
 * <p>Every bean backs off when the application defines one of the same type.
 *
 * @since 0.1
 */
@AutoConfiguration(before = {JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
    WebMvcAutoConfiguration.class})
@EnableConfigurationProperties(OgiReportProperties.class)
public class OgiReportAutoConfiguration {

  /** The Jackson module of the report model; Boot adds every {@code Module} bean to its mapper. */
  @Bean
  @ConditionalOnMissingBean
  public ReportJsonModule reportJsonModule() {
    return new ReportJsonModule();
  }

  /** The profile of {@code ogi-report.validation.severity} and {@code ogi-report.validation.suppressed}. */
  @Bean
  @ConditionalOnMissingBean
  public ValidationProfile reportValidationProfile(OgiReportProperties properties) {
    ValidationProfile.Builder b = ValidationProfile.builder();
    properties.getValidation().getSeverity().forEach(b::severity);
    properties.getValidation().getSuppressed().forEach(b::disable);
    return b.build();
  }

  /** The validator with the profile (unknown rule ids fail the start, naming the rule). */
  @Bean
  @ConditionalOnMissingBean
  public ReportValidator reportValidator(ValidationProfile profile) {
    return ReportValidator.builder().profile(profile).build();
  }

  /** The text reader of {@code ogi-report.reader.*}. */
  @Bean
  @ConditionalOnMissingBean
  public TextReportReader textReportReader(OgiReportProperties properties) {
    OgiReportProperties.Reader r = properties.getReader();
    return TextReportReader.builder()
        .strict(r.isStrict())
        .maxDocumentChars(r.getMaxDocumentChars())
        .maxLines(r.getMaxLines())
        .maxNumberDigits(r.getMaxNumberDigits())
        .maxTableNumbers(r.getMaxTableNumbers())
        .build();
  }

  /** The HTML reader, reading its table lines with the text reader. */
  @Bean
  @ConditionalOnMissingBean
  public HtmlReportReader htmlReportReader(TextReportReader text) {
    return HtmlReportReader.using(text::read);
  }

  /** The ProblemDetail mapping, with the type URI of {@code ogi-report.problem.type}. */
  @Bean
  @ConditionalOnMissingBean
  public ReportProblems reportProblems(OgiReportProperties properties) {
    return ReportProblems.withFindingsType(properties.getProblem().getType());
  }

  /**
   * Makes Boot's validator create the {@code @ValidReport} validator from the {@link ReportValidator}
   * bean; every other constraint validator is created by Spring as before.
   */
  @Bean
  public ValidationConfigurationCustomizer reportValidationCustomizer(
      AutowireCapableBeanFactory beanFactory,
      ObjectProvider<ReportValidator> validator,
      OgiReportProperties properties) {
    return configuration -> configuration.constraintValidatorFactory(new ReportConstraintValidatorFactory(
        new SpringConstraintValidatorFactory(beanFactory), validator.getObject(),
        properties.getValidation().getRejectAt()));
  }

  /** The readers of report-documents (PDF, Word, Excel, and text, HTML, JSON by content). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(DocumentReaders.class)
  static class DocumentsConfiguration {
    /** Readers of any supported file, with {@code ogi-report.documents.*}. */
    @Bean
    @ConditionalOnMissingBean
    DocumentReaders documentReaders(TextReportReader text, OgiReportProperties properties) {
      OgiReportProperties.Documents d = properties.getDocuments();
      return DocumentReaders.using(text, new DocumentLimits(d.getMaxFileBytes(), d.getMaxPages(),
          d.getMaxZipEntries(), d.getMaxExpandedBytes(), d.getMaxCompressionRatio(), d.getMaxTableRows(),
          d.getMaxRowCells()));
    }
  }

  /** The ProblemDetail answers of a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static class WebConfiguration {
    /** The advice answering findings and unreadable input as ProblemDetail. */
    @Bean
    @ConditionalOnMissingBean
    ReportProblemHandler reportProblemHandler(ReportProblems problems,
        ObjectProvider<jakarta.validation.Validator> beanValidator) {
      return new ReportProblemHandler(problems, beanValidator.getIfAvailable());
    }

    /** Answers a report failing {@code @Valid} with its findings, before any other exception handling. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "ogi-report.problem", name = "enabled", matchIfMissing = true)
    ReportProblemResolver reportProblemResolver(ReportValidator validator, ReportProblems problems,
        ObjectProvider<ObjectMapper> mapper) {
      return new ReportProblemResolver(validator, problems,
          mapper.getIfAvailable(() -> Jackson2ObjectMapperBuilder.json().modules(new ReportJsonModule()).build()));
    }
  }
}
