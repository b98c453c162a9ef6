package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money as reported: the number exactly as printed (its scale is kept, so {@code 4332.80}
 * and {@code 4332.8} are different values) and the unit it was printed in.
 *
 * @since 0.1
 */
public final class Amount {
  /** The largest number of digits after the decimal point an amount may have. */
  public static final int MAX_SCALE = 6;

  private final BigDecimal value;
  private final AmountUnit unit;

  private Amount(BigDecimal value, AmountUnit unit) {
    this.value = value;
    this.unit = unit;
  }

  /**
   * Returns an amount.
   *
   * @throws IllegalArgumentException if the value is negative, has more than {@link #MAX_SCALE}
   *     decimals, or has more than {@link Cell#MAX_DIGITS} digits before the point
   */
  public static Amount of(BigDecimal value, AmountUnit unit) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative but was " + value.toPlainString());
    }
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    if (v.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          "amount must have at most " + MAX_SCALE + " decimals but was " + v.toPlainString());
    }
    if (v.precision() - v.scale() > Cell.MAX_DIGITS) {
      throw new IllegalArgumentException(
          "amount must have at most " + Cell.MAX_DIGITS + " integer digits but was " + v.toPlainString());
    }
    return new Amount(v, unit);
  }

  /** Returns an amount in 万元. */
  public static Amount ofWanYuan(BigDecimal value) {
    return of(value, AmountUnit.WAN_YUAN);
  }

  /** The number as reported, in {@link #unit()}; never {@code null}. */
  public BigDecimal value() {
    return value;
  }

  /** The unit the amount was reported in; never {@code null}. */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * The amount in 万元, exactly (no rounding); empty when the unit was not printed and the amount is not
   * zero, because the reader cannot know which unit was meant.
   */
  public Optional<BigDecimal> inWanYuan() {
    if (unit == AmountUnit.UNSPECIFIED) {
      return value.signum() == 0 ? Optional.of(value) : Optional.empty();
    }
    return Optional.of(value.movePointRight(unit.shiftToWanYuan()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount a && value.equals(a.value) && unit == a.unit;
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unit.hashCode();
  }

  /** The amount with its unit, for example {@code 4332.8万元}. */
  @Override
  public String toString() {
    return value.toPlainString() + unit.label();
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of writing a wrong object.
   */
  @JsonValue
  Object jacksonWithoutModule() {
    throw JacksonGuard.writing(Amount.class);
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of reading a wrong value.
   */
  @JsonCreator // delegating: one unnamed parameter
  static Amount jacksonWithoutModule(Object json) {
    throw JacksonGuard.reading(Amount.class);
  }
}
