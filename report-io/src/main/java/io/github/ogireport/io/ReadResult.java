package io.github.ogireport.io;

import io.github.ogireport.io.internal.FrozenMap;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import io.github.ogireport.model.Report;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader of published reports returns: the report, where every value came from, and what the
 * reader noticed.
 *
 * @param report the report as printed (totals that do not add up are kept)
 * @param provenance for every non-blank cell read, where in the input its value was (iterated in the order
 *     given, the same in every run)
 * @param findings what the reader noticed, in input order
 * @param sourceLabels for the rows whose label the reader recorded, the label as printed in the source
 *     (white space removed), by table
 * @since 0.1
 */
public record ReadResult(Report report, Map<CellRef, Location> provenance, List<ReaderFinding> findings,
    Map<TableType, Map<TableRow, String>> sourceLabels) {

  /** Checks that no part is {@code null} and copies the collections. */
  public ReadResult {
    Objects.requireNonNull(report, "report");
    // copies that keep the order given (Map.copyOf's iteration order changes from run to run); a reader's
    // own FrozenMap is taken as it is (nothing can change it)
    provenance = FrozenMap.copyOf(provenance, "provenance cell", "location");
    findings = List.copyOf(findings);
    Map<TableType, Map<TableRow, String>> labels = new java.util.EnumMap<>(TableType.class);
    sourceLabels.forEach((t, m) -> labels.put(t, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m))));
    sourceLabels = java.util.Collections.unmodifiableMap(labels);
  }

  /** A result with no recorded source labels. */
  public ReadResult(Report report, Map<CellRef, Location> provenance, List<ReaderFinding> findings) {
    this(report, provenance, findings, Map.of());
  }

  /** The row's label as printed in the source, if the reader recorded it. */
  public Optional<String> sourceLabel(TableType table, TableRow row) {
    return Optional.ofNullable(sourceLabels.getOrDefault(table, Map.of()).get(row));
  }

  /** Where the value of a cell came from, if the cell was read from the input. */
  public Optional<Location> locationOf(CellRef cell) {
    return Optional.ofNullable(provenance.get(cell));
  }

  /** True if any finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
