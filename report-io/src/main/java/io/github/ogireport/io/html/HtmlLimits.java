package io.github.ogireport.io.html;

/**
 * The limits of the HTML reader, beyond which it throws {@link io.github.ogireport.io.InputLimitException}
 * instead of reading on; {@link #DEFAULT} holds {@link HtmlLines}' documented values. Set them with
 * {@code HtmlReportReader.builder().limits(HtmlLimits.DEFAULT.withMaxInputBytes(…))}, as the text reader's
 * are set with {@code TextReportReader.builder()}.
 *
 * @param maxInputBytes the largest page accepted, in bytes (characters for text input)
 * @param maxNodes the most nodes (elements, text runs, comments), counted in the source before parsing
 * @param maxColumns the most logical columns of a table, at most {@link HtmlLines#MAX_COLUMNS}
 * @param maxGridCells the most grid positions of one table
 * @param maxDocumentGridCells the most grid positions of all tables together
 * @since 0.1
 */
public record HtmlLimits(
    int maxInputBytes, int maxNodes, int maxColumns, int maxGridCells, long maxDocumentGridCells) {

  /** The defaults: {@link HtmlLines#MAX_INPUT_BYTES}, {@link HtmlLines#MAX_NODES} and so on. */
  public static final HtmlLimits DEFAULT = new HtmlLimits(HtmlLines.MAX_INPUT_BYTES, HtmlLines.MAX_NODES,
      HtmlLines.MAX_COLUMNS, HtmlLines.MAX_GRID_CELLS, HtmlLines.MAX_DOCUMENT_GRID_CELLS);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive, or {@code maxColumns} is above
   *     {@link HtmlLines#MAX_COLUMNS} (the reader's locations address at most that many cells a row)
   */
  public HtmlLimits {
    positive(maxInputBytes, "maxInputBytes");
    positive(maxNodes, "maxNodes");
    positive(maxColumns, "maxColumns");
    positive(maxGridCells, "maxGridCells");
    positive(maxDocumentGridCells, "maxDocumentGridCells");
    if (maxInputBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxInputBytes must be below " + Integer.MAX_VALUE);
    }
    if (maxColumns > HtmlLines.MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "maxColumns must be at most " + HtmlLines.MAX_COLUMNS + " but was " + maxColumns);
    }
  }

  /** These limits with another {@link #maxInputBytes()}. */
  public HtmlLimits withMaxInputBytes(int max) {
    return new HtmlLimits(max, maxNodes, maxColumns, maxGridCells, maxDocumentGridCells);
  }

  /** These limits with another {@link #maxNodes()}. */
  public HtmlLimits withMaxNodes(int max) {
    return new HtmlLimits(maxInputBytes, max, maxColumns, maxGridCells, maxDocumentGridCells);
  }

  /** These limits with another {@link #maxColumns()}. */
  public HtmlLimits withMaxColumns(int max) {
    return new HtmlLimits(maxInputBytes, maxNodes, max, maxGridCells, maxDocumentGridCells);
  }

  /** These limits with another {@link #maxGridCells()}. */
  public HtmlLimits withMaxGridCells(int max) {
    return new HtmlLimits(maxInputBytes, maxNodes, maxColumns, max, maxDocumentGridCells);
  }

  /** These limits with another {@link #maxDocumentGridCells()}. */
  public HtmlLimits withMaxDocumentGridCells(long max) {
    return new HtmlLimits(maxInputBytes, maxNodes, maxColumns, maxGridCells, max);
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive but was " + value);
    }
  }
}
