package io.github.ogireport.model;

import java.util.Objects;

/**
 * Where something was found in an input: a 1-based line and column of a text, a JSON Pointer (with the
 * line and column of the token when known), a cell of an HTML (or Word) table, or a position on a page of a
 * PDF. A location is data; its
 * {@link #toString()} renders it for messages.
 *
 * <p>Reader findings and validation findings share it ({@link Diagnostic#location()}).
 *
 * @since 0.1
 */
public final class Location {
  private static final Location UNKNOWN = new Location(null, 0, 0, null);

  private final String path;
  private final int line;
  private final int column;
  private final String htmlCell;
  private final int page;
  private final float x;
  private final float y;

  private Location(String path, int line, int column, String htmlCell) {
    this(path, line, column, htmlCell, 0, 0f, 0f);
  }

  private Location(String path, int line, int column, String htmlCell, int page, float x, float y) {
    this.path = path;
    this.line = line;
    this.column = column;
    this.htmlCell = htmlCell;
    this.page = page;
    this.x = x;
    this.y = y;
  }

  /**
   * A position on a page of a PDF: the 1-based page and the point of the text's start, in PDF units from
   * the page's top left corner (rounded to whole units when printed).
   *
   * @throws IllegalArgumentException if {@code page} is not positive or a coordinate is not finite
   */
  public static Location ofPage(int page, float x, float y) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be positive but was " + page);
    }
    if (!Float.isFinite(x) || !Float.isFinite(y)) {
      throw new IllegalArgumentException("coordinates must be finite but were " + x + ", " + y);
    }
    return new Location(null, 0, 0, null, page, x, y);
  }

  /** The 1-based page of a PDF position, or 0 for other kinds of location. */
  public int page() {
    return page;
  }

  /** The horizontal position on the page, in PDF units from the left edge (0 for other kinds). */
  public float x() {
    return x;
  }

  /** The vertical position on the page, in PDF units from the top edge (0 for other kinds). */
  public float y() {
    return y;
  }

  /** A position in a text: 1-based line and column (column 0 when unknown). */
  public static Location ofLine(int line, int column) {
    return new Location(null, line, column, null);
  }

  /** A JSON Pointer into a report, with no position in an input (the location of validation findings). */
  public static Location ofJsonPath(String pointer) {
    return ofJsonPath(pointer, 0, 0);
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
        && Objects.equals(htmlCell, l.htmlCell)
        && page == l.page
        && Float.compare(x, l.x) == 0
        && Float.compare(y, l.y) == 0;
  }

  @Override
  public int hashCode() {
    return page == 0 ? Objects.hash(path, line, column, htmlCell) : Objects.hash(page, x, y);
  }

  /**
   * The location for a message in the locale's language: Chinese for a locale whose language is
   * {@code zh} ({@code 第14行第3列}, {@code 第3页（x 120，y 455）}), otherwise {@link #toString()}.
   */
  public String describe(java.util.Locale locale) {
    if (locale == null || !"zh".equals(locale.getLanguage())) {
      return toString();
    }
    if (page != 0) {
      return "第" + page + "页（x " + Math.round(x) + "，y " + Math.round(y) + "）";
    }
    if (htmlCell != null) {
      return "网页表格 " + htmlCell;
    }
    String lc = line == 0 ? "" : column == 0 ? "第" + line + "行" : "第" + line + "行第" + column + "列";
    if (path != null) {
      String p = path.isEmpty() ? "/" : path;
      return lc.isEmpty() ? p : p + "（" + lc + "）";
    }
    return lc.isEmpty() ? "位置未知" : lc;
  }

  /**
   * For example {@code line 14, column 3}, {@code /tables/x/rows/y/z (line 2, column 9)},
   * {@code table[0]/tr[3]/td[2]}, {@code page 3 (x 120, y 455)}.
   */
  @Override
  public String toString() {
    if (page != 0) {
      return "page " + page + " (x " + Math.round(x) + ", y " + Math.round(y) + ")";
    }
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
