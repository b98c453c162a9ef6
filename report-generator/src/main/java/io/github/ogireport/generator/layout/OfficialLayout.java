package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LayoutFamily#OFFICIAL}: the title, a blank line, headings and paragraphs on their own lines, each
 * table as its caption, its header lines and one line per row, cells separated by TABs, blank cells
 * written as {@value #BLANK} (as the project's own text writer does, so the text reads back). Uses no
 * random choice. The line writers are shared with the families that damage this layout.
 */
final class OfficialLayout implements Layout {
  static final String TAB = "\t";

  /** The marker of a blank cell in the official TAB layout. */
  static final String BLANK = "—";

  /** The markers the damaged TAB layouts choose from: the official one, or an empty cell. */
  static final List<String> BLANKS = List.of(BLANK, "");

  @Override
  public Output render(Report report, Doc doc, Dice dice) {
    return new Output(write(doc, BLANK), report, List.of());
  }

  /** The damage entry for a blank marker chosen from {@link #BLANKS}. */
  static String blankDamage(String family, String blank) {
    return family + ": blank cells " + (blank.isEmpty() ? "left empty" : "written as " + blank);
  }

  /** The whole document in the official TAB layout, blank cells written as {@code blank}. */
  static String write(Doc doc, String blank) {
    StringBuilder out = new StringBuilder();
    out.append(doc.title()).append("\n\n");
    for (Doc.Part p : doc.parts()) {
      if (p instanceof Doc.Grid g) {
        for (String line : headerLines(g)) {
          out.append(line).append('\n');
        }
        for (Doc.Row r : g.rows()) {
          out.append(rowLine(g, r, blank, TAB)).append('\n');
        }
        out.append('\n');
      } else {
        out.append(text(p)).append('\n');
      }
    }
    return out.toString();
  }

  /** The text of a heading or paragraph. */
  static String text(Doc.Part p) {
    if (p instanceof Doc.Heading h) {
      return h.text();
    }
    return ((Doc.Paragraph) p).text();
  }

  /** The caption (if any) and the header lines of a grid, cells separated by TABs. */
  static List<String> headerLines(Doc.Grid g) {
    List<String> lines = new ArrayList<>();
    if (!g.caption().isEmpty()) {
      lines.add(g.caption());
    }
    for (List<String> h : g.header()) {
      lines.add(String.join(TAB, h));
    }
    return lines;
  }

  /** One body row: its label cells, the unit cell of the legacy form, the values. */
  static String rowLine(Doc.Grid g, Doc.Row r, String blank, String separator) {
    return String.join(separator, cells(g, r, blank));
  }

  /** The printed cells of a body row, blank cells written as {@code blank}. */
  static List<String> cells(Doc.Grid g, Doc.Row r, String blank) {
    List<String> cells = new ArrayList<>(r.labels());
    if (g.type() == TableType.LEGACY_STATISTICS) {
      cells.add(r.unit());
    }
    cells.addAll(r.values(blank));
    return cells;
  }
}
