package io.github.ogireport.io.text.stream;

import io.github.ogireport.io.internal.NumberingRules;
import io.github.ogireport.model.OfficialForm;

/**
 * The stage before {@link Stream}: numbers that number a table's rows or columns, not values, are replaced by
 * spaces, so that the text keeps its length (every position, and every location, is the same) and the stream,
 * which drops white space, never sees them.
 *
 * <ul>
 *   <li>A first column headed 序号 (1 ⇥ 行政处罚 ⇥ 5): from the first line that begins with such a header word,
 *       as a cell of its own, the word and the serial number that begins a later line before its label (one to
 *       three digits, then white space, then no value), or begins the first line after a header line whatever
 *       follows it (section 四's one row has no label);
 *   <li>a row of column numbers under a header (甲 乙 1 2 3 …): a line of 1, 2, 3 … in order, separated by
 *       white space, at least three after the words over the label columns, at least seven without them.
 * </ul>
 */
final class Numbering {
  private Numbering() {}

  /** The text with its row and column numbering blanked, or the text itself when it has none. */
  static String blanked(String text) {
    return columnNumbersBlanked(serialColumnBlanked(text));
  }

  /** The text with the serial column blanked, or the text itself when no line begins with its header. */
  private static String serialColumnBlanked(String text) {
    if (OfficialForm.SERIAL_COLUMN_HEADERS.stream().noneMatch(text::contains)) {
      return text;
    }
    char[] out = null;
    boolean active = false;
    boolean afterHeader = false; // the line before began with the header word: the table's first row follows
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int i = start;
      while (i < end && isSpace(text.charAt(i))) {
        i++;
      }
      int word = headerWord(text, i, end);
      if (word > 0) {
        active = true;
        afterHeader = true;
        out = blank(out, text, i, i + word);
      } else if (active && i < end) {
        int j = i;
        int most = NumberingRules.MAX_SERIAL_DIGITS;
        while (j < end && j - i <= most && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        int k = j;
        while (k < end && isSpace(text.charAt(k))) {
          k++;
        }
        // the first row under the header is blanked whatever follows its number: section 四's one row has no
        // label, its values follow its serial number
        if (j > i && j - i <= most && k > j && k < end && (afterHeader || !value(text, k, end))) {
          out = blank(out, text, i, j);
        }
        afterHeader = false;
      }
      start = end + 1;
    }
    return out == null ? text : new String(out);
  }

  /** The text with its rows of column numbers blanked, or the text itself when it has none. */
  private static String columnNumbersBlanked(String text) {
    if (text.indexOf('3') < 0) {
      return text;
    }
    char[] out = null;
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (columnNumbersLine(text, start, end)) {
        out = blank(out, text, start, end);
      }
      start = end + 1;
    }
    return out == null ? text : new String(out);
  }

  /** True if {@code text[start, end)} is a row of column numbers. */
  private static boolean columnNumbersLine(String text, int start, int end) {
    int i = start;
    int next = 1;
    boolean words = false;
    while (i < end) {
      while (i < end && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int j = i;
      while (j < end && !isSpace(text.charAt(j))) {
        j++;
      }
      String word = text.substring(i, j);
      if (next == 1 && OfficialForm.COLUMN_NUMBER_LABELS.contains(word)) {
        words = true;
        i = j;
        continue;
      }
      if (!word.equals(Integer.toString(next))) {
        return false;
      }
      next++;
      i = j;
    }
    return NumberingRules.columnNumbers(next - 1, words);
  }


  /** The length of the header word the line has at {@code i} as a cell of its own, or 0. */
  private static int headerWord(String text, int i, int end) {
    for (String w : OfficialForm.SERIAL_COLUMN_HEADERS) {
      int e = i + w.length();
      if (text.startsWith(w, i) && e < end && isSpace(text.charAt(e))) {
        return w.length();
      }
    }
    return 0;
  }

  private static char[] blank(char[] out, String text, int from, int to) {
    char[] o = out == null ? text.toCharArray() : out;
    for (int i = from; i < to; i++) {
      o[i] = ' ';
    }
    return o;
  }

  /** White space, or a Markdown row's cell boundary ({@code | 1 | 行政处罚 | 5 |}). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '|';
  }

  /**
   * True if a value begins at {@code k} (a number, a sign, a blank marker), not a label: a label may begin with
   * its own numbering (2.其他法律行政法规禁止公开, 3、…), digits then a point or 、 then no digit.
   */
  private static boolean value(String text, int k, int end) {
    char c = text.charAt(k);
    if (c == '-' || c == '+' || c == '—' || c == '－' || c == '/' || c == '.') {
      return true;
    }
    if (!isDigit(c)) {
      return false;
    }
    int m = k;
    while (m < end && isDigit(text.charAt(m))) {
      m++;
    }
    if (m >= end) {
      return true;
    }
    char after = text.charAt(m);
    boolean numbering = (after == '.' || after == '．' || after == '、') && (m + 1 >= end || !isDigit(text.charAt(m + 1)));
    return !numbering;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }
}
