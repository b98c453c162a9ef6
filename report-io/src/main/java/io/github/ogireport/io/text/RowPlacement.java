package io.github.ogireport.io.text;

import io.github.ogireport.io.internal.ParsedNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which printed cell of a row goes to which column when the row does not print exactly one cell
 * per column. Relations are groups of column indexes: the last index of a group is the total of the
 * others.
 */
final class RowPlacement {
  /** The outcome: per column a token, an inferred value, or nothing; plus how it was decided. */
  record Result(Tok[] tokens, Long[] inferred, Outcome outcome, List<String> detail) {}

  enum Outcome {
    EXACT,
    TRIMMED,
    RIGHT_ALIGNED,
    /** Fields in order, fewer than columns, the last ones taken to be lost (among placements the relations allow). */
    SHORT_AT_END,
    INFERRED,
    GLUED_RECOVERED,
    GLUED_AMBIGUOUS,
    /** Glued digits that no split (and no placement) makes consistent with the relations. */
    GLUED_NONE,
    AMBIGUOUS,
    OVERFLOW
  }

  private static final int MAX_GLUED_DIGITS = 24;

  private RowPlacement() {}

  static Result place(List<Tok> cells, int n, List<int[]> relations, boolean exactCells) {
    return place(cells, n, relations, exactCells, false, false);
  }

  /**
   * Places a row's cells.
   *
   * @param separated true if the row's numbers were printed in fields of their own (between tabs, in a
   *     document's cells): without relations to check a split against, such a number is one cell, never glued
   *     digits split by their count alone
   * @param inOrder true if the row's cells are fields in order from its first column (a TAB-separated line: a
   *     TAB text's, a document's table row), where an empty cell inside the row is an empty field: a row short
   *     of cells, with no empty field, lost its last ones (a line trimmed of its trailing empty fields). Among
   *     the placements the relations allow, that one is then taken; otherwise only a placement the relations
   *     alone decide is
   */
  static Result place(List<Tok> cells, int n, List<int[]> relations, boolean exactCells, boolean separated,
      boolean inOrder) {
    if (exactCells && cells.size() == n) {
      return new Result(cells.toArray(new Tok[0]), new Long[n], Outcome.EXACT, List.of());
    }
    List<Tok> s = new ArrayList<>(cells);
    // A document's row with more cells than columns, the extra ones empty at its end (a table whose last
    // column is an empty one, a row with a stray empty cell): only the extra cells go, the row's own empty
    // last cells are blank cells of the table (stripping every empty cell at its end would leave fewer cells
    // than columns, then aligned to the wrong columns)
    boolean keepOwn = exactCells && cells.size() > n;
    while (!s.isEmpty() && s.get(s.size() - 1).kind() == Tok.Kind.SOFT_BLANK && (!keepOwn || s.size() > n)) {
      s.remove(s.size() - 1);
    }
    if (s.size() == n) {
      return new Result(s.toArray(new Tok[0]), new Long[n], keepOwn ? Outcome.TRIMMED : Outcome.EXACT, List.of());
    }
    if (s.size() > n) {
      while (s.size() > n && s.get(0).kind() == Tok.Kind.SOFT_BLANK) {
        s.remove(0);
      }
      if (s.size() == n) {
        return new Result(s.toArray(new Tok[0]), new Long[n], Outcome.TRIMMED, List.of());
      }
      return new Result(new Tok[n], new Long[n], Outcome.OVERFLOW, texts(s));
    }
    boolean hasBlank = s.stream().anyMatch(Tok::isBlank);
    if (hasBlank) {
      Tok[] out = new Tok[n];
      int offset = n - s.size();
      for (int i = 0; i < s.size(); i++) {
        out[offset + i] = s.get(i);
      }
      return new Result(out, new Long[n], Outcome.RIGHT_ALIGNED, texts(s));
    }
    // Values only, fewer than columns: glued digits, or lost cells decided by the relations. A row that
    // printed an empty field between tabs (行政强制⇥34⇥0⇥) kept its cell boundaries: its numbers are not glued.
    boolean fielded = cells.stream().anyMatch(t -> t.kind() == Tok.Kind.SOFT_BLANK)
        || (separated && relations.isEmpty());
    Set<List<Long>> solutions = new LinkedHashSet<>();
    List<Tok[]> tokenSolutions = new ArrayList<>();
    boolean glued = !fielded && gluedSolutions(s, n, relations, solutions, tokenSolutions);
    if (glued) {
      if (solutions.size() == 1) {
        List<Long> v = solutions.iterator().next();
        return new Result(tokenSolutions.get(0), v.toArray(new Long[0]), Outcome.GLUED_RECOVERED, texts(s));
      }
      if (solutions.size() > 1) {
        List<String> d = new ArrayList<>();
        for (List<Long> v : solutions) {
          d.add(v.toString());
        }
        return new Result(new Tok[n], new Long[n], Outcome.GLUED_AMBIGUOUS, d);
      }
    }
    Outcome failure = glued ? Outcome.GLUED_NONE : Outcome.AMBIGUOUS;
    if (relations.isEmpty() || !s.stream().allMatch(t -> t.number() != null && t.number().isInteger()
        && t.number().value().precision() <= 15)) {
      return new Result(new Tok[n], new Long[n], failure, texts(s));
    }
    List<Long> printed = s.stream().map(t -> t.number().value().longValueExact()).toList();
    List<int[]> placements = new ArrayList<>();
    int missing = n - s.size();
    if (missing > 3) {
      return new Result(new Tok[n], new Long[n], failure, texts(s));
    }
    enumerateMissing(n, missing, 0, new int[missing], 0, combo -> {
      Long[] row = new Long[n];
      boolean[] isMissing = new boolean[n];
      for (int m : combo) {
        isMissing[m] = true;
      }
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (!isMissing[i]) {
          row[i] = printed.get(k++);
        }
      }
      if (fill(row, relations)) {
        placements.add(combo.clone());
      }
    });
    // Only a placement that is the one consistent with the relations is taken. A lost total is always
    // consistent (nothing checks it), so preferring it would read a row that lost one of its parts shifted: its
    // printed total taken for its last part (94 2 2 _ 6 3 107 read as 94 2 2 6 3 107 and no total). Lost
    // cells stay blank.
    int[] chosen = placements.size() == 1 ? placements.get(0) : null;
    boolean atEnd = false;
    if (chosen == null && inOrder) {
      for (int[] combo : placements) {
        if (combo[0] == n - missing) { // (combinations are ascending: the first lost cell decides)
          chosen = combo;
          atEnd = true;
          break;
        }
      }
    }
    if (chosen != null) {
      boolean[] isMissing = new boolean[n];
      for (int m : chosen) {
        isMissing[m] = true;
      }
      Tok[] out = new Tok[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (!isMissing[i]) {
          out[i] = s.get(k++);
        }
      }
      return new Result(out, new Long[n], atEnd ? Outcome.SHORT_AT_END : Outcome.INFERRED, texts(s));
    }
    // several placements fit: the row's columns are undecided (said so, whether or not glued digits were tried)
    return new Result(new Tok[n], new Long[n], placements.size() > 1 ? Outcome.AMBIGUOUS : failure, texts(s));
  }

  private interface ComboConsumer {
    void accept(int[] combo);
  }

  private static void enumerateMissing(int n, int count, int start, int[] combo, int depth, ComboConsumer c) {
    if (depth == count) {
      c.accept(combo);
      return;
    }
    for (int i = start; i < n; i++) {
      combo[depth] = i;
      enumerateMissing(n, count, i + 1, combo, depth + 1, c);
    }
  }

  /** Fills the missing cells a relation determines; false if a relation fails or a value would be negative. */
  static boolean fill(Long[] row, List<int[]> relations) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] g : relations) {
        int unknown = -1;
        int unknownCount = 0;
        for (int idx : g) {
          if (row[idx] == null) {
            unknown = idx;
            unknownCount++;
          }
        }
        if (unknownCount == 1) {
          long total = 0;
          int t = g[g.length - 1];
          if (unknown == t) {
            for (int i = 0; i < g.length - 1; i++) {
              total += row[g[i]];
            }
            row[t] = total;
          } else {
            long parts = 0;
            for (int i = 0; i < g.length - 1; i++) {
              if (g[i] != unknown) {
                parts += row[g[i]];
              }
            }
            long v = row[t] - parts;
            if (v < 0) {
              return false;
            }
            row[unknown] = v;
          }
          changed = true;
        } else if (unknownCount == 0 && !holds(row, g)) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean holds(Long[] row, int[] g) {
    long sum = 0;
    for (int i = 0; i < g.length - 1; i++) {
      if (row[g[i]] == null) {
        return true;
      }
      sum += row[g[i]];
    }
    Long total = row[g[g.length - 1]];
    return total == null || total == sum;
  }

  private static boolean gluedSolutions(
      List<Tok> s, int n, List<int[]> relations, Set<List<Long>> out, List<Tok[]> tokensOut) {
    int extra = n - s.size();
    List<Integer> gluable = new ArrayList<>();
    int digits = 0;
    for (int i = 0; i < s.size(); i++) {
      ParsedNumber p = s.get(i).number();
      // without a relation to check a split against, only a run that cannot be one number (a leading zero)
      // is split: any other run (99 +28 for three columns) may be one cell beside a blank lost in printing
      if (p != null && p.isInteger() && !p.explicitSign() && p.unit().isEmpty() && p.digits().length() > 1
          && (!relations.isEmpty() || p.digits().charAt(0) == '0')) {
        gluable.add(i);
        digits += p.digits().length();
      }
    }
    if (gluable.isEmpty() || digits > MAX_GLUED_DIGITS) {
      return false;
    }
    List<List<List<Long>>> perToken = new ArrayList<>();
    for (Tok t : s) {
      ParsedNumber p = t.number();
      List<List<Long>> options = new ArrayList<>();
      if (p != null && gluable.contains(s.indexOf(t))) {
        splits(p.digits(), 0, new ArrayList<>(), options, extra + 1);
      } else if (p != null && p.isInteger() && p.value().precision() <= 15) {
        options.add(List.of(p.value().longValueExact()));
      } else {
        return false;
      }
      perToken.add(options);
    }
    combine(perToken, 0, new ArrayList<>(), n, relations, s, out, tokensOut, new ArrayList<>());
    return true;
  }

  private static void splits(String d, int from, List<Long> acc, List<List<Long>> out, int maxParts) {
    if (out.size() > 2000) {
      return;
    }
    if (from == d.length()) {
      out.add(List.copyOf(acc));
      return;
    }
    if (acc.size() >= maxParts) {
      return;
    }
    for (int to = from + 1; to <= d.length() && to - from <= 15; to++) {
      if (d.charAt(from) == '0' && to - from > 1) {
        break;
      }
      acc.add(Long.parseLong(d.substring(from, to)));
      splits(d, to, acc, out, maxParts);
      acc.remove(acc.size() - 1);
    }
  }

  private static void combine(List<List<List<Long>>> perToken, int i, List<Long> acc, int n,
      List<int[]> relations, List<Tok> s, Set<List<Long>> out, List<Tok[]> tokensOut, List<Tok> accTok) {
    if (out.size() > 50) {
      return;
    }
    if (acc.size() > n) {
      return;
    }
    if (i == perToken.size()) {
      if (acc.size() != n) {
        return;
      }
      Long[] row = acc.toArray(new Long[0]);
      for (int[] g : relations) {
        if (!holds(row, g)) {
          return;
        }
      }
      if (out.add(List.copyOf(acc))) {
        tokensOut.add(accTok.toArray(new Tok[0]));
      }
      return;
    }
    for (List<Long> option : perToken.get(i)) {
      acc.addAll(option);
      for (int k = 0; k < option.size(); k++) {
        accTok.add(s.get(i));
      }
      combine(perToken, i + 1, acc, n, relations, s, out, tokensOut, accTok);
      for (int k = 0; k < option.size(); k++) {
        acc.remove(acc.size() - 1);
        accTok.remove(accTok.size() - 1);
      }
    }
  }

  static List<String> texts(List<Tok> s) {
    List<String> out = new ArrayList<>();
    for (Tok t : s) {
      out.add(t.isBlank() ? "" : t.text().strip());
    }
    return out;
  }

  static BigDecimal value(Tok t) {
    return t.number().value();
  }
}
