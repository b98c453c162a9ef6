package io.github.ogireport.io.text;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.LinkedHashMap;
import java.util.Map;

/** One table while one builder builds it: its cells so far and where each was read. Never shared. */
final class TableDraft {
  final TableType type;
  final Table.Builder table;
  final Map<CellRef, Location> provenance;

  TableDraft(TableType type) {
    this(type, Table.builder(type));
  }

  /** A draft continuing a table already read (a later fragment of it). */
  TableDraft(TableType type, Table.Builder table) {
    this.type = type;
    this.table = table;
    // sized for every cell of the form's table, so that it never rehashes
    this.provenance = new LinkedHashMap<>(type.rows().size() * type.columns().size() * 4 / 3 + 8);
  }

  BuiltTable built(Edition edition) {
    return new BuiltTable(table.build(), provenance, edition);
  }
}
