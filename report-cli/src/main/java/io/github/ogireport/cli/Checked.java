package io.github.ogireport.cli;

import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.validation.ValidationResult;
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

  /**
   * The outcome as {@link io.github.ogireport.documents.CheckedReportJson} writes it (the JSON of
   * {@code check --format json} and of the server).
   */
  io.github.ogireport.documents.CheckedReport forJson() {
    return new io.github.ogireport.documents.CheckedReport(source, read, failure, validation, published,
        pairing == null ? null : new io.github.ogireport.documents.CheckedReport.Previous(pairing.source(),
            pairing.note()));
  }

  /** True for a published document read without any statistics table: not a clean result. */
  boolean noTable() {
    return forJson().noTable();
  }

  /**
   * What reading and validation found, in one list of the one diagnostic type: the reader findings in
   * reading order, then the validation findings in rule order.
   */
  List<Diagnostic> diagnostics() {
    return forJson().diagnostics();
  }

  long errors() {
    return forJson().errors();
  }

  long warnings() {
    return forJson().warnings();
  }

  /** The outcome for the findings renderers of report-findings. */
  CheckedReport toCheckedReport() {
    return failure != null
        ? CheckedReport.unreadable(source, failure.getMessage())
        : CheckedReport.of(source, read, validation);
  }

  boolean hasFindings() {
    return forJson().hasFindings();
  }
}
