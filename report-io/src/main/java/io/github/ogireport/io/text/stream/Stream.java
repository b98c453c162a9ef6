package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Location;
import io.github.ogireport.io.internal.TextNormalizer;
import java.util.Arrays;

/**
 * Stage 1 of the token-stream reader: a document as one line of characters without white space, with the
 * cell-boundary hints that the source had between them. Line breaks, TABs, pipes of Markdown tables and runs
 * of spaces are <em>hard</em> boundaries (a cell certainly ends there); a single space is a <em>soft</em>
 * one (a cell usually ends there, but a stray space inside a number exists). Markdown separator rows
 * ({@code |---|}), heading marks ({@code #}) and page footers ({@code — 3 —}, {@code - 3 -},
 * {@code 第 3 页}) are removed and leave a hard boundary. An empty cell of a pipe table ({@code | 7 |  | 49 |})
 * becomes a blank marker {@code -}, so that the cells after it keep their places. Characters are normalised as
 * in a label key
 * ({@link TextNormalizer#labelKey(String)}), one for one, so label keys can be searched directly.
 *
 * <p>Immutable. Every character keeps the offset it had in the original text, from which a line and column
 * location is computed.
 */
final class Stream {
  /** No boundary before the character. */
  static final byte NONE = 0;
  /** A single space before the character. */
  static final byte SOFT = 1;
  /** A line break, TAB, pipe, run of spaces or removed noise before the character. */
  static final byte HARD = 2;

  private final String text;
  private final String chars;
  private final int[] origin;
  private final byte[] gap;
  private final int[] lineStarts;

  private Stream(String text, String chars, int[] origin, byte[] gap, int[] lineStarts) {
    this.text = text;
    this.chars = chars;
    this.origin = origin;
    this.gap = gap;
    this.lineStarts = lineStarts;
  }

  /** Builds the stream of a text. */
  static Stream of(String text) {
    int n = text.length();
    char[] t = text.toCharArray(); // one copy, then array reads in the per-character loops
    char[] out = new char[n];
    int len = 0;
    int[] origin = new int[n + 1];
    byte[] gap = new byte[n + 1];
    int[] lineStarts = new int[16];
    int lines = 0;
    lineStarts[lines++] = 0;
    byte pending = HARD;
    java.util.BitSet[] pages = {null}; // the dashed page numbers, found when a footer first needs them
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && t[lineEnd] != '\n' && t[lineEnd] != '\r') {
        lineEnd++;
      }
      if (!isMarkdownRule(t, lineStart, lineEnd)) {
        int i = lineStart;
        int spaces = 0;
        boolean cellEmpty = false; // since the last pipe of the line, only spaces
        while (i < lineEnd) {
          char raw = t[i];
          if (plain(raw)) {
            // a run of characters kept as they are (ideographs, digits, letters, punctuation): one boundary
            // before the first, none inside
            if (spaces > 0) {
              pending = (byte) Math.max(pending, spaces == 1 ? SOFT : HARD);
              spaces = 0;
            }
            cellEmpty = false;
            gap[len] = pending;
            pending = NONE;
            int j = i;
            do {
              out[len] = TextNormalizer.keyChar(t[j]);
              origin[len] = j;
              len++;
              j++;
            } while (j < lineEnd && plain(t[j]));
            i = j;
            continue;
          }
          char c = TextNormalizer.keyChar(raw); // normalised and unified; white space as normalised
          int footer = raw == '第' || isDash(raw) ? footerEnd(text, i, lineEnd, pages) : i;
          if (raw == '数' && pending == HARD) {
            footer = Math.max(footer, placeholderEnd(text, i, lineEnd));
          }
          if (footer > i) {
            pending = HARD;
            spaces = 0;
            cellEmpty = false; // a footer or placeholder cell is no blank cell
            i = footer;
            continue;
          }
          if (c == ' ') {
            spaces++;
            i++;
            continue;
          }
          if (c == '|' && cellEmpty) {
            // an empty cell of a pipe table (| 7 |  | 49 |): a blank marker, so that the cells keep their places
            int at = len++;
            out[at] = '-';
            origin[at] = i;
            gap[at] = HARD;
          }
          if (c == '\t' || c == '|' || c == '\u000C') {
            cellEmpty = c == '|';
            pending = HARD;
            spaces = 0;
            i++;
            continue;
          }
          if (c == '#' && onlyMarksBefore(text, lineStart, i)) {
            pending = HARD;
            i++;
            continue;
          }
          if (spaces > 0) {
            pending = (byte) Math.max(pending, spaces == 1 ? SOFT : HARD);
          }
          spaces = 0;
          cellEmpty = false;
          int at = len++;
          out[at] = c;
          origin[at] = i;
          gap[at] = pending;
          pending = NONE;
          i++;
        }
      }
      pending = HARD;
      if (lineEnd >= n) {
        break;
      }
      int next = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
      if (lines == lineStarts.length) {
        lineStarts = Arrays.copyOf(lineStarts, lines * 2);
      }
      lineStarts[lines++] = next;
      lineStart = next;
    }
    origin[len] = n;
    gap[len] = HARD;
    return new Stream(text, new String(out, 0, len), Arrays.copyOf(origin, len + 1), Arrays.copyOf(gap, len + 1),
        Arrays.copyOf(lineStarts, lines));
  }

  /**
   * The end of a converter's placeholder header cell ({@code 数据1} … {@code 数据15}: the header row it could not
   * read) starting at {@code i}, or -1: the word and one or two digits, then the cell's end.
   */
  private static int placeholderEnd(String text, int i, int lineEnd) {
    if (!text.startsWith("数据", i)) {
      return -1;
    }
    int j = i + 2;
    int digits = 0;
    while (j < lineEnd && text.charAt(j) >= '0' && text.charAt(j) <= '9' && digits < 3) {
      j++;
      digits++;
    }
    int k = j;
    while (k < lineEnd && text.charAt(k) == ' ') {
      k++;
    }
    return digits >= 1 && digits <= 2 && (k == lineEnd || text.charAt(k) == '|' || text.charAt(k) == '\t') ? j : -1;
  }

  private static boolean onlyMarksBefore(String text, int from, int at) {
    for (int i = from; i < at; i++) {
      char c = text.charAt(i);
      if (c != '#' && c != ' ' && c != '\u3000') {
        return false;
      }
    }
    return true;
  }

  /** A Markdown table separator row: only pipes, dashes, colons and spaces, with at least one dash. */
  private static boolean isMarkdownRule(char[] text, int from, int to) {
    boolean dash = false;
    boolean pipe = false;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c == '-') {
        dash = true;
      } else if (c == '|') {
        pipe = true;
      } else if (c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return dash && pipe;
  }

  /**
   * The end of a page footer starting at {@code i} ({@code — 3 —}, {@code - 3 -}, {@code 第 3 页},
   * {@code 第3页共7页}, digits ASCII or full-width), or {@code i} when there is none. Only spaces may stand
   * inside a footer. A dashed footer that stands apart (at the line's start, after a space or a pipe) with as
   * many dashes and spaces on each side and no figure glued after it is one; glued among other characters
   * (a body whose spaces and line breaks were stripped: …31-3-2.没有…) it is one only when the text holds the
   * footer of the page before or after it too, since {@code 2—0—0—2} and {@code 876 -125 —} are cells.
   */
  private static int footerEnd(String text, int i, int end, java.util.BitSet[] pages) {
    char c = text.charAt(i);
    if (isDash(c)) {
      if (i > 0 && isDash(text.charAt(i - 1))) {
        return i;
      }
      int[] f = dashedFooter(text, i, end);
      if (f == null) {
        return i;
      }
      boolean apart = (i == 0 || isFooterBoundary(text.charAt(i - 1))) && f[2] == f[3] && f[4] == f[5]
          && (f[0] >= end || !isFooterDigit(text.charAt(f[0])));
      if (f[1] >= 1 && pages[0] == null) {
        pages[0] = dashedPageNumbers(text);
      }
      boolean series = f[1] >= 1 && (pages[0].get(f[1] - 1) || pages[0].get(f[1] + 1));
      if (amongSpacedBlanks(text, i, f[0], end)) {
        return i; // — — — 1 — —: a row of blank cells with a figure among them, not a page number
      }
      return apart || series ? f[0] : i;
    }
    if (c == '第') {
      int j = skipSpaces(text, i + 1, end);
      int d = j;
      while (j < end && isFooterDigit(text.charAt(j))) {
        j++;
      }
      if (j == d || j - d > 4) {
        return i;
      }
      j = skipSpaces(text, j, end);
      if (j < end && text.charAt(j) == '页') {
        return j + 1;
      }
    }
    return i;
  }

  /**
   * True if a dash stands apart from the dashed footer shape {@code [from, to)} by spaces on either side, on
   * the same line: blank markers of a row's cells around a figure, which no page footer has.
   */
  private static boolean amongSpacedBlanks(String text, int from, int to, int end) {
    int a = from - 1;
    while (a >= 0 && (text.charAt(a) == ' ' || text.charAt(a) == '\u3000' || text.charAt(a) == '\t')) {
      a--;
    }
    if (a >= 0 && a < from - 1 && isDash(text.charAt(a))) {
      return true;
    }
    int b = to;
    while (b < end && (text.charAt(b) == ' ' || text.charAt(b) == '\u3000' || text.charAt(b) == '\t')) {
      b++;
    }
    return b < end && b > to && isDash(text.charAt(b));
  }

  /** A digit of a page number as printed: ASCII or full-width ({@code — ５ —}). */
  private static boolean isFooterDigit(char c) {
    return isAsciiDigit(c) || (c >= '\uFF10' && c <= '\uFF19');
  }

  /** Skips at most two spaces: a footer is compact, wider gaps are columns. */
  private static int skipSpaces(String text, int j, int end) {
    int limit = j + 2;
    while (j < end && j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
      j++;
    }
    return j;
  }

  /**
   * A dashed footer's shape at {@code i} (dashes, at most two spaces, one to three digits, at most two spaces,
   * dashes), whatever stands around it: {end, page number, opening dashes, closing dashes, opening spaces,
   * closing spaces}, or null.
   */
  private static int[] dashedFooter(String text, int i, int end) {
    int j = i;
    while (j < end && isDash(text.charAt(j))) {
      j++;
    }
    int opening = j - i;
    int openingSpace = skipSpaces(text, j, end) - j;
    j += openingSpace;
    int d = j;
    int page = 0;
    while (j < end && isFooterDigit(text.charAt(j)) && j - d < 4) {
      char x = text.charAt(j);
      page = page * 10 + (x >= '\uFF10' ? x - '\uFF10' : x - '0');
      j++;
    }
    if (j == d || j - d > 3 || (j < end && isFooterDigit(text.charAt(j)))) {
      return null;
    }
    int closingSpace = skipSpaces(text, j, end) - j;
    j += closingSpace;
    if (j >= end || !isDash(text.charAt(j))) {
      return null;
    }
    int closing = j;
    while (j < end && isDash(text.charAt(j))) {
      j++;
    }
    return new int[] {j, page, opening, j - closing, openingSpace, closingSpace};
  }

  /** The page numbers of every dashed footer shape in the text, standing apart or not. */
  private static java.util.BitSet dashedPageNumbers(String text) {
    char[] t = text.toCharArray();
    java.util.BitSet pages = new java.util.BitSet();
    int n = t.length;
    for (int i = 0; i < n; i++) {
      if (isDash(t[i]) && (i == 0 || !isDash(t[i - 1]))) {
        int lineEnd = i;
        while (lineEnd < n && lineEnd - i < 16 && t[lineEnd] != '\n' && t[lineEnd] != '\r') {
          lineEnd++;
        }
        int[] f = dashedFooter(text, i, lineEnd);
        if (f != null && f[1] >= 1) {
          pages.set(f[1]);
        }
      }
    }
    return pages;
  }

  /**
   * True if the loop of {@link #of} keeps the character as it is, normalised: it is no white space, TAB, pipe,
   * form feed or heading mark once normalised, and cannot begin a page footer or a placeholder ({@code 第}, a
   * dash, {@code 数}). One bit per character.
   */
  private static boolean plain(char raw) {
    return (NOT_PLAIN[raw >>> 6] & (1L << raw)) == 0;
  }

  private static final long[] NOT_PLAIN = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int x = 0; x <= Character.MAX_VALUE; x++) {
      char raw = (char) x;
      char c = TextNormalizer.keyChar(raw);
      if (c == ' ' || c == '|' || c == '\t' || c == '\u000C' || c == '#' || raw == '第' || raw == '数' || isDash(raw)) {
        NOT_PLAIN[x >>> 6] |= 1L << x;
      }
    }
  }

  private static boolean isFooterBoundary(char c) {
    return c == ' ' || c == '\u3000' || c == '\t' || c == '\n' || c == '\r' || c == '|' || c == '\u000C';
  }

  private static boolean isDash(char c) {
    // '-', then '–' and '—' (U+2013, U+2014), '﹣' (U+FE63) and '－' (U+FF0D): most characters of a report
    // (ideographs, digits) are told apart by two comparisons
    if (c < '\u2013') {
      return c == '-';
    }
    return c <= '\u2014' || c == '\uFE63' || c == '\uFF0D';
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The characters, without white space. */
  String chars() {
    return chars;
  }

  int length() {
    return chars.length();
  }

  char charAt(int i) {
    return chars.charAt(i);
  }

  /** The boundary before character {@code i} ({@link #NONE}, {@link #SOFT} or {@link #HARD}); HARD at the end. */
  byte gapBefore(int i) {
    return gap[i];
  }

  /** The offset in the original text of character {@code i}. */
  int origin(int i) {
    return origin[i];
  }

  /** The original text of the characters [from, to), as printed, with its white space collapsed. */
  String original(int from, int to) {
    if (to <= from) {
      return "";
    }
    int a = origin[from];
    int b = origin[to - 1] + 1;
    char[] out = new char[b - a]; // a char array, not a StringBuilder: no widening at the first ideograph
    text.getChars(a, b, out, 0);
    int len = 0;
    boolean space = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '|') {
        space = len > 0;
        continue;
      }
      if (space) {
        out[len++] = ' ';
        space = false;
      }
      out[len++] = c;
    }
    return new String(out, 0, len);
  }

  /** The 1-based line and column of character {@code i} in the original text. */
  Location location(int i) {
    int off = origin[Math.min(i, origin.length - 1)];
    int lo = Arrays.binarySearch(lineStarts, off);
    int line = lo >= 0 ? lo : -lo - 2;
    return Location.ofLine(line + 1, off - lineStarts[line] + 1);
  }
}
