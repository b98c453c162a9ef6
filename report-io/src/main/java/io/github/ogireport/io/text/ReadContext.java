package io.github.ogireport.io.text;

import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the stages of one read share: the lines as printed, how a (line, column) is located, and the one
 * sink of the findings made so far. Nothing else of a read is shared between its stages.
 */
final class ReadContext {
  private final List<String> lines;
  private final boolean cellColumns;
  private final BiFunction<Integer, Integer, Location> locator;
  private final List<ReaderFinding> findings = new ArrayList<>();
  private final BitSet tableRows;

  ReadContext(List<String> lines, boolean cellColumns, BiFunction<Integer, Integer, Location> locator) {
    this(lines, cellColumns, locator, new BitSet());
  }

  ReadContext(List<String> lines, boolean cellColumns, BiFunction<Integer, Integer, Location> locator,
      BitSet tableRows) {
    this.lines = List.copyOf(lines);
    this.cellColumns = cellColumns;
    this.locator = locator;
    this.tableRows = (BitSet) tableRows.clone();
  }

  /**
   * True if the printed line {@code lineNo} (1-based) was a row of a table with explicit cell boundaries (a
   * Markdown pipe row): each of its fields is a cell, a trailing empty one included.
   */
  boolean isTableRow(int lineNo) {
    return lineNo >= 1 && tableRows.get(lineNo - 1);
  }

  /** The lines of the document as printed. */
  List<String> lines() {
    return lines;
  }

  /** The printed line {@code lineNo} (1-based), or the empty string for a line the document does not have. */
  String line(int lineNo) {
    return lineNo >= 1 && lineNo <= lines.size() ? lines.get(lineNo - 1) : "";
  }

  /** True if the printed line {@code lineNo} holds a letter (a label, a heading: not a line of values only). */
  boolean hasLetter(int lineNo) {
    String text = line(lineNo);
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True if a token's column is its cell's index (cells of a document table), not a character position. */
  boolean cellColumns() {
    return cellColumns;
  }

  Location location(int line, int col) {
    Location l = locator.apply(line, col);
    return l == null ? Location.ofLine(line, col) : l;
  }

  Location location(Tok t) {
    return location(t.line(), t.col());
  }

  /** A finding about no particular cell. */
  void finding(String code, Severity severity, Location location, String message, List<String> args) {
    finding(List.of(), code, severity, location, message, args);
  }

  /**
   * A finding about the cells being placed ({@code about}); an INFO finding (but {@code reader.empty-row})
   * names no cell.
   */
  void finding(List<CellRef> about, String code, Severity severity, Location location, String message,
      List<String> args) {
    findings.add(new ReaderFinding(code, severity, location, message.replace('\n', ' '), args,
        severity == Severity.INFO && !code.equals("reader.empty-row") ? List.of() : about));
  }

  void add(ReaderFinding f) {
    findings.add(f);
  }

  /** True if a finding so far names a cell of the row. */
  boolean named(TableType type, TableRow row) {
    for (ReaderFinding f : findings) {
      for (CellRef c : f.cells()) {
        if (c.table() == type && c.row().equals(row)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The findings so far, by line (in the order they were made within a line). */
  List<ReaderFinding> sortedByLine() {
    List<ReaderFinding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt((ReaderFinding f) -> f.location().line()));
    return sorted;
  }
}
