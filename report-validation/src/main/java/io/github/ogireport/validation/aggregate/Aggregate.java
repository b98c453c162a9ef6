package io.github.ogireport.validation.aggregate;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sum of several reports of one edition and one year, as made by {@link ReportAggregator}: the
 * aggregate {@link #report()}, the cells that sum only some of the sources ({@link #partialCells()}), the
 * custom rows left out because not every source prints them, and the number of sources. Immutable and
 * thread-safe.
 *
 * @since 0.2
 */
public final class Aggregate {
  private final Report report;
  private final int sourceCount;
  private final Map<CellRef, PartialCell> partial;
  private final List<PartialCell> partialCells;
  private final List<OmittedCustomRow> omitted;

  Aggregate(Report report, int sourceCount, List<PartialCell> partialCells, List<OmittedCustomRow> omitted) {
    this.report = Objects.requireNonNull(report, "report");
    this.sourceCount = sourceCount;
    this.partialCells = List.copyOf(partialCells);
    Map<CellRef, PartialCell> byCell = new LinkedHashMap<>();
    for (PartialCell p : this.partialCells) {
      byCell.put(p.cell(), p);
    }
    this.partial = byCell;
    this.omitted = List.copyOf(omitted);
  }

  /**
   * The aggregate report: the caller's agency, the sources' year and edition, every table any source
   * prints with each cell the sum of the sources' cells, and no narrative.
   */
  public Report report() {
    return report;
  }

  /** How many reports were summed. */
  public int sourceCount() {
    return sourceCount;
  }

  /** The partial cells, in table order, then row and column order; empty if every cell is complete. */
  public List<PartialCell> partialCells() {
    return partialCells;
  }

  /** The partial cell at {@code cell}, or empty if the cell is complete (or not in the report). */
  public Optional<PartialCell> partial(CellRef cell) {
    return Optional.ofNullable(partial.get(cell));
  }

  /** True if the cell sums only some of the sources. */
  public boolean isPartial(CellRef cell) {
    return partial.containsKey(cell);
  }

  /** The custom rows left out of the aggregate because some source does not print them, in order. */
  public List<OmittedCustomRow> omittedCustomRows() {
    return omitted;
  }

  /** True if no cell is partial and no custom row was left out. */
  public boolean isComplete() {
    return partialCells.isEmpty() && omitted.isEmpty();
  }

  /** The agency, the number of sources and of partial cells, for logs; the format is not stable. */
  @Override
  public String toString() {
    return "Aggregate{" + report.metadata().agency() + " " + report.metadata().year() + ", "
        + sourceCount + " sources, " + partialCells.size() + " partial cells, "
        + omitted.size() + " omitted custom rows}";
  }
}
