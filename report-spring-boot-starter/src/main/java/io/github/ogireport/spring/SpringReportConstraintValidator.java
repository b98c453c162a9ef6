package io.github.ogireport.spring;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.ValidReport;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.ValidationResult;
import io.github.ogireport.validation.jakarta.ReportConstraintValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The {@link ValidReport} validator of a Spring application: the application's {@link ReportValidator}
 * bean (with the {@code ogi-report.validation.*} profile), messages in the locale of the current request
 * ({@link LocaleContextHolder}), only findings at or above {@code ogi-report.validation.reject-at}, and
 * each finding attached to its violation as a {@link ReportViolation} payload. The messages are escaped
 * ({@link ReportConstraintValidator#escape(String)}), so no interpolator reads them as templates and no
 * Expression Language is needed.
 */
final class SpringReportConstraintValidator implements ConstraintValidator<ValidReport, Report> {
  private final ReportValidator validator;
  private final Severity rejectAt;

  SpringReportConstraintValidator(ReportValidator validator, Severity rejectAt) {
    this.validator = validator;
    this.rejectAt = rejectAt;
  }

  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    ValidationResult result = validator.validate(report);
    Locale locale = LocaleContextHolder.getLocale();
    boolean valid = true;
    for (Finding finding : result.findings()) {
      if (finding.severity().compareTo(rejectAt) > 0) {
        continue; // ERROR < WARNING < INFO in declaration order
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      if (context instanceof HibernateConstraintValidatorContext hv) {
        hv.withDynamicPayload(new ReportViolation(finding));
      }
      String message = ReportConstraintValidator.escape(
          "[" + finding.ruleId() + "] " + finding.message(ReportProblems.isChinese(locale)
              ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
      ReportConstraintValidator.addPath(context.buildConstraintViolationWithTemplate(message), finding);
    }
    return valid;
  }
}
