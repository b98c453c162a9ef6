package io.github.ogireport.io.text;

import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A table builder's own working copy of one {@link TableRegion.Row}: the cells (and, on the legacy form,
 * the unit) a builder may rework before it places them. Compared by identity; never shared between builders.
 */
final class WorkRow {
  final TableRow row;
  final int index;
  final Tok label;
  final List<Tok> cells = new ArrayList<>();
  String unit;
  /** For section 三: the official column index of each printed position, or null for the official order. */
  final int[] order;
  /** The header token the order was read from. */
  final Tok orderFrom;

  WorkRow(TableRow row, int index, Tok label) {
    this(row, index, label, null, null);
  }

  private WorkRow(TableRow row, int index, Tok label, int[] order, Tok orderFrom) {
    this.row = row;
    this.index = index;
    this.label = label;
    this.order = order;
    this.orderFrom = orderFrom;
  }

  /** A working copy of a region's row. */
  static WorkRow of(TableRegion.Row r) {
    WorkRow w = new WorkRow(r.row(), r.index(), r.label(), r.order(), r.orderFrom());
    w.cells.addAll(r.cells());
    w.unit = r.unit();
    return w;
  }

  /** Working copies of a region's rows, in order. */
  static List<WorkRow> copies(List<TableRegion.Row> rows) {
    List<WorkRow> out = new ArrayList<>(rows.size());
    for (TableRegion.Row r : rows) {
      out.add(of(r));
    }
    return out;
  }

  boolean hasValues() {
    for (Tok c : cells) {
      if (c.kind() != Tok.Kind.SOFT_BLANK) {
        return true;
      }
    }
    return false;
  }
}
