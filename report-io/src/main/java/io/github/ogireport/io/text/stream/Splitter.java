package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Cell;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5 of the token-stream reader: the ways a row's digits can be the row's cells. The digits of a row
 * come as tokens separated by boundaries; a hard boundary always ends a cell, a soft one (a single space)
 * ends a cell unless {@code relaxed}, and inside a token a cell may end between any two digits (glued
 * digits), except inside a thousands group ({@code 1,234}) or a decimal. No cell has a leading zero
 * ({@code 0} itself excepted) or more than 15 digits.
 *
 * <p>The row's relations are sum groups: the cells {@code from..total-1} add up to the cell {@code total}.
 * They prune the search: when the search reaches a group's total its value is known, so the digits that
 * follow must spell it, and a partial sum whose decimal form no longer fits in the remaining digits ends a
 * branch. The search visits at most {@link #NODE_BUDGET} nodes per row; a row that needs more (only
 * adversarial input: a long run of digits with many sums that fit) is reported as undecided, never guessed.
 *
 * <p>Stateless.
 */
final class Splitter {
  /** The most search nodes spent on one row. */
  static final int NODE_BUDGET = 50_000;

  /** The most splits collected for one row. */
  static final int MAX_SPLITS = 64;

  /** A sum relation within a row: cells {@code from} to {@code total - 1} add up to cell {@code total}. */
  record Group(int from, int total) {}

  /** The outcome: the splits found (each one cell text per column), and whether the search was cut short. */
  record Result(List<String[]> splits, boolean exhausted, boolean truncated) {
    boolean unique() {
      return splits.size() == 1 && !truncated && !exhausted;
    }
  }

  private Splitter() {}

  /**
   * Splits digits into {@code k} cells.
   *
   * @param digits the digits of the row's tokens, concatenated
   * @param boundary for each position {@code 1..n-1} between two digits: 2 must split, 1 soft, 0 may split,
   *     -1 must not split
   */
  static Result split(String digits, byte[] boundary, int k, List<Group> groups, boolean relaxed) {
    Search s = new Search(digits, boundary, k, groups, relaxed);
    s.run(0, 0);
    return new Result(s.out, s.nodes > NODE_BUDGET, s.out.size() >= MAX_SPLITS);
  }

  private static final class Search {
    final String digits;
    final byte[] boundary;
    final int k;
    final int[] groupOfTotal;
    final int[] groupStart;
    final boolean relaxed;
    /** Where each cell placed so far begins and ends in the digits. */
    final int[] partFrom;
    final int[] partTo;
    final long[] values;
    final int[] forcedFrom;
    /** suffixValue[m]: the number the last m digits spell (m ≤ 15), an upper bound of a last cell of m digits or fewer. */
    final long[] suffixValue;
    final List<String[]> out = new ArrayList<>();
    int nodes;

    Search(String digits, byte[] boundary, int k, List<Group> groups, boolean relaxed) {
      this.digits = digits;
      this.boundary = boundary;
      this.k = k;
      this.relaxed = relaxed;
      this.partFrom = new int[k];
      this.partTo = new int[k];
      this.values = new long[k];
      // forcedFrom[p]: the hard splits at positions p..n-1
      this.forcedFrom = new int[digits.length() + 2];
      for (int p = digits.length() - 1; p >= 1; p--) {
        forcedFrom[p] = forcedFrom[p + 1] + (mustSplitAt(boundary, p, relaxed) ? 1 : 0);
      }
      this.suffixValue = new long[16];
      long pow = 1;
      for (int m = 1; m <= 15 && m <= digits.length(); m++) {
        suffixValue[m] = suffixValue[m - 1] + (digits.charAt(digits.length() - m) - '0') * pow;
        pow *= 10;
      }
      this.groupOfTotal = new int[k];
      this.groupStart = new int[k];
      java.util.Arrays.fill(groupOfTotal, -1);
      for (int g = 0; g < groups.size(); g++) {
        groupOfTotal[groups.get(g).total()] = g;
        groupStart[groups.get(g).total()] = groups.get(g).from();
      }
    }

    boolean mustSplit(int pos) {
      return mustSplitAt(boundary, pos, relaxed);
    }

    static boolean mustSplitAt(byte[] boundary, int pos, boolean relaxed) {
      byte b = boundary[pos];
      return b == 2 || (b == 1 && !relaxed);
    }

    boolean maySplit(int pos) {
      return boundary[pos] >= 0;
    }

    /** The number of hard splits between positions (from, to), exclusive. */
    int forcedBetween(int from, int to) {
      return to == digits.length() ? forcedFrom[from + 1] : forcedFrom[from + 1] - forcedFrom[to];
    }

    void run(int pos, int cell) {
      if (++nodes > NODE_BUDGET || out.size() >= MAX_SPLITS) {
        return;
      }
      int n = digits.length();
      if (cell == k) {
        if (pos == n) {
          String[] parts = new String[k];
          for (int c = 0; c < k; c++) {
            parts[c] = digits.substring(partFrom[c], partTo[c]);
          }
          out.add(parts);
        }
        return;
      }
      int remainingCells = k - cell;
      if (n - pos < remainingCells || forcedBetween(pos, n) > remainingCells - 1) {
        return;
      }
      if (groupOfTotal[cell] >= 0) {
        long sum = 0;
        for (int c = groupStart[cell]; c < cell; c++) {
          sum += values[c];
        }
        int end = pos + decimalDigits(sum);
        if (end <= n && spells(pos, end, sum) && cellFits(pos, end)) {
          place(cell, pos, end, sum);
          run(end, cell + 1);
        }
        return;
      }
      int maxEnd = digits.charAt(pos) == '0' ? pos + 1 : Math.min(n, pos + 15);
      long v = 0;
      for (int end = pos + 1; end <= maxEnd; end++) {
        v = v * 10 + (digits.charAt(end - 1) - '0'); // the digits [pos, end) as a number
        if (end < n && !maySplit(end)) {
          continue;
        }
        if (!sumFits(cell, v, end)) {
          break; // a longer cell only makes the pending sum larger
        }
        place(cell, pos, end, v);
        run(end, cell + 1);
        if (end < n && mustSplit(end)) {
          break;
        }
      }
    }

    /** True if the digits [from, to) are the decimal form of {@code v} (as many digits as it has). */
    boolean spells(int from, int to, long v) {
      for (int p = to - 1; p >= from; p--) {
        if (digits.charAt(p) - '0' != v % 10) {
          return false;
        }
        v /= 10;
      }
      return v == 0;
    }

    /** The cell [from, to) is a valid number: no leading zero, no forced split inside. */
    boolean cellFits(int from, int to) {
      if (to - from > 15 || (digits.charAt(from) == '0' && to - from > 1)) {
        return false;
      }
      for (int p = from + 1; p < to; p++) {
        if (mustSplit(p)) {
          return false;
        }
      }
      return to == digits.length() || maySplit(to);
    }

    /** The pending sum of the group this cell is an addend of still fits in the remaining digits. */
    boolean sumFits(int cell, long v, int end) {
      for (int t = cell + 1; t < k; t++) {
        if (groupOfTotal[t] >= 0 && groupStart[t] <= cell) {
          long sum = v;
          for (int c = groupStart[t]; c < cell; c++) {
            sum += values[c];
          }
          int cellsBetween = t - cell - 1;
          int digitsLeft = digits.length() - end - cellsBetween;
          if (t == k - 1) {
            // the total is the row's last cell: at most the number its longest possible digits spell
            return digitsLeft >= 1 && sum <= suffixValue[Math.min(15, digitsLeft)];
          }
          return sum <= Cell.MAX_MAGNITUDE && decimalDigits(sum) <= digitsLeft;
        }
      }
      return true;
    }

    void place(int cell, int from, int to, long v) {
      partFrom[cell] = from;
      partTo[cell] = to;
      values[cell] = v;
    }

    /** The length of the decimal form of a non-negative number ({@code Long.toString(v).length()}). */
    static int decimalDigits(long v) {
      int d = 1;
      while (v >= 10) {
        v /= 10;
        d++;
      }
      return d;
    }
  }
}
