package io.github.ogireport.io.text;

import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of the rows read against the rows of the form, for the builders of sections 二 and 三: a row
 * label read again ({@link #repeated}) and a row of the form not read ({@link #missingRows}). Each builder
 * has its own: it remembers the first row read for each row label of the tables that builder builds.
 */
final class FormRows {
  private final ReadContext ctx;
  private final CellPlacement cells;
  /** The first row read for each row label of a table, to report repetitions. */
  private final Map<TableType, Map<TableRow, WorkRow>> placedRows = new EnumMap<>(TableType.class);

  FormRows(ReadContext ctx, CellPlacement cells) {
    this.ctx = ctx;
    this.cells = cells;
  }

  /**
   * A row label read again in a table (D7): when the first row and the repetition both have values, the
   * repetition is a {@code reader.duplicate-row} finding naming both places, its numbers are unplaced and
   * the first values are kept. An empty repetition is skipped; a row first printed empty is filled by the
   * next. Returns true if {@code r} must not be placed.
   */
  boolean repeated(TableType type, TableRow row, WorkRow r) {
    Map<TableRow, WorkRow> seen = placedRows.computeIfAbsent(type, t -> new java.util.HashMap<>(t.rows().size() * 2));
    WorkRow first = seen.get(row);
    if (first == null || (!first.hasValues() && r.hasValues())) {
      seen.put(row, r);
      return false;
    }
    if (!r.hasValues()) {
      return true;
    }
    Location firstAt = where(first);
    ctx.finding("reader.duplicate-row", Severity.ERROR, where(r),
        "row " + row.label() + " is printed again (first at " + firstAt + "); the first values are kept",
        List.of(row.label(), firstAt.toString()));
    cells.unplaced(r.cells, "number in the repeated row " + row.label(), List.of());
    return true;
  }

  private Location where(WorkRow r) {
    Tok at = r.label != null ? r.label : r.cells.isEmpty() ? null : r.cells.get(0);
    return at == null ? Location.unknown() : ctx.location(at);
  }

  /**
   * A row of the form whose label was not found in a table that was read ({@code table}, just built from
   * the rows {@code rows} of a region starting at {@code startLine}): its cells are named as blank.
   */
  void missingRows(TableType type, List<WorkRow> rows, int startLine, Table table) {
    java.util.Map<TableRow, WorkRow> seen = new java.util.HashMap<>(rows.size() * 2);
    for (WorkRow r : rows) {
      seen.putIfAbsent(r.row, r);
    }
    if (seen.isEmpty()) {
      return;
    }
    for (TableRow row : type.rows()) {
      if (!seen.containsKey(row)) {
        ctx.add(new ReaderFinding("reader.missing-row", Severity.WARNING, ctx.location(startLine, 0),
            "row " + row.label() + " of " + type.key() + " was not found; its cells are blank", List.of(row.label()),
            CellPlacement.cellsOf(type, row)));
      } else if (table != null && rowBlank(table, row) && !ctx.named(type, row)
          && !printedBlank(seen.get(row), table.columns().size())) {
        // its label was found but no number after it (行政强制 无), and no other finding names its cells; a row
        // printing a blank marker in each of its cells was read: its cells are blank as printed
        Location at = where(seen.get(row));
        ctx.add(new ReaderFinding("reader.empty-row", Severity.INFO,
            at.isUnknown() ? ctx.location(startLine, 0) : at,
            "no value of row " + row.label() + " of " + type.key() + " was read after its label; its cells are blank",
            List.of(row.label()), CellPlacement.cellsOf(type, row)));
      }
    }
  }

  /**
   * True if the row prints, on its label's line, a blank marker ({@code —}, {@code /}) for each column and
   * nothing else. (Empty fields between TABs are not markers: a blank form's rows are named as empty.)
   */
  private static boolean printedBlank(WorkRow r, int columns) {
    return r.label != null && r.cells.size() == columns
        && r.cells.stream().allMatch(c -> c.kind() == Tok.Kind.HARD_BLANK && c.line() == r.label.line());
  }

  private static boolean rowBlank(Table table, TableRow row) {
    for (TableColumn c : table.columns()) {
      if (!table.cell(row, c).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
