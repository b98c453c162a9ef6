package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.util.List;
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

  @ParameterizedTest
  @EnumSource(Edition.class)
  void a_blank_form_written_as_docx_or_xlsx_reads_back_blank_and_says_no_value_was_read(Edition edition) {
    Report report = Generated.report(edition, 3);
    Report.Builder form = report.toBuilder();
    report.tableList().forEach(t -> form.table(io.github.ogireport.model.Table.blank(t.type())));
    Report blank = form.build();

    for (ReadResult read : List.of(DocxReportReader.lenient().read(DocxReportWriter.standard().write(blank)),
        WorkbookReportReader.lenient().read(XlsxReportWriter.standard().write(blank)))) {
      then(read.report().tables()).isEqualTo(blank.tables());
      then(read.provenance()).isEmpty();
      then(read.findings()).filteredOn(f -> f.code().equals("reader.no-values")).singleElement()
          .satisfies(f -> then(f.arguments()).containsExactlyElementsOf(
              blank.tableList().stream().map(t -> t.type().key()).toList()));
      // every row's empty-row finding is at its label cell, not at the heading line of its table
      then(read.findings()).filteredOn(f -> f.code().equals("reader.empty-row")).isNotEmpty()
          .allSatisfy(f -> then(f.location().toString()).matches("(table|sheet)\\[\\d+]/tr\\[\\d+]/td\\[\\d+]"));
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
