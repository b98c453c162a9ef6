package io.github.ogireport.io;

import java.util.Objects;

/**
 * Where something was found in an input: a 1-based line and column of a text, a JSON Pointer (with the
 * line and column of the token when known), or a cell of an HTML table. A location is data; its
 * {@link #toString()} renders it for messages.
 *
 * @since 0.1
 */
public final class Location {
  private static final Location UNKNOWN = new Location(null, 0, 0, null);

  private final String path;
  private final int line;
  private final int column;
  private final String htmlCell;

  private Location(String path, int line, int column, String htmlCell) {
    this.path = path;
    this.line = line;
    this.column = column;
    this.htmlCell = htmlCell;
  }

  /** A position in a text: 1-based line and column (column 0 when unknown). */
  public static Location ofLine(int line, int column) {
    return new Location(null, line, column, null);
  }

  /** A JSON Pointer, with the 1-based line and column of the token (0 when unknown). */
  public static Location ofJsonPath(String pointer, int line, int column) {
    return new Location(Objects.requireNonNull(pointer, "pointer"), line, column, null);
  }

  /**
   * A cell of an HTML table: {@code tableIndex} is 0-based among the document's tables, {@code row} and
   * {@code cell} are 0-based indexes of the {@code tr} and of the cell within it.
   */
  public static Location ofHtmlCell(int tableIndex, int row, int cell) {
    return new Location(null, 0, 0, "table[" + tableIndex + "]/tr[" + row + "]/td[" + cell + "]");
  }

  /** The location of input that has no position (an empty document, a stream that failed). */
  public static Location unknown() {
    return UNKNOWN;
  }

  /** The JSON Pointer, or {@code null} for other kinds of location. */
  public String jsonPath() {
    return path;
  }

  /** The 1-based line, or 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 if unknown. */
  public int column() {
    return column;
  }

  /** The HTML cell description ({@code table[0]/tr[3]/td[2]}), or {@code null}. */
  public String htmlCell() {
    return htmlCell;
  }

  /** True for {@link #unknown()}. */
  public boolean isUnknown() {
    return this.equals(UNKNOWN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l
        && line == l.line
        && column == l.column
        && Objects.equals(path, l.path)
        && Objects.equals(htmlCell, l.htmlCell);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, line, column, htmlCell);
  }

  /** For example {@code line 14, column 3}, {@code /tables/x/rows/y/z (line 2, column 9)}, {@code table[0]/tr[3]/td[2]}. */
  @Override
  public String toString() {
    if (htmlCell != null) {
      return htmlCell;
    }
    String lc = line == 0 ? "" : column == 0 ? "line " + line : "line " + line + ", column " + column;
    if (path != null) {
      String p = path.isEmpty() ? "/" : path;
      return lc.isEmpty() ? p : p + " (" + lc + ")";
    }
    return lc.isEmpty() ? "unknown location" : lc;
  }
}
