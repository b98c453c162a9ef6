package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.generator.layout.Rendered;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A statistics table printed as text inside a web page's paragraphs (a page whose table was pasted as text,
 * a crawled body kept in one {@code <p>}): the damaged layouts of the generator, each line of the text one
 * paragraph, read by {@link HtmlReportReader} (in this package to share the layout families' checks,
 * {@link LayoutFamiliesReadTest#counterpart} and {@link LayoutFamiliesReadTest#named}). Every cell is the generated value or blank with a finding
 * naming it, never a wrong number; and the page gives at least as many right cells as the text itself
 * gives the text reader, less one in a hundred (HTML collapses runs of spaces and TABs in a paragraph).
 */
class HtmlTextTablesPropertiesTest {
  static final int REPORTS = 300;

  static Stream<Arguments> families() {
    return LayoutFamiliesReadTest.familiesAndEditions(
        List.of(LayoutFamily.FLATTENED, LayoutFamily.MARKDOWN, LayoutFamily.LEGACY_PROVINCIAL));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("families")
  void a_table_in_paragraphs_reads_as_its_text_does_and_never_wrong(LayoutFamily family, Edition edition) {
    ReportGenerator generator = ReportGenerator.builder().seed(777L + edition.ordinal()).edition(edition).build();
    LayoutRenderer renderer = LayoutRenderer.of(family);
    long cells = 0;
    long rightInPage = 0;
    long rightInText = 0;
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      Rendered rendered = renderer.render(generator.generate(i), 500L + i);
      String page = page(rendered.text());
      ReadResult fromPage = HtmlReportReader.lenient().read(page);
      ReadResult fromText = TextReportReader.lenient().read(rendered.text());
      for (Table expected : rendered.expected().tableList()) {
        for (TableRow row : expected.rows()) {
          for (TableColumn col : expected.columns()) {
            cells++;
            Cell want = expected.cell(row, col);
            rightInText += cell(fromText.report(), expected, row, col).equals(want) ? 1 : 0;
            Cell have = cell(fromPage.report(), expected, row, col);
            if (have.equals(want)) {
              rightInPage++;
            } else if (!have.isBlank()) {
              violations.add(family + " " + edition + " report " + i + ": " + expected.type().key() + " " + row.key()
                  + "/" + col.key() + " read " + have + ", generated " + want + " (" + rendered.damage() + ")");
            } else if (!named(fromPage, expected, row, col)) {
              violations.add(family + " " + edition + " report " + i + ": " + expected.type().key() + " " + row.key()
                  + "/" + col.key() + " blank, no finding names it (" + rendered.damage() + ")");
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "html paragraphs %-18s %-7s %7d of %7d cells right (%6.2f%%; text reader %6.2f%%)%n",
        family, edition.key(), rightInPage, cells, 100.0 * rightInPage / cells, 100.0 * rightInText / cells);
    then(violations).as("first of %d violations", violations.size()).isEmpty();
    then(rightInPage).as("right cells from the page against the text (%d cells)", cells)
        .isGreaterThanOrEqualTo(rightInText - cells / 100);
  }

  /** The text as a web page: each line one paragraph. */
  private static String page(String text) {
    StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>\n");
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
    }
    return sb.append("</body></html>\n").toString();
  }

  /** The cell read for an expected cell: the same official row, or the custom row printed the same. */
  private static Cell cell(Report read, Table expected, TableRow row, TableColumn col) {
    Table got = read.table(expected.type()).orElse(null);
    TableRow r = got == null ? null : LayoutFamiliesReadTest.counterpart(got, row);
    return r == null ? Cell.blank() : got.cell(r, col);
  }

  private static boolean named(ReadResult read, Table expected, TableRow row, TableColumn col) {
    Table got = read.report().table(expected.type()).orElse(null);
    TableRow r = got == null ? null : LayoutFamiliesReadTest.counterpart(got, row);
    return LayoutFamiliesReadTest.named(read, expected.type(), got, r, CellRef.of(expected.type(), r == null ? row : r, col));
  }
}
