package io.github.ogireport.documents;

/** Whitespace rules for the text of a document cell, the same as the HTML reader's. */
final class CellTexts {
  private CellTexts() {}

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b'
        || c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009'
        || c == '\u200b' || c == '\ufeff' || c == '\u0007';
  }

  static boolean isWide(char c) {
    return (c >= '\u2e80' && c <= '\u9fff')
        || (c >= '\uf900' && c <= '\ufaff')
        || (c >= '\uff00' && c <= '\uffef')
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '〃' || c == '…' || c == '—'
        || Character.isSurrogate(c);
  }

  /**
   * Trims, turns each inner whitespace run into one space and drops a run between two wide characters
   * that holds a line break (a cell's text wrapped onto two lines); no TAB survives.
   */
  static String normalize(CharSequence raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (!isSpace(c) && !Character.isISOControl(c)) {
        sb.append(c);
        i++;
        continue;
      }
      boolean lineBreak = false;
      while (i < n && (isSpace(raw.charAt(i)) || Character.isISOControl(raw.charAt(i)))) {
        char s = raw.charAt(i);
        lineBreak |= s == '\n' || s == '\r' || s == '\u000b';
        i++;
      }
      if (sb.length() == 0 || i == n) {
        continue;
      }
      boolean wide = isWide(sb.charAt(sb.length() - 1)) && isWide(raw.charAt(i));
      if (!(wide && lineBreak)) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
