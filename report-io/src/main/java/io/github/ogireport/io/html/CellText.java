package io.github.ogireport.io.html;

/** Whitespace rules for text taken from HTML. */
final class CellText {
  private CellText() {}

  /** True for whitespace HTML pages use, including the no-break space (&amp;nbsp;) and the ideographic space. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b'
        || c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009'
        || c == '\u200b' || c == '\ufeff';
  }

  /** True for Chinese characters and full-width punctuation, between which a space means nothing. */
  static boolean isWide(char c) {
    return (c >= '\u2e80' && c <= '\u9fff')
        || (c >= '\uf900' && c <= '\ufaff')
        || (c >= '\uff00' && c <= '\uffef')
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '〃' || c == '…' || c == '—'
        || Character.isSurrogate(c);
  }

  /**
   * Collapses whitespace: trims, turns each inner run into one space, and drops a run between two wide
   * characters when {@code dropAllBetweenWide} is set or the run holds a line break (a line wrapped in
   * the page source or a {@code <br>}).
   */
  static String normalize(CharSequence raw, boolean dropAllBetweenWide) {
    StringBuilder sb = new StringBuilder(raw.length());
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (!isSpace(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int start = i;
      boolean lineBreak = false;
      while (i < n && isSpace(raw.charAt(i))) {
        char s = raw.charAt(i);
        lineBreak |= s == '\n' || s == '\r';
        i++;
      }
      if (sb.length() == 0 || i == n) {
        continue; // leading or trailing
      }
      char before = sb.charAt(sb.length() - 1);
      char after = raw.charAt(i);
      boolean wide = isWide(before) && isWide(after);
      if (wide && (dropAllBetweenWide || lineBreak)) {
        continue;
      }
      if (start < i) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
