package io.github.ogireport.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers a report's narrative states about its tables: applications received, carried over,
 * handled and carried forward, reconsiderations, lawsuits, and (legacy reports) items disclosed.
 *
 * <p>A number counts when a unit follows it (件, 起 or 宗; 条 or 件 for items disclosed) and a keyword
 * names it: the keyword nearest before the number in the same sentence, not before the previous
 * number (so in {@code 收到52件申请，…办结51件} 52 is received and 51 handled), or a carried-forward
 * keyword right after the unit ({@code 103 件顺延到下年度}). A number after {@code 其中} is a part, not
 * the whole, and is skipped. A negation before a keyword with no number in its clause
 * ({@code 未收到政府信息公开申请}, {@code 无行政复议、行政诉讼}) states 0. Line breaks are removed first:
 * text extracted from PDF wraps lines in the middle of a sentence. A hand-written scanner, no regex;
 * the same text gives the same statements.
 */
final class NarrativeStatements {
  /** What a stated number counts. */
  enum Kind {
    RECEIVED,
    CARRIED_OVER,
    HANDLED,
    CARRIED_FORWARD,
    REVIEWS,
    LAWSUITS,
    DISCLOSED
  }

  /**
   * One statement: its kind, the number, the phrase stating it (line breaks removed), and whether its
   * keyword is 受理, which may count the applications carried over with the new ones.
   */
  record Statement(Kind kind, long value, String phrase, boolean mayIncludeCarriedOver) {}

  private static final int MAX_DIGITS = 12;
  private static final int MAX_CONTEXT = 80;

  /** Keywords before a number, with their kinds; the longest match at a position wins. */
  private static final String[][] KEYWORDS = {
    {"结转下一年度", "CARRIED_FORWARD"}, {"结转下年", "CARRIED_FORWARD"}, {"结转到下年", "CARRIED_FORWARD"},
    {"结转至下年", "CARRIED_FORWARD"}, {"转入下年", "CARRIED_FORWARD"}, {"顺延到下年", "CARRIED_FORWARD"},
    {"顺延至下年", "CARRIED_FORWARD"}, {"结转到下一年", "CARRIED_FORWARD"}, {"结转至下一年", "CARRIED_FORWARD"},
    {"上年结转", "CARRIED_OVER"}, {"上年度结转", "CARRIED_OVER"}, {"上一年度结转", "CARRIED_OVER"},
    {"上一年结转", "CARRIED_OVER"}, {"上年转结", "CARRIED_OVER"}, {"上年度转结", "CARRIED_OVER"},
    {"收到", "RECEIVED"}, {"新收", "RECEIVED"}, {"受理", "RECEIVED"}, {"接收", "RECEIVED"},
    {"办结", "HANDLED"}, {"答复", "HANDLED"},
    {"行政复议", "REVIEWS"}, {"复议申请", "REVIEWS"},
    {"行政诉讼", "LAWSUITS"}, {"诉讼", "LAWSUITS"},
    {"主动公开", "DISCLOSED"},
  };

  /** Keywords right after a number's unit that make it carried forward. */
  private static final String[] AFTER_FORWARD = {
    "结转下年", "结转到下年", "结转至下年", "转入下年", "顺延到下年", "顺延至下年", "结转下一年", "结转至下一年",
    "结转到下一年"
  };

  /**
   * Words that make a negation deny an outcome rather than the cases ({@code 未发生…行政复议纠错或行政诉讼败诉情形}
   * says nothing about how many there were).
   */
  private static final String[] QUALIFIERS = {
    "纠错", "纠正", "败诉", "胜诉", "维持", "撤销", "违法", "被诉", "超期", "逾期", "投诉", "答复", "办结", "审结"
  };

  private static final String[] NEGATIONS = {"未", "无", "没有", "暂无", "零"};

  private NarrativeStatements() {}

  /** The statements of the text in order, at most the first of each kind. */
  static Map<Kind, Statement> first(String text) {
    Map<Kind, Statement> first = new EnumMap<>(Kind.class);
    for (Statement s : extract(text)) {
      first.putIfAbsent(s.kind(), s);
    }
    return first;
  }

  /** Every statement of the text, in order of the numbers (a zero statement at its keyword). */
  static List<Statement> extract(String raw) {
    String text = normalise(raw);
    List<Statement> statements = new ArrayList<>();
    int boundary = 0;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (isSentenceStop(ch)) {
        zeroStatements(text, boundary, i, statements);
        boundary = i + 1;
        i++;
        continue;
      }
      if (digit(ch) < 0) {
        i++;
        continue;
      }
      int start = i;
      long value = 0;
      int digits = 0;
      while (i < text.length() && digit(text.charAt(i)) >= 0) {
        if (digits < MAX_DIGITS) {
          value = value * 10 + digit(text.charAt(i));
        }
        digits++;
        i++;
      }
      boolean decimal = (start > 0 && isDecimalMark(text.charAt(start - 1)))
          || (i < text.length() && isDecimalMark(text.charAt(i)) && i + 1 < text.length()
              && digit(text.charAt(i + 1)) >= 0);
      int j = skipSpaces(text, i);
      char unit = j < text.length() ? text.charAt(j) : 0;
      if (digits <= MAX_DIGITS && !decimal && isUnit(unit)) {
        int lastStop = start - 1;
        while (lastStop >= boundary && !isClauseStop(text.charAt(lastStop))) {
          lastStop--;
        }
        if (lastStop >= boundary) {
          zeroStatements(text, boundary, lastStop, statements);
        }
        Statement s = classify(text, boundary, start, j + 1, value, unit);
        if (s != null) {
          statements.add(s);
        }
        boundary = j + 1;
        i = j + 1;
      }
    }
    zeroStatements(text, boundary, text.length(), statements);
    return statements;
  }

  private static Statement classify(String text, int from, int number, int afterUnit, long value, char unit) {
    int contextStart = Math.max(from, number - MAX_CONTEXT);
    int after = skipSpaces(text, afterUnit);
    for (String k : AFTER_FORWARD) {
      if (text.startsWith(k, after) && unit != '条') {
        return new Statement(Kind.CARRIED_FORWARD, value,
            text.substring(number, after + k.length()), false);
      }
    }
    int bestEnd = -1;
    int bestStart = -1;
    Kind best = null;
    for (int p = contextStart; p < number; p++) {
      for (String[] k : KEYWORDS) {
        String word = k[0];
        if (p + word.length() <= number && text.startsWith(word, p)) {
          int end = p + word.length();
          // the nearest keyword wins; at the same end the longer one (上年结转 before 结转…)
          if (end > bestEnd || (end == bestEnd && p < bestStart)) {
            bestEnd = end;
            bestStart = p;
            best = Kind.valueOf(k[1]);
          }
        }
      }
    }
    if (best == null) {
      return null;
    }
    if (text.substring(bestEnd, number).contains("其中")) {
      return null;
    }
    if (best == Kind.DISCLOSED ? unit != '条' : unit == '条') {
      return null;
    }
    if (best == Kind.DISCLOSED) {
      String between = text.substring(bestEnd, number);
      if (between.strip().length() > 4 && !between.contains("信息")) {
        return null;
      }
    }
    String keyword = text.substring(bestStart, bestEnd);
    if (best == Kind.RECEIVED) {
      String between = text.substring(bestEnd, number);
      String afterText = text.substring(afterUnit, Math.min(text.length(), afterUnit + 4));
      if (!between.contains("申请") && !afterText.contains("申请")) {
        return null;
      }
    }
    int phraseEnd = afterUnit;
    if (best == Kind.RECEIVED && text.startsWith("申请", skipSpaces(text, afterUnit))
        && !text.substring(bestEnd, number).contains("申请")) {
      phraseEnd = skipSpaces(text, afterUnit) + 2;
    }
    return new Statement(best, value, text.substring(bestStart, phraseEnd).trim(), keyword.equals("受理"));
  }

  /** Negated keywords in [from, to): a clause with a negation, a keyword after it and no number. */
  private static void zeroStatements(String text, int from, int to, List<Statement> statements) {
    int clauseStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || isClauseStop(text.charAt(i))) {
        zeroClause(text, clauseStart, i, statements);
        clauseStart = i + 1;
      }
    }
  }

  private static void zeroClause(String text, int from, int to, List<Statement> statements) {
    if (from >= to) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (digit(text.charAt(i)) >= 0) {
        return;
      }
    }
    int negation = -1;
    for (int i = from; i < to && negation < 0; i++) {
      for (String n : NEGATIONS) {
        if (text.startsWith(n, i)) {
          negation = i;
          break;
        }
      }
    }
    if (negation < 0) {
      return;
    }
    String clause = text.substring(negation, to);
    for (String q : QUALIFIERS) {
      if (clause.contains(q)) {
        return;
      }
    }
    boolean received = false;
    boolean reviews = false;
    boolean lawsuits = false;
    boolean over = false;
    boolean forward = false;
    for (String[] k : KEYWORDS) {
      if (!clause.contains(k[0])) {
        continue;
      }
      int at = clause.indexOf(k[0]);
      switch (Kind.valueOf(k[1])) {
        case RECEIVED -> received |= at <= 4 && clause.indexOf("申请", at) >= 0;
        case REVIEWS -> reviews = true;
        case LAWSUITS -> lawsuits = true;
        case CARRIED_OVER -> over = true;
        case CARRIED_FORWARD -> forward = true;
        default -> { }
      }
    }
    String phrase = text.substring(from, to).trim();
    if (received) {
      statements.add(new Statement(Kind.RECEIVED, 0, phrase, false));
    }
    if (over) {
      statements.add(new Statement(Kind.CARRIED_OVER, 0, phrase, false));
    }
    if (forward) {
      statements.add(new Statement(Kind.CARRIED_FORWARD, 0, phrase, false));
    }
    if (reviews) {
      statements.add(new Statement(Kind.REVIEWS, 0, phrase, false));
    }
    if (lawsuits) {
      statements.add(new Statement(Kind.LAWSUITS, 0, phrase, false));
    }
  }

  /** The text without line breaks, full-width digits as ASCII digits. */
  static String normalise(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        continue;
      }
      sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
    }
    return sb.toString();
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isUnit(char c) {
    return c == '件' || c == '起' || c == '宗' || c == '条';
  }

  private static boolean isDecimalMark(char c) {
    return c == '.' || c == '．';
  }

  private static boolean isSentenceStop(char c) {
    return c == '。' || c == '；' || c == ';' || c == '！' || c == '？';
  }

  private static boolean isClauseStop(char c) {
    return c == '，' || c == ',' || c == '：' || c == ':' || c == '（' || c == '）' || c == '(' || c == ')';
  }

  private static int digit(char ch) {
    return ch >= '0' && ch <= '9' ? ch - '0' : -1;
  }
}
