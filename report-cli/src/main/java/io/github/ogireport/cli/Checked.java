package io.github.ogireport.cli;

import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking one report: what was read (or why nothing could be), and the validation result.
 *
 * @param source the file, or {@code file:line} for a report of an NDJSON stream
 * @param read what the reader returned, or {@code null} if the input could not be read
 * @param failure why the input could not be read, or {@code null}
 * @param validation the validation result, or {@code null} if nothing was read
 * @param published true if the input is a published document (text, HTML, PDF, Word, Excel), from
 *     which at least one statistics table is expected; false for the SDK's JSON
 * @param pairing the previous-year report the report was checked against ({@code check --previous}), or
 *     {@code null} when no previous reports were given
 */
record Checked(String source, ReadResult read, ReportException failure, ValidationResult validation,
    boolean published, Pairing pairing) {

  /**
   * The previous-year report paired with a checked report.
   *
   * @param source the previous report's source, or {@code null} if none was paired
   * @param note why none was paired, or {@code null}
   */
  record Pairing(String source, String note) {}

  Checked(String source, ReadResult read, ReportException failure, ValidationResult validation,
      boolean published) {
    this(source, read, failure, validation, published, null);
  }

  Checked(String source, ReadResult read, ReportException failure, ValidationResult validation) {
    this(source, read, failure, validation, false);
  }

  static Checked failed(String source, ReportException failure) {
    return new Checked(source, null, failure, null);
  }

  /** True for a published document read without any statistics table: not a clean result. */
  boolean noTable() {
    return published && read != null && read.report().tableList().isEmpty();
  }

  /**
   * What reading and validation found, in one list of the one diagnostic type: the reader findings in
   * reading order, then the validation findings in rule order.
   */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    if (read != null) {
      all.addAll(read.findings());
    }
    if (validation != null) {
      all.addAll(validation.findings());
    }
    return all;
  }

  long errors() {
    return count(Severity.ERROR);
  }

  long warnings() {
    return count(Severity.WARNING);
  }

  private long count(Severity severity) {
    return diagnostics().stream().filter(d -> d.severity() == severity).count();
  }

  /** The outcome for the findings renderers of report-findings. */
  CheckedReport toCheckedReport() {
    return failure != null
        ? CheckedReport.unreadable(source, failure.getMessage())
        : CheckedReport.of(source, read, validation);
  }

  boolean hasFindings() {
    return failure != null
        || noTable()
        || (read != null && !read.findings().isEmpty())
        || (validation != null && validation.findings().stream().anyMatch(f -> f.severity() != Severity.INFO));
  }
}
