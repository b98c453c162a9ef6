package io.github.ogireport.findings;

import java.util.Locale;

/** The texts the renderers share: the two languages and HTML escaping. */
final class Texts {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Locale EN = Locale.ENGLISH;

  private Texts() {}

  /**
   * Escapes text for HTML element content and quoted attribute values; control characters other than
   * tab and line feed, which HTML cannot carry, become spaces, and lone surrogates U+FFFD.
   */
  static String html(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
            sb.append(' ');
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
