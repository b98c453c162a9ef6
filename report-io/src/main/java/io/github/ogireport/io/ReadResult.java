package io.github.ogireport.io;

import io.github.ogireport.model.CellRef;
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
 * @param provenance for every non-blank cell read, where in the input its value was
 * @param findings what the reader noticed, in input order
 * @since 0.1
 */
public record ReadResult(Report report, Map<CellRef, Location> provenance, List<ReaderFinding> findings) {

  /** Checks that no part is {@code null} and copies the collections. */
  public ReadResult {
    Objects.requireNonNull(report, "report");
    provenance = Map.copyOf(provenance);
    findings = List.copyOf(findings);
  }

  /** Where the value of a cell came from, if the cell was read from the input. */
  public Optional<Location> locationOf(CellRef cell) {
    return Optional.ofNullable(provenance.get(cell));
  }

  /** True if any finding is an {@link ReaderFinding.Severity#ERROR}. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == ReaderFinding.Severity.ERROR);
  }
}
