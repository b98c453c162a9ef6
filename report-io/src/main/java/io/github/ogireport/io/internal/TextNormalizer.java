package io.github.ogireport.io.internal;

/**
 * Normalises printed text for reading: full-width ASCII to half-width, every kind of space to a plain
 * space, and a label key in which spelling variants of the same label compare equal.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * Returns the line with every character replaced one for one (so columns stay valid): full-width ASCII
   * (U+FF01..U+FF5E) by its half-width form, any other decimal digit ({@code ٣}, {@code ३}) by its ASCII
   * digit, ideographic space, NBSP, other Unicode spaces, form feeds
   * and control characters (except TAB) by a plain space.
   */
  public static String normalizeLine(String line) {
    int n = line.length();
    int first = 0;
    while (first < n && normalizeChar(line.charAt(first)) == line.charAt(first)) {
      first++;
    }
    if (first == n) {
      return line; // nothing to normalise (most lines of a table): no copy
    }
    char[] out = line.toCharArray();
    for (int i = first; i < out.length; i++) {
      out[i] = normalizeChar(out[i]);
    }
    return new String(out);
  }

  /** Normalises one character; see {@link #normalizeLine(String)}. */
  public static char normalizeChar(char c) {
    return NORMALIZED[c];
  }

  /** {@link #normalizeChar(char)} computed, to fill {@link #NORMALIZED} once. */
  private static char computeNormalized(char c) {
    if ((c >= 0x20 && c < 0x7F) || (c >= '\u4E00' && c <= '\u9FFF')) {
      return c; // printable ASCII and CJK ideographs (nearly every character of a report) are kept as they are
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\t') {
      return c;
    }
    if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER && Character.digit(c, 10) >= 0) {
      return (char) ('0' + Character.digit(c, 10)); // Arabic-Indic, Devanagari ... digits, one for one
    }
    if (c < 0x20 || c == 0x7F || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF'
        || c == '\u202F' || c == '\u2060' || (c >= '\u2000' && c <= '\u200A')) {
      return ' ';
    }
    return c;
  }

  /**
   * The comparison key of a label: normalised, with all whitespace removed, brackets, quotes, commas and
   * enumeration marks unified ({@code （）→()}, {@code “”‘’→"}, {@code 、→.}, {@code ，→,}, {@code ：→:},
   * {@code ／→/}).
   */
  public static String labelKey(String text) {
    int n = text.length();
    int first = 0;
    while (first < n) {
      char c = text.charAt(first);
      if (!inKey(c) || KEY_CHAR[c] != c) {
        break;
      }
      first++;
    }
    if (first == n) {
      return text; // already a key (most labels and cells): no copy
    }
    char[] out = text.toCharArray(); // compacted in place: array reads are cheaper than charAt on long lines
    int len = first;
    for (int i = first; i < n; i++) {
      char c = out[i];
      if (inKey(c)) {
        out[len++] = KEY_CHAR[c];
      }
    }
    return new String(out, 0, len);
  }

  /** True if the character stays in a label key (it is not white space once normalised). */
  private static boolean inKey(char c) {
    return (NOT_IN_KEY[c >>> 6] & (1L << c)) == 0;
  }

  /**
   * True if {@link #labelKey(String)} of the text is longer than {@code limit} characters, told without building
   * the key (it stops after {@code limit + 1} key characters).
   */
  public static boolean keyLongerThan(String text, int limit) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (inKey(text.charAt(i)) && ++count > limit) {
        return true;
      }
    }
    return false;
  }

  /** True if {@link #labelKey(String)} of the text is not empty (the text holds more than white space). */
  public static boolean hasKeyChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inKey(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The character as it stands in a label key: {@link #normalizeChar(char)}, then {@link #unify(char)}. White
   * space is returned as normalised (a label key drops it).
   */
  public static char keyChar(char c) {
    return KEY_CHAR[c];
  }

  // Label keys are computed for every line and cell read: by table look-up, without branches that text mixing
  // ideographs, digits and punctuation would make unpredictable (128 KB and 8 KB, filled once).
  private static final char[] KEY_CHAR = new char[Character.MAX_VALUE + 1];
  /** {@link #normalizeChar(char)} of every character (128 KB, filled once). */
  private static final char[] NORMALIZED = new char[Character.MAX_VALUE + 1];
  /** Bit c: character c is white space once normalised, and left out of a label key. */
  private static final long[] NOT_IN_KEY = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      NORMALIZED[i] = computeNormalized((char) i);
    }
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char n = NORMALIZED[i];
      KEY_CHAR[i] = unify(n);
      if (n == ' ' || Character.isWhitespace(n) || Character.isSpaceChar(n)) {
        NOT_IN_KEY[i >>> 6] |= 1L << i;
      }
    }
  }

  /**
   * The punctuation unification of a label key, one character for one: quotes to {@code "}, enumeration
   * commas and full stops to {@code .}, square and lenticular brackets to round ones, dashes to {@code -}.
   */
  private static char unify(char c) {
    if (c < '\'' || (c > '\'' && c < '[') || (c > ']' && c < '\u2013') || (c >= '\u4E00' && c <= '\u9FFF')) {
      return c;
    }
    return switch (c) {
      case '“', '”', '‘', '’', '\'', '「', '」', '『', '』' -> '"';
      case '、', '．', '。' -> '.';
      case '〔', '【', '[' -> '(';
      case '〕', '】', ']' -> ')';
      case '﹣', '—', '–', '－' -> '-';
      default -> c;
    };
  }

  /**
   * Removes a leading enumeration from a label key: {@code 一.}, {@code (一)}, {@code 1.}, {@code (1)},
   * {@code 其中:} is kept (it is part of the official labels).
   */
  public static String stripNumbering(String key) {
    int from = numberingEnd(key, 0);
    return from == 0 ? key : key.substring(from);
  }

  /**
   * Where the key's text begins after a leading enumeration that starts at {@code from} (see
   * {@link #stripNumbering(String)}); {@code from} when there is none.
   */
  public static int numberingEnd(String key, int from) {
    // Character scans equivalent to removing, up to three times in turn, the patterns
    // ^\([一二三四五六七八九十0-9]{1,3}\), ^[一二三四五六七八九十]{1,3}\. and ^[0-9]{1,2}\.(?![0-9]).
    for (int guard = 0; guard < 3; guard++) {
      int before = from;
      from = skipParenthesised(key, from);
      from = skipChineseNumeral(key, from);
      from = skipArabicNumeral(key, from);
      if (from == before) {
        break;
      }
    }
    return from;
  }

  private static boolean isChineseDigit(char c) {
    return switch (c) {
      case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十' -> true;
      default -> false;
    };
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code (一)}, {@code (12)}: one to three Chinese or ASCII digits in brackets. */
  private static int skipParenthesised(String k, int from) {
    if (from >= k.length() || k.charAt(from) != '(') {
      return from;
    }
    int i = from + 1;
    while (i < k.length() && i - from - 1 < 4 && (isChineseDigit(k.charAt(i)) || isAsciiDigit(k.charAt(i)))) {
      i++;
    }
    int run = i - from - 1;
    return run >= 1 && run <= 3 && i < k.length() && k.charAt(i) == ')' ? i + 1 : from;
  }

  /** {@code 一.}, {@code 十二.}: one to three Chinese digits and a full stop. */
  private static int skipChineseNumeral(String k, int from) {
    int i = from;
    while (i < k.length() && i - from < 4 && isChineseDigit(k.charAt(i))) {
      i++;
    }
    int run = i - from;
    return run >= 1 && run <= 3 && i < k.length() && k.charAt(i) == '.' ? i + 1 : from;
  }

  /** {@code 1.}, {@code 12.} not followed by a digit (so {@code 1.5} stays a number). */
  private static int skipArabicNumeral(String k, int from) {
    int i = from;
    while (i < k.length() && i - from < 3 && isAsciiDigit(k.charAt(i))) {
      i++;
    }
    int run = i - from;
    if (run < 1 || run > 2 || i >= k.length() || k.charAt(i) != '.') {
      return from;
    }
    return i + 1 < k.length() && isAsciiDigit(k.charAt(i + 1)) ? from : i + 1;
  }

  /** True if the character is a CJK ideograph. */
  public static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  /** The Levenshtein distance of two short strings, or {@code limit + 1} when it exceeds {@code limit}. */
  public static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    // the band |i - j| <= limit of the usual table: cells outside it exceed the limit
    int big = limit + 1;
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = Math.min(j, big);
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(m, i + limit);
      cur[0] = Math.min(i, big);
      if (from > 1) {
        cur[from - 1] = big;
      }
      int rowMin = from == 1 ? cur[0] : big;
      char ca = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int up = j <= i - 1 + limit ? prev[j] : big;
        int v = Math.min(Math.min(cur[j - 1] + 1, up + 1), prev[j - 1] + cost);
        cur[j] = Math.min(v, big);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (to < m) {
        cur[to + 1] = big;
      }
      if (rowMin > limit) {
        return big;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], big);
  }

}
