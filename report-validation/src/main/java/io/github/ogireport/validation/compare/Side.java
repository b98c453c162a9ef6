package io.github.ogireport.validation.compare;

/**
 * What one year's report holds at a compared cell.
 *
 * @since 0.2
 */
public enum Side {
  /** The cell holds a number (an integer or an amount). */
  FILLED,
  /** The report prints the cell but leaves it blank; a blank is not zero. */
  BLANK,
  /** The report does not have the cell: it does not print the table, or its table has no such row or column. */
  ABSENT;

  /** The key used in JSON: {@code filled}, {@code blank}, {@code absent}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
