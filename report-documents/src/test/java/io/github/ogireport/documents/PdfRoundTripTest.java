package io.github.ogireport.documents;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the PDF writer wrote, the PDF reader reads back: the same tables, agency and year. Needs the CJK
 * font (CI installs fonts-wqy-zenhei); skipped with a message when it is absent. The default build runs
 * {@value #DEFAULT_REPORTS} reports per edition (about 13 s per edition on 2 shared cores),
 * {@code -Pnightly} 2,000 ({@code ogi.documents.pdf.roundtrip}).
 */
class PdfRoundTripTest {
  static final int DEFAULT_REPORTS = 500;
  static final int REPORTS = Integer.getInteger("ogi.documents.pdf.roundtrip", DEFAULT_REPORTS);
  static final PdfReportWriter WRITER = PdfReportWriter.standard();

  @BeforeAll
  static void font() {
    assumeThat(PdfReportWriter.fontAvailable())
        .as("no CJK font at %s: install fonts-wqy-zenhei (or set -Dogi.pdf.font) to run the PDF tests",
            PdfReportWriter.configuredFont())
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void pdf_written_reads_back_equal(Edition edition) {
    for (int i = 0; i < REPORTS; i++) {
      Report report = Generated.report(edition, i);
      ReadResult read = PdfReportReader.lenient().read(WRITER.write(report));
      then(read.report().tables()).as("%s report %d", edition, i).isEqualTo(report.tables());
      then(read.report().metadata().agency()).isEqualTo(report.metadata().agency());
      then(read.report().metadata().year()).isEqualTo(report.metadata().year());
      then(read.provenance().values()).allSatisfy(l -> then(l.page()).isPositive());
    }
  }

  @org.junit.jupiter.api.Test
  void a_report_of_hard_blanks_is_read_by_position_not_through_the_glued_plain_text() {
    // found by the benchmark inputs: the plain text glues '— 2 19' and read more (wrong) numbers
    Report report = io.github.ogireport.generator.ReportGenerator.builder().seed(20240607L)
        .edition(Edition.V2021).blanks(io.github.ogireport.generator.BlankStyle.MIXED).build()
        .stream(5).toList().get(4);
    ReadResult read = PdfReportReader.lenient().read(WRITER.write(report));
    then(read.report().tables()).isEqualTo(report.tables());
    then(read.findings()).noneMatch(f -> f.code().equals(PdfReportReader.PLAIN_TEXT));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void the_writer_is_deterministic(Edition edition) throws InterruptedException {
    Report report = Generated.report(edition, 3);
    byte[] first = WRITER.write(report);
    Thread.sleep(1100); // a date from the clock would differ now
    then(PdfReportWriter.standard().write(report)).isEqualTo(first);
  }
}
