package io.github.ogireport.cli;

import io.github.ogireport.documents.CheckedReportJson;
import java.io.PrintWriter;

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
  public void print(Checked c) {
    out.println(CheckedReportJson.write(c.toCheckedReport()));
  }

  @Override
  public void summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable) {
    out.println(CheckedReportJson.summary(reports, withErrors, withWarnings, unreadable, withoutTable));
  }
}
