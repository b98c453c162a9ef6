package io.github.ogireport.io.text.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4 of the token-stream reader: the values of a span of the stream (the part of a table region that
 * belongs to one row). A value is a run of digits (with thousands separators {@code 1,234}, a decimal
 * point, a sign), or a blank marker ({@code -}, {@code /}, {@code 无}) standing alone, a {@code /} anywhere (glued
 * among a flattened row's cells it is one blank cell) or a {@code -} glued after a value. Text between values
 * is a hard boundary. Numbers in brackets ({@code （其中修订16件）}) and percentages are notes, not values.
 */
final class Tokens {
  /** One value: its text (digits, no separators), where it stands and what precedes it. */
  record Tok(String text, int start, int end, byte gapBefore, boolean blank, boolean decimal, boolean signed,
      boolean grouped, String unit, boolean gluedToText) {
    /** A token not glued to text before it. */
    Tok(String text, int start, int end, byte gapBefore, boolean blank, boolean decimal, boolean signed,
        boolean grouped, String unit) {
      this(text, start, end, gapBefore, blank, decimal, signed, grouped, unit, false);
    }

    /** The digits, for a number. */
    String digits() {
      return signed ? text.substring(1) : text;
    }
  }

  /** The values of a span and the numbers that are notes (not values). */
  record Span(List<Tok> values, List<Tok> notes) {}

  private Tokens() {}

  /** The tokens of the stream range [from, to), a dash before a figure being its sign. */
  static Span of(Stream s, int from, int to) {
    return of(s, from, to, true);
  }

  /**
   * The tokens of the stream range [from, to) of a table whose cells hold no negative number (section 三 and
   * 四, the legacy form): a dash glued to a figure on either side is a blank cell, never a sign (2—0—0—2 is
   * seven cells).
   */
  static Span unsigned(Stream s, int from, int to) {
    return of(s, from, to, false);
  }

  private static Span of(Stream s, int from, int to, boolean signs) {
    List<Tok> values = new ArrayList<>();
    List<Tok> notes = new ArrayList<>();
    int depth = 0;
    boolean textSince = true;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
        i++;
        textSince = true;
        continue;
      }
      if (c == ')') {
        depth = Math.max(0, depth - 1);
        i++;
        textSince = true;
        continue;
      }
      // a sign starts a value even glued to the previous one (12.5-4: two cells, the second negative)
      // (not the last of a run of dashes: ——————0 is six blank cells, then 0)
      boolean signStart = signs && (c == '+' || c == '-') && i + 1 < to && Stream.isAsciiDigit(s.charAt(i + 1))
          && s.gapBefore(i + 1) == Stream.NONE
          && !(c == '-' && i > from && s.charAt(i - 1) == '-' && s.gapBefore(i) == Stream.NONE);
      if (Stream.isAsciiDigit(c) || signStart) {
        int start = i;
        StringBuilder sb = new StringBuilder();
        sb.append(c);
        boolean decimal = false;
        boolean grouped = false;
        i++;
        while (i < to && s.gapBefore(i) == Stream.NONE) {
          char d = s.charAt(i);
          if (Stream.isAsciiDigit(d)) {
            sb.append(d);
            i++;
          } else if (d == ',' && thousands(s, i, to)) {
            grouped = true;
            i++;
          } else if (d == '.' && !decimal && i + 1 < to && Stream.isAsciiDigit(s.charAt(i + 1))
              && s.gapBefore(i + 1) == Stream.NONE) {
            sb.append('.');
            decimal = true;
            i++;
          } else {
            break;
          }
        }
        byte gap = textSince ? Stream.HARD : s.gapBefore(start);
        char next = i < to ? s.charAt(i) : ' ';
        // a percentage, or a date (2023年, 5月, 12日) whose figure can be one, is a note when its sign or
        // character follows within a space; a 年 after a line break, or after a figure that is no year, is a
        // letter of a heading printed one character per line (本/年/度, PDF reading order)
        boolean note = i < to && s.gapBefore(i) != Stream.HARD
            && (next == '%' || next == '‰' || dateFigure(next, sb, decimal || signStart));
        // a two-digit run glued to a letter before a numbering dot (条81.政府…) may be a value and a numbering:
        // kept as a value for the recognizer to refuse, never dropped
        boolean gluedPair = i - start == 2 && start > from && s.gapBefore(start) == Stream.NONE
            && Character.isLetter(s.charAt(start - 1));
        if (!decimal && !signStart && i - start <= 2 && !gluedPair && next == '.' && gap != Stream.NONE
            && (i + 1 >= to || !Stream.isAsciiDigit(s.charAt(i + 1)))) {
          textSince = true; // numbering of a label (1. 2、), not a value
          continue;
        }
        // glued to the text before it (行政许可020: a crawler removed the separators of this row)
        boolean gluedToText = textSince && start > 0 && s.gapBefore(start) == Stream.NONE
            && !Stream.isAsciiDigit(s.charAt(start - 1));
        Tok t = new Tok(sb.toString(), start, i, gap, false, decimal, signStart, grouped, unitAt(s, i, to),
            gluedToText);
        if (depth > 0 || note) {
          notes.add(t);
          textSince = true;
        } else {
          values.add(t);
          textSince = false;
        }
        continue;
      }
      // a blank marker: standing alone, or a slash glued among a flattened row's cells (文件/225: blank, then 225;
      // ///: three blanks), which no number, sign or label of the form holds, or a dash glued after a value and
      // before no digit (收费30—: 30, then a blank; a dash before a digit is that value's sign)
      if (((c == '-' || c == '/') && standsAlone(s, i, from, to)) || (c == '无' && wordStandsAlone(s, i, from, to))
          || c == '/'
          || (c == '-' && i > from && Stream.isAsciiDigit(s.charAt(i - 1))) || (c == '-' && inDashRun(s, i, from, to))
          || (!signs && c == '-' && i + 1 < to && Stream.isAsciiDigit(s.charAt(i + 1))
              && s.gapBefore(i + 1) == Stream.NONE)) {
        values.add(new Tok(String.valueOf(c), i, i + 1, textSince ? Stream.HARD : s.gapBefore(i), true, false,
            false, false, ""));
        textSince = false;
        i++;
        continue;
      }
      textSince = true;
      i++;
    }
    return new Span(List.copyOf(values), List.copyOf(notes));
  }

  /** True if {@code digits} followed by {@code c} (年, 月 or 日) can be a date: 1900–2099年, 1–12月, 1–31日. */
  static boolean dateFigure(char c, CharSequence digits, boolean notInteger) {
    if (notInteger || (c != '年' && c != '月' && c != '日') || digits.length() > 4) {
      return false;
    }
    int v = Integer.parseInt(digits, 0, digits.length(), 10);
    return c == '年' ? digits.length() == 4 && v >= 1900 && v <= 2099 : v >= 1 && v <= (c == '月' ? 12 : 31);
  }

  /**
   * The span's values up to the first one with more than {@code maxLetters} letters between it and the
   * value before it; the later values and notes are dropped (they belong to the text after the span's row).
   */
  static Span beforeWords(Stream s, Span span, int maxLetters) {
    List<Tok> v = span.values();
    for (int j = 1; j < v.size(); j++) {
      if (letters(s, v.get(j - 1).end(), v.get(j).start()) > maxLetters) {
        int cut = v.get(j).start();
        List<Tok> notes = new ArrayList<>();
        for (Tok n : span.notes()) {
          if (n.start() < cut) {
            notes.add(n);
          }
        }
        return new Span(List.copyOf(v.subList(0, j)), List.copyOf(notes));
      }
    }
    return span;
  }

  /**
   * The start of the first label numbering ({@code 3.} followed by a letter: 3.危及…; {@code (一)} likewise)
   * in the stream's characters [from, to), or -1. Between a row's label and its values
   * it is the label of a row that was not recognised, whose values those are.
   */
  static int numberedLabel(Stream s, int from, int to) {
    for (int q = from; q < to; q++) {
      if (chineseNumbering(s, q, to) || topNumbering(s, q, from, to)) {
        return q;
      }
      if (!Stream.isAsciiDigit(s.charAt(q)) || (q > from && Stream.isAsciiDigit(s.charAt(q - 1))
          && s.gapBefore(q) == Stream.NONE)) {
        continue;
      }
      int e = q;
      while (e < to && e - q < 3 && Stream.isAsciiDigit(s.charAt(e)) && (e == q || s.gapBefore(e) == Stream.NONE)) {
        e++;
      }
      if (e - q <= 2 && e + 1 < to && (s.charAt(e) == '.' || s.charAt(e) == '、') && s.gapBefore(e) == Stream.NONE
          && Character.isLetter(s.charAt(e + 1))) {
        return q;
      }
    }
    return -1;
  }

  /** The numerals of a label's Chinese numbering ({@code 三、}, {@code (三)}). */
  static final String CHINESE_NUMERALS = "一二三四五六七八九十";

  /**
   * True if a top-level numbering ({@code 二、}, its mark written {@code .} by the stream) starts at {@code q},
   * not inside a word (no letter glued before it: 第十二. is none), and a letter follows it: section 三 prints its
   * rows 一、… 四、 so (二、上年政府信息公开申请数量, a label with words dropped, is still row 二's).
   */
  private static boolean topNumbering(Stream s, int q, int from, int to) {
    if (CHINESE_NUMERALS.indexOf(s.charAt(q)) < 0
        || (q > from && s.gapBefore(q) == Stream.NONE && Character.isLetter(s.charAt(q - 1)))) {
      return false;
    }
    int e = q + 1;
    while (e < to && e - q < 2 && CHINESE_NUMERALS.indexOf(s.charAt(e)) >= 0 && s.gapBefore(e) == Stream.NONE) {
      e++;
    }
    return e + 1 < to && s.charAt(e) == '.' && s.gapBefore(e) == Stream.NONE && Character.isLetter(s.charAt(e + 1));
  }

  /**
   * True if a bracketed Chinese numbering ({@code (一)}, brackets as the stream normalises them) starts at
   * {@code q} and a letter follows it.
   */
  private static boolean chineseNumbering(Stream s, int q, int to) {
    if (s.charAt(q) != '(') {
      return false;
    }
    int e = q + 1;
    while (e < to && e - q <= 2 && CHINESE_NUMERALS.indexOf(s.charAt(e)) >= 0) {
      e++;
    }
    return e > q + 1 && e < to && s.charAt(e) == ')' && e + 1 < to && Character.isLetter(s.charAt(e + 1));
  }

  /** The letters among the stream's characters [from, to). */
  static int letters(Stream s, int from, int to) {
    int n = 0;
    for (int q = from; q < to; q++) {
      n += Character.isLetter(s.charAt(q)) ? 1 : 0;
    }
    return n;
  }

  /** The first characters of the units of {@link #unitAt}. */
  private static final String UNIT_FIRST_CHARS = firstChars(io.github.ogireport.model.OfficialForm.UNITS);

  private static String firstChars(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.indexOf(String.valueOf(w.charAt(0))) < 0) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** The unit typed right after a number ({@code 万元}, {@code 件}), or "" when none. */
  static String unitAt(Stream s, int i, int to) {
    if (i >= to || s.gapBefore(i) != Stream.NONE || UNIT_FIRST_CHARS.indexOf(s.charAt(i)) < 0) {
      return ""; // nothing glued after the number, or no unit begins so: most numbers
    }
    for (String u : io.github.ogireport.model.OfficialForm.UNITS) {
      if (i + u.length() <= to && s.chars().startsWith(u, i) && s.gapBefore(i) == Stream.NONE) {
        return u;
      }
    }
    return "";
  }

  /** A comma followed by exactly three digits that end the run or continue it with another group. */
  static boolean thousands(Stream s, int i, int to) {
    if (i + 3 >= to + 1) {
      return false;
    }
    for (int j = 1; j <= 3; j++) {
      if (i + j >= to || !Stream.isAsciiDigit(s.charAt(i + j)) || s.gapBefore(i + j) != Stream.NONE) {
        return false;
      }
    }
    int after = i + 4;
    return after >= to || s.gapBefore(after) != Stream.NONE || !Stream.isAsciiDigit(s.charAt(after));
  }

  /**
   * True if the dash at {@code i} is one of a run of two or more glued dashes that touches a figure at one end
   * (——————0, 0——): a row's blank cells glued to its values, each dash a cell.
   */
  private static boolean inDashRun(Stream s, int i, int from, int to) {
    int a = i;
    while (a > from && s.charAt(a - 1) == '-' && s.gapBefore(a) == Stream.NONE) {
      a--;
    }
    int b = i + 1;
    while (b < to && s.charAt(b) == '-' && s.gapBefore(b) == Stream.NONE) {
      b++;
    }
    if (b - a < 2) {
      return false;
    }
    boolean digitAfter = b < to && Stream.isAsciiDigit(s.charAt(b)) && s.gapBefore(b) == Stream.NONE;
    boolean digitBefore = a > from && Stream.isAsciiDigit(s.charAt(a - 1)) && s.gapBefore(a) == Stream.NONE;
    return digitAfter || digitBefore;
  }

  /**
   * {@link #standsAlone} for 无, which is also a word: at the part's start it must stand apart from the
   * character before it too (4.无正当理由大量反复申无, a label whose last character was mistyped, ends with it).
   */
  private static boolean wordStandsAlone(Stream s, int i, int from, int to) {
    return standsAlone(s, i, from, to) && (i != from || i == 0 || s.gapBefore(i) != Stream.NONE);
  }

  private static boolean standsAlone(Stream s, int i, int from, int to) {
    boolean before = i == from || s.gapBefore(i) != Stream.NONE;
    boolean after = i + 1 >= to || s.gapBefore(i + 1) != Stream.NONE;
    return before && after;
  }
}
