package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.html.HtmlLines;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Web pages as agencies publish them, made from the official page of {@link HtmlReportWriter} (generated reports
 * of every edition, blanks left as real reports leave them): a first column 序号 numbering the rows of every
 * table, an empty last cell in every row (a table tool's empty column), a row of column numbers (甲 乙 1 2 3 …)
 * under every header, a row's label cells joined into one, two empty cells merged into one spanning both, a
 * cell with a number hidden by an inline style; and the same pages as text, their rows as Markdown pipe rows,
 * TAB-separated (copied from the page) or with the TABs turned into spaces (so a blank cell leaves no trace).
 * The page, its Markdown and its TAB-separated text read back every table as written (not the TAB-separated
 * text of the page with an empty last column: a TAB-separated row ending in empty fields may have lost cells at
 * its start or have one empty column too many, which the row does not tell; the reader keeps aligning such a
 * row to its last column, as real reports need); with spaces, every cell is the written value or blank with a
 * finding that names it, never a wrong number.
 */
class WebPageVariantsPropertiesTest {
  static final int REPORTS = 120;

  /** Every table's rows numbered in a first column headed 序号 (its header cell spans the header rows). */
  static Document serialColumn(Document d) {
    for (Element table : d.select("table")) {
      Element head = table.selectFirst("thead tr");
      if (head != null) {
        head.prependElement("th").attr("rowspan", Integer.toString(table.select("thead tr").size())).text("序号");
      }
      int k = 0;
      for (Element tr : table.select("tbody tr")) {
        tr.prependElement("td").text(Integer.toString(++k));
      }
    }
    return d;
  }

  /** An empty cell after the last of every row. */
  static Document emptyLastColumn(Document d) {
    for (Element tr : d.select("tr")) {
      tr.appendElement(tr.parent() != null && tr.parent().tagName().equals("thead") ? "th" : "td");
    }
    return d;
  }

  /** A row of column numbers (甲 乙 1 2 3 …) first under every table's header. */
  static Document columnNumbers(Document d) {
    for (Element table : d.select("table")) {
      Element first = table.selectFirst("tbody tr");
      if (first == null) {
        continue;
      }
      int labels = first.select("td.label").size();
      int values = first.select("td").size() - labels;
      StringBuilder row = new StringBuilder("<tr>");
      for (int k = 0; k < labels; k++) {
        row.append("<td>").append(k == 0 ? "甲" : "乙").append("</td>");
      }
      for (int k = 1; k <= values; k++) {
        row.append("<td>").append(k).append("</td>");
      }
      first.before(row.append("</tr>").toString());
    }
    return d;
  }

  /** A row's two label cells joined into one (a label and its sub-label, a label and its unit). */
  static Document labelCellsJoined(Document d) {
    for (Element tr : d.select("tbody tr")) {
      List<Element> labels = tr.select("td.label");
      if (labels.size() == 2) {
        labels.get(0).text(labels.get(0).text() + labels.get(1).text()).removeAttr("rowspan");
        labels.get(1).remove();
      }
    }
    return d;
  }

  /** Two adjacent empty value cells of a row merged into one spanning both (a Word table's merged blanks). */
  static Document mergedEmptyCells(Document d) {
    for (Element tr : d.select("tbody tr")) {
      List<Element> tds = tr.select("td");
      for (int k = 0; k + 1 < tds.size(); k++) {
        Element a = tds.get(k);
        Element b = tds.get(k + 1);
        if (!a.hasClass("label") && a.text().isEmpty() && b.text().isEmpty() && !a.hasAttr("colspan")
            && !b.hasAttr("colspan")) {
          a.attr("colspan", "2");
          b.remove();
          k++;
        }
      }
    }
    return d;
  }

  /** A cell with a number hidden by an inline style at the end of every row (junk against copying). */
  static Document hiddenCells(Document d) {
    for (Element tr : d.select("tbody tr")) {
      tr.appendElement("td").attr("style", "display: none").text("99");
    }
    return d;
  }

  static Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    for (Edition e : Edition.values()) {
      out.add(Arguments.of("serial column", e, (UnaryOperator<Document>) WebPageVariantsPropertiesTest::serialColumn));
      out.add(Arguments.of("empty last column", e,
          (UnaryOperator<Document>) WebPageVariantsPropertiesTest::emptyLastColumn));
      out.add(Arguments.of("column numbers row", e,
          (UnaryOperator<Document>) WebPageVariantsPropertiesTest::columnNumbers));
      out.add(Arguments.of("label cells joined", e,
          (UnaryOperator<Document>) WebPageVariantsPropertiesTest::labelCellsJoined));
      out.add(Arguments.of("merged empty cells", e,
          (UnaryOperator<Document>) WebPageVariantsPropertiesTest::mergedEmptyCells));
      out.add(Arguments.of("hidden cells", e, (UnaryOperator<Document>) WebPageVariantsPropertiesTest::hiddenCells));
    }
    return out.stream();
  }

  private static ReportGenerator generator(long seed, Edition edition) {
    return ReportGenerator.builder().seed(seed + edition.ordinal()).edition(edition).blanks(BlankStyle.MIXED).build();
  }

  private static String page(Report report, UnaryOperator<Document> variant) {
    Document d = Jsoup.parse(HtmlReportWriter.standard().write(report));
    d.outputSettings().prettyPrint(false);
    return variant.apply(d).outerHtml();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("variants")
  void the_page_and_its_tab_separated_text_read_back_every_table(String name, Edition edition,
      UnaryOperator<Document> variant) {
    ReportGenerator g = generator(9100L, edition);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < REPORTS && differences.size() < 5; i++) {
      Report report = g.generate(i);
      String html = page(report, variant);
      ReadResult fromPage = HtmlReportReader.lenient().read(html);
      if (!fromPage.report().tables().equals(report.tables())) {
        differences.add("page " + i + ": " + firstDifference(report, fromPage));
      }
      if (name.equals("column numbers row") && edition != Edition.LEGACY) {
        // (the legacy form's two value columns give 1 2: too short to tell from a row's values, and not read
        // as any, since no label precedes them)
        then(fromPage.findings()).as("report %s", i).anyMatch(f -> f.code().equals("reader.column-numbers"));
      }
      // the page's rows as a converter's Markdown tables (a pipe row, then its separator), whatever the variant
      String markdown = markdown(HtmlLines.parse(html).lines());
      ReadResult fromMarkdown = TextReportReader.lenient().read(markdown);
      if (!fromMarkdown.report().tables().equals(report.tables())) {
        differences.add("markdown " + i + ": " + firstDifference(report, fromMarkdown));
      }
      if (!name.equals("empty last column")) {
        if (name.equals("serial column")) {
          then(fromPage.findings()).as("report %s", i).anyMatch(f -> f.code().equals("reader.serial-column"));
        }
        String text = String.join("\n", HtmlLines.parse(html).lines());
        ReadResult fromText = TextReportReader.lenient().read(text);
        if (!fromText.report().tables().equals(report.tables())) {
          differences.add("text " + i + ": " + firstDifference(report, fromText));
        }
      }
    }
    then(differences).as("%s, %s", name, edition).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("variants")
  void with_spaces_for_tabs_every_cell_is_right_or_blank_and_named(String name, Edition edition,
      UnaryOperator<Document> variant) {
    ReportGenerator g = generator(9200L, edition);
    List<String> violations = new ArrayList<>();
    for (String gap : List.of("  ", " ")) {
      for (int i = 0; i < REPORTS && violations.size() < 5; i++) {
        Report report = g.generate(i);
        String text = String.join("\n", HtmlLines.parse(page(report, variant)).lines()).replace("\t", gap);
        ReadResult read = TextReportReader.lenient().read(text);
        for (Table want : report.tableList()) {
          Table got = read.report().tables().get(want.type());
          for (TableRow row : want.rows()) {
            TableRow gotRow = got == null ? null : LayoutFamiliesReadTest.counterpart(got, row);
            for (TableColumn col : want.columns()) {
              Cell w = want.cell(row, col);
              Cell r = gotRow == null ? Cell.blank() : got.cell(gotRow, col);
              CellRef ref = CellRef.of(want.type(), row, col);
              if (r.isBlank() && !w.isBlank()
                  && !LayoutFamiliesReadTest.named(read, want.type(), got, gotRow, ref)) {
                violations.add(i + " '" + gap + "' " + ref + " blank and named by no finding (written " + w + ")");
              } else if (!r.isBlank() && !r.equals(w)) {
                violations.add(i + " '" + gap + "' " + ref + " read " + r + ", written " + w);
              }
            }
          }
        }
      }
    }
    then(violations).as("%s, %s", name, edition).isEmpty();
  }

  /** Each TAB-separated line as a Markdown pipe row with its separator row; other lines as they are. */
  static String markdown(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      if (l.indexOf('\t') < 0) {
        out.append(l).append('\n');
        continue;
      }
      String[] fields = l.split("\t", -1);
      out.append("| ").append(String.join(" | ", fields)).append(" |\n|").append("---|".repeat(fields.length))
          .append('\n');
    }
    return out.toString();
  }

  private static String firstDifference(Report want, ReadResult read) {
    for (Table t : want.tableList()) {
      Table got = read.report().tables().get(t.type());
      if (got == null) {
        return t.type() + " not read";
      }
      for (TableRow row : t.rows()) {
        for (TableColumn col : t.columns()) {
          if (!got.hasRow(row) || !got.cell(row, col).equals(t.cell(row, col))) {
            return CellRef.of(t.type(), row, col) + " read " + (got.hasRow(row) ? got.cell(row, col) : "no row")
                + ", written " + t.cell(row, col) + "; findings " + read.findings();
          }
        }
      }
    }
    return "tables differ (custom rows) " + read.findings();
  }
}
