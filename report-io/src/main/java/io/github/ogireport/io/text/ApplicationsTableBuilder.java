package io.github.ogireport.io.text;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the section 三 table (收到和处理政府信息公开申请情况) of one region: tells its edition from the rows
 * read, drops a table tool's subtotal rows and column, puts reordered applicant columns back in the official
 * order, and places the rows (by their labels, or in printed order when the labels are detached). It
 * remembers only the rows it placed in earlier regions, to report a row read again.
 */
final class ApplicationsTableBuilder {
  private final ReadContext ctx;
  private final CellPlacement cells;
  private final FormRows formRows;

  ApplicationsTableBuilder(ReadContext ctx, CellPlacement cells) {
    this.ctx = ctx;
    this.cells = cells;
    this.formRows = new FormRows(ctx, cells);
  }

  private static List<int[]> applicantRelations() {
    return List.<int[]>of(new int[] {0, 1, 2, 3, 4, 5, 6});
  }

  /** Builds the section 三 table of one region; its edition is the one the region was read as. */
  BuiltTable build(TableRegion region) {
    List<WorkRow> rows = WorkRow.copies(region.rows());
    boolean sub2021 = false; // a 2021 sub-row with values (what makes （六）'s own values a subtotal row)
    boolean other2019 = false;
    boolean sawSubLabels = false;
    for (WorkRow r : rows) {
      if (r.row instanceof ApplicationRow ar) {
        if (ar.editions().equals(java.util.EnumSet.of(Edition.V2021))) {
          sawSubLabels = true;
          sub2021 |= r.hasValues();
        }
        if (ar == ApplicationRow.OTHER) {
          other2019 |= r.hasValues();
        }
      }
    }
    int numberCount = region.numbers().size();
    Edition e;
    // a label of the 2021 edition's sub-rows of （六）其他处理 printed is that edition, even with the sub-rows
    // blank and numbers after （六） (the values of a sub-row whose label is damaged: 1.申请不无正当理由…)
    if (sawSubLabels) {
      e = Edition.V2021;
    } else if (other2019) {
      e = Edition.V2019;
    } else if (numberCount == 25 * 7) {
      e = Edition.V2021;
    } else {
      e = Edition.V2019;
    }
    TableType type = e == Edition.V2021 ? TableType.APPLICATIONS_2021 : TableType.APPLICATIONS_2019;
    for (TableRegion.Row r : region.subtotalRows()) {
      ctx.finding("reader.subtotal-row", Severity.INFO, ctx.location(r.label()),
          "row '" + r.row().label() + "' is a subtotal row that is not on the national form; its "
              + r.cells().stream().filter(c -> c.kind() == Tok.Kind.NUMBER).count() + " values were not read",
          RowPlacement.texts(r.cells()));
    }
    if (region.subtotalColumn()) {
      dropSubtotalColumn(rows);
    }
    if (!ctx.cellColumns()) {
      DetachedRows.pair(rows, type, type.columns().size(), ctx);
    }
    // Decide between reading by labels and reading the numbers in printed order (labels detached).
    boolean labelProblems = !region.orphans().isEmpty();
    for (WorkRow r : rows) {
      long values = 0;
      for (Tok c : r.cells) {
        values += c.kind() == Tok.Kind.NUMBER ? 1 : 0;
      }
      if (values > 7) {
        labelProblems = true;
      }
    }
    int expected = type.rows().size() * 7;
    if (labelProblems && numberCount == expected) {
      TableDraft d = new TableDraft(type);
      List<Long[][]> grids = BlockSolver.solve(region.numbers(), type);
      if (grids.size() == 1) {
        Long[][] g = grids.get(0);
        for (int r = 0; r < g.length; r++) {
          for (int c = 0; c < 7; c++) {
            TableRow row = type.rows().get(r);
            Tok src = BlockSolver.source(region.numbers(), g, r, c);
            cells.setCell(d, row, type.columns().get(c), src, g[r][c], AmountUnit.UNSPECIFIED, List.of());
          }
        }
        ctx.finding("reader.detached-labels", Severity.WARNING, ctx.location(region.numbers().get(0)),
            "row labels are detached from their numbers; the " + numberCount
                + " numbers were read in printed order (by rows or by columns in blocks) in the only"
                + " arrangement whose row and column totals all check",
            List.of(type.key()));
        return d.built(e);
      }
    }
    TableDraft d = new TableDraft(type);
    reorderColumns(rows);
    List<String> labels = new ArrayList<>();
    for (ApplicantColumn c : ApplicantColumn.values()) {
      labels.add(c.label());
    }
    int[][] headerExtents = ColumnPositions.headerExtents(region.headerToks(), labels, ctx.lines());
    boolean positional = CellPlacement.positionalTable(rows, type.columns().size(), type);
    for (WorkRow r : rows) {
      TableRow row = r.row;
      if (!type.rows().contains(row)) {
        if (r.hasValues() && row == ApplicationRow.OTHER && sub2021) {
          ctx.finding("reader.subtotal-row", Severity.INFO, ctx.location(r.label),
              "row '" + row.label() + "' carries values above its three 2021 sub-rows: a subtotal row that is"
                  + " not on the national form; not read", RowPlacement.texts(r.cells));
        } else if (r.hasValues()) {
          cells.unplaced(r.cells, "row '" + row.label() + "' is not part of table " + type.key(), List.of());
        }
        continue;
      }
      if (formRows.repeated(type, row, r)) {
        continue;
      }
      cells.placeRow(d, row, r, type.columns(), applicantRelations(), AmountUnit.UNSPECIFIED, rows, positional,
          headerExtents);
    }
    cells.unplaced(region.orphans(), "number in table " + type.key() + " with no recognisable row label", List.of());
    BuiltTable built = d.built(e);
    formRows.missingRows(type, rows, region.startLine(), built.table());
    return built;
  }

  /**
   * Puts the cells of rows printed under a header that orders the seven applicant columns otherwise than
   * the national form (V4) back in the official order. Only rows printing exactly seven cells are
   * reordered; a shorter row keeps its printed order (its placement cannot be tied to the header) and is
   * reported.
   */
  private void reorderColumns(List<WorkRow> rows) {
    Tok reported = null;
    for (WorkRow r : rows) {
      if (r.order == null) {
        continue;
      }
      List<Tok> printed = new ArrayList<>(r.cells);
      printed.removeIf(c -> c.kind() == Tok.Kind.SOFT_BLANK);
      if (printed.size() != r.order.length) {
        if (r.hasValues()) {
          ctx.finding("reader.columns-reordered", Severity.WARNING, ctx.location(r.label),
              "row '" + r.row.label() + "' prints " + printed.size() + " cells under a header that orders the"
                  + " applicant columns otherwise than the national form; they were placed as in the official"
                  + " order and may stand in the wrong columns", RowPlacement.texts(r.cells));
        }
        continue;
      }
      Tok[] official = new Tok[r.order.length];
      for (int i = 0; i < printed.size(); i++) {
        official[r.order[i]] = printed.get(i);
      }
      r.cells.clear();
      r.cells.addAll(Arrays.asList(official));
      if (reported != r.orderFrom) {
        reported = r.orderFrom;
        List<String> labels = new ArrayList<>();
        for (int p : r.order) {
          labels.add(ApplicantColumn.values()[p].label());
        }
        ctx.finding("reader.columns-reordered", Severity.INFO, ctx.location(r.orderFrom),
            "the section 三 header prints the applicant columns in the order " + String.join(", ", labels)
                + "; the rows under it were read in that order", labels);
      }
    }
  }

  /**
   * Removes a table tool's 法人或其他组织小计 column (V16) from every row printing eight cells. It stands
   * either before or after the five organisation columns; the side is the one where, in more rows than on
   * the other side, it is the sum of those five and 自然人 plus it is 总计. Returns how many numbers were
   * removed (0 when the side cannot be told; the rows then overflow and are reported).
   */
  private int dropSubtotalColumn(List<WorkRow> rows) {
    int[] valid = new int[2];
    int[] positions = {1, 6};
    List<List<Tok>> eight = new ArrayList<>();
    for (WorkRow r : rows) {
      List<Tok> c = new ArrayList<>(r.cells);
      c.removeIf(x -> x.kind() == Tok.Kind.SOFT_BLANK);
      if (c.size() != 8) {
        continue;
      }
      eight.add(c);
      Long[] v = CellPlacement.toLongs(c);
      if (v == null) {
        continue;
      }
      for (int k = 0; k < 2; k++) {
        int p = positions[k];
        long org = 0;
        for (int i = 1; i <= 6; i++) {
          org += i == p ? 0 : v[i];
        }
        if (v[p] == org && v[7] == v[0] + v[p]) {
          valid[k]++;
        }
      }
    }
    if (eight.isEmpty() || valid[0] == valid[1]) {
      return 0;
    }
    int p = valid[0] > valid[1] ? 1 : 6;
    int removed = 0;
    Tok first = null;
    for (WorkRow r : rows) {
      List<Tok> c = new ArrayList<>(r.cells);
      c.removeIf(x -> x.kind() == Tok.Kind.SOFT_BLANK);
      if (c.size() == 8) {
        Tok sub = c.get(p);
        first = first == null ? sub : first;
        r.cells.remove(sub);
        removed += sub.kind() == Tok.Kind.NUMBER ? 1 : 0;
      }
    }
    ctx.finding("reader.subtotal-column", Severity.INFO, ctx.location(first),
        "the table prints a 法人或其他组织小计 column (column " + (p + 1) + " of 8) that is not on the national form;"
            + " not read", List.of(String.valueOf(p + 1)));
    return removed;
  }
}
