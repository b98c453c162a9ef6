package io.github.ogireport.io.internal;

/**
 * The limits that tell numbers numbering a table's rows or columns from values, shared by the line reading
 * ({@code io.text.RowNumbering}) and the token stream's stage ({@code io.text.stream.Numbering}): a row's
 * serial number under a 序号 header has at most {@link #MAX_SERIAL_DIGITS} digits; a row of column numbers is
 * 1, 2, 3 … in order, at least {@link #MIN_COLUMN_NUMBERS_WITH_WORDS} after the words over the label columns
 * (甲 乙), at least {@link #MIN_BARE_COLUMN_NUMBERS} without them (1 2 3 may be a row's values whose blank cells
 * left no trace; 1 … 7 of section 三, or 1 … 15 of section 四, does not add up).
 */
public final class NumberingRules {
  /** The most digits of a row's serial number. */
  public static final int MAX_SERIAL_DIGITS = 3;

  /** The fewest column numbers after the words over the label columns. */
  public static final int MIN_COLUMN_NUMBERS_WITH_WORDS = 3;

  /** The fewest column numbers without the words over the label columns. */
  public static final int MIN_BARE_COLUMN_NUMBERS = 7;

  private NumberingRules() {}

  /** True if {@code count} numbers 1 … count, after the label columns' words or not, are a row of column numbers. */
  public static boolean columnNumbers(int count, boolean words) {
    return count >= (words ? MIN_COLUMN_NUMBERS_WITH_WORDS : MIN_BARE_COLUMN_NUMBERS);
  }
}
