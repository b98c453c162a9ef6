package io.github.ogireport.spring;

import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.jakarta.ReportConstraintValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;

/**
 * Creates {@link SpringReportConstraintValidator} where Hibernate Validator asks for the
 * {@link ReportConstraintValidator} registered for {@code @ValidReport}, and everything else through
 * the delegate (Spring's autowiring factory).
 */
final class ReportConstraintValidatorFactory implements ConstraintValidatorFactory {
  private final ConstraintValidatorFactory delegate;
  private final ReportValidator validator;
  private final Severity rejectAt;

  ReportConstraintValidatorFactory(ConstraintValidatorFactory delegate, ReportValidator validator, Severity rejectAt) {
    this.delegate = delegate;
    this.validator = validator;
    this.rejectAt = rejectAt;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
    if (key == ReportConstraintValidator.class) {
      // the caller stores it as a ConstraintValidator<ValidReport, Report>, which it is
      return (T) (ConstraintValidator<?, ?>) new SpringReportConstraintValidator(validator, rejectAt);
    }
    return delegate.getInstance(key);
  }

  @Override
  public void releaseInstance(ConstraintValidator<?, ?> instance) {
    if (!(instance instanceof SpringReportConstraintValidator)) {
      delegate.releaseInstance(instance);
    }
  }
}
