/**
 * Validation of annual reports: every arithmetic relation of each edition as a named rule, cross-year
 * checks, the published rule catalogue, fault injection for tests, Jakarta Bean Validation support, the
 * aggregation of reports into a region's total and the comparison of two years.
 */
module io.github.ogireport.validation {
  requires transitive io.github.ogireport.model;
  requires jakarta.validation;
  // optional: ReportBeanValidation and the per-locale messages of ReportConstraintValidator
  requires static org.hibernate.validator;

  exports io.github.ogireport.validation;
  exports io.github.ogireport.validation.aggregate;
  exports io.github.ogireport.validation.compare;
  exports io.github.ogireport.validation.jakarta;

  provides jakarta.validation.ConstraintValidator
      with io.github.ogireport.validation.jakarta.ReportConstraintValidator;
}
