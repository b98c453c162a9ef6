package io.github.ogireport.io.text.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage 6 of the token-stream reader: decides glued rows jointly over a table. A row is decided on its own
 * when exactly one split satisfies its own sums; the others are decided by the table's column relations
 * (each a vector of row coefficients that sums to zero in every column): a relation whose other rows are
 * all decided keeps only the candidates that satisfy it, and a relation with a few undecided rows is
 * searched over their candidates (at most {@link #MAX_COMBINATIONS} combinations), deciding a row only when
 * every satisfying combination agrees on it. Nothing is ever chosen among several; a table inconsistent as
 * published keeps the rows that are unique on their own and leaves the rest undecided.
 */
final class TableSolver {
  /** The most candidate combinations tried for one relation. */
  static final int MAX_COMBINATIONS = 50_000;

  private TableSolver() {}

  /** The decided values of each row ({@code null} where undecided). */
  static Long[][] solve(RowValues.Options[] options, List<int[]> relations) {
    int n = options.length;
    Long[][] decided = new Long[n][];
    for (int r = 0; r < n; r++) {
      if (options[r].decided()) {
        decided[r] = options[r].candidates().get(0);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] rel : relations) {
        List<Integer> open = new ArrayList<>();
        boolean usable = true;
        for (int r = 0; r < n; r++) {
          if (rel[r] == 0 || decided[r] != null) {
            continue;
          }
          RowValues.Options o = options[r];
          if (o.candidates().isEmpty() || o.searchCut()) {
            usable = false;
            break;
          }
          open.add(r);
        }
        if (!usable || open.isEmpty()) {
          continue;
        }
        long combos = 1;
        for (int r : open) {
          combos *= options[r].candidates().size();
          if (combos > MAX_COMBINATIONS) {
            break;
          }
        }
        if (combos > MAX_COMBINATIONS) {
          continue;
        }
        int[] pick = new int[open.size()];
        int[] agreed = new int[open.size()];
        Arrays.fill(agreed, -1);
        boolean[] conflict = new boolean[open.size()];
        int satisfying = 0;
        while (true) {
          if (holds(rel, decided, options, open, pick)) {
            satisfying++;
            for (int i = 0; i < open.size(); i++) {
              if (agreed[i] == -1) {
                agreed[i] = pick[i];
              } else if (agreed[i] != pick[i]) {
                conflict[i] = true;
              }
            }
          }
          int i = 0;
          while (i < pick.length && ++pick[i] == options[open.get(i)].candidates().size()) {
            pick[i] = 0;
            i++;
          }
          if (i == pick.length) {
            break;
          }
        }
        if (satisfying == 0) {
          continue;
        }
        for (int i = 0; i < open.size(); i++) {
          if (!conflict[i]) {
            decided[open.get(i)] = options[open.get(i)].candidates().get(agreed[i]);
            changed = true;
          }
        }
      }
    }
    return decided;
  }

  private static boolean holds(int[] rel, Long[][] decided, RowValues.Options[] options, List<Integer> open,
      int[] pick) {
    int cols = -1;
    for (int r = 0; r < rel.length; r++) {
      if (rel[r] != 0 && decided[r] != null) {
        cols = decided[r].length;
        break;
      }
    }
    if (cols < 0) {
      cols = options[open.get(0)].candidates().get(0).length;
    }
    boolean anyColumn = false;
    for (int c = 0; c < cols; c++) {
      long sum = 0;
      boolean blank = false;
      for (int r = 0; r < rel.length && !blank; r++) {
        if (rel[r] == 0) {
          continue;
        }
        Long v;
        int o = open.indexOf(r);
        if (o >= 0) {
          v = options[r].candidates().get(pick[o])[c];
        } else {
          v = decided[r] == null ? null : decided[r][c];
        }
        if (v == null) {
          blank = true;
        } else {
          sum += rel[r] * v;
        }
      }
      if (blank) {
        continue;
      }
      anyColumn = true;
      if (sum != 0) {
        return false;
      }
    }
    return anyColumn;
  }
}
