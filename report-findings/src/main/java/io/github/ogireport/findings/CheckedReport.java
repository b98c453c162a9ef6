package io.github.ogireport.findings;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.Diagnostic;
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
 * findings) and the validation result; or, for an input that could not be read, why. Immutable.
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
    /** The input was read but holds no statistics table. */
    NO_TABLE("no-table", "无统计表", "no statistics table"),
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

  private final String source;
  private final ReadResult read;
  private final ValidationResult validation;
  private final String problem;

  private CheckedReport(String source, ReadResult read, ValidationResult validation, String problem) {
    this.source = Objects.requireNonNull(source, "source");
    this.read = read;
    this.validation = validation;
    this.problem = problem;
  }

  /**
   * A report that was read and validated.
   *
   * @param source where it came from (a file name, {@code file:line} for NDJSON, an upload's name)
   * @param read what the reader returned; its report is the one validated
   * @param validation the validation result of {@code read.report()}
   */
  public static CheckedReport of(String source, ReadResult read, ValidationResult validation) {
    return new CheckedReport(source, Objects.requireNonNull(read, "read"),
        Objects.requireNonNull(validation, "validation"), null);
  }

  /** A report that was not read from a published file (built in code, or JSON): no reader findings. */
  public static CheckedReport of(String source, Report report, ValidationResult validation) {
    return of(source, new ReadResult(Objects.requireNonNull(report, "report"), Map.of(), List.of()), validation);
  }

  /** An input that could not be read, with the reason for people. */
  public static CheckedReport unreadable(String source, String problem) {
    return new CheckedReport(source, null, null, Objects.requireNonNull(problem, "problem"));
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

  /** The validation result; empty for an unreadable input. */
  public Optional<ValidationResult> validation() {
    return Optional.ofNullable(validation);
  }

  /** Why the input could not be read; empty for a report that was read. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
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

  /** The status: unreadable, no table, errors, warnings or ok, the first that applies. */
  public Status status() {
    if (read == null) {
      return Status.UNREADABLE;
    }
    if (read.report().tableList().isEmpty()) {
      return Status.NO_TABLE;
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
