/**
 * Jakarta Bean Validation support: {@link io.github.ogireport.validation.jakarta.ReportConstraintValidator}
 * implements the model's {@link io.github.ogireport.model.ValidReport} constraint with the rule catalogue.
 */
package io.github.ogireport.validation.jakarta;
