package io.github.ogireport.validation.compare;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell compared across two years: what each report holds there ({@link Side}: filled, blank or
 * absent), the values, and the change. Immutable.
 *
 * <p>Values are {@link Cell#decimalValue()}: the integer, or the amount in 万元 (an amount printed without
 * a unit has no value, only its {@linkplain #previous() cell}). The change is computed only when both
 * years have a value: a blank is not zero, so a blank on either side gives no change (and
 * {@link #isChanged()} is true when one side is blank and the other filled).
 *
 * @since 0.2
 */
public final class CellComparison {
  /** The decimals of {@link #relativeChange()}: 0.0001 is 0.01 %. */
  public static final int RELATIVE_SCALE = 4;

  private final TableRow row;
  private final TableColumn column;
  private final CellRef previousRef;
  private final CellRef currentRef;
  private final Cell previous;
  private final Cell current;

  CellComparison(TableRow row, TableColumn column, CellRef previousRef, Cell previous, CellRef currentRef,
      Cell current) {
    this.row = Objects.requireNonNull(row, "row");
    this.column = Objects.requireNonNull(column, "column");
    this.previousRef = previousRef;
    this.currentRef = currentRef;
    this.previous = previous;
    this.current = current;
    if ((previousRef == null) != (previous == null) || (currentRef == null) != (current == null)) {
      throw new IllegalArgumentException("a side has a cell exactly when it has a reference");
    }
    if (previous == null && current == null) {
      throw new IllegalArgumentException("a compared cell is in at least one report");
    }
  }

  /** The row: the current report's, or the previous report's when only that one has it. */
  public TableRow row() {
    return row;
  }

  /** The column. */
  public TableColumn column() {
    return column;
  }

  /** Where the cell is in the previous report; empty if that report does not have it. */
  public Optional<CellRef> previousRef() {
    return Optional.ofNullable(previousRef);
  }

  /** Where the cell is in the current report; empty if that report does not have it. */
  public Optional<CellRef> currentRef() {
    return Optional.ofNullable(currentRef);
  }

  /** The previous year's cell (possibly blank); empty if that report does not have it. */
  public Optional<Cell> previous() {
    return Optional.ofNullable(previous);
  }

  /** The current year's cell (possibly blank); empty if that report does not have it. */
  public Optional<Cell> current() {
    return Optional.ofNullable(current);
  }

  /** What the previous report holds at the cell. */
  public Side previousSide() {
    return side(previous);
  }

  /** What the current report holds at the cell. */
  public Side currentSide() {
    return side(current);
  }

  private static Side side(Cell c) {
    return c == null ? Side.ABSENT : c.isBlank() ? Side.BLANK : Side.FILLED;
  }

  /** The previous year's value; empty if absent, blank, or an amount without a unit. */
  public Optional<BigDecimal> previousValue() {
    return previous == null ? Optional.empty() : previous.decimalValue();
  }

  /** The current year's value; empty if absent, blank, or an amount without a unit. */
  public Optional<BigDecimal> currentValue() {
    return current == null ? Optional.empty() : current.decimalValue();
  }

  /** {@code current − previous}, when both years have a value; otherwise empty. */
  public Optional<BigDecimal> change() {
    Optional<BigDecimal> p = previousValue();
    Optional<BigDecimal> c = currentValue();
    return p.isPresent() && c.isPresent() ? Optional.of(c.get().subtract(p.get())) : Optional.empty();
  }

  /**
   * {@link #change()} divided by the magnitude of the previous value, rounded half-even to
   * {@value #RELATIVE_SCALE} decimals ({@code 0.2500} is +25 %); empty when there is no change or the
   * previous value is zero.
   */
  public Optional<BigDecimal> relativeChange() {
    Optional<BigDecimal> p = previousValue();
    Optional<BigDecimal> d = change();
    if (d.isEmpty() || p.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(d.get().divide(p.get().abs(), RELATIVE_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * True if the two years differ at the cell: one side filled or blank and the other not the same, or
   * two values that are not equal as numbers ({@code 4332.80} and {@code 4332.8} are equal, so are
   * {@code 10000元} and {@code 1万元}).
   */
  public boolean isChanged() {
    if (previousSide() != currentSide()) {
      return true;
    }
    if (previousSide() != Side.FILLED) {
      return false;
    }
    Optional<BigDecimal> p = previousValue();
    Optional<BigDecimal> c = currentValue();
    if (p.isPresent() && c.isPresent()) {
      return p.get().compareTo(c.get()) != 0;
    }
    return !previous.equals(current);
  }

  /** The cell and both sides, for logs; the format is not stable. */
  @Override
  public String toString() {
    return row.key() + "/" + column.key() + ": " + (previous == null ? "absent" : previous) + " → "
        + (current == null ? "absent" : current) + change().map(d -> " (" + d.toPlainString() + ")").orElse("");
  }
}
