package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Provincial legacy forms (the generator's reports as a province prints them: national rows under the
 * province's names, and rows of its own kept as custom rows) written as DOCX, XLSX and PDF and read back:
 * every national cell the same, every custom row back under its label with its figures.
 */
class ProvincialFormRoundTripTest {
  private static final int REPORTS = 100;

  private static Report provincial(int i) {
    return LayoutRenderer.of(LayoutFamily.LEGACY_PROVINCIAL).render(Generated.report(Edition.LEGACY, i), i).expected();
  }

  private static void thenRoundTrip(String format, Function<Report, ReadResult> writeAndRead) {
    int withCustomRows = 0;
    for (int i = 0; i < REPORTS; i++) {
      Report written = provincial(i);
      Table before = written.table(TableType.LEGACY_STATISTICS).orElseThrow();
      withCustomRows += before.customRows().isEmpty() ? 0 : 1;
      Table after = writeAndRead.apply(written).report().table(TableType.LEGACY_STATISTICS).orElseThrow();
      for (TableRow row : TableType.LEGACY_STATISTICS.rows()) {
        for (LegacyColumn c : LegacyColumn.values()) {
          then(after.cell(row, c)).as("%s report %d: %s / %s", format, i, row.label(), c).isEqualTo(before.cell(row, c));
        }
      }
      for (CustomRow row : before.customRows()) {
        Optional<CustomRow> read = after.customRows().stream().filter(r -> r.label().equals(row.label())).findFirst();
        then(read).as("%s report %d: custom row %s", format, i, row.label()).isPresent();
        for (LegacyColumn c : LegacyColumn.values()) {
          then(after.cell(read.get(), c)).as("%s report %d: %s / %s", format, i, row.label(), c)
              .isEqualTo(before.cell(row, c));
        }
      }
    }
    then(withCustomRows).as("reports with custom rows").isGreaterThan(REPORTS / 4);
  }

  @Test
  void docx() {
    thenRoundTrip("docx", r -> DocxReportReader.lenient().read(DocxReportWriter.standard().write(r)));
  }

  @Test
  void xlsx() {
    thenRoundTrip("xlsx", r -> WorkbookReportReader.lenient().read(XlsxReportWriter.standard().write(r)));
  }

  @Test
  void pdf() {
    org.assertj.core.api.Assumptions.assumeThat(PdfReportWriter.fontAvailable()).as("CJK font").isTrue();
    thenRoundTrip("pdf", r -> PdfReportReader.lenient().read(PdfReportWriter.standard().write(r)));
  }
}
