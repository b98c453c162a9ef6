package io.github.ogireport.io.text.stream;

import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The token-stream reader: reads the statistics tables of a report whatever happened to its line and cell
 * boundaries (crawled pages flattened to one line, cells glued into digit runs, Markdown fragments from
 * converters, labels detached from their values). The pipeline:
 *
 * <ol>
 *   <li>{@link Stream}: the text as characters without white space, with boundary hints;
 *   <li>segmentation (here): table regions between anchors of the official form, found in order;
 *   <li>{@link RowAligner}: the official row labels placed in a region, tolerant of damage;
 *   <li>{@link Tokens}: the values of each row's span;
 *   <li>{@link RowValues} and {@link Splitter}: the possible cells of a row;
 *   <li>{@link TableSolver}: glued rows decided jointly by the table's relations;
 *   <li>the recognizers ({@link ApplicationsRecognizer}, {@link ReviewRecognizer},
 *       {@link Section2Recognizer}, {@link LegacyRecognizer}) build each table with provenance and findings.
 * </ol>
 *
 * <p>Stateless and thread-safe. Used by {@code TextReportReader}, which takes from it the tables the
 * line-oriented reading could not read as well.
 */
public final class StreamReader {
  /** The longest text read by the token-stream reader (its index is a {@code long} per character). */
  public static final int MAX_CHARS = 2_000_000;

  private StreamReader() {}

  /**
   * The tables read from the text (possibly none), in printed order. A table the model refuses (a value of
   * the wrong kind for its cell) is not returned: the line-oriented reading of it stands.
   */
  public static List<TableReading> read(String text) {
    if (text.length() > MAX_CHARS) {
      return List.of();
    }
    try {
      return readTables(text);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return List.of();
    }
  }

  private static List<TableReading> readTables(String text) {
    Stream s = Stream.of(Numbering.blanked(text));
    String c = s.chars();
    List<TableReading> out = new ArrayList<>();
    int end = c.length();

    int firstRow = firstOf(c, 0, core(ApplicationRow.NEW_RECEIVED.label()));
    if (firstRow < 0) {
      firstRow = firstOf(c, 0, core(ApplicationRow.CARRIED_OVER.label()));
    }
    // where section 二's first caption stands (-1: none)
    int firstCaption = c.indexOf(CAPTION_WORDS);
    int a3 = -1;
    if (firstRow < 0) {
      // both first row labels damaged (truncated by a converter): the table's corner note, its applicant
      // header or section 三's heading, when one is printed after section 二's captions
      a3 = firstOf(c, Math.max(0, firstCaption), key(ApplicationRow.CORNER_NOTE).substring(1, 10), key(OfficialForm.APPLICANT_GROUP_LABEL),
          core(ReportSection.APPLICATIONS.label()));
    }
    if (firstRow >= 0) {
      a3 = lastBefore(c, firstRow, key(ApplicationRow.CORNER_NOTE).substring(1, 10),
          key(OfficialForm.APPLICANT_GROUP_LABEL), core(ReportSection.APPLICATIONS.label()));
      if (a3 < 0) {
        a3 = firstRow;
      }
    }
    if (a3 < 0) {
      Optional<TableReading> legacy = guarded(() -> LegacyRecognizer.read(s));
      if (legacy.isPresent()) {
        return List.of(legacy.get());
      }
    }
    // without a section 三 table, section 四 starts after section 二's first caption when there is one: the
    // narrative before it may name 行政复议 and 行政诉讼 too (未发生…引起的行政复议和行政诉讼)
    int a4 = reviewStart(c, a3 >= 0 ? a3 : Math.max(0, firstCaption));
    // cells separated or glued: told from section 三's rows, or section 二's when there is no section 三
    boolean softReliable = a3 >= 0 ? !glued(s, a3, a4 < 0 ? end : a4)
        : firstCaption < 0 || !glued(s, firstCaption, a4 < 0 ? end : a4);
    int a5 = a4 < 0 ? -1 : firstOf(c, a4, core(ReportSection.PROBLEMS.label()).substring(0, 7),
        core(ReportSection.OTHER_MATTERS.label()));
    Edition appsEdition = null;
    TreeMap<Integer, String> captions = captions(c, a3 < 0 ? (a4 < 0 ? end : a4) : a3);
    List<TableReading> section2 = new ArrayList<>();
    if (a3 >= 0) {
      int appsStart = a3;
      int appsEnd = a4 < 0 ? end : a4;
      Optional<TableReading> apps = guarded(() -> ApplicationsRecognizer.read(s, appsStart, appsEnd, softReliable));
      if (apps.isPresent()) {
        appsEdition = apps.get().table().type() == TableType.APPLICATIONS_2019 ? Edition.V2019 : Edition.V2021;
      }
      apps.ifPresent(out::add);
    }
    int limit = a3 >= 0 ? a3 : a4 >= 0 ? a4 : end;
    List<Integer> starts = new ArrayList<>(captions.keySet());
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : limit;
      String item = captions.get(from);
      Optional<TableType> type = Section2Recognizer.type(s, from, to, item,
          appsEdition == null ? Edition.V2021 : appsEdition);
      type.flatMap(t -> guarded(() -> Section2Recognizer.read(s, from, to, t, softReliable))).ifPresent(section2::add);
    }
    out.addAll(0, section2);
    if (a4 >= 0) {
      int reviewStart = a4;
      int reviewEnd = a5 < 0 ? end : a5;
      guarded(() -> ReviewRecognizer.read(s, reviewStart, reviewEnd, softReliable)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * A recognizer's reading, or none when the model refuses a value it produced (a value of the wrong kind for
   * its cell): the line-oriented reading of that table stands.
   */
  private static Optional<TableReading> guarded(java.util.function.Supplier<Optional<TableReading>> recognizer) {
    try {
      return recognizer.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The most row labels followed directly by digits in a table where cells are separated. */
  private static final int GLUED_ROWS = 4;

  /**
   * True if the region's rows print their digits glued to their labels (no space, TAB or pipe between): a
   * crawler removed the separators, so a single space inside a row is no cell boundary to rely on. A row
   * whose cells start with blank markers glued to the label (数量//////0) counts.
   */
  static boolean glued(Stream s, int from, int to) {
    int count = 0;
    for (int i = Math.max(from, 1); i < to; i++) {
      if (cellChar(s.charAt(i)) && s.gapBefore(i) == Stream.NONE && Character.isLetter(s.charAt(i - 1))
          && i + 1 < to && cellChar(s.charAt(i + 1)) && s.gapBefore(i + 1) == Stream.NONE) {
        count++;
      }
    }
    return count > GLUED_ROWS;
  }

  /** A figure or a blank marker (a dash or slash, as the stream normalises them). */
  private static boolean cellChar(char c) {
    return Stream.isAsciiDigit(c) || c == '/' || c == '-';
  }

  static String key(String label) {
    return TextNormalizer.labelKey(label);
  }

  static String core(String label) {
    return TextNormalizer.stripNumbering(key(label));
  }

  /** The start of section 四: the first 行政复议 followed closely by 行政诉讼 (its two-level header or heading). */
  private static int reviewStart(String c, int from) {
    String review = key(ReviewRow.REVIEW.label());
    String litigation = key(ReviewRow.LITIGATION_GROUP_LABEL);
    int i = c.indexOf(review, from);
    while (i >= 0) {
      int j = c.indexOf(litigation, i + review.length());
      if (j >= 0 && j - i <= 40 && !inSentence(c, j + litigation.length())) {
        return i;
      }
      i = c.indexOf(review, i + 1);
    }
    return -1;
  }

  /**
   * True if a full stop closes the words within a few characters of {@code at} (…引起的行政复议和行政诉讼。,
   * 行政复议、行政诉讼案件均为0件。): prose naming the two, not the table's heading or header.
   */
  private static boolean inSentence(String c, int at) {
    int stop = c.indexOf('.', at);
    return stop >= 0 && stop - at <= 12 && c.substring(at, stop).indexOf(')') < 0;
  }

  /** The words of a section 二 caption before its item: 第二十条第 (its bracket left out). */
  private static final String CAPTION_WORDS = "第二十条第";

  /**
   * The item of the caption whose words stand at {@code at}: the one or two characters between its brackets
   * (第二十条第（X）项; empty or damaged too, 第二十条第（）项, its place then telling the item), or, printed
   * without brackets, one or two numerals before 项 (第二十条第X项); null when no such caption stands there.
   */
  static String captionItem(String c, int at) {
    int p = at + CAPTION_WORDS.length();
    if (p < c.length() && c.charAt(p) == '(') {
      int close = c.indexOf(')', p + 1);
      return close > 0 && close - p - 1 <= 2 ? c.substring(p + 1, close) : null;
    }
    int from = p;
    while (p < c.length() && p - from < 2 && "一二三四五六七八九十".indexOf(c.charAt(p)) >= 0) {
      p++;
    }
    return p > from && p < c.length() && c.charAt(p) == '项' ? c.substring(from, p) : null;
  }

  /** The last caption 第二十条第（X）项 of each item before {@code limit}, by position. */
  private static TreeMap<Integer, String> captions(String c, int limit) {
    TreeMap<Integer, String> out = new TreeMap<>();
    TreeMap<String, Integer> last = new TreeMap<>();
    int i = c.indexOf(CAPTION_WORDS);
    while (i >= 0 && i < limit) {
      String item = captionItem(c, i);
      if (item != null) {
        last.put(item, i);
      }
      i = c.indexOf(CAPTION_WORDS, i + 1);
    }
    last.forEach((item, at) -> out.put(at, item));
    return out;
  }

  private static int firstOf(String c, int from, String... texts) {
    int best = -1;
    for (String t : texts) {
      int i = c.indexOf(t, from);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  private static int lastBefore(String c, int before, String... texts) {
    int best = -1;
    for (String t : texts) {
      int i = c.lastIndexOf(t, before);
      if (i >= 0 && i + t.length() <= before && i > best) {
        best = i;
      }
    }
    return best;
  }
}
