package io.github.ogireport.documents;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one report, as {@code ogi-report check} and the server report it: what was
 * read (or why nothing could be) and the validation result. {@link CheckedReportJson} writes it.
 *
 * @param source the file name, or {@code file:line} for a report of an NDJSON stream
 * @param read what the reader returned, or {@code null} if the input could not be read
 * @param failure why the input could not be read, or {@code null}
 * @param validation the validation result, or {@code null} if nothing was read (or the report was read
 *     and not validated)
 * @param published true if the input is a published document (text, HTML, PDF, Word, Excel), from
 *     which at least one statistics table is expected; false for the SDK's JSON
 * @param previous the previous-year report the report was checked against ({@code check --previous}),
 *     or {@code null} when no previous reports were given
 * @since 0.1
 */
public record CheckedReport(String source, ReadResult read, ReportException failure, ValidationResult validation,
    boolean published, Previous previous) {

  /**
   * The previous-year report paired with a checked report.
   *
   * @param source the previous report's source, or {@code null} if none was paired
   * @param note why none was paired, or {@code null}
   */
  public record Previous(String source, String note) {}

  /** A report checked on its own (no previous year's report given). */
  public CheckedReport(String source, ReadResult read, ReportException failure, ValidationResult validation,
      boolean published) {
    this(source, read, failure, validation, published, null);
  }

  /**
   * Checks that the source is given, that exactly one of what was read and the failure is, and that no
   * validation result comes without a report.
   */
  public CheckedReport {
    Objects.requireNonNull(source, "source");
    if ((read == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of read and failure must be given");
    }
    if (read == null && validation != null) {
      throw new IllegalArgumentException("a validation result goes with what was read");
    }
  }

  /** An input that could not be read. */
  public static CheckedReport failed(String source, ReportException failure) {
    return new CheckedReport(source, null, Objects.requireNonNull(failure, "failure"), null, false);
  }

  /** True for a published document read without any statistics table: not a clean result. */
  public boolean noTable() {
    return published && read != null && read.report().tableList().isEmpty();
  }

  /**
   * What reading and validation found, in one list of the one diagnostic type: the reader findings in
   * reading order, then the validation findings in rule order.
   */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    if (read != null) {
      all.addAll(read.findings());
    }
    if (validation != null) {
      all.addAll(validation.findings());
    }
    return all;
  }

  /** The error findings of the reader and the validator together. */
  public long errors() {
    return count(Severity.ERROR);
  }

  /** The warning findings of the reader and the validator together. */
  public long warnings() {
    return count(Severity.WARNING);
  }

  private long count(Severity severity) {
    return diagnostics().stream().filter(d -> d.severity() == severity).count();
  }

  /** True if anything is to be reported: a failure, no table, a reader finding, a finding above INFO. */
  public boolean hasFindings() {
    return failure != null
        || noTable()
        || (read != null && !read.findings().isEmpty())
        || (validation != null && validation.findings().stream().anyMatch(f -> f.severity() != Severity.INFO));
  }

  /** {@code unreadable}, {@code no-table}, {@code errors}, {@code warnings} or {@code ok}. */
  public String status() {
    if (failure != null) {
      return "unreadable";
    }
    return noTable() ? "no-table" : errors() > 0 ? "errors" : warnings() > 0 ? "warnings" : "ok";
  }
}
