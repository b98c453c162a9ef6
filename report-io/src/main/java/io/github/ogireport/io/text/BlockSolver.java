package io.github.ogireport.io.text;

import io.github.ogireport.io.internal.ParsedNumber;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arranges the numbers of a section 三 table printed without their labels (pdftotext reading order):
 * the sequence is cut into blocks of whole rows, each printed row by row or column by column, and the
 * arrangements whose row totals and column relations all check are returned (distinct grids only).
 */
final class BlockSolver {
  private static final int CAP = 8;
  private static final int COLS = 7;

  private BlockSolver() {}

  static List<Long[][]> solve(List<Tok> numbers, TableType type) {
    int rows = type.rows().size();
    if (numbers.size() != rows * COLS) {
      return List.of();
    }
    long[] v = new long[numbers.size()];
    for (int i = 0; i < v.length; i++) {
      ParsedNumber p = numbers.get(i).number();
      if (p == null || !p.isInteger() || p.value().signum() < 0 || p.value().precision() > 15) {
        return List.of();
      }
      v[i] = p.value().longValueExact();
    }
    Map<Integer, List<long[][]>> memo = new HashMap<>();
    List<long[][]> suffixes = suffix(0, rows, v, memo);
    List<Long[][]> out = new ArrayList<>();
    int total = type.rowIndex(ApplicationRow.TOTAL);
    int forward = type.rowIndex(ApplicationRow.CARRIED_FORWARD);
    for (long[][] g : suffixes) {
      boolean ok = true;
      for (int c = 0; c < COLS && ok; c++) {
        long outcomes = 0;
        for (int r = 2; r < total; r++) {
          outcomes += g[r][c];
        }
        ok = outcomes == g[total][c] && g[0][c] + g[1][c] == g[total][c] + g[forward][c];
      }
      if (ok) {
        Long[][] boxed = new Long[rows][COLS];
        for (int r = 0; r < rows; r++) {
          for (int c = 0; c < COLS; c++) {
            boxed[r][c] = g[r][c];
          }
        }
        out.add(boxed);
      }
    }
    return out;
  }

  /** Distinct arrangements of rows {@code from..rows-1} (capped), each row's total checking. */
  private static List<long[][]> suffix(int from, int rows, long[] v, Map<Integer, List<long[][]>> memo) {
    if (from == rows) {
      List<long[][]> one = new ArrayList<>();
      one.add(new long[0][]);
      return one;
    }
    List<long[][]> cached = memo.get(from);
    if (cached != null) {
      return cached;
    }
    List<long[][]> result = new ArrayList<>();
    for (int k = 1; from + k <= rows && result.size() <= CAP; k++) {
      for (int orientation = 0; orientation < (k == 1 ? 1 : 2); orientation++) {
        long[][] block = new long[k][COLS];
        int base = from * COLS;
        for (int i = 0; i < k * COLS; i++) {
          int r = orientation == 0 ? i / COLS : i % k;
          int c = orientation == 0 ? i % COLS : i / k;
          block[r][c] = v[base + i];
        }
        boolean ok = true;
        for (long[] row : block) {
          long sum = 0;
          for (int c = 0; c < COLS - 1; c++) {
            sum += row[c];
          }
          if (sum != row[COLS - 1]) {
            ok = false;
            break;
          }
        }
        if (!ok) {
          continue;
        }
        for (long[][] rest : suffix(from + k, rows, v, memo)) {
          long[][] g = new long[k + rest.length][];
          System.arraycopy(block, 0, g, 0, k);
          System.arraycopy(rest, 0, g, k, rest.length);
          if (result.stream().noneMatch(x -> Arrays.deepEquals(x, g))) {
            result.add(g);
          }
          if (result.size() > CAP) {
            break;
          }
        }
      }
    }
    memo.put(from, result);
    return result;
  }

  /** The printed token a grid value most likely came from (for provenance): the first unused equal number. */
  static Tok source(List<Tok> numbers, Long[][] grid, int r, int c) {
    // Row-major position is exact for row-printed blocks; otherwise any equal number in the row's span.
    int i = r * COLS + c;
    Tok t = numbers.get(i);
    if (t.number().value().longValue() == grid[r][c]) {
      return t;
    }
    for (Tok x : numbers) {
      if (x.number().value().longValue() == grid[r][c]) {
        return x;
      }
    }
    return t;
  }
}
