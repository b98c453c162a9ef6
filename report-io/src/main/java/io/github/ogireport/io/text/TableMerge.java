package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.internal.FrozenMap;
import io.github.ogireport.io.text.stream.TableReading;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The last stage of the text reader: combines the line-oriented reading ({@link ReadSession}) with the
 * token-stream reading ({@link io.github.ogireport.io.text.stream.StreamReader}) table by table. A table is
 * taken from the token stream when it read more values there than the line-oriented reading did (which is
 * what happens when line and cell boundaries were lost); it then replaces the other reading's table, its
 * provenance, and the findings located in the table's lines. The report's edition is then the edition of
 * its section 三 table, else of section 二, else legacy, as in the line-oriented reader.
 */
final class TableMerge {
  private TableMerge() {}

  static ReadResult merge(ReadResult grid, List<TableReading> stream) {
    return emptyTables(combine(grid, stream));
  }

  /**
   * Nothing silent: a table whose anchor was found but of which no value was read gets a
   * {@code reader.empty-table} finding naming its cells (unless findings name them already).
   */
  private static ReadResult emptyTables(ReadResult r) {
    List<ReaderFinding> added = new ArrayList<>();
    for (Table t : r.report().tableList()) {
      if (!t.isBlank()) {
        continue;
      }
      List<CellRef> cells = new ArrayList<>();
      for (TableRow row : t.rows()) {
        for (var col : t.columns()) {
          CellRef ref = CellRef.of(t.type(), row, col);
          if (r.findings().stream().noneMatch(f -> f.names(ref))) {
            cells.add(ref);
          }
        }
      }
      if (!cells.isEmpty()) {
        added.add(new ReaderFinding("reader.empty-table", Severity.WARNING, Location.ofLine(1, 0),
            "table " + t.type().caption() + " (" + t.type().key() + ") was found but no value of it was read",
            List.of(t.type().key()), cells));
      }
    }
    if (added.isEmpty()) {
      return r;
    }
    List<ReaderFinding> findings = new ArrayList<>(r.findings());
    findings.addAll(added);
    findings.sort(Comparator.comparingInt((ReaderFinding f) -> f.location().line()));
    return new ReadResult(r.report(), r.provenance(), findings, r.sourceLabels());
  }

  private static ReadResult combine(ReadResult grid, List<TableReading> stream) {
    if (stream.isEmpty()) {
      return grid;
    }
    Report report = grid.report();
    Map<TableType, Table> tables = new EnumMap<>(TableType.class);
    tables.putAll(report.tables());
    java.util.Set<TableType> replaced = java.util.EnumSet.noneOf(TableType.class); // tables whose cells are gone
    List<TableReading> taken = new ArrayList<>();
    List<ReaderFinding> findings = new ArrayList<>(grid.findings());
    List<ReaderFinding> added = new ArrayList<>();
    Map<TableType, Map<TableRow, String>> labels = new EnumMap<>(TableType.class);
    labels.putAll(grid.sourceLabels());
    boolean changed = false;
    for (TableReading r : stream) {
      TableType type = r.table().type();
      TableType same = tables.keySet().stream().filter(t -> sameSlot(t, type)).findFirst().orElse(null);
      int gridValues = same == null ? 0 : countValues(grid, same);
      // a table the line reading did not find, whose rows the token stream found but could not split, is taken
      // too: its cells are then named with their candidates instead of the whole table being "not found"
      // (as it is in place of an empty section 三 table of the other edition, which the line reading told by
      // default: 2021's sub-rows of （六） in a flattened body it could not read; the stream's section 二
      // editions are guesses from the values and overrule nothing)
      boolean undecided = (same == null
          || (gridValues == 0 && same != type && type.section() == ReportSection.APPLICATIONS)) && r.valuesRead() == 0
          && r.findings().stream().anyMatch(
          f -> f.code().equals("reader.glued-digits-ambiguous") || f.code().equals("reader.cell-count-mismatch"));
      if ((r.valuesRead() <= gridValues && !undecided) || (same != null && contradicts(grid, same, r))
          || (type == TableType.LEGACY_STATISTICS && gridValues > 0)) {
        // a legacy form is taken from the token stream only where the line reading read none of it
        continue;
      }
      changed = true;
      if (same != null) {
        tables.remove(same);
        replaced.add(same);
        taken.removeIf(t -> t.table().type() == same);
        labels.remove(same);
      }
      findings.removeIf(f -> (within(f, r) && about(f, type)) || missing(f, type));
      tables.put(type, r.table());
      taken.add(r);
      labels.put(type, r.printedLabels());
      added.addAll(r.findings());
    }
    findings.addAll(added);
    if (!changed) {
      return grid;
    }
    // the line reading's cells of the tables kept, then the token stream's, in the order taken
    int cells = grid.provenance().size();
    for (TableReading r : taken) {
      cells += r.provenance().size();
    }
    FrozenMap.Builder<CellRef, Location> provenance = FrozenMap.builder(cells); // sized once: no rehashing
    grid.provenance().forEach((c, at) -> {
      if (!replaced.contains(c.table())) {
        provenance.put(c, at);
      }
    });
    for (TableReading r : taken) {
      provenance.putAll(r.provenance());
    }
    Edition edition = edition(tables.keySet(), report.edition());
    Report.Builder b = Report.builder().metadata(report.metadata()).edition(edition).narrative(report.narrative());
    tables.values().forEach(b::table);
    Report merged = b.build();
    findings.removeIf(f -> f.code().equals("reader.mixed-edition") || f.code().equals("reader.missing-table"));
    missingTables(merged, findings);
    if (merged.isMixedEdition()) {
      List<String> kinds = new ArrayList<>();
      for (Table t : merged.tableList()) {
        if (t.type().editions().size() == 1) {
          kinds.add(t.type().key());
        }
      }
      findings.add(new ReaderFinding("reader.mixed-edition", Severity.INFO, Location.ofLine(1, 0),
          "the tables mix editions: " + String.join(", ", kinds) + "; read as printed, edition " + edition.key()
              + " from the applications table", kinds));
    }
    findings.sort(Comparator.comparingInt((ReaderFinding f) -> f.location().line()));
    return new ReadResult(merged, provenance.build(), findings, labels);
  }

  /** The tables the report's edition has that were not read, as in the line-oriented reader. */
  private static void missingTables(Report report, List<ReaderFinding> findings) {
    if (report.tables().isEmpty()) {
      findings.add(new ReaderFinding("reader.missing-table", Severity.WARNING, Location.ofLine(1, 0),
          "no statistics table was recognised", List.of()));
      return;
    }
    Edition edition = report.edition();
    if (edition == Edition.LEGACY) {
      return;
    }
    Edition s2 = report.tables().keySet().stream().filter(t -> t.section() == ReportSection.ACTIVE_DISCLOSURE)
        .map(t -> t.editions().iterator().next()).findFirst().orElse(edition);
    List<TableType> expected = new ArrayList<>();
    s2.tableTypes().stream().filter(t -> t.section() == ReportSection.ACTIVE_DISCLOSURE).forEach(expected::add);
    edition.tableTypes().stream().filter(t -> t.section() != ReportSection.ACTIVE_DISCLOSURE).forEach(expected::add);
    for (TableType t : expected) {
      if (report.tables().keySet().stream().noneMatch(x -> sameSlot(x, t))) {
        findings.add(new ReaderFinding("reader.missing-table", Severity.WARNING, Location.ofLine(1, 0),
            "table " + t.caption() + " (" + t.key() + ") was not found", List.of(t.key())));
      }
    }
  }

  /** Two table types that hold the same printed table (the same section and caption, any edition). */
  private static boolean sameSlot(TableType a, TableType b) {
    return a.section() == b.section() && a.caption().equals(b.caption());
  }

  /**
   * True if a cell both readings read holds different values, or the token stream read as a cell a number the
   * line reading dropped as a page number, or filled a row of a detached block the line reading could not pair
   * (the line reading is then kept).
   */
  private static boolean contradicts(ReadResult grid, TableType gridType, TableReading r) {
    // a number the line reading dropped as a page number after a row it read whole is no cell
    for (ReaderFinding f : grid.findings()) {
      if (f.code().equals("reader.stray-number-dropped") && r.provenance().containsValue(f.location())) {
        return true;
      }
    }
    Table t = r.table();
    // rows of a block of labels printed apart from fewer (or more) value lines: the line reading knows which
    // numbers are in doubt; a stream reading that did not pair the block itself (its detached-labels) gave
    // them to the block's last label
    boolean paired = r.findings().stream().anyMatch(f -> f.code().equals("reader.detached-labels"));
    for (ReaderFinding f : grid.findings()) {
      if (!paired && f.code().equals("reader.detached-unpaired")
          && f.cells().stream().anyMatch(c -> c.table() == t.type() && t.hasRow(c.row())
              && !t.cell(c.row(), c.column()).isBlank())) {
        return true;
      }
    }
    Table g = grid.report().tables().get(gridType);
    if (g == null || gridType != t.type()) {
      return false;
    }
    // a cell the line reading refused (an approximation, a malformed number) is not filled from the stream
    for (ReaderFinding f : grid.findings()) {
      if (f.severity() != Severity.ERROR
          || !(f.code().equals("reader.approximate-value") || f.code().equals("reader.invalid-value"))) {
        continue;
      }
      for (CellRef c : f.cells()) {
        if (c.table() == gridType && t.hasRow(c.row()) && g.cell(c.row(), c.column()).isBlank()
            && !t.cell(c.row(), c.column()).isBlank()) {
          return true;
        }
      }
    }
    for (TableRow row : t.rows()) {
      if (!g.hasRow(row)) {
        continue;
      }
      for (var col : t.columns()) {
        var a = g.cell(row, col);
        var b = t.cell(row, col);
        if (!a.isBlank() && !b.isBlank() && !a.equals(b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int countValues(ReadResult grid, TableType type) {
    int n = 0;
    for (CellRef c : grid.provenance().keySet()) {
      if (c.table() == type) {
        n++;
      }
    }
    return n;
  }

  private static boolean within(ReaderFinding f, TableReading r) {
    return r.covers(f.location()) && !f.code().equals("reader.encoding")
        && !f.code().equals("reader.missing-metadata");
  }

  /**
   * True if the finding may be about the table: it names none of another table's cells (a finding of the
   * line reading naming cells of a table the token stream did not replace stays, even where the regions of
   * the two readings overlap).
   */
  private static boolean about(ReaderFinding f, TableType type) {
    return f.cells().isEmpty() || f.cells().stream().anyMatch(c -> sameSlot(c.table(), type));
  }

  private static boolean missing(ReaderFinding f, TableType type) {
    if (!f.code().equals("reader.missing-table")) {
      return false;
    }
    for (String a : f.arguments()) {
      for (TableType t : TableType.values()) {
        if (t.key().equals(a) && sameSlot(t, type)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Edition edition(Iterable<TableType> types, Edition fallback) {
    Edition s2 = null;
    boolean legacy = false;
    for (TableType t : types) {
      if (t.section() == ReportSection.APPLICATIONS) {
        return t == TableType.APPLICATIONS_2019 ? Edition.V2019 : Edition.V2021;
      }
      if (t.section() == ReportSection.ACTIVE_DISCLOSURE && s2 == null) {
        s2 = t.editions().iterator().next();
      }
      legacy |= t == TableType.LEGACY_STATISTICS;
    }
    return s2 != null ? s2 : legacy ? Edition.LEGACY : fallback;
  }
}
