package io.github.ogireport.io.table;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as GitHub-flavoured Markdown: the title, the narrative sections and every table in the
 * official row and column order. Markdown has no merged cells, so merged header cells are flattened into
 * column titles such as {@code 申请人情况 › 法人或其他组织 › 商业企业} and grouped row labels into
 * {@code 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密}. Blank cells are empty. Deterministic.
 *
 * @since 0.1
 */
public final class MarkdownReportWriter implements ReportWriter {
  private MarkdownReportWriter() {}

  /** Returns the writer (stateless, thread-safe). */
  public static MarkdownReportWriter standard() {
    return new MarkdownReportWriter();
  }

  /**
   * Returns a writer.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static MarkdownReportWriter create() {
    return standard();
  }

  /** Appends the Markdown text of a report. */
  @Override
  public void write(Report report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    out.append("# ").append(escape(ReportDocuments.title(report))).append("\n");
    for (ReportDocuments.Part part : ReportDocuments.parts(report)) {
      if (part instanceof ReportDocuments.NarrativePart n) {
        writeNarrative(n.narrative(), out);
      } else if (part instanceof ReportDocuments.TablePart t) {
        out.append("\n## ").append(escape(t.section().label())).append("\n");
        for (Table table : t.tables()) {
          writeTable(table, out);
        }
      }
    }
  }

  private static void writeNarrative(NarrativeSection n, Appendable out) throws IOException {
    if (!n.heading().isEmpty()) {
      out.append("\n## ").append(escape(n.heading())).append("\n");
    }
    for (String line : ReportDocuments.lines(n.text())) {
      if (!line.isBlank()) {
        out.append("\n").append(escape(line.strip())).append("\n");
      }
    }
  }

  private static void writeTable(Table table, Appendable out) throws IOException {
    TableType type = table.type();
    List<String> titles = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    switch (type) {
      case REVIEW_LITIGATION -> {
        List<String> values = new ArrayList<>();
        for (ReviewRow r : ReviewRow.values()) {
          for (ReviewColumn c : ReviewColumn.values()) {
            titles.add(OfficialLayout.rowTitle(type, r) + OfficialLayout.GROUP_SEPARATOR + c.label());
            values.add(OfficialLayout.valueText(type, r, c, table.cell(r, c)));
          }
        }
        rows.add(values);
      }
      case LEGACY_STATISTICS -> {
        boolean cumulative = OfficialLayout.hasCumulative(table);
        titles.add(OfficialLayout.LEGACY_INDICATOR_HEADER);
        titles.add(OfficialLayout.LEGACY_UNIT_HEADER);
        titles.add(LegacyColumn.VALUE.label());
        if (cumulative) {
          titles.add(LegacyColumn.CUMULATIVE.label());
        }
        for (TableRow r : table.rows()) {
          List<String> row = new ArrayList<>();
          row.add(r.label());
          row.add(OfficialLayout.legacyUnit(r).orElse(""));
          row.add(OfficialLayout.valueText(type, r, LegacyColumn.VALUE, table.cell(r, LegacyColumn.VALUE)));
          if (cumulative) {
            row.add(OfficialLayout.valueText(
                type, r, LegacyColumn.CUMULATIVE, table.cell(r, LegacyColumn.CUMULATIVE)));
          }
          rows.add(row);
        }
      }
      default -> {
        boolean applications = type == TableType.APPLICATIONS_2019 || type == TableType.APPLICATIONS_2021;
        titles.add(applications ? ApplicationRow.CORNER_NOTE : OfficialLayout.SECTION2_LABEL_HEADER);
        for (TableColumn c : type.columns()) {
          titles.add(OfficialLayout.columnTitle(type, c));
        }
        for (TableRow r : table.rows()) {
          List<String> row = new ArrayList<>();
          row.add(OfficialLayout.rowTitle(type, r));
          for (TableColumn c : type.columns()) {
            row.add(OfficialLayout.valueText(type, r, c, table.cell(r, c)));
          }
          rows.add(row);
        }
      }
    }
    if (type.section() == io.github.ogireport.model.ReportSection.ACTIVE_DISCLOSURE) {
      out.append("\n**").append(escape(type.caption())).append("**\n");
    }
    out.append("\n");
    writeRow(titles, out);
    out.append('|');
    for (int i = 0; i < titles.size(); i++) {
      out.append(i == 0 && type != TableType.REVIEW_LITIGATION ? " --- |" : " ---: |");
    }
    out.append('\n');
    for (List<String> row : rows) {
      writeRow(row, out);
    }
  }

  private static void writeRow(List<String> cells, Appendable out) throws IOException {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  /** Escapes the characters Markdown would interpret (and the table-cell separator). */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~' -> sb.append('\\').append(c);
        case '\n', '\r', '\t' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
