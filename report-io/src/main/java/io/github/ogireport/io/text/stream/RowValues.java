package io.github.ogireport.io.text.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * The possible cell values of one row from its tokens: certain when the tokens are the row's cells one for
 * one (boundaries printed), otherwise the splits of its digits that satisfy the row's own sums. A value is
 * {@code null} for a blank cell.
 */
final class RowValues {
  /** How the row's values were found. */
  enum Kind {
    /** One token per cell. */
    CERTAIN,
    /** Digits split by the row's sums: one or more candidates. */
    SPLIT,
    /** Tokens separated by single spaces merged (a stray space in a number): one or more candidates. */
    MERGED,
    /** No values at all. */
    EMPTY,
    /** The tokens cannot be this row's cells (blanks with lost cells, decimals in counts, too many). */
    IMPOSSIBLE
  }

  /** A row's candidates, each one value per cell, with the token each cell came from (its stream start). */
  record Options(Kind kind, List<Long[]> candidates, List<int[]> starts, boolean searchCut, String why) {
    boolean decided() {
      return candidates.size() == 1 && !searchCut;
    }
  }

  private RowValues() {}

  /** The most search steps spent on a row of glued runs and blank markers. */
  private static final int MARKER_BUDGET = 20_000;

  /** The candidates kept for one row of glued runs and markers. */
  private static final int MAX_CANDIDATES = 16;

  /**
   * The splits of a glued row whose blank cells are markers: every marker one blank cell, every digit run one
   * or more cells (no part but 0 itself starting with 0), {@code k} cells in all, accepted only where every
   * group holding a split run has a printed total its parts add up to (blank cells 0) and every other group
   * with a printed total holds too. Null when no run needs splitting or the search ran out.
   */
  private static Options withMarkers(List<Tokens.Tok> t, int k, List<Splitter.Group> groups) {
    for (Tokens.Tok x : t) {
      if (!x.blank() && (x.grouped() || x.digits().length() > 15 * k)) {
        return null;
      }
    }
    List<Long[]> cands = new ArrayList<>();
    List<int[]> starts = new ArrayList<>();
    Long[] v = new Long[k];
    int[] at = new int[k];
    int[] origin = new int[k]; // the token each cell came from
    int[] steps = {0};
    boolean complete = search(t, 0, 0, 0, k, groups, v, at, origin, cands, starts, steps);
    if (!complete || cands.isEmpty()) {
      return null;
    }
    return new Options(Kind.SPLIT, cands, starts, false, "");
  }

  private static boolean search(List<Tokens.Tok> t, int ti, int pos, int cell, int k, List<Splitter.Group> groups,
      Long[] v, int[] at, int[] origin, List<Long[]> cands, List<int[]> starts, int[] steps) {
    if (++steps[0] > MARKER_BUDGET || cands.size() > MAX_CANDIDATES) {
      return false;
    }
    if (ti == t.size()) {
      if (cell == k && holdsWithSplits(v, origin, groups)) {
        cands.add(v.clone());
        starts.add(at.clone());
      }
      return true;
    }
    if (cell >= k) {
      return true;
    }
    Tokens.Tok x = t.get(ti);
    if (x.blank()) {
      v[cell] = null;
      at[cell] = x.start();
      origin[cell] = ti;
      return search(t, ti + 1, 0, cell + 1, k, groups, v, at, origin, cands, starts, steps);
    }
    String d = x.digits();
    // the rest of this run's digits as the cell, or a part of them (the run continues into the next cell)
    for (int end = pos + 1; end <= d.length() && end - pos <= 15; end++) {
      if (d.charAt(pos) == '0' && end - pos > 1) {
        break;
      }
      v[cell] = Long.parseLong(d.substring(pos, end));
      at[cell] = x.start() + pos + (x.signed() ? 1 : 0);
      origin[cell] = ti;
      boolean ok = end == d.length()
          ? search(t, ti + 1, 0, cell + 1, k, groups, v, at, origin, cands, starts, steps)
          : search(t, ti, end, cell + 1, k, groups, v, at, origin, cands, starts, steps);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Every group holds with a printed total (blank cells 0); a group holding a split run must have one. */
  private static boolean holdsWithSplits(Long[] v, int[] origin, List<Splitter.Group> groups) {
    for (Splitter.Group g : groups) {
      boolean split = false;
      for (int i = g.from(); i <= g.total(); i++) {
        int o = origin[i];
        split |= (i > 0 && origin[i - 1] == o) || (i + 1 < origin.length && origin[i + 1] == o);
      }
      if (v[g.total()] == null ? split : !holds(v, g)) {
        return false;
      }
    }
    return true;
  }

  /** True if every group's cells add up to its total, blank cells counted as 0. */
  private static boolean holds(Long[] v, List<Splitter.Group> groups) {
    return groups.stream().allMatch(g -> holds(v, g));
  }

  private static boolean holds(Long[] v, Splitter.Group g) {
    long sum = 0;
    for (int i = g.from(); i < g.total(); i++) {
      sum += v[i] == null ? 0 : v[i];
    }
    return sum == (v[g.total()] == null ? 0 : v[g.total()]);
  }

  /** The candidates for a row of {@code k} count cells with the given sum groups; single spaces end cells. */
  static Options of(List<Tokens.Tok> tokens, int k, List<Splitter.Group> groups) {
    return of(tokens, k, groups, true);
  }

  /**
   * The candidates for a row whose last digit run may end with the numbering of the text after it: the run is
   * glued to a numbering mark and a word ({@code …2824.政府信息公开行政复议…}, the next heading numbered 4.), so
   * its last digit is a value's or that numbering's. Both readings' candidates are kept (the table's relations
   * choose); a row of one reading only is read as {@link #of(List, int, List, boolean)} would.
   */
  static Options of(Stream s, List<Tokens.Tok> tokens, int k, List<Splitter.Group> groups, boolean softReliable) {
    Options whole = of(tokens, k, groups, softReliable);
    if (tokens.isEmpty()) {
      return whole;
    }
    Tokens.Tok last = tokens.get(tokens.size() - 1);
    int e = last.end();
    if (last.blank() || last.decimal() || last.grouped() || last.digits().length() < 2 || e + 1 >= s.length()
        || s.gapBefore(e) != Stream.NONE || (s.charAt(e) != '.' && s.charAt(e) != '、')
        || Stream.isAsciiDigit(s.charAt(e + 1)) || !Character.isLetter(s.charAt(e + 1))) {
      return whole;
    }
    List<Tokens.Tok> cut = new ArrayList<>(tokens);
    cut.set(cut.size() - 1, new Tokens.Tok(last.text().substring(0, last.text().length() - 1), last.start(), e - 1,
        last.gapBefore(), false, false, last.signed(), false, last.unit(), last.gluedToText()));
    Options shorter = of(cut, k, groups, softReliable);
    if (shorter.candidates().isEmpty()) {
      return whole;
    }
    if (whole.candidates().isEmpty()) {
      return new Options(Kind.SPLIT, shorter.candidates(), shorter.starts(), shorter.searchCut(), shorter.why());
    }
    List<Long[]> cands = new ArrayList<>(whole.candidates());
    List<int[]> starts = new ArrayList<>(whole.starts());
    for (int i = 0; i < shorter.candidates().size(); i++) {
      Long[] c = shorter.candidates().get(i);
      if (cands.stream().noneMatch(x -> java.util.Arrays.equals(x, c))) {
        cands.add(c);
        starts.add(shorter.starts().get(i));
      }
    }
    return new Options(Kind.SPLIT, cands, starts, whole.searchCut() || shorter.searchCut(), whole.why());
  }

  /**
   * The candidates for a row of {@code k} count cells with the given sum groups.
   *
   * @param softReliable false in a document whose cells are glued, where a single space inside a row is as
   *     likely a stray space in a number as a cell boundary
   */
  static Options of(List<Tokens.Tok> tokens, int k, List<Splitter.Group> groups, boolean softReliable) {
    List<Tokens.Tok> t = new ArrayList<>(tokens);
    // blank markers beyond the row's cells at either end are none of its cells; but in glued text with a single
    // space among the values the surplus may as well be a stray space inside a number (//////1 1 for six blanks
    // and 11): then no marker is dropped to make the count fit
    boolean strayMayExplain = !softReliable && t.stream().skip(1).anyMatch(x -> x.gapBefore() == Stream.SOFT);
    while (!strayMayExplain && t.size() > k && t.get(t.size() - 1).blank()) {
      t.remove(t.size() - 1);
    }
    while (!strayMayExplain && t.size() > k && t.get(0).blank()) {
      t.remove(0);
    }
    if (t.isEmpty()) {
      return new Options(Kind.EMPTY, List.of(), List.of(), false, "no values");
    }
    for (Tokens.Tok x : t) {
      if (x.decimal() || x.signed()) {
        return new Options(Kind.IMPOSSIBLE, List.of(), List.of(), false, "'" + x.text() + "' is not a count");
      }
    }
    boolean softGaps = t.stream().skip(1).anyMatch(x -> x.gapBefore() == Stream.SOFT);
    if (t.size() == k && (softReliable || !softGaps || t.stream().anyMatch(Tokens.Tok::blank))) {
      Long[] v = new Long[k];
      int[] at = new int[k];
      for (int i = 0; i < k; i++) {
        Tokens.Tok x = t.get(i);
        at[i] = x.start();
        if (!x.blank()) {
          if (x.digits().length() > 15) {
            return new Options(Kind.IMPOSSIBLE, List.of(), List.of(), false, "'" + x.text() + "' has too many digits");
          }
          v[i] = Long.parseLong(x.digits());
        }
      }
      if (!softReliable && softGaps && !holds(v, groups)) {
        // glued text whose row prints blank markers and a single space: the space may be a stray one inside a
        // number (2 68——1—35 for 26, 8), and the row's sums say the cells are not these
        return new Options(Kind.IMPOSSIBLE, List.of(), List.of(), false,
            "a single space among glued cells and the row's sums do not hold with it as a cell boundary");
      }
      return new Options(Kind.CERTAIN, List.<Long[]>of(v), List.<int[]>of(at), false, "");
    }
    boolean blanks = t.stream().anyMatch(Tokens.Tok::blank);
    if (!softReliable && blanks && !softGaps && t.size() < k && !groups.isEmpty()) {
      // glued text whose blank cells are printed as markers (59463////657): each marker is one cell, each
      // digit run one or more; the splits the row's sums allow
      Options o = withMarkers(t, k, groups);
      if (o != null) {
        return o;
      }
    }
    if ((t.size() > 1 || (softReliable && !t.get(0).gluedToText())) && t.size() < k && (softReliable || !softGaps)) {
      // (one number alone, apart from its label in a document that separates its cells, is one cell of a row
      // whose other cells were left empty, not k glued digits)
      // the source printed cell boundaries: the missing cells were lost (or left blank), not glued
      return new Options(Kind.IMPOSSIBLE, List.of(), List.of(), false,
          t.size() == 1 ? "one value for " + k + " cells" : t.size() + " separate values for " + k + " cells");
    }
    if (blanks) {
      return new Options(Kind.IMPOSSIBLE, List.of(), List.of(), false,
          t.size() + " values with blanks for " + k + " cells");
    }
    int total = 0;
    for (Tokens.Tok x : t) {
      total += x.digits().length();
    }
    StringBuilder digits = new StringBuilder(total);
    int[] origin = new int[total]; // where each digit stands in the stream
    byte[] b = new byte[total]; // the boundary before each digit (see Splitter.split)
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      Tokens.Tok x = t.get(i);
      String d = x.digits();
      for (int j = 0; j < d.length(); j++) {
        if (n > 0) {
          b[n] = j > 0 ? (x.grouped() ? (byte) -1 : 0) : (x.gapBefore() == Stream.SOFT ? (byte) 1 : (byte) 2);
        } else {
          b[n] = 2;
        }
        digits.append(d.charAt(j));
        origin[n] = x.start() + j + (x.signed() ? 1 : 0);
        n++;
      }
    }
    boolean relaxed = t.size() > k || (!softReliable && softGaps);
    if (relaxed && !softGaps) {
      return new Options(Kind.IMPOSSIBLE, List.of(), List.of(), false, t.size() + " values for " + k + " cells");
    }
    Splitter.Result r = Splitter.split(digits.toString(), b, k, groups, relaxed);
    List<Long[]> cands = new ArrayList<>();
    List<int[]> starts = new ArrayList<>();
    for (String[] parts : r.splits()) {
      Long[] v = new Long[k];
      int[] at = new int[k];
      int pos = 0;
      for (int i = 0; i < k; i++) {
        v[i] = Long.parseLong(parts[i]);
        at[i] = origin[pos];
        pos += parts[i].length();
      }
      cands.add(v);
      starts.add(at);
    }
    String why = r.exhausted() ? "the search for splits reached its bound of " + Splitter.NODE_BUDGET + " steps"
        : r.truncated() ? "more than " + Splitter.MAX_SPLITS + " splits" : "";
    return new Options(relaxed ? Kind.MERGED : Kind.SPLIT, cands, starts, r.exhausted() || r.truncated(), why);
  }
}
