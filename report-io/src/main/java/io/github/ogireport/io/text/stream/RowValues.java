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

  /** True if every group's cells add up to its total, blank cells counted as 0. */
  private static boolean holds(Long[] v, List<Splitter.Group> groups) {
    for (Splitter.Group g : groups) {
      long sum = 0;
      for (int i = g.from(); i < g.total(); i++) {
        sum += v[i] == null ? 0 : v[i];
      }
      if (sum != (v[g.total()] == null ? 0 : v[g.total()])) {
        return false;
      }
    }
    return true;
  }

  /** The candidates for a row of {@code k} count cells with the given sum groups; single spaces end cells. */
  static Options of(List<Tokens.Tok> tokens, int k, List<Splitter.Group> groups) {
    return of(tokens, k, groups, true);
  }

  /**
   * The candidates for a row of {@code k} count cells with the given sum groups.
   *
   * @param softReliable false in a document whose cells are glued, where a single space inside a row is as
   *     likely a stray space in a number as a cell boundary
   */
  static Options of(List<Tokens.Tok> tokens, int k, List<Splitter.Group> groups, boolean softReliable) {
    List<Tokens.Tok> t = new ArrayList<>(tokens);
    while (t.size() > k && t.get(t.size() - 1).blank()) {
      t.remove(t.size() - 1);
    }
    while (t.size() > k && t.get(0).blank()) {
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
    StringBuilder digits = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    List<Byte> bounds = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Tokens.Tok x = t.get(i);
      for (int j = 0; j < x.digits().length(); j++) {
        if (digits.length() > 0) {
          bounds.add(j > 0 ? (x.grouped() ? (byte) -1 : 0) : (x.gapBefore() == Stream.SOFT ? (byte) 1 : (byte) 2));
        } else {
          bounds.add((byte) 2);
        }
        digits.append(x.digits().charAt(j));
        origin.add(x.start() + j + (x.signed() ? 1 : 0));
      }
    }
    byte[] b = new byte[bounds.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = bounds.get(i);
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
        at[i] = origin.get(pos);
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
