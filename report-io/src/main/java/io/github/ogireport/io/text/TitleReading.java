package io.github.ogireport.io.text;

import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.ReportMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first stage of the line reading: the report's title, its agency and year, from the first lines of the
 * text. A title is {@code ‹agency›YYYY年…报告} or {@code YYYY年‹agency›政府信息公开…报告}, on one line or broken over
 * up to three (a converter's wrapping cuts it anywhere, even inside the year: {@code 峰港市住房和城乡建设局2} /
 * {@code 017年政府信息公开工作年度报告}), after a crawler's field name ({@code 标题:}) or a Markdown heading mark,
 * behind a page's breadcrumb ({@code 当前位置：首页 > 政务公开 > 政府信息公开年报}), or at the start of a line that
 * goes on with the body (a flattened page).
 *
 * <p>Where the lines leave the agency's extent open (the line before the title may be the agency's first half,
 * or a site name; a breadcrumb's last step may be glued to the agency), the candidates are the words before
 * the year cut at those places only, and the longest one that the text after the title also names is taken
 * (the narrative names the agency: {@code 2023年，仁安区义沙镇人民政府按照…}). Without such evidence the title's own
 * line decides, as printed, a breadcrumb cut off.
 */
final class TitleReading {
  /** The agency (null if not found), the year (null if not found) and the last line of the title (0: none). */
  record Title(String agency, Integer year, int lastLine) {
    static final Title NONE = new Title(null, null, 0);
  }

  private TitleReading() {}

  /** The longest title line. */
  static final int TITLE_MAX_CHARS = 60;
  /** The most characters other than white space that {@link #FIELD_NAME} and a Markdown heading mark remove. */
  private static final int FIELD_AND_HEADING_MARKS = 5 + 6;
  /** The longest line before a title's last line that a window joins (an agency printed on its own line). */
  private static final int AGENCY_LINE_MAX_CHARS = 40;
  /** The shortest agency name (国务院, 教育部). */
  private static final int MIN_AGENCY_CHARS = 3;
  /** Lines of the text looked at for a title. */
  private static final int LINES_SEEN = 8;
  /** Lines a title is broken over at most. */
  private static final int MAX_TITLE_LINES = 3;
  /** Characters of the text after the title searched for the agency's name (its first paragraphs). */
  private static final int BODY_CHARS = 2_000;
  /** Characters at the start of a long line searched for a title that the body follows on the same line. */
  private static final int INLINE_CHARS = 160;

  static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20|21)\\d{2})\\s*年(?:度)?");
  /** A crawler's field name before the title ({@code 标题:}). */
  private static final Pattern FIELD_NAME = Pattern.compile("^[\\p{IsHan}A-Za-z]{1,4}[:：]\\s*");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  /** A breadcrumb's step separator. */
  private static final String BREADCRUMB_SEPARATORS = ">＞»›→";
  /** A breadcrumb's last step glued to the agency: a column of reports ({@code 政府信息公开年报}). */
  private static final Pattern BREADCRUMB_COLUMN = Pattern.compile("^\\S*?年报\\s*");
  /** Sentence punctuation: words before a year that hold one are prose, not a title. */
  private static final String SENTENCE_MARKS = "。，,；;！!？?、";

  /** One non-empty line among the first: its index and its text without field name or heading mark. */
  private record Line(int index, String text) {}

  /** A title found: its year, the words before the year, the places where they may begin, its last line. */
  private record Found(int year, String before, List<Integer> cuts, boolean breadcrumb, int lastLine,
      String afterYear) {}

  /** The title of the text, from its first lines. */
  static Title read(List<String> lines) {
    List<Line> seen = new ArrayList<>(); // null: a line too long for a title (no window spans it)
    int firstLong = -1;
    for (int i = 0; i < lines.size() && seen.size() < LINES_SEEN; i++) {
      if (TextNormalizer.keyLongerThan(lines.get(i), TITLE_MAX_CHARS + FIELD_AND_HEADING_MARKS)) {
        seen.add(null);
        firstLong = firstLong < 0 ? i : firstLong;
        continue;
      }
      String norm = TextNormalizer.normalizeLine(lines.get(i)).replace('\t', ' ').strip();
      if (norm.isEmpty()) {
        continue;
      }
      seen.add(new Line(i, withoutMarks(norm)));
    }
    // the first line that ends a title (alone or with the lines before it), and every window that ends there
    for (int end = 0; end < seen.size(); end++) {
      if (seen.get(end) == null) {
        continue;
      }
      List<Found> windows = new ArrayList<>();
      for (int w = 1; w <= MAX_TITLE_LINES && end - w + 1 >= 0; w++) {
        if (seen.get(end - w + 1) == null) {
          break;
        }
        Found f = title(seen.subList(end - w + 1, end + 1));
        if (f != null) {
          windows.add(f);
        }
      }
      if (!windows.isEmpty()) {
        return decide(windows, lines);
      }
    }
    if (firstLong >= 0) {
      return inline(lines, firstLong);
    }
    return Title.NONE;
  }

  /** The text without a crawler's field name and then a Markdown heading mark (# 青岚县交通运输局2023年…). */
  private static String withoutMarks(String text) {
    return MARKDOWN_HEADING.matcher(FIELD_NAME.matcher(text).replaceFirst("")).replaceFirst("");
  }

  /** The title that the lines of a window make together, or null. */
  private static Found title(List<Line> window) {
    int length = 0;
    boolean year = false;
    boolean report = false;
    for (int i = 0; i < window.size(); i++) {
      Line l = window.get(i);
      if (l.text().length() > (i == window.size() - 1 ? TITLE_MAX_CHARS : AGENCY_LINE_MAX_CHARS)) {
        return null; // a title's last line is at most as long as a title, the lines before it as an agency
      }
      length += l.text().length();
      year |= l.text().indexOf('年') >= 0;
      report |= l.text().indexOf('告') >= 0;
    }
    if (!year || !report) {
      return null; // told without joining the lines: no year or report word in them
    }
    StringBuilder joined = new StringBuilder(length);
    List<Integer> starts = new ArrayList<>();
    for (Line l : window) {
      starts.add(joined.length());
      joined.append(l.text());
    }
    String t = joined.toString();
    if (t.indexOf('。') >= 0) {
      return null;
    }
    Matcher m = TITLE_YEAR.matcher(t);
    if (!m.find() || t.indexOf("报告", m.end()) < 0) {
      return null;
    }
    String before = t.substring(0, m.start()).strip(); // the lines are stripped: it begins where t does
    List<Integer> cuts = new ArrayList<>();
    for (int s : starts) {
      if (s > 0 && s < m.start()) {
        cuts.add(s); // a line of the window begins inside the words before the year
      }
    }
    return found(Integer.parseInt(m.group(1)), before, cuts, window.get(window.size() - 1).index() + 1,
        t.substring(m.end()).strip());
  }

  /** A title with its breadcrumb places added to the cuts. */
  private static Found found(int year, String before, List<Integer> lineCuts, int lastLine, String afterYear) {
    List<Integer> cuts = new ArrayList<>(lineCuts);
    int sep = lastSeparator(before);
    boolean breadcrumb = sep >= 0;
    if (breadcrumb) {
      // the breadcrumb's last step, then the agency after a space or glued to a column's name (…年报)
      cuts.add(sep + 1);
      String last = before.substring(sep + 1);
      for (int i = 1; i < last.length(); i++) {
        if (Character.isWhitespace(last.charAt(i - 1)) && !Character.isWhitespace(last.charAt(i))) {
          cuts.add(sep + 1 + i);
        }
      }
      Matcher col = BREADCRUMB_COLUMN.matcher(last.stripLeading());
      if (col.find() && col.end() < last.stripLeading().length()) {
        cuts.add(sep + 1 + (last.length() - last.stripLeading().length()) + col.end());
      }
    }
    return new Found(year, before, cuts, breadcrumb, lastLine, afterYear);
  }

  /** The title from the windows ending on one line: the agency the text after the title names, else the default. */
  private static Title decide(List<Found> windows, List<String> lines) {
    Found one = windows.get(0); // the shortest window: the line that ends the title, alone if it makes one
    Integer year = one.year() >= ReportMetadata.MIN_YEAR && one.year() <= ReportMetadata.MAX_YEAR ? one.year() : null;
    String body = null;
    String best = null;
    for (Found f : windows) {
      if (f.cuts().isEmpty()) {
        continue; // the words before the year can only begin where they do: nothing to choose between
      }
      List<String> candidates = candidates(f);
      if (body == null) {
        body = body(lines, one.lastLine());
      }
      for (String c : candidates) {
        if ((best == null || c.length() > best.length()) && body.contains(c)) {
          best = c;
        }
      }
    }
    Found chosen = one;
    if (best == null) {
      // no evidence: the title's own line (and the window that makes a title at all, when the year or the
      // report word was cut), its breadcrumb left out
      best = defaultAgency(one);
      if (best.isEmpty() && windows.size() > 1 && agencyLine(defaultAgency(windows.get(1)))) {
        chosen = windows.get(1); // a title beginning with its year: the agency on the line before
        best = defaultAgency(chosen);
      }
    }
    if (best.length() < MIN_AGENCY_CHARS) {
      // YYYY年‹agency›政府信息公开工作年度报告 (a word before the year such as a page's 正文 is no agency)
      int cut = one.afterYear().indexOf("政府信息公开");
      best = cut >= MIN_AGENCY_CHARS ? one.afterYear().substring(0, cut).strip() : "";
    }
    return new Title(best.isEmpty() ? null : best, year, Math.max(chosen.lastLine(), one.lastLine()));
  }

  /** The words before the year cut at each place they may begin (longest first). */
  private static List<String> candidates(Found f) {
    List<String> out = new ArrayList<>();
    if (!f.before().isEmpty() && !f.breadcrumb()) {
      out.add(f.before());
    }
    for (int c : f.cuts()) {
      String s = f.before().substring(Math.min(c, f.before().length())).strip();
      if (s.length() >= MIN_AGENCY_CHARS && !out.contains(s) && lastSeparator(s) < 0) {
        out.add(s);
      }
    }
    return out;
  }

  private static String defaultAgency(Found f) {
    if (!f.breadcrumb()) {
      return f.before();
    }
    int last = -1;
    for (int c : f.cuts()) {
      last = Math.max(last, c);
    }
    return f.before().substring(Math.min(last, f.before().length())).strip();
  }

  /** True if a line before a title that begins with its year may be the agency (no digit; not a word like 正文). */
  private static boolean agencyLine(String s) {
    if (s.length() < MIN_AGENCY_CHARS) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return false;
      }
    }
    return true;
  }

  /** The index of the text's last breadcrumb separator, or -1. */
  private static int lastSeparator(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (BREADCRUMB_SEPARATORS.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The text after line {@code lastLine} (1-based), lines joined without breaks. */
  private static String body(List<String> lines, int lastLine) {
    StringBuilder b = new StringBuilder(BODY_CHARS + 200);
    for (int i = Math.max(0, lastLine); i < lines.size() && b.length() < BODY_CHARS; i++) {
      b.append(lines.get(i)); // joined without breaks: a name wrapped in the narrative is found whole
    }
    return b.toString();
  }

  /**
   * A title at the start of a long line that goes on with the body ({@code 当前位置：首页>…年报‹agency›2023年政府
   * 信息公开工作年度报告　　一、总体情况…}): the words before its year hold no sentence punctuation.
   */
  private static Title inline(List<String> lines, int index) {
    String line = lines.get(index);
    String norm = TextNormalizer.normalizeLine(line.substring(0, Math.min(line.length(), INLINE_CHARS)));
    String head = withoutMarks(norm.strip());
    // where head begins in the line (normalizeLine keeps every character's place; only the front is removed)
    int offset = norm.length() - norm.stripLeading().length() + norm.strip().length() - head.length();
    Matcher m = TITLE_YEAR.matcher(head);
    if (!m.find()) {
      return Title.NONE;
    }
    int report = head.indexOf("报告", m.end());
    if (report < 0 || report + 2 > TITLE_MAX_CHARS + m.start() || head.substring(0, report).indexOf('。') >= 0) {
      return Title.NONE;
    }
    String before = head.substring(0, m.start()).strip();
    for (int i = 0; i < before.length(); i++) {
      if (SENTENCE_MARKS.indexOf(before.charAt(i)) >= 0) {
        return Title.NONE; // prose that names a report (现将2023年度…报告公布如下), not a title
      }
    }
    Found f = found(Integer.parseInt(m.group(1)), before, List.of(), 0, head.substring(m.end(), report + 2));
    // the body follows on the same line: the text after the title is the rest of it and the lines below
    List<String> rest = new ArrayList<>(lines.size() - index);
    rest.add(line.substring(Math.min(line.length(), offset + report + 2)));
    rest.addAll(lines.subList(index + 1, lines.size()));
    Title t = decide(List.of(f), rest);
    return new Title(t.agency(), t.year(), 0); // the line holds the body too: no line is the title's alone
  }
}
