package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LayoutFamily#DETACHED}: tables as a PDF's reading order gives them. After the caption and the
 * header words (one per line), every label of the table is printed on its own line in one block (group
 * labels included), then the value rows follow in a second block, one line per row, cells separated by
 * spaces or TABs, blank cells as a marker. A long table may be cut into up to three such label/value blocks,
 * one per page. The section 三 table is always detached, each other table with
 * some probability; undetached tables and the text around them are in the official layout.
 */
final class DetachedLayout implements Layout {
  private static final List<String> BLANKS = List.of("—", "/");
  private static final List<String> SEPARATORS = List.of(" ", "\t");

  @Override
  public Output render(Report report, Doc doc, Dice dice) {
    String blank = dice.pick(BLANKS);
    String separator = dice.pick(SEPARATORS);
    List<String> damage = new ArrayList<>();
    damage.add("detached: blank cells written as " + blank);
    StringBuilder out = new StringBuilder();
    out.append(doc.title()).append("\n\n");
    for (Doc.Part p : doc.parts()) {
      if (!(p instanceof Doc.Grid g)) {
        out.append(OfficialLayout.text(p)).append('\n');
        continue;
      }
      boolean detach = g.type() == TableType.APPLICATIONS_2019 || g.type() == TableType.APPLICATIONS_2021
          || g.type() == TableType.LEGACY_STATISTICS || dice.chance(0.6);
      if (!detach) {
        for (String line : OfficialLayout.headerLines(g)) {
          out.append(line).append('\n');
        }
        for (Doc.Row r : g.rows()) {
          out.append(OfficialLayout.rowLine(g, r, blank, OfficialLayout.TAB)).append('\n');
        }
        out.append('\n');
        continue;
      }
      int blocks = g.rows().size() < 6 ? 1 : dice.between(1, 3);
      damage.add("detached: labels of " + g.type().key() + " printed before its value rows"
          + (blocks > 1 ? ", in " + blocks + " blocks (one per page)" : ""));
      if (!g.caption().isEmpty()) {
        out.append(g.caption()).append('\n');
      }
      for (List<String> h : g.header()) {
        for (String w : h) {
          if (!w.isEmpty()) {
            out.append(w).append('\n');
          }
        }
      }
      int from = 0;
      for (int b = 1; b <= blocks; b++) {
        int to = b == blocks ? g.rows().size() : dice.between(from + 1, from + (g.rows().size() - from) / 2);
        List<Doc.Row> rows = g.rows().subList(from, to);
        for (Doc.Row r : rows) {
          for (String l : r.labels()) {
            out.append(l).append('\n');
          }
        }
        for (Doc.Row r : rows) {
          List<String> cells = new ArrayList<>();
          if (!r.unit().isEmpty()) {
            cells.add(r.unit());
          }
          cells.addAll(r.values(blank));
          out.append(String.join(separator, cells)).append('\n');
        }
        from = to;
      }
      out.append('\n');
    }
    return new Output(out.toString(), report, damage);
  }
}
