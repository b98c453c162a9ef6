package io.github.ogireport.findings;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One checked input: where it came from, what the reader returned (the report and the reader's
 * findings) and the validation result; or, for an input that could not be read, why and where. The one
 * outcome of checking a report: {@code ogi-report check} and the server print it
 * ({@link CheckedReportJson}, {@link HtmlFindingsReport}, {@link FindingsTable}). Its state never changes.
 *
 * <pre>{@code
 * ReadResult read = TextReportReader.lenient().read(Path.of("report.txt"));
 * CheckedReport checked = CheckedReport.of("report.txt", read, ReportValidator.standard().validate(read.report()));
 * }</pre>
 *
 * @since 0.1
 */
public final class CheckedReport {
  /** What became of a checked input, worst first. */
  public enum Status {
    /** The input could not be read. */
    UNREADABLE("unreadable", "无法读取", "unreadable"),
    /** A published document was read but holds no statistics table. */
    NO_TABLE("no-table", "无统计表", "no statistics table"),
    /**
     * A published document whose statistics tables were found but hold no value (a blank form): reader
     * finding {@code reader.no-values}.
     */
    NO_VALUES("no-values", "无数值", "no values"),
    /** At least one finding of severity ERROR (validation or reader). */
    ERRORS("errors", "有错误", "errors"),
    /** No error, at least one warning. */
    WARNINGS("warnings", "有警告", "warnings"),
    /** No error and no warning. */
    OK("ok", "无问题", "no problems");

    private final String key;
    private final String chinese;
    private final String english;

    Status(String key, String chinese, String english) {
      this.key = key;
      this.chinese = chinese;
      this.english = english;
    }

    /** The stable key, as {@code check --format json} prints it: {@code ok}, {@code errors}… */
    public String key() {
      return key;
    }

    /** The Chinese label. */
    public String chinese() {
      return chinese;
    }

    /** The English label. */
    public String english() {
      return english;
    }
  }

  /**
   * The previous-year report a report was checked against ({@code check --previous}): either its source,
   * or why none was paired.
   *
   * @param source the previous report's source, or {@code null} if none was paired
   * @param note why none was paired, or {@code null} if one was
   */
  public record Previous(String source, String note) {
    /** Checks that exactly one of the source and the note is given. */
    public Previous {
      if ((source == null) == (note == null)) {
        throw new IllegalArgumentException("exactly one of source and note must be given");
      }
    }

    /** The report was checked against the previous-year report of {@code source}. */
    public static Previous paired(String source) {
      return new Previous(Objects.requireNonNull(source, "source"), null);
    }

    /** No previous-year report was paired, for the reason {@code note}; the report was checked on its own. */
    public static Previous unpaired(String note) {
      return new Previous(null, Objects.requireNonNull(note, "note"));
    }

    /** True if a previous-year report was paired. */
    public boolean isPaired() {
      return source != null;
    }
  }

  private final String source;
  private final ReadResult read;
  private final ReportException failure;
  private final ValidationResult validation;
  private final boolean published;
  private final Previous previous;

  /**
   * A checked input, every part given.
   *
   * @param source where it came from (a file name, {@code file:line} for NDJSON, an upload's name)
   * @param read what the reader returned, or {@code null} if the input could not be read
   * @param failure why and where the input could not be read, or {@code null}
   * @param validation the validation result of {@code read.report()}, or {@code null} if nothing was read
   *     (or the report was read and not validated)
   * @param published true if the input is a published document (text, HTML, PDF, Word, Excel), from
   *     which at least one statistics table is expected; false for the SDK's JSON and reports built in code
   * @param previous the previous-year pairing ({@code check --previous}), or {@code null} when no
   *     previous reports were given
   * @throws IllegalArgumentException unless exactly one of {@code read} and {@code failure} is given, or
   *     if a validation result comes without a report
   */
  public CheckedReport(String source, ReadResult read, ReportException failure, ValidationResult validation,
      boolean published, Previous previous) {
    this.source = Objects.requireNonNull(source, "source");
    if ((read == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of read and failure must be given");
    }
    if (read == null && validation != null) {
      throw new IllegalArgumentException("a validation result goes with what was read");
    }
    this.read = read;
    this.failure = failure;
    this.validation = validation;
    this.published = published;
    this.previous = previous;
  }

  /** A checked input without a previous-year pairing; see the full constructor. */
  public CheckedReport(String source, ReadResult read, ReportException failure, ValidationResult validation,
      boolean published) {
    this(source, read, failure, validation, published, null);
  }

  /**
   * A report read from a published document (text, HTML, PDF, Word, Excel) and validated: without a
   * statistics table its status is {@link Status#NO_TABLE}.
   *
   * @param source where it came from (a file name, {@code file:line} for NDJSON, an upload's name)
   * @param read what the reader returned; its report is the one validated
   * @param validation the validation result of {@code read.report()}
   */
  public static CheckedReport of(String source, ReadResult read, ValidationResult validation) {
    return of(source, read, validation, true);
  }

  /**
   * A report read and validated; {@code published} says whether it was read from a published document
   * (then a statistics table is expected) or from the SDK's JSON.
   */
  public static CheckedReport of(String source, ReadResult read, ValidationResult validation, boolean published) {
    return new CheckedReport(source, Objects.requireNonNull(read, "read"), null,
        Objects.requireNonNull(validation, "validation"), published);
  }

  /**
   * A report that was not read from a published file (built in code, or the SDK's JSON): no reader
   * findings, and no table expected.
   */
  public static CheckedReport of(String source, Report report, ValidationResult validation) {
    return of(source, new ReadResult(Objects.requireNonNull(report, "report"), Map.of(), List.of()), validation,
        false);
  }

  /** An input that could not be read, with the reason for people (no location). */
  public static CheckedReport unreadable(String source, String problem) {
    return unreadable(source, new ReportException(Objects.requireNonNull(problem, "problem"),
        Location.unknown()));
  }

  /** An input that could not be read: the reader's exception, with the problem and its location. */
  public static CheckedReport unreadable(String source, ReportException failure) {
    return new CheckedReport(source, null, Objects.requireNonNull(failure, "failure"), null, false);
  }

  /** This outcome with the previous-year pairing {@code previous} ({@code check --previous}). */
  public CheckedReport withPrevious(Previous previous) {
    return new CheckedReport(source, read, failure, validation, published, Objects.requireNonNull(previous,
        "previous"));
  }

  /** Where the report came from; never {@code null}. */
  public String source() {
    return source;
  }

  /** What the reader returned; empty for an unreadable input. */
  public Optional<ReadResult> read() {
    return Optional.ofNullable(read);
  }

  /** The report; empty for an unreadable input. */
  public Optional<Report> report() {
    return read().map(ReadResult::report);
  }

  /** The validation result; empty for an unreadable input (or a report read and not validated). */
  public Optional<ValidationResult> validation() {
    return Optional.ofNullable(validation);
  }

  /**
   * Why the input could not be read, and where ({@link ReportException#problem()},
   * {@link ReportException#location()}); empty for a report that was read.
   */
  public Optional<ReportException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Why the input could not be read, for people: one line naming the location when it is known
   * ({@code problem at line 3, column 7}); empty for a report that was read.
   */
  public Optional<String> problem() {
    return failure().map(ReportException::getMessage);
  }

  /** True if the input is a published document, from which a statistics table is expected. */
  public boolean published() {
    return published;
  }

  /** The previous-year pairing ({@code check --previous}); empty when no previous reports were given. */
  public Optional<Previous> previous() {
    return Optional.ofNullable(previous);
  }

  /** The validation findings, in the validator's order; empty for an unreadable input. */
  public List<Finding> findings() {
    return validation == null ? List.of() : validation.findings();
  }

  /** The reader's findings, in input order; empty for an unreadable input or a report built in code. */
  public List<ReaderFinding> readerFindings() {
    return read == null ? List.of() : read.findings();
  }

  /**
   * Everything found, as one list of {@link Diagnostic}s: the reader's findings in input order, then the
   * validation findings in the validator's order (the order of {@code check}'s outputs).
   */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(readerFindings());
    all.addAll(findings());
    return List.copyOf(all);
  }

  /** The findings of severity ERROR, validation and reader ones together. */
  public int errors() {
    return count(Severity.ERROR);
  }

  /** The findings of severity WARNING, validation and reader ones together. */
  public int warnings() {
    return count(Severity.WARNING);
  }

  /** The findings of severity INFO, validation and reader ones together. */
  public int infos() {
    return count(Severity.INFO);
  }

  private int count(Severity severity) {
    int n = 0;
    for (Diagnostic d : findings()) {
      n += d.severity() == severity ? 1 : 0;
    }
    for (Diagnostic d : readerFindings()) {
      n += d.severity() == severity ? 1 : 0;
    }
    return n;
  }

  /**
   * True for a published document read without any statistics table: not a clean result. A report of
   * the SDK's JSON (or built in code) without tables is not one: nothing was lost in reading it.
   */
  public boolean noTable() {
    return published && read != null && read.report().tableList().isEmpty();
  }

  /**
   * True for a published document whose statistics tables were found but of which not one value was read
   * (reader finding {@code reader.no-values}: a blank form): not a clean result either.
   */
  public boolean noValues() {
    return published && read != null && !read.report().tableList().isEmpty()
        && read.findings().stream().anyMatch(f -> f.code().equals("reader.no-values"));
  }

  /**
   * True if anything is to be reported ({@code check --only-findings}): a failure, no table, a reader
   * finding, or a validation finding above INFO.
   */
  public boolean hasFindings() {
    return failure != null
        || noTable()
        || !readerFindings().isEmpty()
        || findings().stream().anyMatch(f -> f.severity() != Severity.INFO);
  }

  /** The status: unreadable, no table, no values, errors, warnings or ok, the first that applies. */
  public Status status() {
    if (failure != null) {
      return Status.UNREADABLE;
    }
    if (noTable()) {
      return Status.NO_TABLE;
    }
    if (noValues()) {
      return Status.NO_VALUES;
    }
    if (errors() > 0) {
      return Status.ERRORS;
    }
    return warnings() > 0 ? Status.WARNINGS : Status.OK;
  }

  /** The source and status, for logs; the format is not stable. */
  @Override
  public String toString() {
    return "CheckedReport{" + source + ", " + status().key() + "}";
  }
}
