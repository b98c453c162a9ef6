package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One cell of a table: blank (not filled in the published report), an integer, or an {@link Amount}.
 * A blank cell is not zero.
 *
 * <p>Cells are values: equal cells are interchangeable, and small counts are cached.
 *
 * @since 0.1
 */
public final class Cell {
  /** The largest number of digits a count, or the integer part of an amount, may have. */
  public static final int MAX_DIGITS = 15;

  /** The largest magnitude of an integer cell: {@code 999 999 999 999 999}. */
  public static final long MAX_MAGNITUDE = 999_999_999_999_999L;

  private static final Cell BLANK = new Cell(0L, null, true);
  private static final Cell[] SMALL = new Cell[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Cell(i, null, false);
    }
  }

  private final long integer;
  private final Amount amount;
  private final boolean blank;

  private Cell(long integer, Amount amount, boolean blank) {
    this.integer = integer;
    this.amount = amount;
    this.blank = blank;
  }

  /** Returns the blank cell. */
  public static Cell blank() {
    return BLANK;
  }

  /**
   * Returns an integer cell.
   *
   * @throws IllegalArgumentException if the magnitude exceeds {@link #MAX_MAGNITUDE}
   */
  public static Cell of(long value) {
    if (value >= 0 && value < SMALL.length) {
      return SMALL[(int) value];
    }
    if (value > MAX_MAGNITUDE || value < -MAX_MAGNITUDE) {
      throw new IllegalArgumentException(
          "value must have at most " + MAX_DIGITS + " digits but was " + value);
    }
    return new Cell(value, null, false);
  }

  /** Returns an amount cell. */
  public static Cell of(Amount amount) {
    return new Cell(0L, Objects.requireNonNull(amount, "amount"), false);
  }

  /** Returns an amount cell. */
  public static Cell amount(BigDecimal value, AmountUnit unit) {
    return of(Amount.of(value, unit));
  }

  /** Returns a cell holding {@code value}, or the blank cell when it is empty. */
  public static Cell ofNullable(Long value) {
    return value == null ? BLANK : of(value);
  }

  /** True if the cell was not filled in. */
  public boolean isBlank() {
    return blank;
  }

  /** True if the cell holds an integer. */
  public boolean isInteger() {
    return !blank && amount == null;
  }

  /** True if the cell holds an amount. */
  public boolean isAmount() {
    return amount != null;
  }

  /** The integer, or empty if the cell is blank or holds an amount. */
  public OptionalLong integer() {
    return isInteger() ? OptionalLong.of(integer) : OptionalLong.empty();
  }

  /**
   * The integer value.
   *
   * @throws IllegalStateException if the cell is blank or holds an amount
   */
  public long longValue() {
    if (!isInteger()) {
      throw new IllegalStateException("cell " + this + " holds no integer");
    }
    return integer;
  }

  /** The amount, or empty if the cell is blank or holds an integer. */
  public Optional<Amount> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The cell as a number: the integer, or the amount in 万元; empty if the cell is blank or holds an
   * amount with no known unit.
   */
  public Optional<BigDecimal> decimalValue() {
    if (blank) {
      return Optional.empty();
    }
    return amount == null ? Optional.of(BigDecimal.valueOf(integer)) : amount.inWanYuan();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Cell c
        && blank == c.blank
        && integer == c.integer
        && Objects.equals(amount, c.amount);
  }

  @Override
  public int hashCode() {
    return blank ? -1 : amount == null ? Long.hashCode(integer) : amount.hashCode();
  }

  /** {@code blank}, the integer, or the amount with its unit. */
  @Override
  public String toString() {
    return blank ? "blank" : amount == null ? Long.toString(integer) : amount.toString();
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of writing a wrong object.
   */
  @JsonValue
  Object jacksonWithoutModule() {
    throw JacksonGuard.writing(Cell.class);
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of reading a wrong value.
   */
  @JsonCreator // delegating: one unnamed parameter
  static Cell jacksonWithoutModule(Object json) {
    throw JacksonGuard.reading(Cell.class);
  }
}
