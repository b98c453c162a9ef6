package io.github.ogireport.validation.aggregate;

import io.github.ogireport.model.CellRef;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why reports could not be aggregated: which {@link Reason}, which source (its index in the order the
 * reports were given, from 0) and, for an overflow, which cell. The message names them for a person.
 *
 * @since 0.2
 */
public final class AggregationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What prevents the aggregation. */
  public enum Reason {
    /** No report was given: a sum of nothing has no edition and no year. */
    NO_REPORTS,
    /** A report is of another edition ({@link io.github.ogireport.model.Report#edition()}) than the first. */
    EDITION_MISMATCH,
    /** A report is for another year than the first. */
    YEAR_MISMATCH,
    /** A report prints a table of another edition than its own (a mixed-edition report). */
    MIXED_EDITION,
    /**
     * A sum does not fit a cell: more than {@link io.github.ogireport.model.Cell#MAX_DIGITS} digits, or an
     * amount that needs more than {@link io.github.ogireport.model.Amount#MAX_SCALE} decimals in both 元
     * and 万元.
     */
    OVERFLOW
  }

  private final Reason reason;
  private final int source;
  private final transient CellRef cell;

  AggregationException(Reason reason, int source, CellRef cell, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.source = source;
    this.cell = cell;
  }

  /** What prevents the aggregation; never {@code null}. */
  public Reason reason() {
    return reason;
  }

  /**
   * The index (from 0, in the order given) of the first source that cannot be aggregated with the ones
   * before it; empty for {@link Reason#NO_REPORTS} and for an overflow found only in the final sum.
   */
  public OptionalInt source() {
    return source < 0 ? OptionalInt.empty() : OptionalInt.of(source);
  }

  /** The cell whose sum does not fit, for {@link Reason#OVERFLOW}; otherwise empty. */
  public Optional<CellRef> cell() {
    return Optional.ofNullable(cell);
  }
}
