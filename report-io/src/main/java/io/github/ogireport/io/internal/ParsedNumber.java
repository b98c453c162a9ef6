package io.github.ogireport.io.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as printed in a table cell: its value, whether it carried an explicit sign, and the unit typed
 * after it ({@code 182个}, {@code 60516万元}, {@code 4168558 元}, {@code 4332.8（万元）}).
 *
 * @param value the value, sign included
 * @param explicitSign true if the text began with {@code +} or {@code -}
 * @param unit the unit typed in the cell (normalised: {@code 万元}, {@code 元}, {@code 个} ...), or empty
 * @param digits the digits as printed, without sign, separators or unit (for splitting glued cells)
 */
public record ParsedNumber(BigDecimal value, boolean explicitSign, String unit, String digits) {
  private static final String UNITS =
      "人次|件次|万元|千元|元|万(?:人次|件次|个|件|条|次|篇|人|项|家|份)?|个|件|条|次|篇|人|项|家|份";
  private static final Pattern NUMBER = Pattern.compile(
      "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(余|多)?\\s*"
          + "(?:(" + UNITS + ")|\\((" + UNITS + ")\\))?");
  /** Digits with commas that are not thousands groups ({@code 137,16}). */
  private static final Pattern BAD_GROUPS = Pattern.compile(
      "[+-]?\\d+(?:,\\d+)+(?:\\.\\d+)?\\s*(?:(?:" + UNITS + ")|\\((?:" + UNITS + ")\\))?");

  /** Digits, a point, white space, digits ({@code 4. 9661}, {@code 4. 9661万元}): no one number. */
  private static final Pattern STRAY_POINT_SPACE = Pattern.compile(
      "[+-]?\\d+\\.\\s+\\d+(?:\\.\\d+)?\\s*(?:(?:" + UNITS + ")|\\((?:" + UNITS + ")\\))?");

  /** The unit of an approximation ({@code 约5422}, {@code 近百}, {@code 5000余件}): not a value for a cell. */
  public static final String APPROXIMATE = "~";
  /** The unit of digits that are not a number ({@code 137,16}): not a value for a cell. */
  public static final String MALFORMED = "!";
  /** The unit of a bare {@code 万} ({@code 13.7万}): ten thousand, or 万元 in an amount cell. */
  public static final String TEN_THOUSAND = "万";

  /** True if the value is an integer (no decimal point was printed). */
  public boolean isInteger() {
    return value.scale() <= 0;
  }

  /** True if the unit is money (元 or 万元). */
  public boolean isMoney() {
    return unit.equals("元") || unit.equals("万元");
  }

  /**
   * Parses a normalised cell text (see {@link TextNormalizer#normalizeLine}); empty if it is not a
   * number. Surrounding spaces are ignored.
   *
   * @param maxDigits the longest digit string accepted; longer ones throw
   * @throws NumberTooLongException if the number has more than {@code maxDigits} digits
   */
  public static Optional<ParsedNumber> parse(String text, int maxDigits) {
    if (!text.isEmpty() && cannotStartNumber(text.charAt(0))) {
      return Optional.empty(); // the common label or word: told by its first character, without stripping it
    }
    String t = text.strip();
    if (t.isEmpty() || t.length() > maxDigits * 2 + 16) {
      if (t.length() > maxDigits * 2 + 16 && t.chars().allMatch(Character::isDigit)) {
        throw new NumberTooLongException(t.length());
      }
      return Optional.empty();
    }
    char first = t.charAt(0);
    if (first != '+' && first != '-' && (first < '0' || first > '9')) {
      // the pattern starts with a sign or an ASCII digit; only a prefix (约, 近, ¥) can put one first
      return first == '约' || first == '近' || first == '¥' || first == '￥' ? decorated(t, maxDigits) : Optional.empty();
    }
    if (allAsciiDigits(t)) {
      // the common case, what the pattern gives for plain digits without compiling a match
      if (t.length() > maxDigits) {
        throw new NumberTooLongException(t.length());
      }
      BigDecimal v = t.length() <= 18 ? BigDecimal.valueOf(Long.parseLong(t)) : new BigDecimal(t);
      return Optional.of(new ParsedNumber(v, false, "", t));
    }
    Optional<ParsedNumber> plain = match(t, maxDigits);
    return plain.isPresent() ? plain : decorated(t, maxDigits);
  }

  /**
   * True if a text beginning with {@code c} is no number whatever follows: {@code c} is neither white space
   * (stripped first), a sign, a digit of any script (a long run of them is refused as too long) nor a prefix
   * {@link #decorated} accepts.
   */
  private static boolean cannotStartNumber(char c) {
    return c != '+' && c != '-' && !(c >= '0' && c <= '9') && c != '约' && c != '近' && c != '¥' && c != '￥'
        && !Character.isWhitespace(c) && !Character.isDigit(c);
  }

  /**
   * A number with a prefix or a trailing mark: {@code 约}, {@code 约为}, {@code 近} (an approximation),
   * {@code ¥}/{@code ￥} (yuan), a trailing footnote mark {@code *}.
   */
  private static Optional<ParsedNumber> decorated(String t, int maxDigits) {
    String core = t;
    boolean approximate = false;
    boolean yuan = false;
    if (core.startsWith("约为")) {
      core = core.substring(2).strip();
      approximate = true;
    } else if (core.startsWith("约") || core.startsWith("近")) {
      core = core.substring(1).strip();
      approximate = true;
    }
    if (core.startsWith("¥") || core.startsWith("￥")) {
      core = core.substring(1).strip();
      yuan = true;
    }
    int end = core.length();
    while (end > 0 && isFootnoteMark(core.charAt(end - 1))) {
      end--;
    }
    core = core.substring(0, end).strip();
    if (core.equals(t) || core.isEmpty() || core.charAt(0) < '0' || core.charAt(0) > '9') {
      return Optional.empty();
    }
    Optional<ParsedNumber> m = match(core, maxDigits);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    ParsedNumber p = m.get();
    if (approximate) {
      return Optional.of(new ParsedNumber(p.value, p.explicitSign, APPROXIMATE, p.digits));
    }
    if (yuan && (p.unit.isEmpty() || p.unit.equals("元"))) {
      return Optional.of(new ParsedNumber(p.value, p.explicitSign, "元", p.digits));
    }
    return yuan && !p.isMoney() ? Optional.of(new ParsedNumber(p.value, p.explicitSign, MALFORMED, p.digits))
        : m;
  }

  /** A footnote mark after a number: {@code *}, {@code ※}, a circled number {@code ①}..{@code ⑳}. */
  private static boolean isFootnoteMark(char c) {
    return c == '*' || c == '※' || (c >= '\u2460' && c <= '\u2473');
  }

  /**
   * The most characters other than white space that {@link #NUMBER} and {@link #BAD_GROUPS} allow after the
   * digits: 余 or 多, then a unit of up to three characters in brackets ({@code 余(万人次)}).
   */
  private static final int MAX_SUFFIX = 6;

  private static Optional<ParsedNumber> match(String t, int maxDigits) {
    int k = t.isEmpty() || (t.charAt(0) != '+' && t.charAt(0) != '-') ? 0 : 1;
    while (k < t.length() && ((t.charAt(k) >= '0' && t.charAt(k) <= '9') || t.charAt(k) == ',' || t.charAt(k) == '.')) {
      k++;
    }
    if (k > 1 && t.charAt(k - 1) == '.' && k < t.length() && Character.isWhitespace(t.charAt(k))
        && STRAY_POINT_SPACE.matcher(t).matches()) {
      // 4. 9661: a decimal cut by a space (4.9661), or a numbering before a figure; not one number either way
      String digits = t.replaceAll("[^0-9.]", "");
      if (digits.length() > maxDigits) {
        throw new NumberTooLongException(digits.length());
      }
      return Optional.of(new ParsedNumber(new BigDecimal(t.substring(0, k - 1)), false, MALFORMED, digits));
    }
    int rest = 0;
    for (int i = k; i < t.length(); i++) {
      if (!Character.isWhitespace(t.charAt(i)) && ++rest > MAX_SUFFIX) {
        return Optional.empty(); // a label that begins with its numbering (1.属于国家秘密): neither pattern can match
      }
    }
    Matcher m = NUMBER.matcher(t);
    if (!m.matches()) {
      if (BAD_GROUPS.matcher(t).matches()) {
        String digits = t.replaceAll("[^0-9.]", "");
        if (digits.length() > maxDigits) {
          throw new NumberTooLongException(digits.length());
        }
        return Optional.of(new ParsedNumber(new BigDecimal(digits), false, MALFORMED, digits));
      }
      return Optional.empty();
    }
    String intPart = m.group(2).replace(",", "");
    String frac = m.group(3);
    int digitCount = intPart.length() + (frac == null ? 0 : frac.length());
    if (digitCount > maxDigits) {
      throw new NumberTooLongException(digitCount);
    }
    String unit = m.group(5) != null ? m.group(5) : m.group(6) != null ? m.group(6) : "";
    BigDecimal v = new BigDecimal(intPart + (frac == null ? "" : "." + frac));
    if (m.group(1).equals("-")) {
      v = v.negate();
    }
    String digits = frac == null ? intPart : intPart + "." + frac;
    boolean sign = !m.group(1).isEmpty();
    if (m.group(4) != null) {
      return Optional.of(new ParsedNumber(v, sign, APPROXIMATE, digits)); // 5000余, 300多件
    }
    if (unit.equals("千元")) {
      return Optional.of(new ParsedNumber(v.movePointRight(3), sign, "元", digits)); // exact: thousands of yuan
    }
    if (unit.equals("件次")) {
      unit = "件";
    } else if (unit.startsWith("万") && !unit.equals("万元")) {
      unit = TEN_THOUSAND; // 13.7万, 1.37万件
    }
    return Optional.of(new ParsedNumber(v, sign, unit, digits));
  }

  private static boolean allAsciiDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Thrown when a number is longer than the reader accepts. */
  public static final class NumberTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int digits;

    NumberTooLongException(int digits) {
      super("number has " + digits + " digits", null, false, false);
      this.digits = digits;
    }

    /** How many digits the number had. */
    public int digits() {
      return digits;
    }
  }
}
