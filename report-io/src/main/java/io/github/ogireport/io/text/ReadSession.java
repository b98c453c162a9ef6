package io.github.ogireport.io.text;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Severity;
import io.github.ogireport.io.internal.FrozenMap;
import io.github.ogireport.io.internal.LabelCatalog;
import io.github.ogireport.io.internal.LegacyHeaderWords;
import io.github.ogireport.io.internal.ParsedNumber;
import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of one document; not thread-safe, created per call by {@link TextReportReader}. */
final class ReadSession {
  /** A section 二 caption 第二十条第（X）项, its brackets printed or not (第二十条第X项). */
  private static final Pattern CAPTION = Pattern.compile("第二十条第(?:\\(([一五六八九])\\)|([一五六八九]))项");
  private static final Pattern CN_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}[.、]");
  private static final Pattern ANY_PREFIX =
      Pattern.compile("^(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2}|\\([一二三四五六七八九十0-9]{1,3}\\))\\.?");
  /** {@code 3 119}: thousands separated by spaces; a first group of 0 ({@code 0 886}) is two numbers. */
  /** Whole numbers apart by white space, and nothing else (several numbers in what is one cell). */
  private static final Pattern SEVERAL_NUMBERS = Pattern.compile("\\d+(?:\\s+\\d+)+");

  private static final Pattern SPACED_THOUSANDS = Pattern.compile("[+-]?[1-9][0-9]{0,2}(?: [0-9]{3})+(?:\\.[0-9]+)?");
  private static final List<String> UNITS = io.github.ogireport.model.OfficialForm.UNITS;

  enum Family { SECTION2, APPLICATIONS, REVIEW, LEGACY }

  enum Heading { NONE, OVERVIEW, ACTIVE, APPLICATIONS, REVIEW, PROBLEMS, OTHER }

  private final TextReportReader.Options options;
  private final BiFunction<Integer, Integer, Location> locator;
  private final boolean cellColumns;
  /** The longest text (in characters) between two numbers of section 三 still read as a header block. */
  private static final int MAX_HEADER_RUN = 400;
  /**
   * The shortest label key (without numbering) that can be a typo of a section 三 label of twenty characters
   * or more: {@link LabelCatalog} accepts a typo within a sixth of the label's length, so 20 − 3.
   */
  private static final int MIN_LONG_TYPO_KEY = 17;
  /** The lines, the locator and the findings of this read, once {@link #read} has the lines. */
  private ReadContext ctx;
  /** Sized for the cells of every table of an edition (about 500), so that it does not rehash. */
  private final FrozenMap.Builder<CellRef, Location> provenance = FrozenMap.builder(768);
  private final List<TableAcc> tables = new ArrayList<>();
  /** Label key to the same key with canonical numbering ({@link LabelCatalog#canonicalKey}), for this read. */
  private final Map<String, String> canonicalKeys = new java.util.HashMap<>(512); // sized for a report's labels
  private final List<NarrativeSection> narrative = new ArrayList<>();
  private TableAcc current;
  private ReportSection narrativeSection;
  private String narrativeHeading;
  private final List<String> narrativeLines = new ArrayList<>();
  private boolean sawOfficialHeading;
  /** Section 四's heading was read, and section 五's not yet: a sub-heading may stand for 五's lost heading. */
  private boolean reviewSeen;
  private boolean problemsSeen;
  private int titleLine = 0;
  private String agency;
  private Integer year;

  ReadSession(TextReportReader.Options options, BiFunction<Integer, Integer, Location> locator,
      boolean cellColumns) {
    this.options = options;
    this.locator = locator;
    this.cellColumns = cellColumns;
  }

  // ---------------------------------------------------------------- driver

  ReadResult read(List<String> lines) {
    return read(lines, new java.util.BitSet());
  }

  /**
   * Reads the lines; {@code tableRows} are the (0-based) lines that were rows of a table with explicit cell
   * boundaries (Markdown pipe rows), each field one cell, an empty one a blank cell.
   */
  ReadResult read(List<String> lines, java.util.BitSet tableRows) {
    if (lines.size() > options.maxLines()) {
      throw new InputLimitException("document has " + lines.size() + " lines, more than the limit of "
          + options.maxLines(), Location.ofLine(options.maxLines() + 1, 0));
    }
    ctx = new ReadContext(lines, cellColumns, locator, tableRows);
    readTitle(lines);
    boolean[] footer = pageFooters(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (footer[i] && current != null) {
        continue; // a page number inside a table region (narrative keeps its lines as printed)
      }
      processLine(i + 1, lines.get(i));
    }
    finishTable();
    flushNarrative();
    return assemble();
  }

  /** A page footer printed between dashes ({@code — 3 —}): text, never a number between two blank cells. */
  private static final Pattern DASHED_PAGE_NUMBER = Pattern.compile("[-—－–]\\s*[0-9]{1,3}\\s*[-—－–]");

  private static final Pattern BARE_PAGE_NUMBER =
      Pattern.compile("^[\\s\f]*[-—－–]?\\s*[0-9]{1,3}\\s*[-—－–]?[\\s\f]*$");

  /**
   * Marks the page footers that would read as a number: a line holding only a page number ({@code 3},
   * {@code - 3 -}) that is the last non-blank line before a form feed or carries the form feed itself
   * (pdftotext ends every page with one). Decorated footers ({@code 第 3 页}) are text and harmless.
   */
  private boolean[] pageFooters(List<String> lines) {
    boolean[] out = new boolean[lines.size()];
    if (cellColumns) {
      return out;
    }
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      // (a TAB first: a row of numbers in TAB fields has only page-number characters too)
      if (raw.indexOf('\t') >= 0 || !onlyPageNumberChars(raw) || !hasAnyDigit(raw)
          || !BARE_PAGE_NUMBER.matcher(TextNormalizer.normalizeLine(raw).replace('\f', ' ')).matches()) {
        continue;
      }
      boolean feed = raw.indexOf('\f') >= 0;
      for (int j = i + 1; !feed && j < lines.size() && j <= i + 3; j++) {
        String next = lines.get(j);
        if (next.indexOf('\f') >= 0 && next.substring(0, next.indexOf('\f')).isBlank()) {
          feed = true;
        } else if (!next.isBlank()) {
          break;
        }
      }
      out[i] = feed;
    }
    return out;
  }

  private static boolean containsAny(String key, List<String> words) {
    for (String w : words) {
      if (key.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True if every character, normalised, may stand in a {@link #BARE_PAGE_NUMBER}: white space, dashes, digits. */
  private static boolean onlyPageNumberChars(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = TextNormalizer.normalizeChar(raw.charAt(i));
      if (!(c >= '0' && c <= '9') && c != '-' && c != '—' && c != '－' && c != '–' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * False if no token of a line whose label key is {@code key} can open a table below (a token's key is a
   * part of the line's key): none of the caption, header and heading words the anchors look for occurs.
   */
  private static boolean mayOpenTable(String key) {
    if (key.contains("第二十条第") || key.contains("勾稽关系") || key.contains("申请人情况") || key.contains("行政复议")
        || key.contains(LEGACY_CAPTION_END)) {
      return true;
    }
    return containsAny(key, OfficialForm.LEGACY_INDICATOR_HEADERS)
        || (containsAny(key, OfficialForm.LEGACY_INDICATOR_SHORT_HEADERS)
            && containsAny(key, OfficialForm.LEGACY_UNIT_HEADERS)); // 项目 alone is a common word of prose
  }

  /**
   * True if the text token {@code toks[i]} opens the legacy form: a strong header word (统计指标), a caption of
   * the form, or, as the line's first token, a header row ({@link #legacyHeaderRow}).
   */
  private static boolean opensLegacy(Tok t, int i, List<Tok> toks) {
    String k = t.key();
    return containsAny(k, OfficialForm.LEGACY_INDICATOR_HEADERS) || legacyCaption(k)
        || (i == 0 && (legacyHeaderRow(toks) || legacyRow(toks)));
  }

  /**
   * True if the line is a row of the legacy form printed as one ({@code 主动公开信息数 条 486 3120}): a value row's
   * label as the catalogue prints it (national or a provincial name, exact or an alias, never a typo or a
   * prefix), its unit, then a number. It opens the form where neither caption nor header row is printed.
   */
  private static boolean legacyRow(List<Tok> toks) {
    if (toks.size() < 3 || toks.get(0).kind() != Tok.Kind.TEXT || toks.get(1).kind() != Tok.Kind.TEXT
        || !UNITS.contains(toks.get(1).key()) || toks.get(2).kind() != Tok.Kind.NUMBER) {
      return false;
    }
    return LabelCatalog.legacy().match(List.of(toks.get(0).key()), -1, false)
        .filter(m -> m.kind() == LabelCatalog.MatchKind.EXACT || m.kind() == LabelCatalog.MatchKind.ALIAS)
        .filter(m -> !(m.row() instanceof io.github.ogireport.model.LegacyIndicator li) || !li.isHeading())
        .isPresent();
  }

  /** The word every caption of the legacy form ends with ({@link OfficialForm#LEGACY_CAPTIONS}). */
  private static final String LEGACY_CAPTION_END = "统计表";

  /** The longest text printed before a caption of the legacy form (an agency, a year, 附件：). */
  private static final int LEGACY_CAPTION_MAX_PREFIX = 30;

  /**
   * True if the key is a caption of the legacy form: one of {@link OfficialForm#LEGACY_CAPTIONS}, an agency, a
   * year or 附件： before it ({@code 柳塘县2013年度政府信息公开工作统计表}).
   */
  private static boolean legacyCaption(String key) {
    if (!key.endsWith(LEGACY_CAPTION_END)) {
      return false;
    }
    for (String c : OfficialForm.LEGACY_CAPTIONS) {
      if (key.endsWith(c) && key.length() <= c.length() + LEGACY_CAPTION_MAX_PREFIX) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the line's tokens are the legacy form's header row: all text, three or more header words in all
   * ({@link #headerWords}, the short 项目 / 指标 included, apart or run together), one of them a unit header
   * ({@code 项目 单位 数量 累计}).
   */
  private static boolean legacyHeaderRow(List<Tok> toks) {
    int length = 0;
    for (Tok t : toks) {
      length += t.key().length();
      if (t.kind() != Tok.Kind.TEXT || length > LEGACY_HEADER_ROW_MAX_KEY) {
        return false; // (checked first: the common line is a row of numbers or a sentence)
      }
    }
    StringBuilder joined = new StringBuilder(length);
    for (Tok t : toks) {
      joined.append(t.key());
    }
    String k = joined.toString();
    return headerWords(k) >= 3 && OfficialForm.LEGACY_UNIT_HEADERS.stream().anyMatch(k::contains);
  }

  /** The longest key of a legacy header row (指标名称 计量单位 2014年度 历年累计 has 18 characters). */
  private static final int LEGACY_HEADER_ROW_MAX_KEY = 24;

  private static boolean hasAnyDigit(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19')) {
        return true;
      }
    }
    return false;
  }

  private void processLine(int lineNo, String raw) {
    String norm = TextNormalizer.normalizeLine(raw);
    // the line's label key only where it is looked at (a heading's words, a narrative line's): not for the
    // common table row
    if (!TextNormalizer.hasKeyChar(norm) && (current == null || norm.indexOf('\t') < 0)) {
      if (current == null && narrativeSection != null) {
        narrativeLines.add(raw.stripTrailing());
      }
      return;
    }
    String key = null;
    Heading h = Heading.NONE;
    if (mayBeHeading(norm) && !TextNormalizer.keyLongerThan(norm, HEADING_MAX_KEY)) {
      key = TextNormalizer.labelKey(norm);
      h = heading(key, norm);
    }
    if (h == Heading.APPLICATIONS && current != null && current.family == Family.APPLICATIONS
        && !current.rows.isEmpty()) {
      return; // section 三's caption again among its rows (a converter's repeated header, a page break): the same table
    }
    if (h != Heading.NONE) {
      sawOfficialHeading = true;
      finishTable();
      flushNarrative();
      switch (h) {
        case OVERVIEW -> startNarrative(ReportSection.OVERVIEW, raw.strip());
        case PROBLEMS -> {
          problemsSeen = true;
          startNarrative(ReportSection.PROBLEMS, raw.strip());
        }
        case OTHER -> startNarrative(ReportSection.OTHER_MATTERS, raw.strip());
        case ACTIVE -> current = null;
        case APPLICATIONS -> current = new TableAcc(Family.APPLICATIONS, null, lineNo);
        case REVIEW -> {
          reviewSeen = true;
          current = new TableAcc(Family.REVIEW, null, lineNo);
        }
        default -> { }
      }
      return;
    }
    if (current == null && norm.indexOf('\t') < 0 && !hasAnyDigit(norm)
        && !mayOpenTable(key != null ? key : TextNormalizer.labelKey(norm))) {
      // prose outside the tables, with no number and no word that opens a table: its tokens would change
      // nothing (the common line of a narrative; tokenising it was a fifth of the reading)
      if (lineNo > titleLine) {
        narrativeLine(raw, norm);
      }
      return;
    }
    List<Tok> toks = tokenize(norm, lineNo);
    // a header row whose first cell is 序号: the table it heads numbers its rows in a first column (the flag
    // is set on the table current once the line's anchors have opened it); a row of that table starting with
    // its number before its label gives the number up (a serial number, not a value)
    Tok serialHeader = RowNumbering.serialHeader(toks);
    if (serialHeader != null) {
      toks = RowNumbering.withoutSerialHeader(toks, serialHeader);
    } else if (current != null && current.serialColumn && RowNumbering.leadingSerial(toks,
        current.family == Family.REVIEW && current.reviewCells.isEmpty() && current.numbers.isEmpty())) {
      // (section 四's one row has no label: the number its value line begins with is its serial number)
      toks = toks.subList(1, toks.size());
    }
    if (current != null && RowNumbering.columnNumbers(toks)) {
      // the row of column numbers under a header (甲 乙 1 2 3 …): it numbers the columns, it holds no values
      if (!current.columnNumbers) {
        current.columnNumbers = true;
        finding("reader.column-numbers", Severity.INFO, location(lineNo, toks.get(0).col()),
            "a row numbering the table's columns (" + norm.strip() + ") was not read as values",
            List.of(norm.strip()));
      }
      return;
    }
    // anchors that open (or switch) a table
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.kind() != Tok.Kind.TEXT) {
        continue;
      }
      Matcher cap = t.key().length() <= 16 && t.key().contains("第二十条第") ? CAPTION.matcher(t.key()) : null;
      if (cap != null && cap.find()) {
        finishTable();
        flushNarrative();
        current = new TableAcc(Family.SECTION2, cap.group(1) != null ? cap.group(1) : cap.group(2), lineNo);
        serialColumn(serialHeader);
        processTokens(toks.subList(i + 1, toks.size()), lineNo);
        return;
      }
      if ((current == null || current.family == Family.SECTION2)
          && (t.key().contains("勾稽关系") || t.key().equals("申请人情况"))) {
        finishTable();
        flushNarrative();
        current = new TableAcc(Family.APPLICATIONS, null, lineNo);
        break;
      }
      if ((current == null || current.family == Family.APPLICATIONS || current.family == Family.SECTION2)
          && t.key().equals("行政复议") && (current == null || current.rows.size() > 0
              || current.family == Family.SECTION2)) {
        finishTable();
        flushNarrative();
        current = new TableAcc(Family.REVIEW, null, lineNo);
        break;
      }
      if ((current == null || current.family != Family.LEGACY) && opensLegacy(t, i, toks)) {
        finishTable();
        flushNarrative();
        current = new TableAcc(Family.LEGACY, null, lineNo);
        break;
      }
    }
    if (current == null) {
      if (lineNo > titleLine) {
        narrativeLine(raw, norm);
      }
      return;
    }
    if (norm.indexOf('。') >= 0 && norm.indexOf('\t') < 0) {
      return; // a sentence inside a table region (a note such as 表格如下); never table data
    }
    serialColumn(serialHeader);
    processTokens(toks, lineNo);
  }

  /** The current table numbers its rows in a first column headed {@code header} (null: no such header here). */
  private void serialColumn(Tok header) {
    if (header == null || current.serialColumn) {
      return;
    }
    current.serialColumn = true;
    finding("reader.serial-column", Severity.INFO, location(header.line(), header.col()),
        "the table's first column '" + header.text().strip() + "' numbers its rows; its numbers were not read as"
            + " values", List.of(header.text().strip()));
  }

  /**
   * A header word of the legacy statistics form, from the one catalogue ({@link OfficialForm}): the indicator,
   * unit, value and cumulative column heads (指标名称 计量单位 本年度 历年累计), a year's column ({@code 2014年度}).
   */
  private static boolean legacyHeaderWord(String k) {
    return OfficialForm.LEGACY_INDICATOR_HEADERS.stream().anyMatch(k::contains) || k.startsWith("累计")
        || headerWords(k) > 0;
  }

  /**
   * How many header words the key is made of, one after another ({@code 项目单位数量累计}: 4; a year's column
   * {@code 2014年度} counts), or 0 when any of it is no header word.
   */
  private static int headerWords(String k) {
    int[] n = {0};
    return LegacyHeaderWords.end(k, 0, false, n) == k.length() ? n[0] : 0;
  }


  private void narrativeLine(String raw, String norm) {
    if (!sawOfficialHeading) {
      String stripped = norm.strip();
      if (CN_HEADING.matcher(stripped).find() && stripped.length() <= 30 && stripped.indexOf('。') < 0
          && !TitleReading.TITLE_YEAR.matcher(stripped).find()) {
        flushNarrative();
        startNarrative(ReportSection.UNCLASSIFIED, raw.strip());
        return;
      }
    }
    if (narrativeSection == null) {
      startNarrative(ReportSection.UNCLASSIFIED, "");
    }
    narrativeLines.add(raw.stripTrailing());
  }

  /** The longest label key of a heading line. */
  private static final int HEADING_MAX_KEY = 30;

  /** The section heading the line is, if any; called only for lines {@link #mayBeHeading} lets through. */
  private Heading heading(String key, String norm) {
    if (key.length() > HEADING_MAX_KEY) {
      return Heading.NONE;
    }
    // the pattern needs a numeral or a bracket first: other lines are not matched against it
    char first = key.isEmpty() ? ' ' : key.charAt(0);
    Matcher m = first == '(' || (first >= '0' && first <= '9') || "一二三四五六七八九十".indexOf(first) >= 0
        ? ANY_PREFIX.matcher(key) : null;
    String prefix = "";
    String rest = key;
    if (m != null && m.find() && m.end() > 0) {
      prefix = key.substring(0, m.end());
      rest = key.substring(m.end());
    }
    boolean cnPrefix = prefix.isEmpty() || isChineseNumberingPrefix(prefix);
    boolean tablePrefix = prefix.isEmpty()
        || (prefix.length() == 2 && prefix.charAt(1) == '.' && "二三四".indexOf(prefix.charAt(0)) >= 0);
    if (rest.equals("总体情况") && cnPrefix) {
      return Heading.OVERVIEW;
    }
    // a numbered table heading with one character inserted, dropped or changed (二、主动公开政府信息的情况)
    boolean numbered = !prefix.isEmpty() && tablePrefix;
    // a table heading numbered in brackets with its own numeral, its words exact ((四)政府信息公开行政复议…): the
    // bracketed numbering is also a row's ((四)无法提供) and a sub-heading's, so no other words are taken
    if ((tablePrefix || prefix.equals("(二)")) && (rest.equals("主动公开政府信息情况")
        || (numbered && prefix.charAt(0) == '二' && TextNormalizer.distance(rest, "主动公开政府信息情况", 1) <= 1))) {
      return Heading.ACTIVE;
    }
    if ((tablePrefix || prefix.equals("(三)")) && (rest.equals("收到和处理政府信息公开申请情况")
        || (numbered && prefix.charAt(0) == '三' && TextNormalizer.distance(rest, "收到和处理政府信息公开申请情况", 1) <= 1))) {
      return Heading.APPLICATIONS;
    }
    if ((rest.equals("政府信息公开行政复议.行政诉讼情况") || rest.equals("政府信息公开行政复议行政诉讼情况"))
        && (tablePrefix || prefix.equals("(四)"))) {
      return Heading.REVIEW;
    }
    boolean closingPrefix = !prefix.isEmpty() && !prefix.startsWith("(");
    if (rest.startsWith("存在的主要问题") && rest.length() <= 16 && closingPrefix) {
      return Heading.PROBLEMS;
    }
    if (reviewSeen && !problemsSeen && rest.length() <= 24 && !norm.strip().endsWith("。")
        && (rest.contains("存在的主要问题") || rest.endsWith("存在的问题"))) {
      // section 五's heading lost (a converter kept only its sub-heading: （二）2025年工作中存在的主要问题)
      return Heading.PROBLEMS;
    }
    if (rest.startsWith("其他需要报告的事项") && rest.length() <= 12 && closingPrefix) {
      return Heading.OTHER;
    }
    return Heading.NONE;
  }

  /**
   * False if the line (or its key: the characters looked for are the same in both) cannot be a section
   * heading: every heading below holds 情 or 况 (情况; one changed
   * character leaves the other), 问 (问题) or 事 (事项). Lines of table rows are mostly turned away here,
   * before the numbering pattern runs.
   */
  private static boolean mayBeHeading(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '情' || c == '况' || c == '问' || c == '事') {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is one to three Chinese numerals with an optional full stop ({@code 三}, {@code 十二.}). */
  private static boolean isChineseNumberingPrefix(String prefix) {
    int n = prefix.length();
    if (n > 0 && prefix.charAt(n - 1) == '.') {
      n--;
    }
    if (n < 1 || n > 3) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if ("一二三四五六七八九十".indexOf(prefix.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** An explicit blank marker: {@code -}, {@code --}, {@code ---}, {@code /}, {@code \\}, {@code 无}, {@code 空}. */
  static boolean isBlankMarker(String key) {
    int n = key.length();
    if (n == 1) {
      char c = key.charAt(0);
      return c == '-' || c == '/' || c == '\\' || c == '无' || c == '空';
    }
    if (n == 2 || n == 3) {
      for (int i = 0; i < n; i++) {
        if (key.charAt(i) != '-') {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- narrative and title

  private void startNarrative(ReportSection section, String heading) {
    narrativeSection = section;
    narrativeHeading = heading;
    narrativeLines.clear();
  }

  private void flushNarrative() {
    if (narrativeSection == null) {
      return;
    }
    int from = 0;
    int to = narrativeLines.size();
    while (from < to && narrativeLines.get(from).isBlank()) {
      from++;
    }
    while (to > from && narrativeLines.get(to - 1).isBlank()) {
      to--;
    }
    String text = String.join("\n", narrativeLines.subList(from, to));
    if (!(narrativeSection == ReportSection.UNCLASSIFIED && narrativeHeading.isEmpty() && text.isEmpty())) {
      narrative.add(NarrativeSection.of(narrativeSection, narrativeHeading, text));
    }
    narrativeSection = null;
    narrativeLines.clear();
  }

  /** The report year stated with the statistics period when there is no title. */
  private static final Pattern PERIOD_YEAR = Pattern.compile("统计期限[^0-9]{0,12}((?:19|20|21)\\d{2})\\s*年");

  private void readTitle(List<String> lines) {
    TitleReading.Title title = TitleReading.read(lines);
    agency = title.agency();
    year = title.year();
    titleLine = title.lastLine();
    if (year == null) {
      StringBuilder head = new StringBuilder();
      for (int i = 0; i < lines.size() && head.length() < 4_000; i++) {
        head.append(lines.get(i));
      }
      Matcher m = PERIOD_YEAR.matcher(TextNormalizer.normalizeLine(head.toString()));
      if (m.find()) {
        int y = Integer.parseInt(m.group(1));
        if (y >= ReportMetadata.MIN_YEAR && y <= ReportMetadata.MAX_YEAR) {
          year = y;
        }
      }
    }
  }

  // ---------------------------------------------------------------- tokens

  private List<Tok> tokenize(String norm, int lineNo) {
    List<Tok> out = new ArrayList<>();
    lineNumbers = 0;
    lineToks = 0;
    boolean hasTab = norm.indexOf('\t') >= 0;
    int start = 0;
    int field = 0;
    boolean anyContent = false;
    while (start <= norm.length()) {
      int end = norm.indexOf('\t', start);
      if (end < 0) {
        end = norm.length();
      }
      field++;
      Tok plain = plainDigits(norm, start, end, field, lineNo);
      if (plain != null) {
        // the common cell, one number alone in its field: what splitting and classifying it would give
        anyContent = true;
        emit(out, plain);
        if (end == norm.length()) {
          break;
        }
        start = end + 1;
        continue;
      }
      String f = norm.substring(start, end);
      if (f.isBlank()) {
        boolean leadingEmpty = !cellColumns && !anyContent && f.isEmpty() && field == 1;
        if (hasTab && !leadingEmpty) {
          emit(out, new Tok(Tok.Kind.SOFT_BLANK, f, "", null, lineNo, col(start, field)));
        }
      } else {
        anyContent = true;
        if ((hasTab || cellColumns) && f.indexOf(' ') >= 0 && f.strip().indexOf(' ') > 0
            && SPACED_THOUSANDS.matcher(f.strip()).matches()) {
          // one cell of a table holding one number with spaces as thousands separators (3 119); said, since the
          // cell may as well hold two numbers (595 239)
          int at = start + f.indexOf(f.strip());
          emit(out, classify(f.strip().replace(" ", ""), at, field, lineNo));
          finding("reader.stray-space-merged", Severity.INFO, location(lineNo, col(at, field)), "'" + f.strip()
              + "' in one cell read as one number, " + f.strip().replace(" ", "") + " (spaces taken for thousands"
              + " separators)", List.of(f.strip()));
        } else if (cellColumns && hasTab && SEVERAL_NUMBERS.matcher(f.strip()).matches()) {
          // a document's table cell holding several numbers apart (a number broken over two lines of its cell,
          // 4<br>3): one cell, and not one number; its cell is left blank and named (reader.invalid-value)
          int at = start + f.indexOf(f.strip());
          String t = f.strip();
          emit(out, new Tok(Tok.Kind.NUMBER, t, TextNormalizer.labelKey(t),
              new ParsedNumber(java.math.BigDecimal.ZERO, false, ParsedNumber.MALFORMED, t.replace(" ", "")),
              lineNo, col(at, field)));
        } else {
          splitField(f, start, field, lineNo, out);
        }
      }
      if (end == norm.length()) {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * The number token of a field {@code norm[start, end)} that holds only ASCII digits between spaces (at
   * most 18 digits and the digit limit), as {@link #splitField} and {@link #classify} would give it; null
   * for any other field.
   */
  private Tok plainDigits(String norm, int start, int end, int field, int lineNo) {
    int a = start;
    while (a < end && norm.charAt(a) == ' ') {
      a++;
    }
    int b = a;
    while (b < end && norm.charAt(b) >= '0' && norm.charAt(b) <= '9') {
      b++;
    }
    int digits = b - a;
    if (digits == 0 || digits > 18 || digits > options.maxNumberDigits()) {
      return null;
    }
    for (int i = b; i < end; i++) {
      if (norm.charAt(i) != ' ') {
        return null;
      }
    }
    String t = norm.substring(a, b);
    return new Tok(Tok.Kind.NUMBER, t, t, parse(t, lineNo, a).orElseThrow(), lineNo, col(a, field));
  }

  private int col(int charIndex, int field) {
    return cellColumns ? field : charIndex + 1;
  }

  private void splitField(String f, int offset, int field, int lineNo, List<Tok> out) {
    int i = 0;
    int n = f.length();
    while (i < n) {
      while (i < n && f.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int j = f.indexOf("  ", i); // the piece ends at the next run of two spaces, or at the field's end
      if (j < 0) {
        j = n;
      }
      int a = i;
      int b = j;
      while (a < b && Character.isWhitespace(f.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(f.charAt(b - 1))) {
        b--;
      }
      String piece = a == 0 && b == n ? f : f.substring(a, b); // f.substring(i, j).strip(), one copy at most
      peel(piece, offset + i, field, lineNo, out);
      i = j;
    }
  }

  private void peel(String piece, int offset, int field, int lineNo, List<Tok> out) {
    // the trailing space-separated numbers, found from the end without splitting the whole piece
    int k = 0;
    int cut = piece.length(); // where the trailing numbers begin
    if (piece.indexOf(' ') >= 0) {
      int end = piece.length();
      while (end > 0) {
        int sp = piece.lastIndexOf(' ', end - 1);
        String w = piece.substring(sp + 1, end);
        // a blank marker among the trailing cells is one of them (0 — 3 —), not the end of a label
        boolean marker = w.length() == 1 && isBlankMarker(TextNormalizer.labelKey(w))
            && !DASHED_PAGE_NUMBER.matcher(piece).matches();
        if (!marker && (!parse(w, lineNo, offset).isPresent() || UNITS.contains(w))) {
          break;
        }
        k++;
        cut = sp + 1;
        if (!marker) {
          checkLineNumbers(lineNumbers + k, lineNo, offset + sp + 1);
        }
        if (sp < 0) {
          break;
        }
        end = sp;
      }
    }
    boolean allNumbers = cut == 0;
    if (k == 0 || (!allNumbers && parse(piece, lineNo, offset).isPresent())) {
      emit(out, classify(piece, offset, field, lineNo));
      return;
    }
    int pos = 0;
    if (!allNumbers) {
      emit(out, classify(piece.substring(0, cut - 1), offset, field, lineNo));
      pos = cut;
    }
    while (pos < piece.length()) {
      int sp = piece.indexOf(' ', pos);
      int end = sp < 0 ? piece.length() : sp;
      emit(out, classify(piece.substring(pos, end), offset + pos, field, lineNo));
      pos = end + 1;
    }
  }

  /** Numbers and cells of the line being tokenized, limited so a huge line is refused before it is built. */
  private int lineNumbers;
  private int lineToks;

  private void emit(List<Tok> out, Tok t) {
    if (t.kind() == Tok.Kind.NUMBER) {
      lineNumbers++;
      checkLineNumbers(lineNumbers, t.line(), t.col());
    }
    if (++lineToks > 2 * options.maxTableNumbers()) {
      throw new InputLimitException("line has more than " + 2 * options.maxTableNumbers() + " cells",
          location(t.line(), t.col()));
    }
    out.add(t);
  }

  /** Refuses a line whose numbers, with those of the table it is in, exceed the table limit. */
  private void checkLineNumbers(int onLine, int lineNo, int col) {
    int inTable = current == null ? 0 : current.numbers.size();
    if (onLine + inTable > options.maxTableNumbers()) {
      throw new InputLimitException((current == null ? "line" : "table") + " has more than "
          + options.maxTableNumbers() + " numbers", location(lineNo, col));
    }
  }

  private Optional<ParsedNumber> parse(String text, int lineNo, int offset) {
    try {
      return ParsedNumber.parse(text, options.maxNumberDigits());
    } catch (ParsedNumber.NumberTooLongException e) {
      throw new InputLimitException("number of " + e.digits() + " digits exceeds the limit of "
          + options.maxNumberDigits() + " digits", location(lineNo, offset + 1));
    }
  }

  private Tok classify(String text, int offset, int field, int lineNo) {
    String t = text.strip();
    String key = TextNormalizer.labelKey(t);
    if (isBlankMarker(key)) {
      return new Tok(Tok.Kind.HARD_BLANK, t, key, null, lineNo, col(offset, field));
    }
    Optional<ParsedNumber> p = parse(t, lineNo, offset);
    if (p.isPresent()) {
      return new Tok(Tok.Kind.NUMBER, t, key, p.get(), lineNo, col(offset, field));
    }
    return new Tok(Tok.Kind.TEXT, t, key, null, lineNo, col(offset, field));
  }

  Location location(int line, int col) {
    return ctx.location(line, col);
  }

  Location location(Tok t) {
    return location(t.line(), t.col());
  }

  // ---------------------------------------------------------------- table accumulation

  private void processTokens(List<Tok> toks, int lineNo) {
    // A row of only empty cells is a row of blanks (the value row of section 四 left empty).
    boolean anyNumber = false;
    boolean allBlank = true;
    for (Tok t : toks) {
      anyNumber |= t.kind() == Tok.Kind.NUMBER;
      allBlank &= t.isBlank();
    }
    boolean lineHasNumber = anyNumber || (toks.size() >= 5 && allBlank);
    for (Tok t : toks) {
      current.accept(t, lineHasNumber);
    }
  }

  final class RowAcc {
    final TableRow row;
    final int index;
    final Tok label;
    final List<Tok> cells = new ArrayList<>();
    String unit;
    String customLabel;
    /** For section 三: the official column index of each printed position, or null for the official order. */
    int[] order;
    /** The header token the order was read from. */
    Tok orderFrom;
    /** True if the label was read through an alias or by edit distance (a typo), not as printed on the form. */
    boolean approximate;

    RowAcc(TableRow row, int index, Tok label) {
      this.row = row;
      this.index = index;
      this.label = label;
    }

    boolean hasValues() {
      for (Tok c : cells) {
        if (c.kind() != Tok.Kind.SOFT_BLANK) {
          return true;
        }
      }
      return false;
    }
  }

  final class TableAcc {
    final Family family;
    final String item;
    final int startLine;
    final List<RowAcc> rows = new ArrayList<>();
    final List<Tok> buffer = new ArrayList<>();
    /** The canonical label key of each fragment of {@link #buffer}, in the same order. */
    private final List<String> bufferKeys = new ArrayList<>();
    final List<Tok> orphans = new ArrayList<>();
    /** Blank cells after the last text while no row is open: a row whose label matches only once a number follows. */
    private final List<Tok> looseBlanks = new ArrayList<>();
    final List<Tok> numbers = new ArrayList<>();
    final List<Tok> reviewCells = new ArrayList<>();
    final List<Integer> runStarts = new ArrayList<>();
    final List<String> runPrecedingText = new ArrayList<>();
    final StringBuilder textSinceRun = new StringBuilder();
    final StringBuilder header = new StringBuilder();
    /** Text since the last number in section 三: a (repeated) header block and the next row label. */
    final StringBuilder headerRun = new StringBuilder();
    /** Text pieces before the first row of section 三: the header block. */
    final List<Tok> headerToks = new ArrayList<>();
    Tok headerRunStart;
    int[] columnOrder;
    Tok columnOrderFrom;
    RowAcc pending;
    int lastIndex = -1;
    boolean cumulative;
    boolean subtotalColumn;
    /** True if the table numbers its rows in a first column headed 序号 (its numbers are dropped, not read). */
    boolean serialColumn;
    /** True if a row of column numbers (甲 乙 1 2 3 …) was seen (and not read) in the table. */
    boolean columnNumbers;
    final List<RowAcc> subtotalRows = new ArrayList<>();
    boolean breakPending = true;

    TableAcc(Family family, String item, int startLine) {
      this.family = family;
      this.item = item;
      this.startLine = startLine;
    }

    /** The region as read so far, frozen: the input of its table builder. */
    TableRegion region() {
      return new TableRegion(family, item, startLine, frozen(rows), orphans, numbers, reviewCells, runStarts,
          runPrecedingText, header.toString(), headerToks, cumulative, subtotalColumn, frozen(subtotalRows));
    }

    private List<TableRegion.Row> frozen(List<RowAcc> list) {
      List<TableRegion.Row> out = new ArrayList<>(list.size());
      for (RowAcc r : list) {
        out.add(new TableRegion.Row(r.row, r.index, r.label, r.cells, r.unit, r.order, r.orderFrom, r.approximate));
      }
      return out;
    }

    LabelCatalog catalog() {
      return switch (family) {
        case APPLICATIONS -> LabelCatalog.applications();
        case LEGACY -> LabelCatalog.legacy();
        default -> LabelCatalog.section2();
      };
    }

    void accept(Tok t, boolean lineHasNumber) {
      if (t.kind() == Tok.Kind.NUMBER) {
        numbers.add(t);
        if (numbers.size() > options.maxTableNumbers()) {
          throw new InputLimitException("table has more than " + options.maxTableNumbers() + " numbers",
              location(t));
        }
      }
      switch (family) {
        case REVIEW -> acceptReview(t, lineHasNumber);
        default -> acceptRows(t);
      }
    }

    private void acceptReview(Tok t, boolean lineHasNumber) {
      switch (t.kind()) {
        case TEXT -> {
          header.append(t.key());
          textSinceRun.append(t.key()).append('|');
          breakPending = true;
        }
        case NUMBER -> {
          if (breakPending) {
            runStarts.add(reviewCells.size());
            runPrecedingText.add(textSinceRun.toString());
            textSinceRun.setLength(0);
            breakPending = false;
          }
          reviewCells.add(t);
        }
        case HARD_BLANK -> reviewCells.add(t);
        case SOFT_BLANK -> {
          if (lineHasNumber) {
            reviewCells.add(t);
          }
        }
      }
    }

    private void acceptRows(Tok t) {
      switch (t.kind()) {
        case TEXT -> acceptText(t);
        case NUMBER -> acceptNumber(t);
        default -> {
          if (pending != null) {
            pending.cells.add(t);
          } else {
            looseBlanks.add(t);
          }
        }
      }
    }

    private void acceptText(Tok t) {
      looseBlanks.clear();
      String k = t.key();
      if (family == Family.APPLICATIONS) {
        if (rows.isEmpty() && headerToks.size() < 64) {
          headerToks.add(t);
        }
        if (headerRun.length() == 0) {
          headerRunStart = t;
        }
        if (headerRun.length() <= MAX_HEADER_RUN) {
          headerRun.append(k); // longer text is prose, not a header block: never read as one
        }
      }
      if (family == Family.LEGACY) {
        int cut = trailingUnit(t.text());
        if (cut < 0) {
          cut = gluedTrailingUnit(t);
        }
        if (cut > 0) {
          // a label and its unit cell run together with one space (主动公开信息数 条): the label, then the unit
          String label = t.text().substring(0, cut).strip();
          String unit = t.text().substring(cut).strip();
          acceptText(new Tok(Tok.Kind.TEXT, label, TextNormalizer.labelKey(label), null, t.line(), t.col()));
          acceptText(new Tok(Tok.Kind.TEXT, unit, TextNormalizer.labelKey(unit), null, t.line(),
              t.col() + t.text().indexOf(unit, cut)));
          return;
        }
        if (UNITS.contains(k) && (pending == null || !pending.hasValues())) {
          if (pending == null) {
            if (!buffer.isEmpty()) {
              pending = labelledRow(k);
            }
          } else if ((pending.unit != null || !pending.cells.isEmpty()) && textAfter(pending)) {
            // the row before printed its unit or (empty) cells already: the text since, then this unit, is a
            // row of its own that is not on the national form (主动公开文件数 条 after （三）接受培训人员数 人次)
            Tok from = lastPrinted(pending);
            List<Tok> kept = new ArrayList<>(buffer);
            kept.removeIf(b -> !after(b, from));
            clearBuffer();
            kept.forEach(this::bufferAdd);
            pending = labelledRow(k);
          } else {
            pending.unit = k;
            if (pending.cells.isEmpty() && t.line() == pending.label.line()
                && buffer.stream().allMatch(b -> b.line() == t.line())) {
              // the label's line goes on with its unit: the label is whole as printed, and its words are no
              // beginning of the next row's label (其中：主要负责同志参加⇥次⇥ then 政府网站在线访谈次数⇥次⇥2 is not
              // 其中：主要负责同志参加政府网站在线访谈次数)
              clearBuffer();
            }
          }
          return;
        }
        if (legacyHeaderWord(k)) {
          if (k.contains("累计")) {
            cumulative = true;
          }
          return;
        }
      }
      if (family == Family.SECTION2 && isSection2Header(k)) {
        header.append(k).append('|');
        return;
      }
      if (family == Family.APPLICATIONS && k.contains("小计") && (k.contains("组织") || rows.isEmpty())) {
        subtotalColumn = true; // a table tool's 法人或其他组织小计 column (V16)
        return;
      }
      if (pending != null && pending.hasValues()) {
        closePending();
      }
      if (family == Family.APPLICATIONS && !rows.isEmpty() && (k.equals("小计") || k.equals("合计"))) {
        // a table tool's subtotal row under a group label (V16): kept apart, never a national row
        if (pending != null && !pending.hasValues()) {
          rows.remove(pending);
        }
        String group = buffer.isEmpty() ? "" : buffer.get(buffer.size() - 1).text().strip();
        pending = new RowAcc(CustomRow.of("subtotal-" + (subtotalRows.size() + 1), group + k, Optional.empty()),
            lastIndex, t);
        subtotalRows.add(pending);
        clearBuffer();
        return;
      }
      bufferAdd(t);
      if (buffer.size() > 12) {
        buffer.remove(0);
        bufferKeys.remove(0);
      }
      Optional<LabelCatalog.Match> m = catalog().matchCanonical(keys(), lastIndex, false);
      if (m.isEmpty() && family == Family.APPLICATIONS
          && TextNormalizer.stripNumbering(k).length() >= MIN_LONG_TYPO_KEY) {
        // a long label of section 三 with a typo, on a line of no numbers (a blank row printed as empty fields):
        // within the catalogue's small edit distance of a label of twenty characters or more it is that row
        // (the 2021 sub-rows of （六）, whose labels also tell the edition)
        m = catalog().matchCanonical(keys(), lastIndex, true)
            .filter(x -> x.kind() == LabelCatalog.MatchKind.FUZZY && x.row() instanceof ApplicationRow ar
                && TextNormalizer.stripNumbering(TextNormalizer.labelKey(ar.label())).length() >= 20);
      }
      if (m.isPresent()) {
        LabelCatalog.Match match = m.get();
        if (pending != null && pending.row.equals(match.row())) {
          return;
        }
        if (family == Family.APPLICATIONS && match.index() < lastIndex
            && rows.stream().anyMatch(r -> r.row.equals(match.row()))) {
          // The rows start over: a second section 三 table (a report printing both editions' tables).
          TableAcc next = new TableAcc(Family.APPLICATIONS, null, t.line());
          finishTable();
          current = next;
          next.bufferAdd(t);
          next.startRow(match, t);
          return;
        }
        startRow(match, t);
      }
    }

    private void acceptNumber(Tok t) {
      headerRun.setLength(0);
      if (pending != null && !pending.hasValues() && !buffer.isEmpty() && family != Family.LEGACY
          && buffer.get(buffer.size() - 1).line() > pending.label.line()
          && buffer.get(buffer.size() - 1).line() == t.line()) {
        // a row printed without values (its empty fields), then a label recognised only now that a number
        // follows it on its line (7.属于行政于法案卷⇥2): the number is the new row's, not the empty row's
        Optional<LabelCatalog.Match> m = catalog().matchCanonical(keys(), lastIndex, true);
        if (m.isPresent() && m.get().index() > pending.index && !(m.get().row() instanceof CustomRow)) {
          Tok label = buffer.get(buffer.size() - 1);
          looseBlanks.clear();
          for (Tok c : pending.cells) {
            if (c.line() == label.line() && c.col() > label.col()) {
              looseBlanks.add(c);
            }
          }
          pending.cells.removeAll(looseBlanks);
          pending = null;
        }
      }
      if (pending == null && !buffer.isEmpty()) {
        Optional<LabelCatalog.Match> m = catalog().matchCanonical(keys(), lastIndex, true);
        Tok label = buffer.get(buffer.size() - 1);
        m.ifPresent(match -> startRow(match, label));
        if (pending != null) {
          // the blank cells printed between the label and this number are the row's first cells
          for (Tok b : looseBlanks) {
            if (b.line() == label.line() && b.col() > label.col()) {
              pending.cells.add(b);
            }
          }
        }
        if (m.isEmpty() && family == Family.APPLICATIONS && !rows.isEmpty()) {
          Tok last = buffer.get(buffer.size() - 1);
          String core = TextNormalizer.stripNumbering(last.key());
          if (core.equals("不予公开") || core.equals("无法提供") || core.equals("不予处理")) {
            // numbers on a group label: a table tool's subtotal row (V16)
            pending = new RowAcc(CustomRow.of("subtotal-" + (subtotalRows.size() + 1), last.text().strip(),
                Optional.empty()), lastIndex, last);
            subtotalRows.add(pending);
          }
        }
      }
      looseBlanks.clear();
      if (pending == null) {
        orphans.add(t);
        return;
      }
      if (family == Family.LEGACY && pending.unit == null && !pending.hasValues()) {
        pending.unit = gluedUnit(pending);
      }
      pending.cells.add(t);
      clearBuffer();
    }

    /**
     * The label keys of the buffered fragments, their numbering canonical (kept beside the buffer, one key
     * per fragment; not to be modified).
     */
    private List<String> keys() {
      return bufferKeys;
    }

    private String canonical(Tok b) {
      return canonicalKeys.computeIfAbsent(b.key(), LabelCatalog::canonicalKey);
    }

    /** Empties the buffer of text fragments and their keys. */
    private void clearBuffer() {
      buffer.clear();
      bufferKeys.clear();
    }

    /** Buffers a text fragment and its canonical key. */
    void bufferAdd(Tok t) {
      buffer.add(t);
      bufferKeys.add(canonical(t));
    }

    private void startRow(LabelCatalog.Match match, Tok labelTok) {
      if (match.row() instanceof CustomRow known && known.key().equals(LabelCatalog.PROVINCIAL_ROW_KEY)) {
        // a provincial name of another meaning than any national row: a custom row with that name
        int n = (int) rows.stream().filter(r -> r.customLabel != null).count() + 1;
        CustomRow row = CustomRow.of("custom-" + n, known.label(), Optional.empty());
        pending = new RowAcc(row, match.index(), labelTok);
        pending.customLabel = known.label();
        rows.add(pending);
        clearBuffer();
        // lastIndex stays: the national row such a name is printed in place of says nothing of where the form
        // is (接受行政诉讼、举报数 before 行政复议's （三）其他情形数 must not make that row 行政诉讼's)
        finding("reader.custom-row", Severity.INFO, location(labelTok),
            "row '" + known.label() + "' is a provincial row not on the national form; kept as custom row " + row.key(),
            List.of(known.label()));
        return;
      }
      if (match.kind() == LabelCatalog.MatchKind.ALIAS || match.kind() == LabelCatalog.MatchKind.FUZZY) {
        finding("reader.label-alias", Severity.INFO, location(labelTok),
            "label '" + labelTok.text() + "' read as '" + match.row().label() + "'",
            List.of(labelTok.text(), match.row().key()));
      }
      pending = new RowAcc(match.row(), match.index(), labelTok);
      pending.approximate = match.kind() == LabelCatalog.MatchKind.ALIAS || match.kind() == LabelCatalog.MatchKind.FUZZY;
      if (family == Family.APPLICATIONS) {
        ApplicantHeader.Reading h = headerRun.length() > MAX_HEADER_RUN
            ? ApplicantHeader.Reading.NONE : ApplicantHeader.read(headerRun);
        if (h == ApplicantHeader.Reading.PERMUTATION) {
          columnOrder = ApplicantHeader.order(headerRun);
          columnOrderFrom = headerRunStart;
        } else if (h == ApplicantHeader.Reading.OTHER_HEADER) {
          columnOrder = null;
          columnOrderFrom = null;
        }
        pending.order = columnOrder;
        pending.orderFrom = columnOrderFrom;
      }
      rows.add(pending);
      lastIndex = match.index();
    }

    /**
     * The unit glued to the end of a legacy row's label ({@code 依申请公开信息收取的费用元}), or {@code null}: the
     * label text ends with one of the form's units right after the words of the row's label.
     */
    private String gluedUnit(RowAcc r) {
      String key = r.label.key();
      String core = TextNormalizer.stripNumbering(TextNormalizer.labelKey(r.row.label()));
      for (String u : UNITS) {
        if (key.length() > u.length() && key.endsWith(u) && !core.endsWith(u)
            && key.substring(0, key.length() - u.length()).endsWith(core)) {
          return u;
        }
      }
      return null;
    }

    /**
     * The index where a unit printed after a label and one space begins ({@code 申请总数 件}), or -1: the
     * text ends with white space and one of the form's units, and has letters before it.
     */
    private int trailingUnit(String text) {
      String stripped = text.stripTrailing();
      for (String u : UNITS) {
        int at = stripped.length() - u.length();
        if (at > 1 && stripped.endsWith(u) && Character.isWhitespace(stripped.charAt(at - 1))
            && !stripped.substring(0, at).isBlank()) {
          return at;
        }
      }
      return -1;
    }

    /**
     * The index where a unit printed right after its label begins ({@code …计1条）条}, a label cell and its unit
     * cell joined), or -1: the text ends with one of the form's units, and the text before it is, as a whole,
     * the label of a row of the form whose unit that is (so a label that ends with a unit word is left whole).
     */
    private int gluedTrailingUnit(Tok t) {
      String text = t.text().stripTrailing();
      for (String u : UNITS) {
        int at = text.length() - u.length();
        if (at < 2 || !text.endsWith(u)) {
          continue;
        }
        String key = TextNormalizer.labelKey(text.substring(0, at));
        Optional<LabelCatalog.Match> m = catalog().matchCanonical(List.of(LabelCatalog.canonicalKey(key)),
            lastIndex, false);
        if (m.isPresent() && m.get().kind() != LabelCatalog.MatchKind.FUZZY
            && m.get().row() instanceof LegacyIndicator li && li.unit().filter(u::equals).isPresent()
            && key.endsWith(TextNormalizer.stripNumbering(
                TextNormalizer.labelKey(li.label())))) {
          return at;
        }
      }
      return -1;
    }

    /**
     * A text token as printed: the characters of its line at its place, before normalisation (which maps
     * one character to one: （橱窗） stays full-width in a custom row's label).
     */
    private String printed(Tok b) {
      List<String> lines = ctx.lines();
      if (b.line() < 1 || b.line() > lines.size()) {
        return b.text();
      }
      String raw = lines.get(b.line() - 1);
      String norm = TextNormalizer.normalizeLine(raw);
      int from = 0;
      if (cellColumns) {
        for (int field = 1; field < b.col() && from >= 0; field++) {
          from = norm.indexOf('\t', from);
          from = from < 0 ? -1 : from + 1;
        }
      } else {
        from = b.col() - 1;
      }
      int at = from < 0 ? -1 : norm.indexOf(b.text(), from);
      return at < 0 ? b.text() : raw.substring(at, at + b.text().length());
    }

    /** True if text that matched no row was buffered after the pending row's label and cells. */
    private boolean textAfter(RowAcc r) {
      Tok from = lastPrinted(r);
      for (Tok b : buffer) {
        if (b != r.label && after(b, from)) {
          return true;
        }
      }
      return false;
    }

    /** The row's last token as printed: its last cell, or its label when it has none. */
    private static Tok lastPrinted(RowAcc r) {
      return r.cells.isEmpty() ? r.label : r.cells.get(r.cells.size() - 1);
    }

    /** True if {@code b} stands after {@code from} in the text (a later line, or further along the line). */
    private static boolean after(Tok b, Tok from) {
      return b.line() > from.line() || (b.line() == from.line() && b.col() > from.col());
    }

    /**
     * The legacy row whose label (buffered) its unit ends: a national row when the label is one cut short or
     * with a typo that only one row's label fits, as a number after it would be read (三、举报投 for
     * 三、举报投诉数量; 当面面申请数 for 当面申请数), said in a {@code reader.label-alias} finding; else a custom row.
     */
    private RowAcc labelledRow(String unit) {
      Optional<LabelCatalog.Match> m = catalog().matchCanonical(keys(), lastIndex, true);
      if (m.isPresent() && !(m.get().row() instanceof CustomRow)
          && (m.get().kind() == LabelCatalog.MatchKind.FUZZY || m.get().kind() == LabelCatalog.MatchKind.PREFIX)
          && rows.stream().noneMatch(r -> r.row.equals(m.get().row()))
          && sameNumbering(bufferKeys.get(bufferKeys.size() - 1), m.get().row().label())) {
        Tok label = buffer.get(buffer.size() - 1);
        if (m.get().kind() == LabelCatalog.MatchKind.PREFIX) {
          finding("reader.label-alias", Severity.INFO, location(label),
              "label '" + label.text() + "' read as '" + m.get().row().label() + "'",
              List.of(label.text(), m.get().row().key()));
        }
        startRow(m.get(), label);
        if (pending != null) {
          pending.unit = unit;
          clearBuffer();
          return pending;
        }
      }
      return customRow(unit);
    }

    /**
     * True unless the printed label (its numbering canonical) is numbered otherwise than the row's label
     * (3.同公开答复数 is no typo of 2.同意公开答复数).
     */
    private static boolean sameNumbering(String printedKey, String rowLabel) {
      String printed = printedKey.substring(0, printedKey.length() - TextNormalizer.stripNumbering(printedKey).length());
      String key = LabelCatalog.canonicalKey(TextNormalizer.labelKey(rowLabel));
      return printed.isEmpty() || printed.equals(key.substring(0, key.length() - TextNormalizer.stripNumbering(key).length()));
    }

    private RowAcc customRow(String unit) {
      StringBuilder label = new StringBuilder();
      for (Tok b : buffer) {
        label.append(printed(b).strip());
      }
      int n = (int) rows.stream().filter(r -> r.customLabel != null).count() + 1;
      CustomRow row = CustomRow.of("custom-" + n, label.toString(), Optional.of(unit));
      RowAcc acc = new RowAcc(row, lastIndex, buffer.get(0));
      acc.customLabel = label.toString();
      acc.unit = unit;
      rows.add(acc);
      clearBuffer();
      if (family == Family.LEGACY) {
        advancePastHeading(label.toString());
      }
      finding("reader.custom-row", Severity.INFO, location(acc.label),
          "row '" + label + "' is not on the national form; kept as custom row " + row.key(),
          List.of(label.toString()));
      return acc;
    }

    /**
     * A custom row printed with a top-level row's numbering (五、行诉讼数量, a typo of 五、行政诉讼数量): the form is
     * at that row now, so the rows after it that the form prints twice ((二)被依法纠错数 under 四 and 五) are the
     * later heading's, not rows of the heading before it whose own lines were damaged.
     */
    private void advancePastHeading(String label) {
      String key = TextNormalizer.labelKey(label); // (its numbering mark written as '.')
      int mark = key.indexOf('.');
      if (mark < 1 || mark > 2) {
        return;
      }
      String numbering = key.substring(0, mark + 1);
      for (LegacyIndicator li : LegacyIndicator.values()) {
        if (TextNormalizer.labelKey(li.label()).startsWith(numbering)) {
          catalog().match(List.of(TextNormalizer.labelKey(li.label())), -1, false)
              .filter(m -> m.row() == li && m.index() > lastIndex).ifPresent(m -> lastIndex = m.index());
          return;
        }
      }
    }

    private void closePending() {
      pending = null;
      clearBuffer();
    }
  }

  private static boolean isSection2Header(String k) {
    return k.equals("信息内容") || k.contains("数量") || k.contains("件数") || k.contains("增/减")
        || k.contains("金额") || k.startsWith("本年") || k.equals("公开数量") || k.equals("总数量")
        || k.equals("对外公开") || k.equals("本年新") || k.equals("采购项目数") || k.contains("项目数")
        || columnLabelStart(k);
  }

  /** The first words of a column label of the form ({@code 现行有效} of 现行有效件数), from the one catalogue. */
  private static boolean columnLabelStart(String k) {
    if (k.length() < 4) {
      return false;
    }
    for (String key : COLUMN_KEYS) {
      if (key.startsWith(k)) {
        return true;
      }
    }
    return false;
  }

  /** The label keys of the section 二 columns. */
  private static final List<String> COLUMN_KEYS =
      java.util.Arrays.stream(Section2Column.values()).map(c -> TextNormalizer.labelKey(c.label())).toList();

  private void finishTable() {
    if (current != null) {
      tables.add(current);
      current = null;
    }
  }

  // ---------------------------------------------------------------- building tables

  /**
   * The assembly phase: each region goes to the builder of its family, in the order the regions were read
   * (section 三's first, its edition deciding section 二's), and the report is put together from what they
   * built.
   */
  private ReadResult assemble() {
    List<TableRegion> regions = new ArrayList<>();
    for (TableAcc acc : tables) {
      regions.add(acc.region());
    }
    CellPlacement placement = new CellPlacement(ctx);
    ApplicationsTableBuilder applications = new ApplicationsTableBuilder(ctx, placement);
    Section2TableBuilder section2 = new Section2TableBuilder(ctx, placement);
    ReviewTableBuilder review = new ReviewTableBuilder(ctx, placement);
    LegacyTableBuilder legacy = new LegacyTableBuilder(ctx, placement, this::classify);
    Map<TableType, Table> built = new EnumMap<>(TableType.class);
    Edition appsEdition = null;
    for (TableRegion region : regions) {
      if (region.family() == Family.APPLICATIONS) {
        BuiltTable t = applications.build(region);
        keep(built, t);
        appsEdition = t.edition();
      }
    }
    Edition s2Edition = null;
    for (TableRegion region : regions) {
      if (region.family() == Family.SECTION2) {
        BuiltTable t = section2.build(region, appsEdition, java.util.Collections.unmodifiableMap(built));
        keep(built, t);
        Edition e = t.edition();
        if (e != null && s2Edition == null) {
          s2Edition = e;
        }
      } else if (region.family() == Family.REVIEW) {
        keep(built, review.build(region));
      } else if (region.family() == Family.LEGACY) {
        if (region.rows().isEmpty() && region.orphans().isEmpty() && regions.stream().anyMatch(
            o -> o.family() != Family.LEGACY && !o.rows().isEmpty())) {
          // a caption or header row of the legacy form with nothing under it, in a report whose tables of
          // another edition are read (附件：…政府信息公开工作情况统计表 above the 2021 tables): no form of its own
          continue;
        }
        keep(built, legacy.build(region, built.get(TableType.LEGACY_STATISTICS)));
      }
    }
    legacy.missingLegacyRows(built.get(TableType.LEGACY_STATISTICS));
    Edition edition;
    if (appsEdition != null) {
      edition = appsEdition;
    } else if (s2Edition != null) {
      edition = s2Edition;
    } else if (built.containsKey(TableType.LEGACY_STATISTICS)) {
      edition = Edition.LEGACY;
    } else if (year != null && year <= 2018) {
      edition = Edition.LEGACY; // no table to recognise: the form in force for the report year
    } else if (year != null && year <= 2020) {
      edition = Edition.V2019;
    } else {
      edition = Edition.V2021;
    }
    Report.Builder b = Report.builder();
    String ag = agency;
    int yr = year == null ? ReportMetadata.MIN_YEAR : year;
    if (ag == null || year == null) {
      finding("reader.missing-metadata", Severity.WARNING, Location.ofLine(1, 0),
          "the title names no " + (ag == null ? "agency" : "year") + " (expected '<agency><year>年…报告')",
          List.of());
      if (ag == null) {
        ag = "未知机关";
      }
    }
    b.metadata(ReportMetadata.of(ag, yr)).edition(edition).narrative(narrative);
    built.values().forEach(b::table);
    Report report = b.build();
    if (report.isMixedEdition()) {
      List<String> kinds = new ArrayList<>();
      for (Table t : report.tableList()) {
        if (t.type().editions().size() == 1) {
          kinds.add(t.type().key());
        }
      }
      finding("reader.mixed-edition", Severity.INFO, Location.ofLine(1, 0),
          "the tables mix editions: " + String.join(", ", kinds) + "; read as printed, edition "
              + edition.key() + " from the applications table", kinds);
    }
    if (built.isEmpty()) {
      // nothing silent: the tables of the edition in force for the report year are named
      List<String> keys = new ArrayList<>();
      edition.tableTypes().forEach(t -> keys.add(t.key()));
      finding("reader.missing-table", Severity.WARNING, Location.ofLine(1, 0),
          "no statistics table was recognised (the " + edition.key() + " form has " + String.join(", ", keys) + ")",
          keys);
    } else if (edition != Edition.LEGACY) {
      List<TableType> expectedTypes = new ArrayList<>();
      Edition s2 = s2Edition == null ? edition : s2Edition;
      s2.tableTypes().stream().filter(t -> t.section() == ReportSection.ACTIVE_DISCLOSURE).forEach(expectedTypes::add);
      edition.tableTypes().stream().filter(t -> t.section() != ReportSection.ACTIVE_DISCLOSURE)
          .forEach(expectedTypes::add);
      for (TableType t : expectedTypes) {
        boolean present = built.keySet().stream().anyMatch(x -> x.caption().equals(t.caption())
            && x.section() == t.section());
        if (!present) {
          finding("reader.missing-table", Severity.WARNING, Location.ofLine(1, 0),
              "table " + t.caption() + " (" + t.key() + ") was not found", List.of(t.key()));
        }
      }
    }
    return new ReadResult(report, provenance.build(), ctx.sortedByLine());
  }

  /** Takes what a builder built: its table (if any) and where its cells were read. */
  private void keep(Map<TableType, Table> built, BuiltTable t) {
    if (t.table() != null) {
      built.put(t.table().type(), t.table());
    }
    provenance.putAll(t.provenance());
  }

  void finding(String code, Severity severity, Location location, String message, List<String> args) {
    ctx.finding(code, severity, location, message, args);
  }
}
