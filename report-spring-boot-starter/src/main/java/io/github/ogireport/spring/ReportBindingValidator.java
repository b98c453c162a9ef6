package io.github.ogireport.spring;

import io.github.ogireport.model.ValidReport;
import jakarta.validation.ConstraintViolation;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Spring's adapter of the application's Bean Validation validator, with one change for the violations
 * of {@code @ValidReport}: the field error's rejected value is the number the report states at the
 * finding's location (or {@code null}), not the whole report, and it is never looked up through a bean
 * property (the model's accessors are not JavaBeans getters).
 */
final class ReportBindingValidator extends SpringValidatorAdapter {
  ReportBindingValidator(jakarta.validation.Validator target) {
    super(target);
  }

  @Override
  protected Object getRejectedValue(String field, ConstraintViolation<Object> violation, BindingResult bindingResult) {
    if (violation.getConstraintDescriptor().getAnnotation() instanceof ValidReport) {
      ReportViolation payload = payload(violation);
      return payload == null ? null : payload.reported();
    }
    return super.getRejectedValue(field, violation, bindingResult);
  }

  /** The finding behind a violation of {@code @ValidReport}, or {@code null}. */
  static ReportViolation payload(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
      return hv.getDynamicPayload(ReportViolation.class);
    } catch (RuntimeException e) {
      return null; // not Hibernate Validator's violation
    }
  }
}
