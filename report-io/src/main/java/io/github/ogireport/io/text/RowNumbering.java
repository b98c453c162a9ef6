package io.github.ogireport.io.text;

import io.github.ogireport.io.internal.NumberingRules;
import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.OfficialForm;
import java.util.ArrayList;
import java.util.List;

/**
 * The line reading's tests for numbers that number a table's rows or columns rather than hold values, on a
 * line's tokens: the header word of a first column 序号 and the serial number a row begins with, and a row of
 * column numbers under a header (甲 乙 1 2 3 …). Which table they apply to is the session's
 * ({@link ReadSession}); the token stream blanks the same numbers in its own stage
 * ({@code stream.Numbering}).
 */
final class RowNumbering {
  private RowNumbering() {}

  /**
   * The header word over a first column numbering the rows (序号), when the line begins with it as a cell of its
   * own: the whole first token, or its first word before a space (序号 信息内容 … read as one text); else null.
   */
  static Tok serialHeader(List<Tok> toks) {
    if (toks.isEmpty() || toks.get(0).kind() != Tok.Kind.TEXT) {
      return null;
    }
    Tok first = toks.get(0);
    String text = first.text().strip();
    for (String w : OfficialForm.SERIAL_COLUMN_HEADERS) {
      if (first.key().equals(w) || (text.startsWith(w) && text.length() > w.length()
          && Character.isWhitespace(text.charAt(w.length())))) {
        return new Tok(Tok.Kind.TEXT, w, w, null, first.line(), first.col() + first.text().indexOf(w));
      }
    }
    return null;
  }

  /** The line's tokens without its serial column's header word {@code header}. */
  static List<Tok> withoutSerialHeader(List<Tok> toks, Tok header) {
    Tok first = toks.get(0);
    int after = first.text().indexOf(header.text()) + header.text().length();
    String rest = first.text().substring(after);
    if (rest.isBlank()) {
      return toks.subList(1, toks.size());
    }
    int lead = rest.length() - rest.stripLeading().length();
    List<Tok> out = new ArrayList<>(toks.size());
    out.add(new Tok(Tok.Kind.TEXT, rest.strip(), TextNormalizer.labelKey(rest.strip()), null, first.line(),
        first.col() + after + lead));
    out.addAll(toks.subList(1, toks.size()));
    return out;
  }

  /**
   * True if the tokens are a row of column numbers: the words over the label columns
   * ({@link OfficialForm#COLUMN_NUMBER_LABELS}) or none, then 1, 2, 3 … in order, as many as
   * {@link NumberingRules#columnNumbers(int, boolean)} asks. Empty cells may come before the numbers, not among
   * them.
   */
  static boolean columnNumbers(List<Tok> toks) {
    int next = 1;
    boolean numbers = false;
    boolean words = false;
    for (Tok t : toks) {
      if (t.isBlank()) {
        if (numbers) {
          return false;
        }
        continue;
      }
      if (t.kind() == Tok.Kind.TEXT && !numbers && OfficialForm.COLUMN_NUMBER_LABELS.contains(t.key())) {
        words = true;
        continue;
      }
      if (t.kind() != Tok.Kind.NUMBER || t.number() == null || !t.number().isInteger()
          || !t.number().unit().isEmpty() || t.number().explicitSign() || !t.text().strip().equals(Integer.toString(next))) {
        return false;
      }
      numbers = true;
      next++;
    }
    return NumberingRules.columnNumbers(next - 1, words);
  }


  /**
   * True if the line begins with a row's serial number that is no value: before its label, or, for a row
   * without a label ({@code labelless}: section 四's value line), before its values.
   */
  static boolean leadingSerial(List<Tok> toks, boolean labelless) {
    return toks.size() >= 2 && serialNumber(toks.get(0)) && (toks.get(1).kind() == Tok.Kind.TEXT || labelless);
  }

  /** A serial number of a row: a whole number of up to three digits, printed without a unit or sign. */
  static boolean serialNumber(Tok t) {
    return t.kind() == Tok.Kind.NUMBER && t.number() != null && t.number().isInteger() && t.number().unit().isEmpty()
        && !t.number().explicitSign() && t.text().strip().length() <= NumberingRules.MAX_SERIAL_DIGITS;
  }
}
