package io.github.ogireport.validation;

import io.github.ogireport.model.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report with one injected fault, labelled with the rule it breaks and the findings the validator is
 * expected to report: exactly those, and no other error.
 *
 * <p>For cross-year rules the fault is injected into the previous year's report, which is then given
 * with the current one to {@link ReportValidator#validate(Report, Report)}.
 *
 * @param ruleId the id of the rule the fault breaks
 * @param report the report to validate (unchanged for cross-year faults)
 * @param previous the previous year's report, with the fault, for cross-year rules; empty otherwise
 * @param expected the findings expected, in the validator's order
 * @param description what was changed, in English, for test output
 * @since 0.1
 */
public record FaultyReport(
    String ruleId, Report report, Optional<Report> previous, List<ExpectedFinding> expected,
    String description) {

  /** Checks that no part is {@code null} and copies the list. */
  public FaultyReport {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(previous, "previous");
    expected = List.copyOf(expected);
    Objects.requireNonNull(description, "description");
  }

  /** Validates the faulty report (with its previous year's report for cross-year faults). */
  public ValidationResult validate(ReportValidator validator) {
    return previous.isPresent() ? validator.validate(report, previous.get()) : validator.validate(report);
  }
}
