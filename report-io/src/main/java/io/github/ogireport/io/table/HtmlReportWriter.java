package io.github.ogireport.io.table;

import io.github.ogireport.io.table.OfficialLayout.Grid;
import io.github.ogireport.io.table.OfficialLayout.GridCell;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as a complete, printable HTML document in the official table layout: the title, the
 * narrative sections, and every table with its caption and the official merged header cells
 * ({@code rowspan}/{@code colspan}). Blank cells are empty; amounts carry their unit unless the header
 * prints it. The output is deterministic (the same report always gives the same bytes) and UTF-8.
 *
 * <pre>{@code
 * String html = HtmlReportWriter.standard().write(report);
 * }</pre>
 *
 * @since 0.1
 */
public final class HtmlReportWriter implements ReportWriter {
  private static final String STYLE = String.join("\n",
      "body { font-family: \"SimSun\", \"Songti SC\", serif; max-width: 60em; margin: 2em auto; }",
      "h1 { text-align: center; font-size: 1.5em; }",
      "h2 { font-size: 1.15em; }",
      "table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 0.9em; }",
      "th, td { border: 1px solid #000; padding: 0.2em 0.4em; text-align: center; }",
      "td.label { text-align: left; }",
      "@media print { body { margin: 0; max-width: none; } table { page-break-inside: auto; }"
          + " tr { page-break-inside: avoid; } thead { display: table-header-group; } }");

  private HtmlReportWriter() {}

  /** Returns the writer (stateless, thread-safe). */
  public static HtmlReportWriter standard() {
    return new HtmlReportWriter();
  }

  /**
   * Returns a writer.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static HtmlReportWriter create() {
    return standard();
  }

  /** Appends the HTML document of a report. */
  @Override
  public void write(Report report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    String title = ReportDocuments.title(report);
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    for (ReportDocuments.Part part : ReportDocuments.parts(report)) {
      if (part instanceof ReportDocuments.NarrativePart n) {
        writeNarrative(n.narrative(), out);
      } else if (part instanceof ReportDocuments.TablePart t) {
        out.append("<h2>").append(escape(t.section().label())).append("</h2>\n");
        for (Table table : t.tables()) {
          writeTable(table, out);
        }
      }
    }
    out.append("</body>\n</html>\n");
  }

  private static void writeNarrative(NarrativeSection n, Appendable out) throws IOException {
    if (!n.heading().isEmpty()) {
      out.append("<h2>").append(escape(n.heading())).append("</h2>\n");
    }
    for (String line : ReportDocuments.lines(n.text())) {
      if (!line.isBlank()) {
        out.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
  }

  private static void writeTable(Table table, Appendable out) throws IOException {
    Grid grid = OfficialLayout.grid(table);
    out.append("<table data-table=\"").append(escape(table.type().key())).append("\">\n<thead>\n");
    writeRows(grid.head(), out);
    out.append("</thead>\n<tbody>\n");
    writeRows(grid.body(), out);
    out.append("</tbody>\n</table>\n");
  }

  private static void writeRows(List<List<GridCell>> rows, Appendable out) throws IOException {
    for (List<GridCell> row : rows) {
      out.append("<tr>");
      for (GridCell cell : row) {
        String tag = cell.header() ? "th" : "td";
        out.append('<').append(tag);
        if (cell.rowspan() > 1) {
          out.append(" rowspan=\"").append(Integer.toString(cell.rowspan())).append('"');
        }
        if (cell.colspan() > 1) {
          out.append(" colspan=\"").append(Integer.toString(cell.colspan())).append('"');
        }
        if (!cell.header() && !cell.isValue()) {
          out.append(" class=\"label\"");
        }
        out.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }
  }

  /** Escapes text for HTML element content and attribute values; drops characters HTML cannot carry. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
