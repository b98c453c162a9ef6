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

  @ParameterizedTest
  @EnumSource(io.github.ogireport.generator.layout.LayoutFamily.class)
  void a_report_pasted_as_text_into_word_paragraphs_is_read_and_never_wrong(
      io.github.ogireport.generator.layout.LayoutFamily family) throws java.io.IOException {
    List<String> wrong = new java.util.ArrayList<>();
    long cells = 0;
    long right = 0;
    for (Edition edition : Edition.values()) {
      if (!family.appliesTo(edition)) {
        continue;
      }
      // reports with every cell filled (blank style NONE: index a multiple of the styles' count), as the layout
      // families' own property; with blank cells some families are not yet free of wrong values (README)
      for (int k = 0; k < 40; k++) {
        int i = k * io.github.ogireport.generator.BlankStyle.values().length;
        io.github.ogireport.generator.layout.Rendered rendered = io.github.ogireport.generator.layout.LayoutRenderer
            .of(family).render(Generated.report(edition, i), 90L + i);
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
          for (String line : rendered.text().split("\n", -1)) {
            doc.createParagraph().createRun().setText(line);
          }
          doc.write(out);
          docx = out.toByteArray();
        }

        ReadResult read = DocxReportReader.lenient().read(docx);

        for (io.github.ogireport.model.Table want : rendered.expected().tableList()) {
          io.github.ogireport.model.Table got = read.report().table(want.type()).orElse(null);
          for (io.github.ogireport.model.TableRow row : want.type().rows()) {
            for (io.github.ogireport.model.TableColumn col : want.columns()) {
              cells++;
              io.github.ogireport.model.Cell have = got == null || !got.hasRow(row)
                  ? io.github.ogireport.model.Cell.blank() : got.cell(row, col);
              if (have.equals(want.cell(row, col))) {
                right++;
              } else if (!have.isBlank()) {
                wrong.add(family + " " + edition + " report " + i + ": " + want.type().key() + " " + row.key() + "/"
                    + col.key() + " read " + have + ", generated " + want.cell(row, col));
              }
            }
          }
        }
        then(read.provenance().values()).as("every value is located at its paragraph")
            .allSatisfy(at -> then(at.line()).isPositive());
      }
    }
    System.out.printf(java.util.Locale.ROOT, "word paragraphs %-18s %6d of %6d cells right (%.2f%%)%n", family, right,
        cells, 100.0 * right / cells);
    then(wrong).as("wrong values").isEmpty();
    then(right).as("cells right").isGreaterThan(cells / 2);
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
