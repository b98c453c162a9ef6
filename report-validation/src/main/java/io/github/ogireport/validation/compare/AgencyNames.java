package io.github.ogireport.validation.compare;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Agency names as keys: the same agency printed with different widths, spaces or letter case gives the
 * same key, so that one agency's reports of different years can be paired.
 *
 * <p>The key is the name in Unicode NFKC (full-width letters, digits and brackets to their ASCII forms),
 * without any white space (also U+3000) or zero-width character, Latin letters in lower case. Names that
 * differ in words stay different: {@code 洪泽区人民政府} and {@code 淮安市洪泽区人民政府} are two keys.
 *
 * @since 0.2
 */
public final class AgencyNames {
  private AgencyNames() {}

  /** The key of an agency name. */
  public static String normalise(String agency) {
    Objects.requireNonNull(agency, "agency");
    String n = Normalizer.normalize(agency, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0x200C
          || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
        continue;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** True if the two names have the same key. */
  public static boolean same(String a, String b) {
    return normalise(a).equals(normalise(b));
  }
}
