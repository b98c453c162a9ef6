package io.github.ogireport.io.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the values of a row that prints fewer values than columns by where they stand in a space-aligned
 * layout ({@code pdftotext -layout}): each value column's extent (first to last display column its cells
 * occupy) is learned from the two complete rows nearest to the row (one value per column, on one line, no
 * TAB; the nearest above and below, else the two nearest on one side), which must be aligned with each
 * other column by column; each printed value goes to the one column whose extent it overlaps (or, if it
 * overlaps none, lies within two display columns of, nearer than of any other). Right-, left- and
 * centre-aligned numbers all overlap their column's extent. Display columns count East Asian wide
 * characters (CJK ideographs, kana, hangul, full-width forms) as two, so labels in Chinese do not shift the
 * positions. The placement is used only when every value maps to a distinct column, in printed order, and
 * the placed values contradict none of the table's relations. When no row of the table is complete (every
 * row prints only some columns, e.g. only 总计, V5), {@link #placeByHeader} uses the display extents of the
 * column header labels instead (a label broken across lines is found by its first line's piece).
 */
final class ColumnPositions {
  /** How far (in display columns) a value may stand outside every learned extent and still be placed. */
  private static final int SLACK = 2;

  private ColumnPositions() {}

  /**
   * The token per column, or null when the positions do not decide.
   *
   * @param cells the row's cells (soft blanks ignored)
   * @param n the number of columns
   * @param others the cells of the other rows of the same table region
   * @param relations the table's relations (the last index of a group is the total of the others)
   * @param rawLines the document's lines as given (1-based line numbers index them)
   */
  static Tok[] place(List<Tok> cells, int n, List<List<Tok>> others, List<int[]> relations,
      List<String> rawLines) {
    List<Tok> values = valuesOnOneLine(cells, rawLines);
    if (values == null || values.isEmpty() || values.size() >= n) {
      return null;
    }
    int line = values.get(0).line();
    List<List<Tok>> above = new ArrayList<>();
    List<List<Tok>> below = new ArrayList<>();
    for (List<Tok> o : others) {
      List<Tok> v = valuesOnOneLine(o, rawLines);
      if (v != null && v.size() == n && v.get(0).line() != line) {
        (v.get(0).line() < line ? above : below).add(v);
      }
    }
    above.sort((x, y) -> Integer.compare(y.get(0).line(), x.get(0).line()));
    below.sort((x, y) -> Integer.compare(x.get(0).line(), y.get(0).line()));
    List<Tok> first;
    List<Tok> second;
    if (!above.isEmpty() && !below.isEmpty()) {
      first = above.get(0);
      second = below.get(0);
    } else if (above.size() >= 2) {
      first = above.get(0);
      second = above.get(1);
    } else if (below.size() >= 2) {
      first = below.get(0);
      second = below.get(1);
    } else {
      return null; // no evidence that the region is aligned in columns
    }
    int[] from = new int[n];
    int[] to = new int[n];
    for (int c = 0; c < n; c++) {
      int[] a = span(first.get(c), rawLines);
      int[] b = span(second.get(c), rawLines);
      if (a[0] > b[1] || b[0] > a[1]) {
        return null; // the two reference rows are not aligned: not a column layout
      }
      from[c] = Math.min(a[0], b[0]);
      to[c] = Math.max(a[1], b[1]);
    }
    for (int c = 1; c < n; c++) {
      if (from[c] <= to[c - 1]) {
        return null; // the learned columns overlap: the two reference rows disagree
      }
    }
    return assign(values, from, to, relations, rawLines);
  }

  /**
   * The token per column for a row printing fewer values than columns in a table where no row is complete
   * (V5), placed by the header labels' display extents instead of complete rows; null when the positions
   * do not decide, when the header extents are missing or out of order, or when some other row is complete
   * (then {@link #place} decides).
   *
   * @param header the first and last display column of each column's header label, in column order
   */
  static Tok[] placeByHeader(List<Tok> cells, int n, List<List<Tok>> others, List<int[]> relations,
      List<String> rawLines, int[][] header) {
    if (header == null || header.length != n) {
      return null;
    }
    List<Tok> values = valuesOnOneLine(cells, rawLines);
    if (values == null || values.isEmpty() || values.size() >= n) {
      return null;
    }
    for (List<Tok> o : others) {
      List<Tok> v = valuesOnOneLine(o, rawLines);
      if (v != null && v.size() == n) {
        return null;
      }
    }
    int[] from = new int[n];
    int[] to = new int[n];
    for (int c = 0; c < n; c++) {
      from[c] = header[c][0];
      to[c] = header[c][1];
      if (c > 0 && from[c] <= to[c - 1]) {
        return null;
      }
    }
    return assign(values, from, to, relations, rawLines);
  }

  /**
   * The display extent of each column's header label among the header tokens: the one token whose text is
   * the label or (a label broken across lines) a prefix of it of at least two characters. Null when a
   * label is missing or found more than once.
   */
  static int[][] headerExtents(List<Tok> headerTokens, List<String> labels, List<String> rawLines) {
    int[][] out = new int[labels.size()][];
    for (int c = 0; c < labels.size(); c++) {
      String label = labels.get(c);
      for (Tok t : headerTokens) {
        if (t.kind() != Tok.Kind.TEXT || t.line() < 1 || t.line() > rawLines.size()
            || rawLines.get(t.line() - 1).indexOf('\t') >= 0) {
          continue;
        }
        String k = t.key();
        if (k.equals(label) || (k.length() >= 2 && label.startsWith(k))) {
          if (out[c] != null) {
            return null;
          }
          out[c] = span(t, rawLines);
        }
      }
      if (out[c] == null) {
        return null;
      }
    }
    return out;
  }

  private static Tok[] assign(List<Tok> values, int[] from, int[] to, List<int[]> relations,
      List<String> rawLines) {
    int n = from.length;
    Tok[] out = new Tok[n];
    int previous = -1;
    for (Tok t : values) {
      int c = column(span(t, rawLines), from, to);
      if (c <= previous) {
        return null;
      }
      out[c] = t;
      previous = c;
    }
    if (!relations.isEmpty()) {
      Long[] row = new Long[n];
      for (int c = 0; c < n; c++) {
        Tok t = out[c];
        if (t != null && t.kind() == Tok.Kind.NUMBER && t.number().isInteger()
            && t.number().value().precision() <= 15) {
          row[c] = t.number().value().longValueExact();
        }
      }
      if (!RowPlacement.fill(row, relations)) {
        return null;
      }
    }
    return out;
  }

  /** The column a span falls in, or -1 when none or several. */
  private static int column(int[] span, int[] from, int[] to) {
    int found = -1;
    for (int c = 0; c < from.length; c++) {
      if (span[0] <= to[c] && span[1] >= from[c]) {
        if (found >= 0) {
          return -1;
        }
        found = c;
      }
    }
    if (found >= 0) {
      return found;
    }
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (int c = 0; c < from.length; c++) {
      int d = span[1] < from[c] ? from[c] - span[1] : span[0] - to[c];
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
        tie = true;
      }
    }
    return tie || bestDistance > SLACK ? -1 : best;
  }

  /**
   * The non-blank cells of a row when they are all values (numbers or blank markers) on one line without
   * TAB; null otherwise.
   */
  private static List<Tok> valuesOnOneLine(List<Tok> cells, List<String> rawLines) {
    List<Tok> out = new ArrayList<>();
    for (Tok t : cells) {
      if (t.kind() == Tok.Kind.SOFT_BLANK) {
        return null; // only lines with TABs have soft blanks
      }
      if (t.kind() == Tok.Kind.TEXT || (!out.isEmpty() && t.line() != out.get(0).line())) {
        return null;
      }
      out.add(t);
    }
    if (out.isEmpty()) {
      return out;
    }
    int line = out.get(0).line();
    if (line < 1 || line > rawLines.size() || rawLines.get(line - 1).indexOf('\t') >= 0) {
      return null;
    }
    return out;
  }

  /** The first and last display column (0-based, inclusive) a token occupies on its line. */
  private static int[] span(Tok t, List<String> rawLines) {
    String raw = rawLines.get(t.line() - 1);
    int start = Math.min(t.col() - 1, raw.length());
    int end = Math.min(start + t.text().length(), raw.length());
    int s = displayWidth(raw, 0, start);
    int e = s + displayWidth(raw, start, end);
    return new int[] {s, Math.max(s, e - 1)};
  }

  /** The display width of {@code text[from, to)}: two for East Asian wide characters, else one. */
  static int displayWidth(CharSequence text, int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue; // counted with its high surrogate
      }
      if (Character.isHighSurrogate(c)) {
        w += 2; // supplementary ideographs (CJK extensions B and later)
      } else {
        w += isWide(c) ? 2 : 1;
      }
    }
    return w;
  }

  /** True for East Asian wide and full-width characters of the Basic Multilingual Plane. */
  static boolean isWide(char c) {
    return (c >= '\u1100' && c <= '\u115F') // hangul jamo
        || (c >= '\u2E80' && c <= '\u303E') // CJK radicals, punctuation (、。「」), ideographic space
        || (c >= '\u3041' && c <= '\u33FF') // kana, CJK compatibility
        || (c >= '\u3400' && c <= '\u4DBF') // CJK extension A
        || (c >= '\u4E00' && c <= '\u9FFF') // CJK unified ideographs
        || (c >= '\uA000' && c <= '\uA4CF') // Yi
        || (c >= '\uAC00' && c <= '\uD7A3') // hangul syllables
        || (c >= '\uF900' && c <= '\uFAFF') // CJK compatibility ideographs
        || (c >= '\uFE30' && c <= '\uFE4F') // CJK compatibility forms
        || (c >= '\uFF00' && c <= '\uFF60') // full-width forms (（），：１２)
        || (c >= '\uFFE0' && c <= '\uFFE6'); // full-width signs
  }
}
