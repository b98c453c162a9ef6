package io.github.ogireport.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.findings.CheckedReportJson;
import io.github.ogireport.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The machine output of {@code check}: one JSON object per report and line, then a summary object
 * ({@code "summary": true}), written by {@link CheckedReportJson} (which the server answers with too).
 * Field names are stable; see the CLI README.
 */
final class JsonCheckPrinter implements CheckPrinter {
  private final PrintWriter out;

  JsonCheckPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void print(CheckedReport c) {
    out.println(CheckedReportJson.write(c));
  }

  /** A validation finding as one JSON object (the shape of {@code check --format json}'s findings). */
  static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    CheckedReportJson.writeFinding(g, f);
  }

  /** A number as a plain decimal, or {@code null}. */
  static void writeNumber(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
    CheckedReportJson.writeNumber(g, name, v);
  }

  @Override
  public void summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable) {
    out.println(CheckedReportJson.summary(reports, withErrors, withWarnings, unreadable, withoutTable));
  }
}
