package io.github.ogireport.io.text;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import io.github.ogireport.io.internal.FrozenMap;

/** One table while one builder builds it: its cells so far and where each was read. Never shared. */
final class TableDraft {
  final TableType type;
  final Table.Builder table;
  final FrozenMap.Builder<CellRef, Location> provenance;

  TableDraft(TableType type) {
    this(type, Table.builder(type));
  }

  /** A draft continuing a table already read (a later fragment of it). */
  TableDraft(TableType type, Table.Builder table) {
    this.type = type;
    this.table = table;
    // sized for every cell of the form's table, so that it never rehashes
    this.provenance = FrozenMap.builder(type.rows().size() * type.columns().size());
  }

  BuiltTable built(Edition edition) {
    return new BuiltTable(table.build(), provenance.build(), edition);
  }
}
