package io.github.ogireport.generator.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small operations on printed words shared by the families that derive variants of official labels. */
final class Words {
  private static final Pattern NUMBERING =
      Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+[.．、])");
  private static final Pattern DOT_NUMBER = Pattern.compile("^([0-9]+)\\.");

  private Words() {}

  /** The length of a label's leading numbering ({@code （三）}, {@code 四、}, {@code 2.}), or 0. */
  static int numbering(String s) {
    Matcher m = NUMBERING.matcher(s);
    return m.find() ? m.end() : 0;
  }

  /** The label without its leading numbering (unchanged if it has none or is nothing but numbering). */
  static String dropNumbering(String s) {
    int n = numbering(s);
    return n == 0 || n == s.length() ? s : s.substring(n);
  }

  /** The label with an arabic numbering {@code 1.} written {@code 1、}, as many provincial forms do. */
  static String commaNumbering(String s) {
    return DOT_NUMBER.matcher(s).replaceFirst("$1、");
  }
}
