package io.github.ogireport.generator;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.Arrays;
import java.util.List;

/**
 * The values of one table while a report is generated: a row-major array of numbers, the amounts of
 * amount cells, and which cells are left blank. Turned into an immutable {@link Table} at the end.
 */
final class Grid {
  final TableType type;
  final int rows;
  final int cols;
  final long[] values;
  final Amount[] amounts;
  final boolean[] blank;

  Grid(TableType type) {
    this.type = type;
    this.rows = type.rows().size();
    this.cols = type.columns().size();
    this.values = new long[rows * cols];
    this.amounts = new Amount[rows * cols];
    this.blank = new boolean[rows * cols];
  }

  long get(int row, int col) {
    return values[row * cols + col];
  }

  void set(int row, int col, long value) {
    values[row * cols + col] = value;
  }

  void amount(int row, int col, Amount amount) {
    amounts[row * cols + col] = amount;
  }

  /** True if the cell holds zero (an amount of zero counts as zero). */
  boolean isZero(int row, int col) {
    int i = row * cols + col;
    Amount a = amounts[i];
    return a == null ? values[i] == 0 : a.value().signum() == 0;
  }

  /** True if every cell of the row holds zero. */
  boolean isZeroRow(int row) {
    for (int c = 0; c < cols; c++) {
      if (!isZero(row, c)) {
        return false;
      }
    }
    return true;
  }

  void blank(int row, int col) {
    blank[row * cols + col] = true;
  }

  boolean isBlank(int row, int col) {
    return blank[row * cols + col];
  }

  void blankRow(int row) {
    for (int c = 0; c < cols; c++) {
      blank[row * cols + c] = true;
    }
  }

  void blankColumn(int col) {
    for (int r = 0; r < rows; r++) {
      blank[r * cols + col] = true;
    }
  }

  void blankAll() {
    Arrays.fill(blank, true);
  }

  /** Builds the table: every cell not marked blank gets its number or amount. */
  Table toTable() {
    Table.Builder b = Table.builder(type);
    List<TableRow> rowList = type.rows();
    List<TableColumn> colList = type.columns();
    for (int r = 0; r < rows; r++) {
      TableRow row = rowList.get(r);
      for (int c = 0; c < cols; c++) {
        int i = r * cols + c;
        if (blank[i]) {
          continue;
        }
        Amount a = amounts[i];
        b.set(row, colList.get(c), a == null ? Cell.of(values[i]) : Cell.of(a));
      }
    }
    return b.build();
  }
}
