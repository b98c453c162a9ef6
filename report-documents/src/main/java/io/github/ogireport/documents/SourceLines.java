package io.github.ogireport.documents;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.text.TextReportReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a document reader hands to the text reader, each with where it came from: text lines
 * (paragraphs, headings) with one location, and table rows whose cells are joined by TAB, each cell with
 * its own location.
 */
final class SourceLines {
  /** The most lines of one document (the text reader's own limit). */
  static final int MAX_LINES = 400_000;

  private final List<String> lines = new ArrayList<>();
  private final List<Location[]> where = new ArrayList<>();

  /** Adds a text line. */
  void text(String line, Location location) {
    check(location);
    lines.add(line.replace('\r', ' ').replace('\n', ' '));
    where.add(new Location[] {location});
  }

  /** Adds a table row: its cell texts (no TAB inside) and their locations, in the same order. */
  void row(List<String> cells, List<Location> locations) {
    check(locations.isEmpty() ? Location.unknown() : locations.get(0));
    lines.add(String.join("\t", cells));
    where.add(locations.toArray(new Location[0]));
  }

  private void check(Location location) {
    if (lines.size() >= MAX_LINES) {
      throw new InputLimitException("document has more than " + MAX_LINES + " lines", location);
    }
  }

  /** The lines, as given. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** True if no line has any non-blank text. */
  boolean isBlank() {
    return lines.stream().allMatch(String::isBlank);
  }

  /** The location of the {@code cell}-th (1-based) TAB-separated field of the {@code line}-th (1-based) line. */
  Location locate(int line, int cell) {
    if (line < 1 || line > where.size()) {
      return Location.unknown();
    }
    Location[] cells = where.get(line - 1);
    if (cells.length == 0) {
      return Location.unknown();
    }
    int i = Math.max(0, Math.min(cells.length - 1, cell - 1));
    return cells[i];
  }

  /** Reads the lines with the text reader; a defect of the text reader surfaces as the library's exception. */
  ReadResult read(TextReportReader reader) {
    try {
      return reader.read(lines(), this::locate);
    } catch (ReportException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new TableFormatException(
          "the document's text could not be read: " + e.getClass().getSimpleName(), Location.unknown(), e);
    }
  }
}
