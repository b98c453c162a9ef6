package io.github.ogireport.io.text;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage of the line reader for tables whose row labels are printed in a block and their value lines after
 * it (a PDF's reading order, a converter): {@code 1.属于国家秘密}, {@code 2.其他法律行政法规禁止公开}, then
 * {@code — 0 — 0 — — 0} and {@code 0 0 — 0 — — 0}. The line reading gives every value line to the last label
 * of the block. When the block is a run of {@code k} consecutive rows of the table of which only the last has
 * cells (the run as long as it goes: the row before it has cells of its own, or is not a row of the table),
 * and those cells are exactly {@code k} lines of {@code n} cells each (numbers or blank markers, no text on
 * the line), the lines are given to the rows in the form's order. With more or fewer lines than labels the
 * rows are left blank ({@code reader.detached-unpaired}, naming their cells) and the numbers reported: lines
 * are never split, merged or guessed to make counts match, and no other reading may fill those rows.
 */
final class DetachedRows {
  private DetachedRows() {}

  /** Reassigns the value lines of each detached block of {@code rows} (rows of {@code type}, {@code n} columns). */
  static void pair(List<WorkRow> rows, TableType type, int n, ReadContext ctx) {
    for (int last = 0; last < rows.size(); last++) {
      WorkRow r = rows.get(last);
      if (r.label == null || r.cells.isEmpty() || !type.rows().contains(r.row) || onLabelLine(r)) {
        continue; // (a row printing a cell on its label's line is not detached)
      }
      Map<Integer, List<Tok>> lines = new LinkedHashMap<>();
      for (Tok c : r.cells) {
        lines.computeIfAbsent(c.line(), k -> new ArrayList<>()).add(c);
      }
      if (lines.containsKey(r.label.line()) || !allValueLines(lines, n, ctx)) {
        continue;
      }
      int first = last;
      while (first > 0) {
        WorkRow before = rows.get(first - 1);
        if (!before.cells.isEmpty() || before.label == null || !type.rows().contains(before.row)
            || rows.subList(first, last + 1).stream().anyMatch(o -> o.row == before.row)) {
          break;
        }
        first--;
      }
      if (last == first) {
        continue; // one label, its values on the lines after it (a wrapped row)
      }
      if (last - first + 1 != lines.size()) {
        // the block holds more (or fewer) labels than value lines: which line is whose is not known
        List<CellRef> about = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = first; i <= last; i++) {
          about.addAll(CellPlacement.cellsOf(type, rows.get(i).row));
          labels.add(rows.get(i).row.label());
        }
        for (Tok t : r.cells) {
          if (t.kind() == Tok.Kind.NUMBER) {
            ctx.finding(about, "reader.unplaced-number", Severity.WARNING, ctx.location(t),
                "number '" + t.text() + "' could not be placed: " + lines.size() + " value lines follow the "
                    + labels.size() + " labels " + String.join(", ", labels) + " of " + type.key()
                    + " printed apart from them; which line is whose is not known", List.of(t.text()));
          }
        }
        ctx.finding(about, "reader.detached-unpaired", Severity.WARNING, ctx.location(r.cells.get(0)),
            lines.size() + " value lines follow the " + labels.size() + " labels " + String.join(", ", labels) + " of "
                + type.key() + " printed apart from them; the rows are left blank", List.of(type.key()));
        r.cells.clear();
        continue;
      }
      List<List<Tok>> values = new ArrayList<>(lines.values());
      List<String> labels = new ArrayList<>();
      for (int i = first; i <= last; i++) {
        WorkRow w = rows.get(i);
        List<Tok> line = values.get(i - first);
        w.cells.clear();
        w.cells.addAll(line);
        labels.add(w.row.label());
      }
      ctx.finding("reader.detached-labels", Severity.WARNING, ctx.location(values.get(0).get(0)),
          "the labels of rows " + String.join(", ", labels) + " of " + type.key() + " are printed apart from their "
              + values.size() + " value lines; the lines were read in the form's order, one per row",
          List.of(type.key()));
    }
  }

  /** True if every line holds exactly {@code n} cells, each a number or a blank marker, and no letter. */
  /** True if the row prints a cell on its label's line. */
  private static boolean onLabelLine(WorkRow r) {
    for (Tok c : r.cells) {
      if (c.line() == r.label.line()) {
        return true;
      }
    }
    return false;
  }

  private static boolean allValueLines(Map<Integer, List<Tok>> lines, int n, ReadContext ctx) {
    for (Map.Entry<Integer, List<Tok>> e : lines.entrySet()) {
      if (e.getValue().size() != n
          || e.getValue().stream().anyMatch(t -> t.kind() != Tok.Kind.NUMBER && t.kind() != Tok.Kind.HARD_BLANK)) {
        return false;
      }
      if (ctx.hasLetter(e.getKey())) {
        return false;
      }
    }
    return true;
  }
}
