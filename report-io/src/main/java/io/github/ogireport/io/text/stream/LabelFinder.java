package io.github.ogireport.io.text.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where a label stands in a part of a {@link Stream}, tolerating what damaged text does to labels:
 * letter spacing and line breaks (the stream has no white space), typos and inserted characters, truncation
 * and fragments (a label cut by a page break or a converter). The part is indexed once by its character
 * pairs; a label's pairs vote for alignments (diagonals) and a cluster of votes within two characters of one
 * diagonal is a candidate. Labels shorter than {@link #MIN_FRAGMENT} characters are found only whole.
 *
 * <p>Immutable once built; built per table region.
 */
final class LabelFinder {
  /** The fewest characters of a long label that count as a fragment of it. */
  static final int MIN_FRAGMENT = 6;

  /** A place where a label (or a fragment of it) stands. */
  record Hit(int start, int end, int matched, int labelFrom, int labelTo) {
    /** True if the hit covers the whole label. */
    boolean whole(int labelLength) {
      return labelFrom == 0 && labelTo == labelLength && matched >= labelLength;
    }
  }

  private final Stream stream;
  private final int from;
  private final int to;
  private long[] pairs; // (pair << 32) | position, sorted; built lazily

  LabelFinder(Stream stream, int from, int to) {
    this.stream = stream;
    this.from = from;
    this.to = to;
  }

  /** The pair index, built on the first search for fragments (labels printed whole need none). */
  private long[] pairs() {
    if (pairs == null) {
      int n = Math.max(0, to - from - 1);
      long[] p = new long[n];
      for (int i = 0; i < n; i++) {
        p[i] = ((long) pair(stream.charAt(from + i), stream.charAt(from + i + 1)) << 32) | (from + i);
      }
      Arrays.sort(p);
      pairs = p;
    }
    return pairs;
  }

  private static int pair(char a, char b) {
    return (a << 16) | b;
  }

  int from() {
    return from;
  }

  int to() {
    return to;
  }

  /** Every exact occurrence of the text, in order. */
  List<Hit> exact(String text) {
    List<Hit> out = new ArrayList<>();
    String s = stream.chars();
    int i = s.indexOf(text, from);
    while (i >= 0 && i + text.length() <= to) {
      out.add(new Hit(i, i + text.length(), text.length(), 0, text.length()));
      i = s.indexOf(text, i + 1);
    }
    return out;
  }

  /**
   * The candidates for a label: every exact occurrence, and (for labels of {@link #MIN_FRAGMENT} or more
   * characters) every cluster of at least {@code minMatched} matching characters on one alignment.
   */
  List<Hit> find(String label, int minMatched) {
    List<Hit> whole = exact(label);
    if (label.length() < MIN_FRAGMENT || !whole.isEmpty()) {
      // a label printed whole is found whole; fragments are searched only for labels not printed whole
      return whole;
    }
    int m = label.length() - 1;
    long[] pairs = pairs();
    // (diagonal, label offset) of every pair hit
    long[] votes = new long[16];
    int nv = 0;
    for (int j = 0; j < m; j++) {
      long key = (long) pair(label.charAt(j), label.charAt(j + 1)) << 32;
      int k = lowerBound(key);
      while (k < pairs.length && (pairs[k] & 0xFFFFFFFF00000000L) == key) {
        int pos = (int) pairs[k];
        int diagonal = pos - j;
        if (nv == votes.length) {
          votes = Arrays.copyOf(votes, nv * 2);
        }
        votes[nv++] = ((long) (diagonal + (1 << 30)) << 32) | j;
        k++;
      }
    }
    if (nv == 0) {
      return List.of();
    }
    Arrays.sort(votes, 0, nv);
    List<Hit> out = new ArrayList<>();
    int i = 0;
    long[] run = new long[m + 8];
    while (i < nv) {
      int d0 = (int) (votes[i] >>> 32) - (1 << 30);
      // the votes within two characters of this diagonal, as (position, label offset), by position
      int nr = 0;
      for (int k = i; k < nv && (int) (votes[k] >>> 32) - (1 << 30) <= d0 + 2; k++) {
        int j = (int) votes[k];
        int d = (int) (votes[k] >>> 32) - (1 << 30);
        if (nr == run.length) {
          run = Arrays.copyOf(run, nr * 2);
        }
        run[nr++] = ((long) (d + j) << 32) | j;
      }
      Arrays.sort(run, 0, nr);
      // contiguous pieces: consecutive hits at most three characters apart
      int a = 0;
      while (a < nr) {
        int b = a + 1;
        while (b < nr && (int) (run[b] >>> 32) - (int) (run[b - 1] >>> 32) <= 3) {
          b++;
        }
        boolean[] seen = new boolean[m];
        int count = 0;
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int x = a; x < b; x++) {
          int j = (int) run[x];
          if (!seen[j]) {
            seen[j] = true;
            count++;
            lo = Math.min(lo, j);
            hi = Math.max(hi, j + 2);
          }
        }
        int startPos = (int) (run[a] >>> 32);
        int endPos = (int) (run[b - 1] >>> 32) + 2;
        int matched = count + 1;
        if (matched >= minMatched && startPos >= from && endPos <= to) {
          out.add(new Hit(startPos, endPos, Math.min(matched, label.length()), lo, hi));
        }
        a = b;
      }
      int next = i;
      while (next < nv && (int) (votes[next] >>> 32) - (1 << 30) == d0) {
        next++;
      }
      i = next;
    }
    return dedupe(out);
  }

  /** Keeps the best of hits that overlap. */
  private static List<Hit> dedupe(List<Hit> hits) {
    hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.matched(), a.matched()));
    List<Hit> out = new ArrayList<>();
    for (Hit h : hits) {
      if (!out.isEmpty()) {
        Hit last = out.get(out.size() - 1);
        if (h.start() < last.end()) {
          if (h.matched() > last.matched()) {
            out.set(out.size() - 1, h);
          }
          continue;
        }
      }
      out.add(h);
    }
    return out;
  }

  private int lowerBound(long key) {
    long[] pairs = pairs();
    int lo = 0;
    int hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
