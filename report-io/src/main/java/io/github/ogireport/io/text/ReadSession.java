package io.github.ogireport.io.text;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.Severity;
import io.github.ogireport.io.internal.LabelCatalog;
import io.github.ogireport.io.internal.ParsedNumber;
import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of one document; not thread-safe, created per call by {@link TextReportReader}. */
final class ReadSession {
  private static final Pattern CAPTION = Pattern.compile("第二十条第\\(([一五六八九])\\)项");
  private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20|21)\\d{2})\\s*年(?:度)?");
  private static final Pattern CN_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}[.、]");
  private static final Pattern ANY_PREFIX =
      Pattern.compile("^(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2}|\\([一二三四五六七八九十0-9]{1,3}\\))\\.?");
  /** {@code 3 119}: thousands separated by spaces; a first group of 0 ({@code 0 886}) is two numbers. */
  private static final Pattern SPACED_THOUSANDS = Pattern.compile("[+-]?[1-9][0-9]{0,2}(?: [0-9]{3})+(?:\\.[0-9]+)?");
  private static final List<String> UNITS = io.github.ogireport.model.OfficialForm.UNITS;

  enum Family { SECTION2, APPLICATIONS, REVIEW, LEGACY }

  enum Heading { NONE, OVERVIEW, ACTIVE, APPLICATIONS, REVIEW, PROBLEMS, OTHER }

  private final TextReportReader.Options options;
  private final BiFunction<Integer, Integer, Location> locator;
  private final boolean cellColumns;
  /** The longest text (in characters) between two numbers of section 三 still read as a header block. */
  private static final int MAX_HEADER_RUN = 400;
  /** The lines, the locator and the findings of this read, once {@link #read} has the lines. */
  private ReadContext ctx;
  private final Map<CellRef, Location> provenance = new LinkedHashMap<>();
  private final List<TableAcc> tables = new ArrayList<>();
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
  private List<String> rawLines = List.of();

  ReadSession(TextReportReader.Options options, BiFunction<Integer, Integer, Location> locator,
      boolean cellColumns) {
    this.options = options;
    this.locator = locator;
    this.cellColumns = cellColumns;
  }

  // ---------------------------------------------------------------- driver

  ReadResult read(List<String> lines) {
    if (lines.size() > options.maxLines()) {
      throw new InputLimitException("document has " + lines.size() + " lines, more than the limit of "
          + options.maxLines(), Location.ofLine(options.maxLines() + 1, 0));
    }
    rawLines = lines;
    ctx = new ReadContext(lines, cellColumns, locator);
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
      if (!hasAnyDigit(raw) || !BARE_PAGE_NUMBER.matcher(TextNormalizer.normalizeLine(raw).replace('\f', ' ')).matches()
          || raw.indexOf('\t') >= 0) {
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
    String key = TextNormalizer.labelKey(norm);
    if (key.isEmpty() && (current == null || norm.indexOf('\t') < 0)) {
      if (current == null && narrativeSection != null) {
        narrativeLines.add(raw.stripTrailing());
      }
      return;
    }
    Heading h = heading(key, norm);
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
    List<Tok> toks = tokenize(norm, lineNo);
    // anchors that open (or switch) a table
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.kind() != Tok.Kind.TEXT) {
        continue;
      }
      Matcher cap = t.key().length() <= 16 && t.key().contains("第二十条第(") ? CAPTION.matcher(t.key()) : null;
      if (cap != null && cap.find()) {
        finishTable();
        flushNarrative();
        current = new TableAcc(Family.SECTION2, cap.group(1), lineNo);
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
      if ((current == null || current.family != Family.LEGACY)
          && (t.key().contains("统计指标") || t.key().equals("政府信息公开情况统计表"))) {
        finishTable();
        flushNarrative();
        current = new TableAcc(Family.LEGACY, null, lineNo);
        break;
      }
    }
    if (current == null) {
      if (lineNo > titleLine) {
        narrativeLine(raw, norm, key);
      }
      return;
    }
    if (norm.indexOf('。') >= 0 && norm.indexOf('\t') < 0) {
      return; // a sentence inside a table region (a note such as 表格如下); never table data
    }
    processTokens(toks, lineNo);
  }

  private void narrativeLine(String raw, String norm, String key) {
    if (!sawOfficialHeading) {
      String stripped = norm.strip();
      if (CN_HEADING.matcher(stripped).find() && stripped.length() <= 30 && stripped.indexOf('。') < 0
          && !TITLE_YEAR.matcher(stripped).find()) {
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

  private Heading heading(String key, String norm) {
    if (key.length() > 30) {
      return Heading.NONE;
    }
    Matcher m = ANY_PREFIX.matcher(key);
    String prefix = "";
    String rest = key;
    if (m.find() && m.end() > 0) {
      prefix = key.substring(0, m.end());
      rest = key.substring(m.end());
    }
    boolean cnPrefix = prefix.isEmpty() || isChineseNumberingPrefix(prefix);
    boolean tablePrefix = prefix.isEmpty()
        || (prefix.length() == 2 && prefix.charAt(1) == '.' && "二三四".indexOf(prefix.charAt(0)) >= 0);
    if (rest.equals("总体情况") && cnPrefix) {
      return Heading.OVERVIEW;
    }
    if (rest.equals("主动公开政府信息情况") && tablePrefix) {
      return Heading.ACTIVE;
    }
    if (rest.equals("收到和处理政府信息公开申请情况") && tablePrefix) {
      return Heading.APPLICATIONS;
    }
    if ((rest.equals("政府信息公开行政复议.行政诉讼情况") || rest.equals("政府信息公开行政复议行政诉讼情况"))
        && tablePrefix) {
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

  /** {@code text.matches(".*\\d.*")} without compiling a pattern: an ASCII digit and no line terminator. */
  private static boolean hasDigitOnOneLine(String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      digit |= c >= '0' && c <= '9';
    }
    return digit;
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

  /** A crawler's field name before the title ({@code 标题:}). */
  private static final Pattern FIELD_NAME = Pattern.compile("^[\\p{IsHan}A-Za-z]{1,4}[:：]\\s*");
  /** The report year stated with the statistics period when there is no title. */
  private static final Pattern PERIOD_YEAR = Pattern.compile("统计期限[^0-9]{0,12}((?:19|20|21)\\d{2})\\s*年");

  private void readTitle(List<String> lines) {
    readTitleLine(lines);
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

  private void readTitleLine(List<String> lines) {
    String previous = null;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < 8; i++) {
      String norm = TextNormalizer.normalizeLine(lines.get(i)).replace('\t', ' ').strip();
      if (norm.isEmpty()) {
        continue;
      }
      seen++;
      norm = FIELD_NAME.matcher(norm).replaceFirst("");
      Matcher m = TITLE_YEAR.matcher(norm);
      if (m.find() && !norm.contains("报告") && norm.length() <= 40 && i + 1 < lines.size()) {
        // a title broken over two lines: 2025 年上海市人民政府办公厅政府信息公开 / 工作年度报告
        String next = TextNormalizer.normalizeLine(lines.get(i + 1)).strip();
        if (next.length() <= 20 && next.contains("报告")) {
          norm = norm + next;
          m = TITLE_YEAR.matcher(norm);
        }
      }
      m.reset();
      if (m.find() && norm.contains("报告") && norm.length() <= 60 && norm.indexOf('。') < 0) {
        int y = Integer.parseInt(m.group(1));
        String before = norm.substring(0, m.start()).strip();
        if (before.isEmpty() && previous != null && previous.length() <= 40 && previous.length() >= 3
            && !hasDigitOnOneLine(previous)) {
          before = previous;
        }
        if (before.isEmpty()) {
          // YYYY年‹agency›政府信息公开工作年度报告
          String after = norm.substring(m.end()).strip();
          int cut = after.indexOf("政府信息公开");
          if (cut > 1) {
            before = after.substring(0, cut).strip();
          }
        }
        if (y >= ReportMetadata.MIN_YEAR && y <= ReportMetadata.MAX_YEAR) {
          year = y;
        }
        if (!before.isEmpty()) {
          agency = before;
        }
        titleLine = i + 1;
        return;
      }
      previous = norm;
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
      String f = norm.substring(start, end);
      field++;
      if (f.isBlank()) {
        boolean leadingEmpty = !cellColumns && !anyContent && f.isEmpty() && field == 1;
        if (hasTab && !leadingEmpty) {
          emit(out, new Tok(Tok.Kind.SOFT_BLANK, f, "", null, lineNo, col(start, field)));
        }
      } else {
        anyContent = true;
        if ((hasTab || cellColumns) && f.strip().indexOf(' ') > 0 && SPACED_THOUSANDS.matcher(f.strip()).matches()) {
          // one cell of a table holding one number with spaces as thousands separators (3 119)
          emit(out, classify(f.strip().replace(" ", ""), start + f.indexOf(f.strip()), field, lineNo));
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
      int j = i;
      while (j < n && !(f.charAt(j) == ' ' && j + 1 < n && f.charAt(j + 1) == ' ')) {
        j++;
      }
      String piece = f.substring(i, j).strip();
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
        if (!parse(w, lineNo, offset).isPresent() || UNITS.contains(w)) {
          break;
        }
        k++;
        cut = sp + 1;
        checkLineNumbers(lineNumbers + k, lineNo, offset + sp + 1);
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
    boolean lineHasNumber = toks.stream().anyMatch(t -> t.kind() == Tok.Kind.NUMBER)
        || (toks.size() >= 5 && toks.stream().allMatch(Tok::isBlank));
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

    RowAcc(TableRow row, int index, Tok label) {
      this.row = row;
      this.index = index;
      this.label = label;
    }

    boolean hasValues() {
      return cells.stream().anyMatch(c -> c.kind() != Tok.Kind.SOFT_BLANK);
    }
  }

  final class TableAcc {
    final Family family;
    final String item;
    final int startLine;
    final List<RowAcc> rows = new ArrayList<>();
    final List<Tok> buffer = new ArrayList<>();
    final List<Tok> orphans = new ArrayList<>();
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
        out.add(new TableRegion.Row(r.row, r.index, r.label, r.cells, r.unit, r.order, r.orderFrom));
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
          }
        }
      }
    }

    private void acceptText(Tok t) {
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
              pending = customRow(k);
            }
          } else {
            pending.unit = k;
          }
          return;
        }
        if (k.contains("统计指标") || k.equals("单位") || k.equals("统计数") || k.startsWith("累计")
            || k.equals("本年累计") || k.equals("计量单位")) {
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
        buffer.clear();
        return;
      }
      buffer.add(t);
      if (buffer.size() > 12) {
        buffer.remove(0);
      }
      Optional<LabelCatalog.Match> m = catalog().match(keys(), lastIndex, false);
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
          next.buffer.add(t);
          next.startRow(match, t);
          return;
        }
        startRow(match, t);
      }
    }

    private void acceptNumber(Tok t) {
      headerRun.setLength(0);
      if (pending == null && !buffer.isEmpty()) {
        Optional<LabelCatalog.Match> m = catalog().match(keys(), lastIndex, true);
        m.ifPresent(match -> startRow(match, buffer.get(buffer.size() - 1)));
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
      if (pending == null) {
        orphans.add(t);
        return;
      }
      if (family == Family.LEGACY && pending.unit == null && !pending.hasValues()) {
        pending.unit = gluedUnit(pending);
      }
      pending.cells.add(t);
      buffer.clear();
    }

    private List<String> keys() {
      List<String> k = new ArrayList<>(buffer.size());
      for (Tok b : buffer) {
        k.add(b.key());
      }
      return k;
    }

    private void startRow(LabelCatalog.Match match, Tok labelTok) {
      if (match.row() instanceof CustomRow known && known.key().equals(LabelCatalog.PROVINCIAL_ROW_KEY)) {
        // a provincial name of another meaning than any national row: a custom row with that name
        int n = (int) rows.stream().filter(r -> r.customLabel != null).count() + 1;
        CustomRow row = CustomRow.of("custom-" + n, known.label(), Optional.empty());
        pending = new RowAcc(row, match.index(), labelTok);
        pending.customLabel = known.label();
        rows.add(pending);
        buffer.clear();
        lastIndex = match.index();
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

    private RowAcc customRow(String unit) {
      StringBuilder label = new StringBuilder();
      for (Tok b : buffer) {
        label.append(b.text().strip());
      }
      int n = (int) rows.stream().filter(r -> r.customLabel != null).count() + 1;
      CustomRow row = CustomRow.of("custom-" + n, label.toString(), Optional.of(unit));
      RowAcc acc = new RowAcc(row, lastIndex, buffer.get(0));
      acc.customLabel = label.toString();
      acc.unit = unit;
      rows.add(acc);
      buffer.clear();
      finding("reader.custom-row", Severity.INFO, location(acc.label),
          "row '" + label + "' is not on the national form; kept as custom row " + row.key(),
          List.of(label.toString()));
      return acc;
    }

    private void closePending() {
      pending = null;
      buffer.clear();
    }
  }

  private static boolean isSection2Header(String k) {
    return k.equals("信息内容") || k.contains("数量") || k.contains("件数") || k.contains("增/减")
        || k.contains("金额") || k.startsWith("本年") || k.equals("公开数量") || k.equals("总数量")
        || k.equals("对外公开") || k.equals("本年新") || k.equals("采购项目数") || k.contains("项目数");
  }

  private void finishTable() {
    if (current != null) {
      tables.add(current);
      current = null;
    }
  }

  // ---------------------------------------------------------------- building tables

  private final Map<TableType, Table> built = new EnumMap<>(TableType.class);

  private ReadResult assemble() {
    CellPlacement placement = new CellPlacement(ctx);
    ApplicationsTableBuilder applications = new ApplicationsTableBuilder(ctx, placement);
    Section2TableBuilder section2 = new Section2TableBuilder(ctx, placement);
    ReviewTableBuilder review = new ReviewTableBuilder(ctx, placement);
    Edition appsEdition = null;
    for (TableAcc acc : tables) {
      if (acc.family == Family.APPLICATIONS) {
        BuiltTable t = applications.build(acc.region());
        keep(t);
        appsEdition = t.edition();
      }
    }
    Edition s2Edition = null;
    for (TableAcc acc : tables) {
      if (acc.family == Family.SECTION2) {
        BuiltTable t = section2.build(acc.region(), appsEdition, java.util.Collections.unmodifiableMap(built));
        keep(t);
        Edition e = t.edition();
        if (e != null && s2Edition == null) {
          s2Edition = e;
        }
      } else if (acc.family == Family.REVIEW) {
        keep(review.build(acc.region()));
      } else if (acc.family == Family.LEGACY) {
        buildLegacy(acc);
      }
    }
    missingLegacyRows();
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
    return new ReadResult(report, provenance, ctx.sortedByLine());
  }

  /** Takes what a builder built: its table (if any) and where its cells were read. */
  private void keep(BuiltTable t) {
    if (t.table() != null) {
      built.put(t.table().type(), t.table());
    }
    provenance.putAll(t.provenance());
  }

  private static Long[] toLongs(List<Tok> toks) {
    Long[] out = new Long[toks.size()];
    for (int i = 0; i < out.length; i++) {
      ParsedNumber p = toks.get(i).number();
      if (p == null || !p.isInteger() || p.value().precision() > 15) {
        return null;
      }
      out[i] = p.value().longValueExact();
    }
    return out;
  }

  private static boolean allHold(Long[] v, List<int[]> relations) {
    for (int[] g : relations) {
      if (!RowPlacement.holds(v, g)) {
        return false;
      }
    }
    return true;
  }

  /** The national legacy rows read in any fragment of the statistics form, for {@link #missingLegacyRows}. */
  private final java.util.Set<TableRow> legacySeen = new java.util.HashSet<>();
  private boolean legacyProvincial;
  private int legacyStart = -1;

  private void buildLegacy(TableAcc acc) {
    TableType type = TableType.LEGACY_STATISTICS;
    if (!cellColumns) {
      pairDetachedLegacy(acc);
    }
    Table.Builder tb = Table.builder(type);
    TableRow previous = null;
    List<TableColumn> cols = acc.cumulative
        ? List.of(LegacyColumn.VALUE, LegacyColumn.CUMULATIVE) : List.of(LegacyColumn.VALUE);
    java.util.Map<TableRow, RowAcc> seen = new java.util.HashMap<>();
    // a form with a cumulative column whose rows never print two numbers apart, and whose numbers are glued
    // to their labels: each row's one digit run holds both the year's value and the cumulative one
    boolean gluedLayout = acc.cumulative && !cellColumns
        && acc.rows.stream().noneMatch(r -> twoApart(numbers(r)))
        && acc.rows.stream().anyMatch(r -> numbers(r).size() == 1 && gluedToText(numbers(r).get(0)));
    for (RowAcc r : acc.rows) {
      RowAcc first = r.row instanceof CustomRow ? null : seen.get(r.row);
      if (first != null && first.hasValues() && r.hasValues()) {
        // a repeated row label: the first row's values are kept, the repetition is reported
        finding("reader.duplicate-row", Severity.ERROR, location(r.label),
            "row " + r.row.label() + " is printed again (first at " + location(first.label) + "); the first values are kept",
            List.of(r.row.label(), location(first.label).toString()));
        unplaced(r.cells, "number in the repeated row " + r.row.label());
        continue;
      }
      TableRow placed = r.row;
      if (r.row instanceof CustomRow c0) {
        CustomRow custom = c0.unit().isEmpty() && r.unit != null
            ? CustomRow.of(c0.key(), c0.label(), Optional.of(r.unit)) : c0; // a provincial name, its unit after it
        placed = custom;
        try {
          if (previous == null) {
            tb.addCustomRow(custom);
          } else {
            tb.addCustomRow(custom, previous);
          }
        } catch (IllegalArgumentException e) {
          unplaced(r.cells, "custom row '" + custom.label() + "' could not be added");
          continue;
        }
      } else if (seen.putIfAbsent(r.row, r) != null && !r.hasValues()) {
        continue;
      }
      if (r.row instanceof LegacyIndicator li && li.isHeading() && r.hasValues()
          && r.cells.stream().anyMatch(c -> c.kind() == Tok.Kind.SOFT_BLANK && c.line() == r.label.line())
          && r.cells.stream().anyMatch(c -> c.kind() != Tok.Kind.SOFT_BLANK && c.line() != r.label.line())) {
        // a heading row printed with its (empty) cells on its line, then a number on a line of its own: a page
        // number, not the row's value
        unplaced(r.cells, "number on a line of its own after the heading row " + li.label() + " (a page number?)");
        continue;
      }
      if (r.unit == null && !r.cells.isEmpty() && r.cells.get(0).kind() == Tok.Kind.SOFT_BLANK) {
        r.cells.remove(0); // the empty 单位 cell
      }
      while (r.cells.size() > 0 && r.cells.get(r.cells.size() - 1).kind() == Tok.Kind.SOFT_BLANK) {
        r.cells.remove(r.cells.size() - 1);
      }
      if (r.hasValues() && r.cells.size() < cols.size()) {
        // The cumulative column is the optional one: a single value is the year's figure.
        Tok last = r.cells.get(r.cells.size() - 1);
        while (r.cells.size() < cols.size()) {
          r.cells.add(new Tok(Tok.Kind.HARD_BLANK, "", "", null, last.line(), last.col()));
        }
      }
      if (cols.size() == 2 && gluedLayout && !gluedPair(r, type, placed)) {
        previous = placed;
        continue; // the year's value and the cumulative one glued with several or no splits: left blank
      }
      AmountUnit unit = "元".equals(r.unit) ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
      placeRow(tb, type, placed, r, cols, List.of(), unit, null);
      previous = placed;
    }
    unplaced(acc.orphans, "number in the statistics form with no recognisable row label");
    legacySeen.addAll(seen.keySet());
    legacyProvincial |= acc.rows.stream().anyMatch(r -> r.row instanceof CustomRow);
    if (legacyStart < 0 && !acc.rows.isEmpty()) {
      legacyStart = acc.startLine;
    }
    Table read = tb.build();
    Table before = built.get(type);
    built.put(type, before == null ? read : keepFirst(before, read, acc));
  }

  /**
   * The rows of the national form (headings aside) whose label was not found in a statistics form that was
   * read: one finding naming their cells. A WARNING for a form printing the national rows only; INFO for a
   * provincial form, which prints rows of its own instead of some national ones.
   */
  private void missingLegacyRows() {
    Table table = built.get(TableType.LEGACY_STATISTICS);
    if (legacyStart < 0 || table == null) {
      return;
    }
    boolean provincial = legacyProvincial;
    java.util.Set<TableRow> seen = legacySeen;
    List<TableColumn> cols = table.columns();
    List<String> labels = new ArrayList<>();
    List<CellRef> cells = new ArrayList<>();
    for (TableRow row : TableType.LEGACY_STATISTICS.rows()) {
      if (seen.contains(row) || (row instanceof LegacyIndicator li && li.isHeading())) {
        continue;
      }
      labels.add(row.label());
      for (TableColumn c : cols) {
        cells.add(CellRef.of(TableType.LEGACY_STATISTICS, row, c));
      }
    }
    if (labels.isEmpty()) {
      return;
    }
    ctx.add(new ReaderFinding("reader.missing-row", provincial ? Severity.INFO : Severity.WARNING,
        location(legacyStart, 0), labels.size() + " rows of the national statistics form were not found"
            + (provincial ? " (the form prints rows of its own)" : "") + "; their cells are blank: "
            + String.join("、", labels), labels, cells));
  }

  /**
   * Detached legacy blocks: a run of label lines with nothing else on them, then a run of value lines
   * ({@code 条\t565}, {@code 件\t4\t16}, a lone {@code /} for a heading row), as PDF converters print a page
   * of the form. When the two runs are equally long, the i-th value line is the i-th label's; when they are
   * not, the rows of the block are left blank and the numbers reported. The line reading would otherwise
   * hand each value line to the wrong row.
   */
  private void pairDetachedLegacy(TableAcc acc) {
    java.util.Map<Integer, RowAcc> byLine = new java.util.HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (RowAcc r : acc.rows) {
      if (r.row instanceof LegacyIndicator && labelOnly(r.label.line())) {
        byLine.putIfAbsent(r.label.line(), r);
      }
      first = Math.min(first, r.label.line());
      last = Math.max(last, r.label.line());
      for (Tok c : r.cells) {
        last = Math.max(last, c.line());
      }
    }
    for (Tok o : acc.orphans) {
      last = Math.max(last, o.line());
    }
    if (byLine.size() < 2 || first > last) {
      return;
    }
    List<RowAcc> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    java.util.Set<Integer> pairedLines = new java.util.HashSet<>();
    java.util.Map<RowAcc, Integer> valueLineOf = new java.util.HashMap<>();
    List<RowAcc> refused = new ArrayList<>();
    for (int line = first; line <= last + 1; line++) {
      RowAcc label = line <= last ? byLine.get(line) : null;
      boolean value = line <= last && valueLine(line);
      if (label != null && !values.isEmpty()) {
        closeDetachedBlock(labels, values, valueLineOf, pairedLines, refused);
      }
      if (label != null) {
        labels.add(label);
      } else if (value && !labels.isEmpty()) {
        values.add(line);
      } else if (!labels.isEmpty() || !values.isEmpty()) {
        closeDetachedBlock(labels, values, valueLineOf, pairedLines, refused);
      }
    }
    if (valueLineOf.isEmpty() && refused.isEmpty()) {
      return;
    }
    // the numbers of the value lines leave the rows and the orphans they were given to
    for (RowAcc r : acc.rows) {
      r.cells.removeIf(c -> pairedLines.contains(c.line()));
    }
    acc.orphans.removeIf(o -> pairedLines.contains(o.line()));
    for (java.util.Map.Entry<RowAcc, Integer> e : valueLineOf.entrySet()) {
      RowAcc r = e.getKey();
      String line = rawLines.get(e.getValue() - 1);
      String[] fields = line.strip().split("[\\s\u3000]+");
      int offset = 0;
      for (String f : fields) {
        int at = line.indexOf(f, offset);
        offset = at + f.length();
        String k = TextNormalizer.labelKey(f);
        if (UNITS.contains(k)) {
          r.unit = k;
          continue;
        }
        r.cells.add(classify(f, at, 0, e.getValue()));
      }
    }
    for (RowAcc r : refused) {
      r.cells.clear();
    }
    if (!valueLineOf.isEmpty()) {
      RowAcc any = valueLineOf.keySet().iterator().next();
      finding("reader.detached-labels", Severity.WARNING, location(any.label),
          "legacy labels are printed in blocks apart from their value lines; each block's value lines were given"
              + " to its labels in printed order", List.of(TableType.LEGACY_STATISTICS.key()));
    }
    for (RowAcc r : refused) {
      List<CellRef> saved = contextCells;
      contextCells = cellsOf(TableType.LEGACY_STATISTICS, r.row);
      finding("reader.cell-count-mismatch", Severity.ERROR, location(r.label),
          "legacy row " + r.row.label() + " is in a block of labels whose value lines are not as many as its labels;"
              + " its cells are blank", List.of(r.row.label()));
      contextCells = saved;
    }
    for (int line : pairedLines) {
      if (valueLineOf.values().stream().noneMatch(l -> l == line)) {
        finding("reader.unplaced-number", Severity.ERROR, location(line, 1),
            "value line '" + rawLines.get(line - 1).strip() + "' of a detached block whose labels are not as many"
                + " as its value lines was not read", List.of(rawLines.get(line - 1).strip()));
      }
    }
  }

  private static void closeDetachedBlock(List<RowAcc> labels, List<Integer> values,
      java.util.Map<RowAcc, Integer> valueLineOf, java.util.Set<Integer> pairedLines, List<RowAcc> refused) {
    if (labels.size() >= 2 && values.size() >= 2) {
      pairedLines.addAll(values);
      if (labels.size() == values.size()) {
        for (int i = 0; i < labels.size(); i++) {
          valueLineOf.put(labels.get(i), values.get(i));
        }
      } else {
        refused.addAll(labels);
      }
    }
    labels.clear();
    values.clear();
  }

  /** True if the line holds text and no digit (a label printed without its values). */
  private boolean labelOnly(int line) {
    if (line < 1 || line > rawLines.size()) {
      return false;
    }
    String key = TextNormalizer.stripNumbering(TextNormalizer.labelKey(rawLines.get(line - 1)));
    String noNotes = key.replaceAll("\\([^)]*\\)", "");
    return !noNotes.isBlank() && noNotes.chars().noneMatch(Character::isDigit);
  }

  /**
   * True for a detached value line: a unit and one or two values ({@code 条\t565}, {@code 件 4 16}), or a blank
   * marker alone ({@code /}, the value line of a heading row).
   */
  private boolean valueLine(int line) {
    if (line < 1 || line > rawLines.size()) {
      return false;
    }
    String[] f = rawLines.get(line - 1).strip().split("[\\s\u3000]+");
    if (f.length == 1) {
      return isBlankMarker(TextNormalizer.labelKey(f[0]));
    }
    if (f.length < 2 || f.length > 3 || !UNITS.contains(TextNormalizer.labelKey(f[0]))) {
      return false;
    }
    for (int i = 1; i < f.length; i++) {
      String k = TextNormalizer.labelKey(f[i]);
      if (!isBlankMarker(k) && !k.matches("[0-9]+(\\.[0-9]+)?")) {
        return false;
      }
    }
    return true;
  }

  private static List<Tok> numbers(RowAcc r) {
    List<Tok> out = new ArrayList<>();
    for (Tok c : r.cells) {
      if (c.kind() == Tok.Kind.NUMBER) {
        out.add(c);
      }
    }
    return out;
  }

  /** True if two of the numbers follow each other on one line with white space between them. */
  private boolean twoApart(List<Tok> nums) {
    for (int i = 1; i < nums.size(); i++) {
      Tok n = nums.get(i);
      int before = charBefore(n);
      if (n.line() == nums.get(i - 1).line() && before >= 0 && Character.isWhitespace(before)) {
        return true;
      }
    }
    return false;
  }

  /** True if the number is printed right after a letter of text on its line, with no space or separator. */
  private boolean gluedToText(Tok n) {
    int before = charBefore(n);
    return before >= 0 && !Character.isWhitespace(before) && !Character.isDigit(before) && before != '|'
        && before != '\u3000';
  }

  /** The character printed right before the token on its line, or -1 at the line's start or off the text. */
  private int charBefore(Tok t) {
    if (t.line() < 1 || t.line() > rawLines.size()) {
      return -1;
    }
    String line = rawLines.get(t.line() - 1);
    int at = t.col() - 2;
    return at >= 0 && at < line.length() ? line.charAt(at) : -1;
  }

  /**
   * Splits a glued legacy row's one digit run into the year's value and the cumulative value: only when
   * exactly one split has the year's value not above the cumulative one (and no part with a leading zero).
   * Otherwise the row's cells stay blank with a finding naming them. A row that is not one glued digit run
   * is left as it is.
   *
   * @return false if the row was left blank
   */
  private boolean gluedPair(RowAcc r, TableType type, TableRow row) {
    List<Tok> nums = numbers(r);
    if (nums.size() != 1 || !gluedToText(nums.get(0))) {
      return true;
    }
    Tok n = nums.get(0);
    String digits = n.text();
    if (digits.length() < 2 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') || digits.length() > 30) {
      return true;
    }
    List<int[]> splits = new ArrayList<>();
    for (int i = 1; i < digits.length(); i++) {
      String a = digits.substring(0, i);
      String b = digits.substring(i);
      if ((a.length() > 1 && a.charAt(0) == '0') || (b.length() > 1 && b.charAt(0) == '0')) {
        continue;
      }
      if (new BigDecimal(a).compareTo(new BigDecimal(b)) <= 0) {
        splits.add(new int[] {i});
      }
    }
    List<CellRef> saved = contextCells;
    contextCells = cellsOf(type, row);
    try {
      List<String> candidates = new ArrayList<>();
      for (int[] sp : splits) {
        candidates.add(digits.substring(0, sp[0]) + "/" + digits.substring(sp[0]));
      }
      if (splits.size() != 1) {
        finding("reader.glued-digits-ambiguous", Severity.ERROR, location(n),
            "row '" + row.label() + "' prints the glued digits " + digits + " for its year's and cumulative values; "
                + (splits.isEmpty() ? "no split" : splits.size() + " splits") + " with the year's value not above the"
                + " cumulative one; left blank", candidates.isEmpty() ? List.of(digits) : candidates);
        return false;
      }
      int i = splits.get(0)[0];
      Tok a = new Tok(Tok.Kind.NUMBER, digits.substring(0, i), digits.substring(0, i),
          ParsedNumber.parse(digits.substring(0, i), 30).orElseThrow(), n.line(), n.col());
      Tok b = new Tok(Tok.Kind.NUMBER, digits.substring(i), digits.substring(i),
          ParsedNumber.parse(digits.substring(i), 30).orElseThrow(), n.line(), n.col() + i);
      r.cells.set(r.cells.indexOf(n), a);
      r.cells.add(r.cells.indexOf(a) + 1, b);
      while (r.cells.size() > 2 && r.cells.get(r.cells.size() - 1).isBlank()) {
        r.cells.remove(r.cells.size() - 1); // the blank the single run was padded with
      }
      finding("reader.glued-digits-recovered", Severity.WARNING, location(n),
          "row '" + row.label() + "' prints the glued digits " + digits + "; the only split with the year's value"
              + " not above the cumulative one, " + candidates.get(0) + ", was used", candidates);
      return true;
    } finally {
      contextCells = saved;
    }
  }

  /**
   * A second fragment of a table (a header repeated after a page break) never replaces what the first read:
   * its values fill only the cells the first left blank; a cell both read differently is reported.
   */
  private Table keepFirst(Table first, Table second, TableAcc acc) {
    Table.Builder b = first.toBuilder();
    for (TableRow row : second.rows()) {
      if (!first.hasRow(row)) {
        if (row instanceof CustomRow c) {
          b.addCustomRow(c);
        } else {
          continue;
        }
      }
      for (TableColumn col : second.columns()) {
        Cell v = second.cell(row, col);
        Cell w = first.hasRow(row) ? first.cell(row, col) : Cell.blank();
        if (v.isBlank()) {
          continue;
        }
        if (w.isBlank()) {
          b.set(row, col, v);
        } else if (!w.equals(v)) {
          finding("reader.duplicate-row", Severity.ERROR, location(acc.startLine, 0), "row " + row.label()
              + " is read again in a later part of the table with " + v + " (first " + w + "); the first is kept",
              List.of(row.label()));
        }
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- cells

  private void placeRow(Table.Builder tb, TableType type, TableRow row, RowAcc r, List<TableColumn> cols,
      List<int[]> relations, AmountUnit defaultUnit, List<RowAcc> siblings) {
    List<CellRef> saved = contextCells;
    contextCells = cellsOf(type, row);
    try {
      placeRowIn(tb, type, row, r, cols, relations, defaultUnit, siblings);
    } finally {
      contextCells = saved;
    }
  }

  private void placeRowIn(Table.Builder tb, TableType type, TableRow row, RowAcc r, List<TableColumn> cols,
      List<int[]> relations, AmountUnit defaultUnit, List<RowAcc> siblings) {
    List<Tok> cells = r.cells;
    if (!cellColumns && !relations.isEmpty() && cells.size() == cols.size() && r.label != null
        && cells.get(0).kind() == Tok.Kind.SOFT_BLANK && cells.get(0).line() == r.label.line()
        && cells.subList(1, cells.size()).stream().allMatch(c -> c.kind() == Tok.Kind.NUMBER)) {
      // An empty cell right after the label under a merged label column is layout filler.
      cells = cells.subList(1, cells.size());
    }
    if (cells.stream().noneMatch(c -> c.kind() != Tok.Kind.SOFT_BLANK)) {
      if (cells.isEmpty() && r.label != null) {
        finding("reader.empty-row", Severity.INFO, location(r.label),
            "row '" + row.label() + "' has no cells after its label; left blank", List.of(row.key()));
      }
      return;
    }
    RowPlacement.Result res = RowPlacement.place(cells, cols.size(), relations, cellColumns);
    Location where = r.label == null ? location(1, 0) : location(r.label);
    String rowName = row.label();
    if (res.outcome() == RowPlacement.Outcome.OVERFLOW && !relations.isEmpty()) {
      Tok dropped = strayLoneNumber(r, cells, cols.size(), relations);
      if (dropped != null) {
        finding("reader.stray-number-dropped", Severity.WARNING, location(dropped),
            "row '" + rowName + "' prints one number too many; '" + dropped.text() + "', alone on its line"
                + " (a page number), is the only one whose removal makes the row's totals check; not read",
            List.of(dropped.text()));
        List<Tok> kept = new ArrayList<>(cells);
        kept.remove(dropped);
        cells = kept;
        res = RowPlacement.place(cells, cols.size(), relations, cellColumns);
      }
    }
    if (siblings != null && !cellColumns && (res.outcome() == RowPlacement.Outcome.AMBIGUOUS
        || res.outcome() == RowPlacement.Outcome.INFERRED || res.outcome() == RowPlacement.Outcome.GLUED_NONE
        || res.outcome() == RowPlacement.Outcome.GLUED_AMBIGUOUS)) {
      List<List<Tok>> others = new ArrayList<>();
      for (RowAcc o : siblings) {
        if (o != r) {
          others.add(o.cells);
        }
      }
      Tok[] byPosition = ColumnPositions.place(cells, cols.size(), others, relations, rawLines);
      if (byPosition != null) {
        List<String> placed = new ArrayList<>();
        int printed = 0;
        for (Tok t : byPosition) {
          placed.add(t == null ? "" : t.text());
          printed += t == null ? 0 : 1;
        }
        finding("reader.placed-by-column-position", Severity.WARNING, where,
            "row '" + rowName + "' prints " + printed + " values for " + cols.size()
                + " columns; each was placed in the column it stands under in the space-aligned layout (as"
                + " learned from the complete rows nearest to it), the other cells left blank", placed);
        res = new RowPlacement.Result(byPosition, new Long[cols.size()], RowPlacement.Outcome.EXACT, List.of());
      } else if (!relations.isEmpty()) {
        Tok[] byHeader = ColumnPositions.placeByHeader(cells, cols.size(), others, relations, rawLines, null);
        if (byHeader != null) {
          List<String> placed = new ArrayList<>();
          int printed = 0;
          for (Tok t : byHeader) {
            placed.add(t == null ? "" : t.text());
            printed += t == null ? 0 : 1;
          }
          finding("reader.placed-by-column-position", Severity.WARNING, where,
              "row '" + rowName + "' prints " + printed + " values for " + cols.size()
                  + " columns; no row of the table is complete, so each was placed in the column whose header"
                  + " label it stands under in the space-aligned layout, the other cells left blank", placed);
          res = new RowPlacement.Result(byHeader, new Long[cols.size()], RowPlacement.Outcome.EXACT, List.of());
        }
      }
    }
    switch (res.outcome()) {
      case OVERFLOW -> {
        finding("reader.cell-count-mismatch", Severity.ERROR, where,
            "row '" + rowName + "' prints " + res.detail().size() + " cells for " + cols.size()
                + " columns; left blank", res.detail());
        unplaced(r.cells, null);
        return;
      }
      case AMBIGUOUS -> {
        finding("reader.cell-count-mismatch", Severity.ERROR, where,
            "row '" + rowName + "' prints " + res.detail().size() + " values for " + cols.size()
                + " columns and the table's relations do not decide their columns; left blank", res.detail());
        return;
      }
      case GLUED_AMBIGUOUS -> {
        finding("reader.glued-digits-ambiguous", Severity.ERROR, where,
            "row '" + rowName + "' prints glued digits that split in " + res.detail().size()
                + " splits consistent with the table's relations; left blank", res.detail());
        return;
      }
      case GLUED_NONE -> {
        finding("reader.glued-digits-ambiguous", Severity.ERROR, where,
            "row '" + rowName + "' prints " + res.detail().size() + " values for " + cols.size()
                + " columns; no split of its glued digits and no placement is consistent with the table's"
                + " relations; left blank", res.detail());
        return;
      }
      case GLUED_RECOVERED -> finding("reader.glued-digits-recovered", Severity.WARNING, where,
          "row '" + rowName + "' prints glued digits " + res.detail()
              + "; the only split consistent with the table's relations was used", res.detail());
      case INFERRED -> finding("reader.cell-count-mismatch", Severity.WARNING, where,
          "row '" + rowName + "' prints " + res.detail().size() + " values for " + cols.size()
              + " columns; they were placed by the table's relations (a lost cell is taken to be a total)"
              + " and the lost cells left blank", res.detail());
      case RIGHT_ALIGNED -> finding("reader.row-right-aligned", Severity.INFO, where,
          "row '" + rowName + "' prints fewer cells than columns; its cells were aligned to the last column",
          res.detail());
      default -> { }
    }
    if (res.outcome() != RowPlacement.Outcome.GLUED_RECOVERED) {
      reportDropped(cells, res.tokens(), rowName);
    }
    List<String> shared = oneFieldNumbers(res.tokens());
    if (!shared.isEmpty()) {
      finding("reader.cell-count-mismatch", Severity.WARNING, where,
          "row '" + rowName + "' prints the numbers " + shared + " in one cell; each was read into a cell of"
              + " its own, which may have moved the row's values", shared);
    }
    for (int i = 0; i < cols.size(); i++) {
      Tok t = res.tokens()[i];
      Long inferred = res.inferred()[i];
      if (inferred != null) {
        setCell(tb, type, row, cols.get(i), t, inferred, defaultUnit);
      } else if (t != null && t.kind() == Tok.Kind.NUMBER) {
        setCell(tb, type, row, cols.get(i), t, null, defaultUnit);
      }
    }
  }

  /**
   * The number to drop from a row printing one cell too many: a number alone on its line (not the label's
   * line) whose removal, and only whose removal, leaves exactly one cell per column with every relation
   * holding. Null when no such number or more than one reading.
   */
  private Tok strayLoneNumber(RowAcc r, List<Tok> cells, int n, List<int[]> relations) {
    if (cellColumns) {
      return null;
    }
    Map<Integer, Integer> perLine = new LinkedHashMap<>();
    for (Tok c : cells) {
      perLine.merge(c.line(), 1, Integer::sum);
    }
    Tok found = null;
    List<Long> foundValues = null;
    for (Tok c : cells) {
      if (c.kind() != Tok.Kind.NUMBER || perLine.get(c.line()) != 1
          || (r.label != null && c.line() == r.label.line())) {
        continue;
      }
      List<Tok> rest = new ArrayList<>(cells);
      rest.remove(c);
      RowPlacement.Result res = RowPlacement.place(rest, n, relations, false);
      if (res.outcome() != RowPlacement.Outcome.EXACT && res.outcome() != RowPlacement.Outcome.TRIMMED) {
        continue;
      }
      Long[] v = new Long[n];
      boolean ok = true;
      for (int i = 0; i < n; i++) {
        Tok t = res.tokens()[i];
        if (t == null || t.number() == null || !t.number().isInteger() || t.number().value().precision() > 15) {
          ok = false;
          break;
        }
        v[i] = t.number().value().longValueExact();
      }
      if (!ok || !allHold(v, relations)) {
        continue;
      }
      List<Long> values = java.util.Arrays.asList(v);
      if (found != null && !values.equals(foundValues)) {
        return null;
      }
      if (found == null) {
        found = c;
        foundValues = values;
      }
    }
    return found;
  }

  private void setCell(Table.Builder tb, TableType type, TableRow row, TableColumn col, Tok t, Long inferred,
      AmountUnit defaultUnit) {
    CellKind kind = type.kind(row, col);
    Location where = t == null ? location(1, 0) : location(t);
    String path = "/tables/" + type.key() + "/rows/" + row.key() + "/" + col.key();
    try {
      Cell cell;
      if (inferred != null) {
        cell = kind == CellKind.AMOUNT ? Cell.amount(BigDecimal.valueOf(inferred), defaultUnit) : Cell.of(inferred);
      } else {
        ParsedNumber p = t.number();
        if (p.unit().equals(ParsedNumber.APPROXIMATE)) {
          ctx.add(new ReaderFinding("reader.approximate-value", Severity.ERROR, where,
              "value '" + t.text() + "' of " + path + " is an approximation, not a figure; left blank",
              List.of(t.text(), path), List.of(CellRef.of(type, row, col))));
          return;
        }
        if (p.unit().equals(ParsedNumber.MALFORMED)) {
          throw new IllegalArgumentException("not a number (a thousands separator is followed by three digits;"
              + " a currency sign on a count)");
        }
        if (p.unit().equals(ParsedNumber.TEN_THOUSAND) && kind != CellKind.AMOUNT) {
          BigDecimal v = p.value().movePointRight(4);
          p = new ParsedNumber(v.scale() <= 0 ? v : p.value(), p.explicitSign(), v.scale() <= 0 ? "" : "万",
              p.digits());
          if (!p.unit().isEmpty()) {
            throw new IllegalArgumentException("a count in 万 that is not a whole number");
          }
        }
        switch (kind) {
          case AMOUNT -> {
            AmountUnit unit = p.unit().equals("万元") || p.unit().equals(ParsedNumber.TEN_THOUSAND)
                ? AmountUnit.WAN_YUAN : p.unit().equals("元") ? AmountUnit.YUAN : defaultUnit;
            if (!p.unit().isEmpty() && !p.isMoney() && !p.unit().equals(ParsedNumber.TEN_THOUSAND)) {
              throw new IllegalArgumentException("unit '" + p.unit() + "' is not money");
            }
            cell = Cell.amount(p.value(), unit);
          }
          case SIGNED -> {
            requireCount(p, true);
            cell = Cell.of(p.value().longValueExact());
          }
          default -> {
            requireCount(p, false);
            cell = Cell.of(p.value().longValueExact());
          }
        }
      }
      tb.set(row, col, cell);
      provenance.put(CellRef.of(type, row, col), where);
    } catch (IllegalArgumentException | ArithmeticException e) {
      finding("reader.invalid-value", Severity.ERROR, where,
          "value '" + (t == null ? String.valueOf(inferred) : t.text()) + "' does not fit " + path + ": "
              + e.getMessage(), List.of(t == null ? String.valueOf(inferred) : t.text(), path));
    }
  }

  private static void requireCount(ParsedNumber p, boolean signed) {
    if (!p.isInteger()) {
      throw new IllegalArgumentException("a count must be a whole number");
    }
    if (p.isMoney()) {
      throw new IllegalArgumentException("a count cannot carry the unit " + p.unit());
    }
    if (!signed && p.value().signum() < 0) {
      throw new IllegalArgumentException("a count must not be negative");
    }
    if (p.value().abs().compareTo(BigDecimal.valueOf(Cell.MAX_MAGNITUDE)) > 0) {
      throw new IllegalArgumentException("a count has at most " + Cell.MAX_DIGITS + " digits");
    }
  }

  /**
   * The numbers of a row that its placement left out, which must not vanish: each is reported as an
   * unplaced number. A number counts as placed when a cell took it, or a token made of it (the same line,
   * starting at or before it and reaching it).
   */
  private void reportDropped(List<Tok> cells, Tok[] placed, String rowName) {
    List<Tok> dropped = new ArrayList<>();
    for (Tok t : cells) {
      if (t.kind() != Tok.Kind.NUMBER) {
        continue;
      }
      boolean taken = false;
      for (Tok p : placed) {
        if (p != null && (p.equals(t) || (p.line() == t.line() && t.col() >= p.col()
            && t.col() < p.col() + Math.max(1, p.text().length())))) {
          taken = true;
          break;
        }
      }
      if (!taken) {
        dropped.add(t);
      }
    }
    unplaced(dropped, "a number of row '" + rowName + "' that no cell took");
  }

  /**
   * The texts of numbers placed in different cells that were printed in one cell (an HTML or document
   * cell, or a TAB-separated field of a line that has TABs): {@code 0 5} in one cell is not two cells.
   */
  private List<String> oneFieldNumbers(Tok[] placed) {
    List<String> out = new ArrayList<>();
    Tok previous = null;
    for (Tok t : placed) {
      if (t == null || t.kind() != Tok.Kind.NUMBER) {
        continue;
      }
      if (previous != null && previous.line() == t.line() && sameField(previous, t)) {
        if (out.isEmpty()) {
          out.add(previous.text());
        }
        out.add(t.text());
      }
      previous = t;
    }
    return out;
  }

  private boolean sameField(Tok a, Tok b) {
    if (cellColumns) {
      return a.col() == b.col();
    }
    if (a.line() < 1 || a.line() > rawLines.size()) {
      return false;
    }
    String line = rawLines.get(a.line() - 1);
    int from = Math.min(a.col(), b.col()) - 1;
    int to = Math.max(a.col(), b.col()) - 1;
    return line.indexOf('\t') >= 0 && from >= 0 && to <= line.length() && line.substring(from, to).indexOf('\t') < 0;
  }

  private void unplaced(List<Tok> toks, String why) {
    for (Tok t : toks) {
      if (t.kind() == Tok.Kind.NUMBER) {
        finding("reader.unplaced-number", Severity.ERROR, location(t),
            "number '" + t.text() + "' could not be placed" + (why == null ? "" : ": " + why),
            List.of(t.text()));
      }
    }
  }

  void finding(String code, Severity severity, Location location, String message, List<String> args) {
    ctx.finding(contextCells, code, severity, location, message, args);
  }

  /** The cells of the row (or table) being placed: the findings made meanwhile name them. */
  private List<CellRef> contextCells = List.of();

  private static List<CellRef> cellsOf(TableType type, TableRow row) {
    List<CellRef> out = new ArrayList<>();
    for (TableColumn c : type.columns()) {
      out.add(CellRef.of(type, row, c));
    }
    return out;
  }

  private static List<CellRef> cellsOf(TableType type) {
    List<CellRef> out = new ArrayList<>();
    for (TableRow r : type.rows()) {
      out.addAll(cellsOf(type, r));
    }
    return out;
  }
}
