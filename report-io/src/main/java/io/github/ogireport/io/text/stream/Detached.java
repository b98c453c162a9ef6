package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs value rows with labels printed elsewhere (PDF reading order, converters): when a row's span holds
 * whole rows of values beyond its own ({@code m × k} certain values), and exactly {@code m − 1} rows next to
 * it have no values (labels printed before with empty spans, or labels not found after it: all of them, as
 * far as they go), the values are given to those rows in template order, with a finding. With more empty rows
 * around it than value rows the values are left where they are (the row then reports too many values).
 */
final class Detached {
  private Detached() {}

  static List<List<Tokens.Tok>> assign(List<Tokens.Span> spans, boolean[] found, int k, TableReading.Builder out,
      Stream s, List<TableRow> rows, TableType type) {
    int n = spans.size();
    List<List<Tokens.Tok>> tokens = new ArrayList<>();
    for (Tokens.Span sp : spans) {
      tokens.add(new ArrayList<>(sp.values()));
    }
    for (int r = 0; r < n; r++) {
      List<Tokens.Tok> t = tokens.get(r);
      int c = t.size();
      if (c <= k || c % k != 0) {
        continue;
      }
      int m = c / k;
      int before = 0;
      while (r - before - 1 >= 0 && found[r - before - 1] && tokens.get(r - before - 1).isEmpty()) {
        before++;
      }
      int after = 0;
      while (r + after + 1 < n && !found[r + after + 1] && tokens.get(r + after + 1).isEmpty()) {
        after++;
      }
      if (before + after != m - 1) {
        // more (or fewer) empty rows around it than value rows: which empty rows the values are is not known
        continue;
      }
      int first = r - before;
      List<Tokens.Tok> all = new ArrayList<>(t);
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        tokens.set(first + i, new ArrayList<>(all.subList(i * k, (i + 1) * k)));
        labels.add(rows.get(first + i).label());
      }
      out.finding("reader.detached-labels", Severity.WARNING, s.location(all.get(0).start()),
          m + " rows of values printed together were given to the rows " + String.join(", ", labels)
              + " in the form's order", labels, cellsOf(out, rows.subList(first, first + m)));
    }
    return tokens;
  }

  private static List<io.github.ogireport.model.CellRef> cellsOf(TableReading.Builder out, List<TableRow> rows) {
    List<io.github.ogireport.model.CellRef> cells = new ArrayList<>();
    for (TableRow r : rows) {
      cells.addAll(out.cells(r));
    }
    return cells;
  }
}
