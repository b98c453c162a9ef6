package io.github.ogireport.validation.aggregate;

import io.github.ogireport.model.CellRef;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A cell of an {@link Aggregate} that is the sum of only some of its sources: the sources whose cell was
 * blank (or whose report lacks the table), and the sources whose amount was printed without a unit and so
 * could not be added (unless the aggregator was told which unit to assume). The cell holds the sum of
 * the other sources, or is blank when none of them could be added. Immutable.
 *
 * <p>Sources are named by their index, from 0, in the order they were given to the aggregator.
 *
 * @since 0.2
 */
public final class PartialCell {
  private final CellRef cell;
  private final List<Integer> blankSources;
  private final List<Integer> unitlessSources;
  private final int sourceCount;

  PartialCell(CellRef cell, BitSet blank, BitSet unitless, int sourceCount) {
    this.cell = Objects.requireNonNull(cell, "cell");
    this.blankSources = IntList.of(blank);
    this.unitlessSources = IntList.of(unitless);
    this.sourceCount = sourceCount;
  }

  /** The cell of the aggregate report; never {@code null}. */
  public CellRef cell() {
    return cell;
  }

  /**
   * The sources whose cell was blank or whose report does not print the table, in ascending order;
   * never {@code null}.
   */
  public List<Integer> blankSources() {
    return blankSources;
  }

  /**
   * The sources whose amount (not zero) was printed without a unit and was left out of the sum, in
   * ascending order; empty unless the cell is an amount and no unit was assumed.
   */
  public List<Integer> unitlessSources() {
    return unitlessSources;
  }

  /** How many sources were added into the cell's value. */
  public int filledSources() {
    return sourceCount - blankSources.size() - unitlessSources.size();
  }

  /** How many sources the aggregate has. */
  public int sourceCount() {
    return sourceCount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialCell p
        && cell.equals(p.cell)
        && blankSources.equals(p.blankSources)
        && unitlessSources.equals(p.unitlessSources)
        && sourceCount == p.sourceCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cell, blankSources, unitlessSources, sourceCount);
  }

  /** The cell and the counts, for logs; the format is not stable. */
  @Override
  public String toString() {
    return "PartialCell{" + cell.path() + ", filled " + filledSources() + " of " + sourceCount
        + ", blank " + blankSources.size() + (unitlessSources.isEmpty() ? "" : ", unitless " + unitlessSources) + '}';
  }

  /** An unmodifiable list of ints in an array: a source list of a million entries costs 4 MB, not 20. */
  static final class IntList extends AbstractList<Integer> implements RandomAccess {
    private static final IntList EMPTY = new IntList(new int[0]);
    private final int[] values;

    private IntList(int[] values) {
      this.values = values;
    }

    static IntList of(BitSet set) {
      return set == null || set.isEmpty() ? EMPTY : new IntList(set.stream().toArray());
    }

    @Override
    public Integer get(int index) {
      return values[Objects.checkIndex(index, values.length)];
    }

    @Override
    public int size() {
      return values.length;
    }
  }
}
