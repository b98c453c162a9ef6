/**
 * Validation of reports against every arithmetic relation (勾稽关系) of each edition; the entry point is
 * {@link io.github.ogireport.validation.ReportValidator#standard()}.
 *
 * <p>Each relation of the format specification is a named {@link io.github.ogireport.validation.Rule}
 * with a stable id, listed by {@link io.github.ogireport.validation.RuleCatalogue}. Validating a report
 * gives an immutable {@link io.github.ogireport.validation.ValidationResult}: one
 * {@link io.github.ogireport.validation.Finding} per failed instance (a column, a row), with every cell
 * involved, the reported and computed values and the blank cells; instances whose cells are blank are
 * {@linkplain io.github.ogireport.validation.NotEvaluable not evaluable}, distinct from passing and from
 * failing. A {@link io.github.ogireport.validation.ValidationProfile} changes severities or switches
 * rules off by id. {@link io.github.ogireport.validation.FaultInjector} breaks exactly one relation of a
 * valid report, for tests.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard().validate(report);
 * if (result.hasErrors()) {
 *   result.errors().forEach(f -> System.out.println(f.message(Locale.SIMPLIFIED_CHINESE)));
 * }
 * }</pre>
 */
package io.github.ogireport.validation;
