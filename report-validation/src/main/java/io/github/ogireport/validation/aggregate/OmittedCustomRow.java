package io.github.ogireport.validation.aggregate;

import io.github.ogireport.model.TableType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom row (a row a province added to the legacy form) that is not in the aggregate because not
 * every source prints it: its printed label and unit, and the sources that do print it.
 *
 * @param table the table the row belongs to ({@link TableType#LEGACY_STATISTICS})
 * @param label the label as printed
 * @param unit the unit as printed, if any
 * @param sources the sources (indexes from 0, ascending) whose table prints the row
 * @param sourceCount how many sources the aggregate has
 * @since 0.2
 */
public record OmittedCustomRow(TableType table, String label, Optional<String> unit, List<Integer> sources,
    int sourceCount) {
  /** Checks that no part is {@code null} and copies the list. */
  public OmittedCustomRow {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    sources = List.copyOf(sources);
  }
}
