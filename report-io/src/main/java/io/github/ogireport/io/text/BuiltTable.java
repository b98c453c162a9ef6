package io.github.ogireport.io.text;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Table;
import io.github.ogireport.io.internal.FrozenMap;
import java.util.Map;

/**
 * What a table builder built from one region: the table (null when none), where each of its cells was read,
 * and the edition the region was read as (null when the builder does not tell one). The provenance is taken
 * over, not copied: a {@link TableDraft} hands over its own map and is not used after
 * {@link TableDraft#built(Edition)}.
 */
record BuiltTable(Table table, Map<CellRef, Location> provenance, Edition edition) {
  BuiltTable {
    provenance = FrozenMap.copyOf(provenance, "cell", "location");
  }

  /** No table. */
  static BuiltTable none(Edition edition) {
    return new BuiltTable(null, Map.of(), edition);
  }
}
