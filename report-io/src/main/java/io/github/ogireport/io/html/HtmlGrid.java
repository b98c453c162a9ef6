package io.github.ogireport.io.html;

import io.github.ogireport.model.Location;
import java.util.List;
import java.util.Objects;

/**
 * One HTML table expanded into its logical grid: every {@code rowspan}/{@code colspan} cell is placed at
 * its origin position, and the positions it spans over are remembered as spanned (their text is empty).
 * Row {@code r} of the grid is the table's {@code r}-th {@code tr}.
 *
 * @since 0.1
 */
public final class HtmlGrid {
  private final int tableIndex;
  private final int columns;
  private final List<List<String>> rowCells;
  private final int[][] originColumns;
  private final int[][] rowspans;
  private final int[][] colspans;
  private final int[] owner; // per position: row * MAX + cell, or -1 if no cell covers it

  HtmlGrid(int tableIndex, int columns, List<List<String>> rowCells, int[][] originColumns,
      int[][] rowspans, int[][] colspans, int[] owner) {
    this.tableIndex = tableIndex;
    this.columns = columns;
    this.rowCells = rowCells;
    this.originColumns = originColumns;
    this.rowspans = rowspans;
    this.colspans = colspans;
    this.owner = owner;
  }

  /** The 0-based index of the table among the document's tables (in document order). */
  public int tableIndex() {
    return tableIndex;
  }

  /** The number of rows ({@code tr} elements). */
  public int rowCount() {
    return rowCells.size();
  }

  /** The number of logical columns. */
  public int columnCount() {
    return columns;
  }

  /** The normalised texts of the cells of a row, in logical order (each spanning cell once). */
  public List<String> rowTexts(int row) {
    return rowCells.get(Objects.checkIndex(row, rowCells.size()));
  }

  /**
   * The text at a grid position: the cell's text at its origin, empty at a position it spans over or
   * that no cell covers.
   */
  public String text(int row, int column) {
    int o = owner[position(row, column)];
    if (o < 0) {
      return "";
    }
    int r = o / HtmlLines.MAX_CELLS_PER_ROW;
    int cell = o % HtmlLines.MAX_CELLS_PER_ROW;
    return r == row && originColumns[r][cell] == column ? rowCells.get(r).get(cell) : "";
  }

  /** True if the position is covered by a cell whose origin is elsewhere (a spanned position). */
  public boolean isSpanned(int row, int column) {
    int o = owner[position(row, column)];
    if (o < 0) {
      return false;
    }
    int r = o / HtmlLines.MAX_CELLS_PER_ROW;
    int cell = o % HtmlLines.MAX_CELLS_PER_ROW;
    return r != row || originColumns[r][cell] != column;
  }

  /** The HTML cell covering a position ({@code table[t]/tr[r]/td[c]} of its origin), or unknown if none. */
  public Location locationAt(int row, int column) {
    int o = owner[position(row, column)];
    if (o < 0) {
      return Location.unknown();
    }
    return Location.ofHtmlCell(tableIndex, o / HtmlLines.MAX_CELLS_PER_ROW, o % HtmlLines.MAX_CELLS_PER_ROW);
  }

  /** The logical column where the {@code cell}-th cell of a row starts. */
  public int originColumn(int row, int cell) {
    return originColumns[Objects.checkIndex(row, rowCells.size())][cell];
  }

  /** The effective row span of a cell (after clamping to the table). */
  public int rowspan(int row, int cell) {
    return rowspans[Objects.checkIndex(row, rowCells.size())][cell];
  }

  /** The effective column span of a cell (after capping). */
  public int colspan(int row, int cell) {
    return colspans[Objects.checkIndex(row, rowCells.size())][cell];
  }

  private int position(int row, int column) {
    Objects.checkIndex(row, rowCells.size());
    Objects.checkIndex(column, columns);
    return row * columns + column;
  }
}
