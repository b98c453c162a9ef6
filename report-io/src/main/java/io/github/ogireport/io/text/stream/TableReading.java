package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.internal.FrozenMap;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a recognizer of the token-stream reader read of one table: the table, where each value came from,
 * the findings, the row labels as printed, and the lines of the input its region spans.
 *
 * @param start where the table's region starts (line and column)
 * @param end where the table's region ends (the line and column of its last character)
 */
public record TableReading(
    Table table,
    Map<CellRef, Location> provenance,
    List<ReaderFinding> findings,
    Map<TableRow, String> printedLabels,
    Location start,
    Location end) {

  /**
   * Keeps the maps' order (cells and rows as they were read; {@code Map.copyOf}'s iteration order changes from
   * run to run) and copies the findings. The provenance is copied unless it is a {@link FrozenMap} (as
   * {@link Builder#build} and the text reader's relocation give it); the printed labels are taken over
   * unmodifiable (the one caller of this internal package that builds them hands them over and never touches
   * them again).
   */
  public TableReading {
    provenance = FrozenMap.copyOf(provenance, "cell", "location");
    findings = List.copyOf(findings);
    printedLabels = java.util.Collections.unmodifiableMap(printedLabels);
  }

  /** True if the location lies within the table's region (an unknown column counts as the line's start). */
  public boolean covers(Location at) {
    return compare(at, start) >= 0 && compare(at, end) <= 0;
  }

  private static int compare(Location a, Location b) {
    return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
  }

  /** The number of non-blank cells read. */
  public int valuesRead() {
    return provenance.size();
  }

  /** Builds a reading cell by cell. */
  static final class Builder {
    final TableType type;
    final Table.Builder table;
    final FrozenMap.Builder<CellRef, Location> provenance;
    final List<ReaderFinding> findings = new ArrayList<>();
    final Map<TableRow, String> printed;

    Builder(TableType type) {
      this.type = type;
      this.table = Table.builder(type);
      // sized for every cell and row of the form: no rehashing while the table is read
      this.provenance = FrozenMap.builder(type.rows().size() * type.columns().size());
      this.printed = new LinkedHashMap<>(type.rows().size() * 4 / 3 + 8);
    }

    void set(TableRow row, TableColumn column, Cell cell, Location at) {
      table.set(row, column, cell);
      if (!cell.isBlank()) {
        provenance.put(CellRef.of(type, row, column), at);
      }
    }

    void finding(String code, Severity severity, Location at, String message, List<String> args,
        List<CellRef> cells) {
      findings.add(new ReaderFinding(code, severity, at, message, args, cells));
    }

    List<CellRef> cells(TableRow row) {
      List<CellRef> out = new ArrayList<>();
      for (TableColumn c : type.columns()) {
        out.add(CellRef.of(type, row, c));
      }
      return out;
    }

    TableReading build(Location start, Location end) {
      return new TableReading(table.build(), provenance.build(), findings, printed, start, end);
    }
  }
}
