package io.github.ogireport.validation.compare;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table compared across two years: the previous and the current table (either may be absent), the
 * rows and columns of both in printed order, and a {@link CellComparison} for every cell that either year
 * has. Immutable.
 *
 * <p>Tables are paired by type, or across editions by their place in the form: the section 三 tables of
 * the 2019 and 2021 editions (same rows where both editions have them, same applicant columns), and
 * the section 二 tables of one item (第二十条第（一）项 of 2019 with that of 2021; their columns differ, so
 * most of their cells are on one side only). Rows are matched by identity, custom rows of the legacy form
 * by their printed label and unit.
 *
 * <p>For a renderer: {@link #rows()} × {@link #columns()} is the grid; {@link #cell(TableRow, TableColumn)}
 * is empty where neither year has a cell.
 *
 * @since 0.2
 */
public final class TableComparison {
  private final Table previous;
  private final Table current;
  private final List<TableRow> rows;
  private final List<TableColumn> columns;
  private final List<CellComparison> cells;
  private final Map<TableRow, Map<TableColumn, CellComparison>> byRow;

  TableComparison(Table previous, Table current) {
    if (previous == null && current == null) {
      throw new IllegalArgumentException("a compared table is in at least one report");
    }
    this.previous = previous;
    this.current = current;
    List<TableRow[]> pairs = pairRows(previous, current);
    this.columns = merge(previous == null ? List.of() : previous.columns(),
        current == null ? List.of() : current.columns());
    List<TableRow> rowList = new ArrayList<>();
    List<CellComparison> cellList = new ArrayList<>();
    Map<TableRow, Map<TableColumn, CellComparison>> index = new HashMap<>();
    for (TableRow[] pair : pairs) {
      TableRow p = pair[0];
      TableRow c = pair[1];
      TableRow row = c != null ? c : p;
      rowList.add(row);
      Map<TableColumn, CellComparison> line = new LinkedHashMap<>();
      for (TableColumn col : columns) {
        boolean inPrevious = p != null && previous.type().columnIndex(col) >= 0;
        boolean inCurrent = c != null && current.type().columnIndex(col) >= 0;
        if (!inPrevious && !inCurrent) {
          continue;
        }
        CellComparison cc = new CellComparison(row, col,
            inPrevious ? CellRef.of(previous.type(), p, col) : null,
            inPrevious ? previous.cell(p, col) : null,
            inCurrent ? CellRef.of(current.type(), c, col) : null,
            inCurrent ? current.cell(c, col) : null);
        line.put(col, cc);
        cellList.add(cc);
      }
      index.put(row, line);
    }
    this.rows = List.copyOf(rowList);
    this.cells = List.copyOf(cellList);
    this.byRow = index;
  }

  /** The previous year's table type; empty if that report does not print the table. */
  public Optional<TableType> previousType() {
    return Optional.ofNullable(previous).map(Table::type);
  }

  /** The current year's table type; empty if that report does not print the table. */
  public Optional<TableType> currentType() {
    return Optional.ofNullable(current).map(Table::type);
  }

  /** The current year's table type, or the previous year's if only that report prints the table. */
  public TableType type() {
    return current != null ? current.type() : previous.type();
  }

  /** The previous year's table; empty if that report does not print it. */
  public Optional<Table> previous() {
    return Optional.ofNullable(previous);
  }

  /** The current year's table; empty if that report does not print it. */
  public Optional<Table> current() {
    return Optional.ofNullable(current);
  }

  /** The printed caption of {@link #type()}. */
  public String caption() {
    return type().caption();
  }

  /** The report section the table is printed in. */
  public ReportSection section() {
    return type().section();
  }

  /**
   * The rows of both years in printed order: the current table's, with rows only the previous table
   * has placed after the row they follow there.
   */
  public List<TableRow> rows() {
    return rows;
  }

  /** The columns of both years in printed order, in the same way as {@link #rows()}. */
  public List<TableColumn> columns() {
    return columns;
  }

  /** Every compared cell, row by row in {@link #rows()} order, columns in {@link #columns()} order. */
  public List<CellComparison> cells() {
    return cells;
  }

  /** The cells of one row of {@link #rows()}, in column order; empty for a row not in the table. */
  public List<CellComparison> row(TableRow row) {
    Map<TableColumn, CellComparison> line = byRow.get(row);
    return line == null ? List.of() : List.copyOf(line.values());
  }

  /** The compared cell, or empty where neither year has it. */
  public Optional<CellComparison> cell(TableRow row, TableColumn column) {
    Map<TableColumn, CellComparison> line = byRow.get(row);
    return line == null ? Optional.empty() : Optional.ofNullable(line.get(column));
  }

  /** The cells that differ between the years ({@link CellComparison#isChanged()}). */
  public List<CellComparison> changedCells() {
    return cells.stream().filter(CellComparison::isChanged).toList();
  }

  /** True if some cell differs between the years. */
  public boolean hasChanges() {
    return cells.stream().anyMatch(CellComparison::isChanged);
  }

  /** The types and the number of cells, for logs; the format is not stable. */
  @Override
  public String toString() {
    return "TableComparison{" + previousType().map(TableType::key).orElse("absent") + " → "
        + currentType().map(TableType::key).orElse("absent") + ", " + cells.size() + " cells}";
  }

  /** A row's identity across years: the row itself, or for a custom row its label, unit and repetition. */
  private static Object key(TableRow row, Map<Object, Integer> seen) {
    if (row instanceof CustomRow c) {
      List<Object> base = List.of("custom", c.label(), c.unit());
      int occurrence = seen.merge(base, 1, Integer::sum) - 1;
      return List.of("custom", c.label(), c.unit(), occurrence);
    }
    return row;
  }

  /** Pairs of (previous row or null, current row or null) in merged printed order. */
  private static List<TableRow[]> pairRows(Table previous, Table current) {
    Map<Object, TableRow> previousByKey = new LinkedHashMap<>();
    Map<TableRow, Object> previousKeys = new LinkedHashMap<>();
    if (previous != null) {
      Map<Object, Integer> seen = new HashMap<>();
      for (TableRow r : previous.rows()) {
        Object k = key(r, seen);
        previousByKey.put(k, r);
        previousKeys.put(r, k);
      }
    }
    List<TableRow[]> pairs = new ArrayList<>();
    Map<Object, Integer> positionOfKey = new HashMap<>();
    if (current != null) {
      Map<Object, Integer> seen = new HashMap<>();
      for (TableRow r : current.rows()) {
        Object k = key(r, seen);
        positionOfKey.put(k, pairs.size());
        pairs.add(new TableRow[] {previousByKey.get(k), r});
      }
    }
    // rows only the previous table has go after the row they follow there
    int last = -1;
    for (Map.Entry<TableRow, Object> e : previousKeys.entrySet()) {
      Integer at = positionOfKey.get(e.getValue());
      if (at != null) {
        last = indexOfPair(pairs, e.getKey());
        continue;
      }
      last++;
      pairs.add(last, new TableRow[] {e.getKey(), null});
    }
    return pairs;
  }

  private static int indexOfPair(List<TableRow[]> pairs, TableRow previousRow) {
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i)[0] == previousRow) {
        return i;
      }
    }
    throw new IllegalStateException("row " + previousRow.key() + " is not paired");
  }

  /** The union of two lists in printed order: {@code b}'s, with elements only {@code a} has placed after their predecessor in {@code a}. */
  private static <T> List<T> merge(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(b);
    int last = -1;
    for (T x : a) {
      int at = out.indexOf(x);
      if (at >= 0) {
        last = at;
        continue;
      }
      last++;
      out.add(last, x);
    }
    return List.copyOf(out);
  }
}
