package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the DOCX and XLSX writers wrote, their readers read back: the same tables (every cell, blanks
 * included), agency and year, over 500 generated reports per edition (every blank style).
 */
class OfficeRoundTripTest {
  static final int REPORTS = Integer.getInteger("ogi.documents.roundtrip", 500);

  @ParameterizedTest
  @EnumSource(Edition.class)
  void docx_written_reads_back_equal(Edition edition) {
    for (int i = 0; i < REPORTS; i++) {
      Report report = Generated.report(edition, i);
      ReadResult read = DocxReportReader.lenient().read(DocxReportWriter.standard().write(report));
      then(read.report().tables()).as("%s report %d", edition, i).isEqualTo(report.tables());
      then(read.report().metadata().agency()).isEqualTo(report.metadata().agency());
      then(read.report().metadata().year()).isEqualTo(report.metadata().year());
      then(read.provenance()).hasSize(nonBlankCells(report));
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void xlsx_written_reads_back_equal(Edition edition) {
    for (int i = 0; i < REPORTS; i++) {
      Report report = Generated.report(edition, i);
      ReadResult read = WorkbookReportReader.lenient().read(XlsxReportWriter.standard().write(report));
      then(read.report().tables()).as("%s report %d", edition, i).isEqualTo(report.tables());
      then(read.report().metadata().agency()).isEqualTo(report.metadata().agency());
      then(read.report().metadata().year()).isEqualTo(report.metadata().year());
    }
  }

  static int nonBlankCells(Report report) {
    int n = 0;
    for (io.github.ogireport.model.Table t : report.tableList()) {
      for (io.github.ogireport.model.TableRow r : t.rows()) {
        for (io.github.ogireport.model.TableColumn c : t.type().columns()) {
          n += t.cell(r, c).isBlank() ? 0 : 1;
        }
      }
    }
    return n;
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void the_writers_are_deterministic(Edition edition) throws InterruptedException {
    Report report = Generated.report(edition, 7);
    byte[] docx = DocxReportWriter.standard().write(report);
    byte[] xlsx = XlsxReportWriter.standard().write(report);
    Thread.sleep(1100); // a date from the clock would differ now
    then(DocxReportWriter.standard().write(report)).isEqualTo(docx);
    then(XlsxReportWriter.standard().write(report)).isEqualTo(xlsx);
  }
}
