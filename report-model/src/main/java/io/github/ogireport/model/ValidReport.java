package io.github.ogireport.model;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint that runs the rule catalogue of the validation module on a
 * {@link Report}. It is declared here as data only: the model does not depend on the validator. The
 * validation module registers its implementation through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, so a Jakarta or Spring application
 * with the validation module on its class path reports every finding of the catalogue for {@code @Valid}
 * reports, each attached to the property path of the cell involved.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidReport {
  /** The message key used when the validator reports no more specific message. */
  String message() default "{io.github.ogireport.model.ValidReport.message}";

  /** The validation groups the constraint belongs to. */
  Class<?>[] groups() default {};

  /** The payload attached to the constraint. */
  Class<? extends Payload>[] payload() default {};
}
