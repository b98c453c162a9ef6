package io.github.ogireport.cli;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.validation.Severity;
import io.github.ogireport.validation.ValidationResult;

/**
 * The outcome of checking one report: what was read (or why nothing could be), and the validation result.
 *
 * @param source the file, or {@code file:line} for a report of an NDJSON stream
 * @param read what the reader returned, or {@code null} if the input could not be read
 * @param failure why the input could not be read, or {@code null}
 * @param validation the validation result, or {@code null} if nothing was read
 */
record Checked(String source, ReadResult read, ReportException failure, ValidationResult validation) {

  static Checked failed(String source, ReportException failure) {
    return new Checked(source, null, failure, null);
  }

  long errors() {
    long n = validation == null ? 0 : validation.errors().size();
    if (read != null) {
      n += read.findings().stream().filter(f -> f.severity() == ReaderFinding.Severity.ERROR).count();
    }
    return n;
  }

  long warnings() {
    long n = validation == null ? 0 : validation.warnings().size();
    if (read != null) {
      n += read.findings().stream().filter(f -> f.severity() == ReaderFinding.Severity.WARNING).count();
    }
    return n;
  }

  boolean hasFindings() {
    return failure != null
        || (read != null && !read.findings().isEmpty())
        || (validation != null && validation.findings().stream().anyMatch(f -> f.severity() != Severity.INFO));
  }
}
