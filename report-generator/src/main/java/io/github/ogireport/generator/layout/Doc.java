package io.github.ogireport.generator.layout;

import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The printed content of a report in the official wording and order, before any layout: a title and a
 * sequence of headings, paragraphs and tables. Every family renders a {@code Doc}; a family that changes
 * words (typos, provincial names) changes the {@code Doc} first.
 *
 * @param title the title line
 * @param parts the headings, paragraphs and tables in printed order
 */
record Doc(String title, List<Part> parts) {
  Doc {
    parts = List.copyOf(parts);
  }

  /** One printed part. */
  sealed interface Part permits Heading, Paragraph, Grid {}

  /**
   * A heading.
   *
   * @param text the heading as printed
   * @param section true for the heading of a report section (一 … 六), false for a narrative sub-heading
   */
  record Heading(String text, boolean section) implements Part {}

  /** A paragraph of narrative text. */
  record Paragraph(String text) implements Part {}

  /**
   * A printed table.
   *
   * @param type the table type
   * @param caption the caption printed above the table, empty if none
   * @param header the header lines, each a list of cells ({@code ""} where a merged cell continues)
   * @param rows the body rows
   */
  record Grid(TableType type, String caption, List<List<String>> header, List<Row> rows) implements Part {
    Grid {
      header = header.stream().map(List::copyOf).toList();
      rows = List.copyOf(rows);
    }

    /** The number of value columns. */
    int width() {
      return rows.isEmpty() ? 0 : rows.get(0).values().size();
    }

    /** This grid with every header word and label passed through {@code words}. */
    Grid mapWords(UnaryOperator<String> words) {
      List<List<String>> h = header.stream()
          .map(line -> line.stream().map(c -> c.isEmpty() ? c : words.apply(c)).toList())
          .toList();
      List<Row> r = new ArrayList<>();
      for (Row row : rows) {
        r.add(new Row(row.row(), row.labels().stream().map(words).toList(), row.unit(), row.values()));
      }
      return new Grid(type, caption.isEmpty() ? caption : words.apply(caption), h, r);
    }
  }

  /**
   * A body row.
   *
   * @param row the table row shown, {@code null} for the single value row of section 四
   * @param labels the label cells printed before the values: group labels where a group starts, then the
   *     row's own label (empty for section 四)
   * @param unit the unit cell of the legacy form, empty elsewhere
   * @param values the printed value cells, {@code ""} for a blank cell
   */
  record Row(TableRow row, List<String> labels, String unit, List<String> values) {
    Row {
      labels = List.copyOf(labels);
      values = List.copyOf(values);
    }

    /** The row's own label (the last label cell), or empty. */
    String label() {
      return labels.isEmpty() ? "" : labels.get(labels.size() - 1);
    }

    /** The values with blank cells replaced by {@code blank}. */
    List<String> values(String blank) {
      return values.stream().map(v -> v.isEmpty() ? blank : v).toList();
    }
  }

  /** This document with every heading, header word and row label passed through the given functions. */
  Doc mapWords(UnaryOperator<String> headings, UnaryOperator<String> labels) {
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Heading h) {
        out.add(new Heading(headings.apply(h.text()), h.section()));
      } else if (p instanceof Grid g) {
        out.add(g.mapWords(labels));
      } else {
        out.add(p);
      }
    }
    return new Doc(title, out);
  }
}
