package io.github.ogireport.cli;

import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.findings.FindingsCsvWriter;
import io.github.ogireport.findings.FindingsTable;
import io.github.ogireport.findings.FindingsXlsxWriter;
import io.github.ogireport.findings.HtmlFindingsReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The outputs of {@code check} for people, from report-findings: {@code --format html} (one page for
 * every report, written at the end), {@code csv} and {@code xlsx} (one row per finding, written as the
 * reports are checked). None prints a summary of its own: {@code check} prints it on standard error.
 */
final class FindingsCheckPrinter {
  private FindingsCheckPrinter() {}

  /** {@code --format html}: each report rendered as it comes (only its HTML is kept), the page at the end. */
  static final class Html implements CheckPrinter {
    private final PrintWriter out;
    private final HtmlFindingsReport.Page page = HtmlFindingsReport.standard().page();

    Html(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void print(CheckedReport checked) {
      page.add(checked);
    }

    @Override
    public void summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable)
        throws IOException {
      page.writeTo(out);
    }
  }

  /** {@code --format csv}: the byte order mark and header first, then each report's rows as it comes. */
  static final class Csv implements CheckPrinter {
    private final PrintWriter out;
    private final FindingsCsvWriter csv = FindingsCsvWriter.create();

    Csv(PrintWriter out) {
      this.out = out;
      try {
        csv.writeHeader(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw; it records errors
      }
    }

    @Override
    public void print(CheckedReport checked) {
      try {
        csv.writeRows(FindingsTable.rows(checked), out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable) {
      out.flush();
    }
  }

  /** {@code --format xlsx}: rows streamed into a workbook, written at the end. */
  static final class Xlsx implements CheckPrinter {
    private final OutputStream out;
    private final FindingsXlsxWriter.Session session = FindingsXlsxWriter.create().open();

    Xlsx(OutputStream out) {
      this.out = out;
    }

    @Override
    public void print(CheckedReport checked) {
      session.add(FindingsTable.rows(checked));
    }

    @Override
    public void summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable)
        throws IOException {
      session.finish(out);
      out.flush();
    }

    @Override
    public void close() throws IOException {
      session.close();
    }
  }
}
