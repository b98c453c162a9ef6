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
  private static final Pattern NUMBER = Pattern.compile(
      "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*"
          + "(?:(人次|万元|元|个|件|条|次|篇|人|项|家|份)|\\((万元|元)\\))?");

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
    String t = text.strip();
    if (t.isEmpty() || t.length() > maxDigits * 2 + 16) {
      if (t.length() > maxDigits * 2 + 16 && t.chars().allMatch(Character::isDigit)) {
        throw new NumberTooLongException(t.length());
      }
      return Optional.empty();
    }
    char first = t.charAt(0);
    if (first != '+' && first != '-' && (first < '0' || first > '9')) {
      return Optional.empty(); // the pattern starts with a sign or an ASCII digit
    }
    if (allAsciiDigits(t)) {
      // the common case, what the pattern gives for plain digits without compiling a match
      if (t.length() > maxDigits) {
        throw new NumberTooLongException(t.length());
      }
      BigDecimal v = t.length() <= 18 ? BigDecimal.valueOf(Long.parseLong(t)) : new BigDecimal(t);
      return Optional.of(new ParsedNumber(v, false, "", t));
    }
    Matcher m = NUMBER.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String intPart = m.group(2).replace(",", "");
    String frac = m.group(3);
    int digitCount = intPart.length() + (frac == null ? 0 : frac.length());
    if (digitCount > maxDigits) {
      throw new NumberTooLongException(digitCount);
    }
    String unit = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : "";
    BigDecimal v = new BigDecimal(intPart + (frac == null ? "" : "." + frac));
    if (m.group(1).equals("-")) {
      v = v.negate();
    }
    return Optional.of(new ParsedNumber(v, !m.group(1).isEmpty(), unit,
        frac == null ? intPart : intPart + "." + frac));
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
