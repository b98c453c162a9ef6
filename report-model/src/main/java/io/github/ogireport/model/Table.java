package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One table of a report: a {@link TableType} and a cell for every row and column, each cell blank, an
 * integer or an amount. Immutable and thread-safe.
 *
 * <p>Tables are stored as a flat array of cells rather than as an Immutables value type: a section 三
 * table has 175 cells, and platforms hold millions of reports. Alongside the cells, each table keeps
 * their integer values and blank flags in primitive arrays built once (about 9 bytes a cell), which
 * {@link #copyIntegers} copies out for consumers that read every cell, such as validators.
 *
 * <pre>{@code
 * Table t = Table.builder(TableType.REVIEW_LITIGATION)
 *     .count(ReviewRow.REVIEW, ReviewColumn.UPHELD, 14)
 *     .count(ReviewRow.REVIEW, ReviewColumn.TOTAL, 9)   // wrong, but allowed: validation reports it
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class Table {
  private final TableType type;
  private final List<TableRow> rows;
  private final List<CustomRow> customRows;
  private final Map<TableRow, Integer> rowIndex;
  private final Cell[] cells;
  /** The integer value of each cell, 0 for blank and amount cells; built once, never exposed. */
  private final long[] integers;
  /** Whether each cell is blank; built once, never exposed. */
  private final boolean[] blanks;

  private Table(TableType type, List<TableRow> rows, List<CustomRow> customRows, Cell[] cells) {
    this.type = type;
    this.rows = rows;
    this.customRows = customRows;
    this.rowIndex = customRows.isEmpty() ? null : TableType.indexOf(rows);
    this.cells = cells;
    this.integers = new long[cells.length];
    this.blanks = new boolean[cells.length];
    for (int i = 0; i < cells.length; i++) {
      Cell c = cells[i];
      blanks[i] = c.isBlank();
      integers[i] = c.isInteger() ? c.longValue() : 0L;
    }
  }

  /** Returns a builder for a table of the given type, with every cell blank. */
  public static Builder builder(TableType type) {
    return new Builder(Objects.requireNonNull(type, "type"));
  }

  /** Returns a table of the given type whose cells are all blank. */
  public static Table blank(TableType type) {
    return builder(type).build();
  }

  /** The table's type; never {@code null}. */
  public TableType type() {
    return type;
  }

  /** The rows in printed order: the type's official rows, with any custom rows in their place. */
  public List<TableRow> rows() {
    return rows;
  }

  /** The custom rows (legacy form only), in printed order; usually empty. */
  public List<CustomRow> customRows() {
    return customRows;
  }

  /** The columns, in printed order. */
  public List<TableColumn> columns() {
    return type.columns();
  }

  /** True if the table has the given row. */
  public boolean hasRow(TableRow row) {
    return indexOfRow(row) >= 0;
  }

  /** The index of {@code row} in {@link #rows()}, or -1. */
  public int indexOfRow(TableRow row) {
    if (rowIndex == null) {
      return type.rowIndex(row);
    }
    Integer i = rowIndex.get(row);
    return i == null ? -1 : i;
  }

  /**
   * Returns the cell at the given row and column; never {@code null}.
   *
   * @throws IllegalArgumentException if the table has no such row or column
   */
  public Cell cell(TableRow row, TableColumn column) {
    return cells[offset(row, column)];
  }

  /**
   * Returns the cell at the given indexes of {@link #rows()} and {@link #columns()}.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public Cell cell(int rowIndex, int columnIndex) {
    Objects.checkIndex(columnIndex, type.columns().size());
    return cells[Objects.checkIndex(rowIndex, rows.size()) * type.columns().size() + columnIndex];
  }

  /**
   * Copies the integer value of every cell into {@code values} and whether it is blank into
   * {@code blank}, both from index {@code at}, in row-major order of {@link #rows()} and
   * {@link #columns()} ({@code rows().size() * columns().size()} cells): 0 for a blank or amount cell.
   * For performance-sensitive consumers that read many cells, such as validators; the table is not
   * affected by later changes to the arrays.
   *
   * @throws IndexOutOfBoundsException if an array is too short
   */
  public void copyIntegers(long[] values, boolean[] blank, int at) {
    System.arraycopy(integers, 0, values, at, integers.length);
    System.arraycopy(blanks, 0, blank, at, blanks.length);
  }

  /** True if every cell is blank. */
  public boolean isBlank() {
    for (Cell c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Returns a builder initialised with this table's rows and cells. */
  public Builder toBuilder() {
    Builder b = new Builder(type);
    b.rows.clear();
    b.rows.addAll(rows);
    b.customRows.addAll(customRows);
    b.cells = cells.clone();
    return b;
  }

  private int offset(TableRow row, TableColumn column) {
    int r = indexOfRow(row);
    if (r < 0) {
      throw new IllegalArgumentException(
          "table " + type.key() + " has no row '" + (row == null ? null : row.key()) + "'");
    }
    int c = type.columnIndex(column);
    if (c < 0) {
      throw new IllegalArgumentException(
          "table " + type.key() + " has no column '" + (column == null ? null : column.key()) + "'");
    }
    return r * type.columns().size() + c;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Table t
        && type == t.type
        && rows.equals(t.rows)
        && Arrays.equals(cells, t.cells);
  }

  @Override
  public int hashCode() {
    return (type.hashCode() * 31 + rows.hashCode()) * 31 + Arrays.hashCode(cells);
  }

  /** The type key and the non-blank cells, for debugging; the format is not stable. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Table{").append(type.key());
    int n = type.columns().size();
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        sb.append(", ")
            .append(rows.get(i / n).key())
            .append('/')
            .append(type.columns().get(i % n).key())
            .append('=')
            .append(cells[i]);
      }
    }
    return sb.append('}').toString();
  }

  /**
   * Builds a {@link Table}. Every cell starts blank. Setters reject only impossible shapes: a row or
   * column the table does not have, a negative count, an amount in a count column.
   */
  public static final class Builder {
    private final TableType type;
    private final List<TableRow> rows;
    private final List<CustomRow> customRows = new ArrayList<>();
    private Cell[] cells;

    private Builder(TableType type) {
      this.type = type;
      this.rows = new ArrayList<>(type.rows());
      this.cells = new Cell[rows.size() * type.columns().size()];
      Arrays.fill(cells, Cell.blank());
    }

    /**
     * Sets a cell.
     *
     * @throws IllegalArgumentException if the table has no such row or column, or the cell does not fit
     *     the column (a negative count, an amount in a count column, an integer in an amount column)
     */
    public Builder set(TableRow row, TableColumn column, Cell cell) {
      Objects.requireNonNull(cell, "cell");
      int r = customRows.isEmpty() ? type.rowIndex(row) : rows.indexOf(row);
      if (r < 0) {
        throw new IllegalArgumentException(
            "table " + type.key() + " has no row '" + (row == null ? null : row.key()) + "'");
      }
      int c = type.columnIndex(column);
      if (c < 0) {
        throw new IllegalArgumentException(
            "table " + type.key() + " has no column '" + (column == null ? null : column.key()) + "'");
      }
      checkKind(row, column, cell);
      cells[r * type.columns().size() + c] = cell;
      return this;
    }

    /** Sets an integer cell; see {@link #set}. */
    public Builder count(TableRow row, TableColumn column, long value) {
      return set(row, column, Cell.of(value));
    }

    /** Sets an amount cell; see {@link #set}. */
    public Builder amount(TableRow row, TableColumn column, BigDecimal value, AmountUnit unit) {
      return set(row, column, Cell.amount(value, unit));
    }

    /** Makes a cell blank; see {@link #set}. */
    public Builder blank(TableRow row, TableColumn column) {
      return set(row, column, Cell.blank());
    }

    /** Sets every cell of a row, in column order; {@code null} leaves a cell blank. */
    public Builder row(TableRow row, Long... values) {
      if (values.length != type.columns().size()) {
        throw new IllegalArgumentException(
            "table " + type.key() + " has " + type.columns().size() + " columns but "
                + values.length + " values were given for row '" + row.key() + "'");
      }
      for (int i = 0; i < values.length; i++) {
        set(row, type.columns().get(i), Cell.ofNullable(values[i]));
      }
      return this;
    }

    /**
     * Adds a custom row after {@code after} (an official or custom row already in the table).
     *
     * @throws IllegalArgumentException if the table type takes no custom rows, the key is already used,
     *     or {@code after} is not in the table
     */
    public Builder addCustomRow(CustomRow row, TableRow after) {
      int anchor = rows.indexOf(after);
      if (anchor < 0) {
        throw new IllegalArgumentException(
            "table " + type.key() + " has no row '" + (after == null ? null : after.key()) + "'");
      }
      return insertCustomRow(row, anchor + 1);
    }

    /** Adds a custom row after all rows so far; see {@link #addCustomRow(CustomRow, TableRow)}. */
    public Builder addCustomRow(CustomRow row) {
      return insertCustomRow(row, rows.size());
    }

    private Builder insertCustomRow(CustomRow row, int position) {
      Objects.requireNonNull(row, "row");
      if (!type.allowsCustomRows()) {
        throw new IllegalArgumentException("table " + type.key() + " takes no custom rows");
      }
      for (TableRow existing : rows) {
        if (existing.key().equals(row.key())) {
          throw new IllegalArgumentException(
              "table " + type.key() + " already has a row '" + row.key() + "'");
        }
      }
      int n = type.columns().size();
      Cell[] grown = new Cell[cells.length + n];
      System.arraycopy(cells, 0, grown, 0, position * n);
      Arrays.fill(grown, position * n, position * n + n, Cell.blank());
      System.arraycopy(cells, position * n, grown, position * n + n, cells.length - position * n);
      cells = grown;
      rows.add(position, row);
      customRows.clear();
      for (TableRow r : rows) {
        if (r instanceof CustomRow c) {
          customRows.add(c);
        }
      }
      return this;
    }

    private String where(TableRow row, TableColumn column) {
      return type.key() + "/" + row.key() + "/" + column.key();
    }

    private void checkKind(TableRow row, TableColumn column, Cell cell) {
      if (cell.isBlank()) {
        return;
      }
      CellKind kind = type.kind(row, column);
      switch (kind) {
        case COUNT -> {
          if (!cell.isInteger()) {
            throw new IllegalArgumentException("cell " + where(row, column) + " takes a count but was the amount " + cell);
          }
          if (cell.longValue() < 0) {
            throw new IllegalArgumentException(
                "count " + where(row, column) + " must not be negative but was " + cell.longValue());
          }
        }
        case SIGNED -> {
          if (!cell.isInteger()) {
            throw new IllegalArgumentException("cell " + where(row, column) + " takes an integer but was the amount " + cell);
          }
        }
        case AMOUNT -> {
          if (!cell.isAmount()) {
            throw new IllegalArgumentException("cell " + where(row, column) + " takes an amount but was the integer " + cell);
          }
        }
      }
    }

    /** Returns the table. */
    public Table build() {
      return new Table(
          type,
          Collections.unmodifiableList(new ArrayList<>(rows)),
          List.copyOf(customRows),
          cells.clone());
    }
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of writing a wrong object.
   */
  @JsonValue
  Object jacksonWithoutModule() {
    throw JacksonGuard.writing(Table.class);
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of reading a wrong value.
   */
  @JsonCreator // delegating: one unnamed parameter
  static Table jacksonWithoutModule(Object json) {
    throw JacksonGuard.reading(Table.class);
  }
}
