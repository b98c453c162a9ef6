package io.github.ogireport.io.text;

import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.internal.ParsedNumber;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cell placement stage of the line reader, shared by every table builder: puts the cells of one row
 * into a table's columns ({@link RowPlacement}, {@link ColumnPositions}), turns each placed token into a
 * cell of the table with its provenance, and reports the numbers no cell took. It keeps no state of its
 * own; what it places goes into the caller's {@link TableDraft}, what it notices into the read's findings.
 */
final class CellPlacement {
  private final ReadContext ctx;

  CellPlacement(ReadContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Places the cells of one row of a table into the columns {@code cols}: by count, by the table's relations
   * ({@code relations}, groups of column indexes whose first is the sum of the others), by the column
   * positions of the row's siblings or under the header extents ({@code headerExtents}, or null). The
   * findings made meanwhile name the row's cells. {@code siblingsPositional} is
   * {@link #positionalTable(List, int, TableType)} of the siblings, computed once by the caller for all of
   * a table's rows.
   */
  void placeRow(TableDraft d, TableRow row, WorkRow r, List<TableColumn> cols, List<int[]> relations,
      AmountUnit defaultUnit, List<WorkRow> siblings, boolean siblingsPositional, int[][] headerExtents) {
    TableType type = d.type;
    List<CellRef> about = cellsOf(type, row);
    List<Tok> cells = r.cells;
    boolean positional = !ctx.cellColumns() && (siblingsPositional || pipeRow(r, cols.size()));
    if (positional) {
      cells = labelLine(r);
      dropStrays(r.cells, cells.isEmpty() ? r.label.line() : cells.get(0).line(), "row '" + row.label() + "'", about);
    }
    if (!positional && !ctx.cellColumns() && !relations.isEmpty() && cells.size() == cols.size() && r.label != null
        && cells.get(0).kind() == Tok.Kind.SOFT_BLANK && cells.get(0).line() == r.label.line()
        && cells.subList(1, cells.size()).stream().allMatch(c -> c.kind() == Tok.Kind.NUMBER)) {
      // An empty cell right after the label under a merged label column is layout filler.
      cells = cells.subList(1, cells.size());
    }
    if (cells.stream().noneMatch(c -> c.kind() != Tok.Kind.SOFT_BLANK)) {
      if (cells.isEmpty() && r.label != null) {
        ctx.finding(about, "reader.empty-row", Severity.INFO, ctx.location(r.label),
            "row '" + row.label() + "' has no cells after its label; left blank", List.of(row.key()));
      }
      return;
    }
    RowPlacement.Result res = positional
        ? new RowPlacement.Result(cells.toArray(new Tok[0]), new Long[cols.size()], RowPlacement.Outcome.EXACT,
            List.of())
        : RowPlacement.place(cells, cols.size(), relations, explicitCells(r), separated(r), inOrder(r));
    Location where = r.label == null ? ctx.location(1, 0) : ctx.location(r.label);
    String rowName = row.label();
    if (res.outcome() == RowPlacement.Outcome.OVERFLOW && !relations.isEmpty()) {
      Tok dropped = strayLoneNumber(r, cells, cols.size(), relations);
      if (dropped != null) {
        ctx.finding(about, "reader.stray-number-dropped", Severity.WARNING, ctx.location(dropped),
            "row '" + rowName + "' prints one number too many; '" + dropped.text() + "', alone on its line"
                + " (a page number), is the only one whose removal makes the row's totals check; not read",
            List.of(dropped.text()));
        List<Tok> kept = new ArrayList<>(cells);
        kept.remove(dropped);
        cells = kept;
        res = RowPlacement.place(cells, cols.size(), relations, explicitCells(r), separated(r), inOrder(r));
      }
    }
    if (siblings != null && !ctx.cellColumns() && (res.outcome() == RowPlacement.Outcome.AMBIGUOUS
        || res.outcome() == RowPlacement.Outcome.INFERRED || res.outcome() == RowPlacement.Outcome.GLUED_NONE
        || res.outcome() == RowPlacement.Outcome.GLUED_AMBIGUOUS)) {
      List<List<Tok>> others = new ArrayList<>();
      for (WorkRow o : siblings) {
        if (o != r) {
          others.add(o.cells);
        }
      }
      Tok[] byPosition = ColumnPositions.place(cells, cols.size(), others, relations, ctx.lines());
      if (byPosition != null) {
        List<String> placed = placedTexts(byPosition);
        ctx.finding(about, "reader.placed-by-column-position", Severity.WARNING, where,
            "row '" + rowName + "' prints " + printedCount(byPosition) + " values for " + cols.size()
                + " columns; each was placed in the column it stands under in the space-aligned layout (as"
                + " learned from the complete rows nearest to it), the other cells left blank", placed);
        res = new RowPlacement.Result(byPosition, new Long[cols.size()], RowPlacement.Outcome.EXACT, List.of());
      } else if (!relations.isEmpty()) {
        Tok[] byHeader = ColumnPositions.placeByHeader(cells, cols.size(), others, relations, ctx.lines(),
            headerExtents);
        if (byHeader != null) {
          List<String> placed = placedTexts(byHeader);
          ctx.finding(about, "reader.placed-by-column-position", Severity.WARNING, where,
              "row '" + rowName + "' prints " + printedCount(byHeader) + " values for " + cols.size()
                  + " columns; no row of the table is complete, so each was placed in the column whose header"
                  + " label it stands under in the space-aligned layout, the other cells left blank", placed);
          res = new RowPlacement.Result(byHeader, new Long[cols.size()], RowPlacement.Outcome.EXACT, List.of());
        }
      }
    }
    switch (res.outcome()) {
      case OVERFLOW -> {
        ctx.finding(about, "reader.cell-count-mismatch", Severity.ERROR, where,
            "row '" + rowName + "' prints " + res.detail().size() + " cells for " + cols.size()
                + " columns; left blank", res.detail());
        unplaced(r.cells, null, about);
        return;
      }
      case AMBIGUOUS -> {
        ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, where,
            "row '" + rowName + "' prints " + res.detail().size() + " values for " + cols.size()
                + " columns and the table's relations do not decide their columns; left blank", res.detail());
        return;
      }
      case GLUED_AMBIGUOUS -> {
        ctx.finding(about, "reader.glued-digits-ambiguous", Severity.WARNING, where,
            "row '" + rowName + "' prints glued digits that split in " + res.detail().size()
                + " splits consistent with the table's relations; left blank", res.detail());
        return;
      }
      case GLUED_NONE -> {
        ctx.finding(about, "reader.glued-digits-ambiguous", Severity.ERROR, where,
            "row '" + rowName + "' prints " + res.detail().size() + " values for " + cols.size()
                + " columns; no split of its glued digits and no placement is consistent with the table's"
                + " relations; left blank", res.detail());
        return;
      }
      case GLUED_RECOVERED -> ctx.finding(about, "reader.glued-digits-recovered", Severity.WARNING, where,
          "row '" + rowName + "' prints glued digits " + res.detail()
              + "; the only split consistent with the table's relations was used", res.detail());
      case INFERRED -> ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, where,
          "row '" + rowName + "' prints " + res.detail().size() + " values for " + cols.size()
              + " columns; they were placed where the table's relations allow only one placement, and the lost"
              + " cells left blank", res.detail());
      case SHORT_AT_END -> ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, where,
          "row '" + rowName + "' prints " + res.detail().size() + " values for " + cols.size()
              + " columns in fields from its first column, with no empty field among them: its last cells were"
              + " taken to be the lost ones (a line trimmed of its empty end) and left blank", res.detail());
      case RIGHT_ALIGNED -> ctx.finding(about, "reader.row-right-aligned", Severity.INFO, where,
          "row '" + rowName + "' prints fewer cells than columns; its cells were aligned to the last column",
          res.detail());
      default -> { }
    }
    if (res.outcome() != RowPlacement.Outcome.GLUED_RECOVERED) {
      reportDropped(cells, res.tokens(), rowName, about);
    }
    List<String> shared = oneFieldNumbers(res.tokens());
    if (!shared.isEmpty()) {
      ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, where,
          "row '" + rowName + "' prints the numbers " + shared + " in one cell; each was read into a cell of"
              + " its own, which may have moved the row's values", shared);
    }
    for (int i = 0; i < cols.size(); i++) {
      Tok t = res.tokens()[i];
      Long inferred = res.inferred()[i];
      if (inferred != null) {
        setCell(d, row, cols.get(i), t, inferred, defaultUnit, about);
      } else if (t != null && t.kind() == Tok.Kind.NUMBER) {
        setCell(d, row, cols.get(i), t, null, defaultUnit, about);
      }
    }
  }

  /**
   * True if the table's rows are printed one field per column: every row that prints a value prints, on its
   * label's line, exactly {@code n} fields after the label (numbers or blanks: an empty field between two
   * tabs, a blank marker). Each field then stands in its own column, so an
   * empty field is a blank cell, never layout filler, and a row ending in empty fields is not short of cells
   * (it is not right-aligned); a number on a line of its own after a row (a page number) is not one of its
   * cells. A table whose rows print more or fewer fields (merged label columns, a trailing tab after the
   * totals, a row wrapped onto the next line) is not positional and its rows are placed one by one. Rows of
   * another table among them (the next table's, its caption not recognised) are not counted.
   */
  static boolean positionalTable(List<WorkRow> rows, int n, TableType type) {
    boolean anyValues = false;
    for (WorkRow w : rows) {
      if (!w.hasValues() || (w.row != null && !(w.row instanceof CustomRow)
          && !type.rows().contains(w.row))) {
        continue; // (a row of the next table, whose caption was not recognised, is not one of this table's)
      }
      if (!fillsOneLine(w, n)) {
        return false;
      }
      anyValues = true;
    }
    return anyValues;
  }

  /**
   * Section 四's value row when it is printed one field per cell: one line of exactly {@code n} TAB-separated
   * fields (a first empty field before the line's first TAB included), some of them empty, none text, and no
   * group total contradicted by its printed parts; any other line of the row holding only a lone number (a
   * page number). The fields are then the cells in order, a trailing empty field included; without the check
   * on the groups a row short of one cell and ending in a TAB would be read shifted. Null otherwise.
   */
  private List<Tok> positionalFlat(List<Tok> cells, int n, List<int[]> relations) {
    if (ctx.cellColumns() || cells.isEmpty()) {
      return null;
    }
    Map<Integer, List<Tok>> byLine = new LinkedHashMap<>();
    for (Tok c : cells) {
      byLine.computeIfAbsent(c.line(), k -> new ArrayList<>()).add(c);
    }
    List<Tok> row = null;
    for (List<Tok> l : byLine.values()) {
      if (l.size() == 1 && l.get(0).kind() == Tok.Kind.NUMBER) {
        continue; // a lone number
      }
      if (row != null) {
        return null;
      }
      row = l;
    }
    if (row == null) {
      return null;
    }
    int lineNo = row.get(0).line();
    String text = ctx.line(lineNo);
    if (row.size() == n - 1 && text.startsWith("\t") && text.chars().filter(ch -> ch == '\t').count() == n - 1) {
      List<Tok> withFirst = new ArrayList<>(n);
      withFirst.add(new Tok(Tok.Kind.SOFT_BLANK, "", "", null, lineNo, 1));
      withFirst.addAll(row);
      row = withFirst;
    }
    if (row.size() != n) {
      return null;
    }
    if (ctx.isTableRow(lineNo) && row.stream().noneMatch(c -> c.kind() == Tok.Kind.TEXT)) {
      return row; // a pipe row: its fields are the cells, whether or not the totals check
    }
    Long[] v = new Long[n];
    boolean anyEmpty = false;
    for (int i = 0; i < n; i++) {
      Tok c = row.get(i);
      if (c.kind() == Tok.Kind.TEXT) {
        return null;
      }
      anyEmpty |= c.kind() == Tok.Kind.SOFT_BLANK;
      if (c.kind() == Tok.Kind.NUMBER) {
        ParsedNumber p = c.number();
        if (!p.isInteger() || p.value().precision() > 15) {
          return null;
        }
        v[i] = p.value().longValueExact();
      }
    }
    return anyEmpty && allHold(v, relations) ? row : null;
  }

  /**
   * Reports each number of {@code cells} printed on another line than {@code rowLine}, the line on which the
   * row ({@code rowName}) prints a field for every column: a page number, not one of its cells.
   */
  private void dropStrays(List<Tok> cells, int rowLine, String rowName, List<CellRef> about) {
    for (Tok t : cells) {
      if (t.kind() == Tok.Kind.NUMBER && t.line() != rowLine) {
        ctx.finding(about, "reader.stray-number-dropped", Severity.WARNING, ctx.location(t),
            rowName + " prints a field for every column on its line; '" + t.text() + "', on a line of its own"
                + " (a page number), is not one of its cells; not read", List.of(t.text()));
      }
    }
  }

  /**
   * True if the row prints its cells on one row of a table with explicit cells ({@link ReadContext#isTableRow},
   * a Markdown pipe row), exactly {@code n} fields and none of them text: they are the cells in order.
   */
  private boolean pipeRow(WorkRow w, int n) {
    return fillsOneLine(w, n) && ctx.isTableRow(labelLine(w).get(0).line());
  }

  /** True if the row has a label and prints exactly {@code n} fields, none of them text, on its line. */
  private static boolean fillsOneLine(WorkRow w, int n) {
    if (w.label == null) {
      return false;
    }
    List<Tok> own = labelLine(w);
    if (own.size() != n) {
      return false;
    }
    for (Tok c : own) {
      if (c.kind() == Tok.Kind.TEXT) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cells of a row printed on its label's line; when it prints none there, those of the one line after it
   * that holds all its cells (a row whose label was wrapped or detached above its value line).
   */
  private static List<Tok> labelLine(WorkRow w) {
    List<Tok> own = new ArrayList<>(w.cells.size());
    for (Tok c : w.cells) {
      if (c.line() == w.label.line()) {
        own.add(c);
      }
    }
    if (own.isEmpty() && !w.cells.isEmpty()) {
      int line = w.cells.get(0).line();
      for (Tok c : w.cells) {
        if (c.line() != line) {
          return own;
        }
      }
      return line > w.label.line() ? List.copyOf(w.cells) : own;
    }
    return own;
  }

  /**
   * The number to drop from a row printing one cell too many: a number alone on its line (not the label's
   * line) whose removal, and only whose removal, leaves exactly one cell per column with every relation
   * holding. Null when no such number or more than one reading.
   */
  private Tok strayLoneNumber(WorkRow r, List<Tok> cells, int n, List<int[]> relations) {
    if (ctx.cellColumns()) {
      return null;
    }
    Map<Integer, Integer> perLine = new LinkedHashMap<>();
    for (Tok c : cells) {
      perLine.merge(c.line(), 1, Integer::sum);
    }
    Tok found = null;
    List<Long> foundValues = null;
    for (Tok c : cells) {
      if (c.kind() != Tok.Kind.NUMBER || perLine.get(c.line()) != 1
          || (r.label != null && c.line() == r.label.line())) {
        continue;
      }
      List<Tok> rest = new ArrayList<>(cells);
      rest.remove(c);
      RowPlacement.Result res = RowPlacement.place(rest, n, relations, false);
      if (res.outcome() != RowPlacement.Outcome.EXACT && res.outcome() != RowPlacement.Outcome.TRIMMED) {
        continue;
      }
      Long[] v = new Long[n];
      boolean ok = true;
      for (int i = 0; i < n; i++) {
        Tok t = res.tokens()[i];
        if (t == null || t.number() == null || !t.number().isInteger() || t.number().value().precision() > 15) {
          ok = false;
          break;
        }
        v[i] = t.number().value().longValueExact();
      }
      if (!ok || !allHold(v, relations)) {
        continue;
      }
      List<Long> values = java.util.Arrays.asList(v);
      if (found != null && !values.equals(foundValues)) {
        return null;
      }
      if (found == null) {
        found = c;
        foundValues = values;
      }
    }
    return found;
  }

  /**
   * Places the cells of the one value row of section 四 into the table's 15 cells, by count and by its group
   * totals ({@code relations}). The findings made meanwhile name every cell of the table.
   */
  void placeFlat(TableDraft d, WorkRow r, List<int[]> relations) {
    TableType type = d.type;
    List<CellRef> about = cellsOf(type);
    int n = type.rows().size() * type.columns().size();
    List<TableColumn> flat = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      flat.add(type.columns().get(i % type.columns().size()));
    }
    if (emptyAtBothEnds(r.cells, n)) {
      // one field more than cells, the first and the last empty: an empty label column before the cells, or
      // an empty column after them; the one the row has not is not told by the row
      ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, ctx.location(r.cells.get(0)),
          "the reconsideration and litigation row prints " + (n + 1) + " fields for " + n + " columns, the first"
              + " and the last empty: which of them is no cell is undecided; left blank", placedTexts(
                  r.cells.toArray(new Tok[0])));
      return;
    }
    List<Tok> line = positionalFlat(r.cells, n, relations);
    if (line != null) {
      dropStrays(r.cells, line.get(n - 1).line(), "the reconsideration and litigation row", about);
    }
    RowPlacement.Result res = line != null
        ? new RowPlacement.Result(line.toArray(new Tok[0]), new Long[n], RowPlacement.Outcome.EXACT, List.of())
        : RowPlacement.place(r.cells, n, relations, explicitCells(r), false, inOrder(r));
    Location where = r.label == null ? ctx.location(1, 0) : ctx.location(r.label);
    switch (res.outcome()) {
      case OVERFLOW, AMBIGUOUS, GLUED_AMBIGUOUS, GLUED_NONE -> {
        ctx.finding(about, res.outcome() == RowPlacement.Outcome.GLUED_AMBIGUOUS
                || res.outcome() == RowPlacement.Outcome.GLUED_NONE ? "reader.glued-digits-ambiguous"
                : "reader.cell-count-mismatch", res.outcome() == RowPlacement.Outcome.GLUED_AMBIGUOUS
                || res.outcome() == RowPlacement.Outcome.AMBIGUOUS ? Severity.WARNING : Severity.ERROR, where,
            "the reconsideration and litigation row prints " + res.detail().size() + " cells for " + n
                + " columns and they cannot be placed; left blank", res.detail());
        if (res.outcome() == RowPlacement.Outcome.OVERFLOW) {
          unplaced(r.cells, null, about);
        }
        return;
      }
      case GLUED_RECOVERED -> ctx.finding(about, "reader.glued-digits-recovered", Severity.WARNING, where,
          "the reconsideration and litigation row prints glued digits; the only split whose totals check was used",
          res.detail());
      case INFERRED -> ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, where,
          "the reconsideration and litigation row prints " + res.detail().size()
              + " values for 15 columns; placed where the group totals allow only one placement, the lost cells"
              + " left blank", res.detail());
      case SHORT_AT_END -> ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, where,
          "the reconsideration and litigation row prints " + res.detail().size() + " values for 15 columns in"
              + " fields from its first, with no empty field among them: its last cells were taken to be the lost"
              + " ones and left blank", res.detail());
      case RIGHT_ALIGNED -> ctx.finding(about, "reader.row-right-aligned", Severity.INFO, where,
          "the reconsideration and litigation row prints fewer cells than columns; aligned to the last column",
          res.detail());
      default -> { }
    }
    if (res.outcome() != RowPlacement.Outcome.GLUED_RECOVERED) {
      reportDropped(r.cells, res.tokens(), "reconsideration and litigation", about);
    }
    List<String> shared = oneFieldNumbers(res.tokens());
    if (!shared.isEmpty()) {
      ctx.finding(about, "reader.cell-count-mismatch", Severity.WARNING, where,
          "the reconsideration and litigation row prints the numbers " + shared + " in one cell; each was read"
              + " into a cell of its own, which may have moved the row's values", shared);
    }
    for (int i = 0; i < n; i++) {
      Tok t = res.tokens()[i];
      Long inferred = res.inferred()[i];
      TableRow row = type.rows().get(i / 5);
      if (inferred != null) {
        setCell(d, row, flat.get(i), t, inferred, AmountUnit.UNSPECIFIED, about);
      } else if (t != null && t.kind() == Tok.Kind.NUMBER) {
        setCell(d, row, flat.get(i), t, null, AmountUnit.UNSPECIFIED, about);
      }
    }
  }

  /**
   * Sets one cell from a token (or the value {@code inferred} for it) and records where it was read; a value
   * that does not fit the cell is a finding naming the cells {@code about}.
   */
  void setCell(TableDraft d, TableRow row, TableColumn col, Tok t, Long inferred, AmountUnit defaultUnit,
      List<CellRef> about) {
    TableType type = d.type;
    CellKind kind = type.kind(row, col);
    Location where = t == null ? ctx.location(1, 0) : ctx.location(t);
    try {
      Cell cell;
      if (inferred != null) {
        cell = kind == CellKind.AMOUNT ? Cell.amount(BigDecimal.valueOf(inferred), defaultUnit) : Cell.of(inferred);
      } else {
        ParsedNumber p = t.number();
        if (p.unit().equals(ParsedNumber.APPROXIMATE)) {
          String path = path(type, row, col);
          ctx.add(new ReaderFinding("reader.approximate-value", Severity.ERROR, where,
              "value '" + t.text() + "' of " + path + " is an approximation, not a figure; left blank",
              List.of(t.text(), path), List.of(CellRef.of(type, row, col))));
          return;
        }
        if (p.unit().equals(ParsedNumber.MALFORMED)) {
          throw new IllegalArgumentException("not one number (a thousands separator is followed by three digits;"
              + " a point is followed by digits, not by a space; a currency sign on a count; one cell holds one"
              + " number)");
        }
        if (p.unit().equals(ParsedNumber.TEN_THOUSAND) && kind != CellKind.AMOUNT) {
          BigDecimal v = p.value().movePointRight(4);
          p = new ParsedNumber(v.scale() <= 0 ? v : p.value(), p.explicitSign(), v.scale() <= 0 ? "" : "万",
              p.digits());
          if (!p.unit().isEmpty()) {
            throw new IllegalArgumentException("a count in 万 that is not a whole number");
          }
        }
        switch (kind) {
          case AMOUNT -> {
            AmountUnit unit = p.unit().equals("万元") || p.unit().equals(ParsedNumber.TEN_THOUSAND)
                ? AmountUnit.WAN_YUAN : p.unit().equals("元") ? AmountUnit.YUAN : defaultUnit;
            if (!p.unit().isEmpty() && !p.isMoney() && !p.unit().equals(ParsedNumber.TEN_THOUSAND)) {
              throw new IllegalArgumentException("unit '" + p.unit() + "' is not money");
            }
            cell = Cell.amount(p.value(), unit);
          }
          case SIGNED -> {
            requireCount(p, true);
            cell = Cell.of(p.value().longValueExact());
          }
          default -> {
            requireCount(p, false);
            cell = Cell.of(p.value().longValueExact());
          }
        }
      }
      d.table.set(row, col, cell);
      d.provenance.put(CellRef.of(type, row, col), where);
    } catch (IllegalArgumentException | ArithmeticException e) {
      String path = path(type, row, col);
      ctx.finding(about, "reader.invalid-value", Severity.ERROR, where,
          "value '" + (t == null ? String.valueOf(inferred) : t.text()) + "' does not fit " + path + ": "
              + e.getMessage(), List.of(t == null ? String.valueOf(inferred) : t.text(), path));
    }
  }
  /** The JSON pointer of a cell, for messages. */
  private static String path(TableType type, TableRow row, TableColumn col) {
    return "/tables/" + type.key() + "/rows/" + row.key() + "/" + col.key();
  }


  private static void requireCount(ParsedNumber p, boolean signed) {
    if (!p.isInteger()) {
      throw new IllegalArgumentException("a count must be a whole number");
    }
    if (p.isMoney()) {
      throw new IllegalArgumentException("a count cannot carry the unit " + p.unit());
    }
    if (!signed && p.value().signum() < 0) {
      throw new IllegalArgumentException("a count must not be negative");
    }
    if (p.value().abs().compareTo(BigDecimal.valueOf(Cell.MAX_MAGNITUDE)) > 0) {
      throw new IllegalArgumentException("a count has at most " + Cell.MAX_DIGITS + " digits");
    }
  }

  /**
   * The numbers of a row that its placement left out, which must not vanish: each is reported as an
   * unplaced number. A number counts as placed when a cell took it, or a token made of it (the same line,
   * starting at or before it and reaching it).
   */
  private void reportDropped(List<Tok> cells, Tok[] placed, String rowName, List<CellRef> about) {
    List<Tok> dropped = new ArrayList<>();
    for (Tok t : cells) {
      if (t.kind() != Tok.Kind.NUMBER) {
        continue;
      }
      boolean taken = false;
      for (Tok p : placed) {
        if (p == t) {
          taken = true; // the common case, found without comparing records
          break;
        }
      }
      for (int i = 0; !taken && i < placed.length; i++) {
        Tok p = placed[i];
        if (p != null && (p.equals(t) || (p.line() == t.line() && t.col() >= p.col()
            && t.col() < p.col() + Math.max(1, p.text().length())))) {
          taken = true;
        }
      }
      if (!taken) {
        dropped.add(t);
      }
    }
    if (!dropped.isEmpty()) {
      unplaced(dropped, "a number of row '" + rowName + "' that no cell took", about);
    }
  }

  /**
   * The texts of numbers placed in different cells that were printed in one cell (an HTML or document
   * cell, or a TAB-separated field of a line that has TABs): {@code 0 5} in one cell is not two cells.
   */
  private List<String> oneFieldNumbers(Tok[] placed) {
    List<String> out = new ArrayList<>();
    Tok previous = null;
    for (Tok t : placed) {
      if (t == null || t.kind() != Tok.Kind.NUMBER) {
        continue;
      }
      if (previous != null && previous.line() == t.line() && sameField(previous, t)) {
        if (out.isEmpty()) {
          out.add(previous.text());
        }
        out.add(t.text());
      }
      previous = t;
    }
    return out;
  }

  private boolean sameField(Tok a, Tok b) {
    if (ctx.cellColumns()) {
      return a.col() == b.col();
    }
    if (a.line() < 1 || a.line() > ctx.lines().size()) {
      return false;
    }
    String line = ctx.lines().get(a.line() - 1);
    int from = Math.min(a.col(), b.col()) - 1;
    int to = Math.max(a.col(), b.col()) - 1;
    if (from < 0 || to > line.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (line.charAt(i) == '\t') {
        return false;
      }
    }
    return line.indexOf('\t') >= 0;
  }

  /**
   * True if the cells are one TAB-separated line of {@code n + 1} fields (the tokens without its empty first
   * one) whose first and last fields are empty, outside a document's cells.
   */
  private boolean emptyAtBothEnds(List<Tok> cells, int n) {
    if (ctx.cellColumns() || cells.size() != n || cells.get(0).kind() == Tok.Kind.TEXT) {
      return false;
    }
    int lineNo = cells.get(0).line();
    if (cells.stream().anyMatch(c -> c.line() != lineNo)) {
      return false;
    }
    String text = ctx.line(lineNo);
    return text.startsWith("\t") && text.endsWith("\t") && text.chars().filter(ch -> ch == '\t').count() == n;
  }

  /**
   * True if the row's cells are the cells of the source: a document's, or a Markdown pipe row's (its label's
   * line one of the pipe rows).
   */
  private boolean explicitCells(WorkRow r) {
    return ctx.cellColumns() || (r.label != null && ctx.isTableRow(r.label.line()));
  }

  /**
   * True if the row's cells are fields in order from its first column: its label's line is TAB-separated (a
   * TAB-separated text, a document's table row), so an empty cell inside it is an empty field. (A document's
   * paragraphs are no fields: a page whose cells are blocks of their own gives one line per cell, and a blank
   * cell no line.)
   */
  private boolean inOrder(WorkRow r) {
    return r.label != null && ctx.line(r.label.line()).indexOf('\t') >= 0;
  }

  /** True if the row's numbers stand in fields of their own: document cells, or a label line with tabs. */
  private boolean separated(WorkRow r) {
    if (ctx.cellColumns() || inOrder(r)) {
      return true;
    }
    // two numbers of the row apart by two spaces or more on their line (pdftotext -layout, a page's cells
    // copied with their padding; 其他对外管理服务事项  23  7  752第二十条… when the line breaks are lost): fields too
    for (int i = 1; i < r.cells.size(); i++) {
      Tok a = r.cells.get(i - 1);
      Tok b = r.cells.get(i);
      if (a.kind() != Tok.Kind.NUMBER || b.kind() != Tok.Kind.NUMBER || a.line() != b.line()) {
        continue;
      }
      String line = ctx.line(a.line());
      int end = Math.min(line.length(), a.col() - 1 + a.text().length());
      int start = Math.min(line.length(), b.col() - 1);
      if (start - end >= 2 && line.substring(end, start).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Each number of {@code toks} is a finding: it could not be placed ({@code why}, or null), naming the cells {@code about}. */
  void unplaced(List<Tok> toks, String why, List<CellRef> about) {
    for (Tok t : toks) {
      if (t.kind() == Tok.Kind.NUMBER) {
        ctx.finding(about, "reader.unplaced-number", Severity.WARNING, ctx.location(t),
            "number '" + t.text() + "' could not be placed" + (why == null ? "" : ": " + why),
            List.of(t.text()));
      }
    }
  }

  static Long[] toLongs(List<Tok> toks) {
    Long[] out = new Long[toks.size()];
    for (int i = 0; i < out.length; i++) {
      ParsedNumber p = toks.get(i).number();
      if (p == null || !p.isInteger() || p.value().precision() > 15) {
        return null;
      }
      out[i] = p.value().longValueExact();
    }
    return out;
  }

  static boolean allHold(Long[] v, List<int[]> relations) {
    for (int[] g : relations) {
      if (!RowPlacement.holds(v, g)) {
        return false;
      }
    }
    return true;
  }

  /** The cells of each official row of each table (unmodifiable lists, built once). */
  private static final Map<TableType, Map<TableRow, List<CellRef>>> ROW_CELLS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The cells of a row of a table, in column order (unmodifiable). */
  static List<CellRef> cellsOf(TableType type, TableRow row) {
    if (row instanceof CustomRow) {
      return rowCells(type, row);
    }
    return ROW_CELLS.computeIfAbsent(type, t -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(row, r -> rowCells(type, r));
  }

  private static List<CellRef> rowCells(TableType type, TableRow row) {
    List<CellRef> out = new ArrayList<>(type.columns().size());
    for (TableColumn c : type.columns()) {
      out.add(CellRef.of(type, row, c));
    }
    return List.copyOf(out);
  }

  static List<CellRef> cellsOf(TableType type) {
    List<CellRef> out = new ArrayList<>();
    for (TableRow r : type.rows()) {
      out.addAll(cellsOf(type, r));
    }
    return out;
  }

  /** The text placed in each column by position ("" where none), the finding's arguments. */
  private static List<String> placedTexts(Tok[] placed) {
    List<String> out = new ArrayList<>();
    for (Tok t : placed) {
      out.add(t == null ? "" : t.text());
    }
    return out;
  }

  private static int printedCount(Tok[] placed) {
    int n = 0;
    for (Tok t : placed) {
      n += t == null ? 0 : 1;
    }
    return n;
  }
}
