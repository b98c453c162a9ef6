package io.github.ogireport.io.html;

import io.github.ogireport.model.Severity;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.internal.InputDecoder;
import io.github.ogireport.io.internal.TextNormalizer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML document turned into plain lines for the text reader: text outside tables as one line per
 * paragraph, heading or {@code <br>}-separated line, in document order; and each table row ({@code tr})
 * as one line of its cells' texts separated by TAB, in logical order (a cell spanning several columns
 * appears once; an empty one in a row that holds digits, under columns the rows above give a cell each, once
 * per column: merged blank cells). Every table is also expanded into an {@link HtmlGrid}, and
 * {@link #locate(int, int)} maps a position in the lines back to the HTML cell it came from.
 *
 * <p>Cell texts are normalised: {@code &nbsp;} and other whitespace collapse; a cell holding only
 * whitespace is empty (blank); spaces and line breaks between two Chinese characters are dropped
 * ({@code 本年新<br>公开数量} → {@code 本年新公开数量}, {@code 商业 企业} → {@code 商业企业}); elsewhere a
 * {@code <br>} becomes a space, so digits are never glued together. A table nested in a cell gives its
 * own lines after those of the enclosing table.
 *
 * <p>Bytes are decoded in the charset of the byte-order mark or the {@code <meta charset>} declaration
 * (GB2312 and GBK are read as their superset GB18030), else as UTF-8 if the bytes are valid UTF-8, else
 * as GB18030. Undecodable bytes become U+FFFD and are reported as a finding.
 *
 * <p>Limits ({@link HtmlLimits#DEFAULT}; other limits with {@link #parse(byte[], HtmlLimits)} or
 * {@code HtmlReportReader.builder().limits(…)}), beyond which {@link InputLimitException} is thrown: {@value #MAX_INPUT_BYTES} bytes or
 * characters of input, {@value #MAX_NODES} nodes (elements, text runs and comments, empty ones too,
 * counted in the source before it is parsed), {@value #MAX_COLUMNS} logical columns and {@value #MAX_GRID_CELLS} grid positions
 * per table. Spans follow the HTML table model: a {@code colspan} above {@value #MAX_COLUMNS} counts as
 * {@value #MAX_COLUMNS}, a {@code rowspan} of 0 or beyond the last row reaches the last row, and a value
 * that is not a number counts as 1 (each reported as a finding).
 *
 * @since 0.1
 */
public final class HtmlLines {
  /** The largest input accepted, in bytes (or characters for text input). */
  public static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

  /**
   * The most nodes a document may have: tags (an element, comment or declaration each) and runs of text
   * between them, empty elements and whitespace included, counted in the source before it is parsed,
   * since a parsed document takes several hundred bytes per node. A published report has a few
   * thousand.
   */
  public static final int MAX_NODES = 50_000;

  /** The largest number of logical columns of a table (also the largest effective colspan). */
  public static final int MAX_COLUMNS = 1000;

  /** The largest number of grid positions (rows × columns) of one table. */
  public static final int MAX_GRID_CELLS = 1_000_000;

  /** The largest number of grid positions of all tables of a document together. */
  public static final int MAX_DOCUMENT_GRID_CELLS = 4_000_000;

  static final int MAX_CELLS_PER_ROW = MAX_COLUMNS;

  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "template", "noscript", "head", "title", "iframe", "object", "svg", "math",
      "select", "textarea", "button");

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "ul",
      "caption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "html");

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Where a line came from. */
  private record Source(int tableIndex, int row, int sourceLine, int sourceColumn, int[] cellOfField) {
    Source(int tableIndex, int row, int sourceLine, int sourceColumn) {
      this(tableIndex, row, sourceLine, sourceColumn, null);
    }

    boolean isTableRow() {
      return tableIndex >= 0;
    }

    /** The HTML cell (0-based, in the row) of a TAB-separated field of the row's line. */
    int cell(int field) {
      return cellOfField == null || field >= cellOfField.length ? field : cellOfField[field];
    }
  }

  private final List<String> lines;
  private final List<Source> sources;
  private final List<HtmlGrid> tables;
  private final List<ReaderFinding> findings;
  private final Charset charset;

  private HtmlLines(
      List<String> lines, List<Source> sources, List<HtmlGrid> tables, List<ReaderFinding> findings,
      Charset charset) {
    this.lines = List.copyOf(lines);
    this.sources = List.copyOf(sources);
    this.tables = List.copyOf(tables);
    this.findings = List.copyOf(findings);
    this.charset = charset;
  }

  /**
   * Converts an HTML document given as bytes, detecting its charset.
   *
   * @throws InputLimitException if the input or a table exceeds a limit
   */
  public static HtmlLines parse(byte[] html) {
    return parse(html, HtmlLimits.DEFAULT);
  }

  /**
   * Converts an HTML document given as bytes, detecting its charset, within the given limits.
   *
   * @throws InputLimitException if the input or a table exceeds a limit
   */
  public static HtmlLines parse(byte[] html, HtmlLimits limits) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(limits, "limits");
    if (html.length > limits.maxInputBytes()) {
      throw new InputLimitException(
          "HTML document has " + html.length + " bytes, more than the limit of " + limits.maxInputBytes(),
          Location.unknown());
    }
    List<ReaderFinding> findings = new ArrayList<>();
    Decoded decoded = decode(html, findings);
    return convert(decoded.text(), decoded.charset(), findings, limits);
  }

  /**
   * Converts an HTML document given as text.
   *
   * @throws InputLimitException if the input or a table exceeds a limit
   */
  public static HtmlLines parse(String html) {
    return parse(html, HtmlLimits.DEFAULT);
  }

  /**
   * Converts an HTML document given as text, within the given limits.
   *
   * @throws InputLimitException if the input or a table exceeds a limit
   */
  public static HtmlLines parse(String html, HtmlLimits limits) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(limits, "limits");
    if (html.length() > limits.maxInputBytes()) {
      throw new InputLimitException(
          "HTML document has " + html.length() + " characters, more than the limit of " + limits.maxInputBytes(),
          Location.unknown());
    }
    return convert(html, StandardCharsets.UTF_8, new ArrayList<>(), limits);
  }

  /** The lines, in document order; table rows have their cells separated by TAB. */
  public List<String> lines() {
    return lines;
  }

  /** The tables, in the order their lines appear. */
  public List<HtmlGrid> tables() {
    return tables;
  }

  /** What the conversion noticed (undecodable bytes, an unknown charset, odd spans), in input order. */
  public List<ReaderFinding> findings() {
    return findings;
  }

  /** The charset the document was decoded with (UTF-8 for text input). */
  public Charset charset() {
    return charset;
  }

  /**
   * Where a position in the lines came from. {@code line} is 1-based; {@code column} is the 1-based
   * character column in the line (0 or less means the start of the line). In a table row it gives the
   * HTML cell ({@link Location#ofHtmlCell}) whose text holds that character (the TAB before a cell counts
   * to that cell); in other text, the line and column of the text in the HTML source. Out of range gives
   * {@link Location#unknown()}.
   */
  public Location locate(int line, int column) {
    if (line < 1 || line > lines.size()) {
      return Location.unknown();
    }
    Source source = sources.get(line - 1);
    if (!source.isTableRow()) {
      return source.sourceLine() > 0
          ? Location.ofLine(source.sourceLine(), source.sourceColumn())
          : Location.unknown();
    }
    String text = lines.get(line - 1);
    int end = Math.min(Math.max(column - 1, 0), text.length());
    int cell = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\t') {
        cell++;
      }
    }
    return Location.ofHtmlCell(source.tableIndex(), source.row(), source.cell(cell));
  }

  /**
   * The number of cells that cover the columns {@code [from, from + span)} in the nearest row above {@code row}
   * that gives them one cell each (a cell spanning rows down to a row covers it too), or 0 when a cell with text
   * spans them first (the header cell of a wide column: the empty cell under it is one cell). Rows where they
   * lie under one empty merged cell are passed over.
   */
  private static int cellsAbove(int row, int from, int span, int[][] origins, int[][] colspans, int[][] rowspans,
      List<List<String>> texts) {
    for (int r = row - 1; r >= 0; r--) {
      java.util.Set<Long> covering = new java.util.HashSet<>();
      boolean merged = false;
      for (int col = from; col < from + span; col++) {
        long found = -1;
        for (int rr = r; rr >= 0 && found < 0; rr--) {
          for (int j = 0; j < origins[rr].length; j++) {
            if (origins[rr][j] <= col && col < origins[rr][j] + colspans[rr][j] && rr + rowspans[rr][j] > r) {
              if (colspans[rr][j] != 1) {
                if (!texts.get(rr).get(j).isEmpty()) {
                  return 0;
                }
                merged = true;
              }
              found = ((long) rr << 32) | j;
              break;
            }
          }
        }
        if (found < 0) {
          return 0;
        }
        covering.add(found);
      }
      if (!merged) {
        return covering.size();
      }
    }
    return 0;
  }

  /**
   * True if the element is not shown by its own markup: the {@code hidden} attribute, or an inline style with
   * {@code display: none} or {@code visibility: hidden} (style sheets are not evaluated).
   */
  private static boolean notShown(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String st = style.replace(" ", "").replace("\t", "").toLowerCase(java.util.Locale.ROOT);
    return st.contains("display:none") || st.contains("visibility:hidden");
  }

  /** The HTML cell of the {@code cell}-th TAB-separated field (0-based) of a line, or the line's location. */
  public Location locateCell(int line, int cell) {
    if (line < 1 || line > lines.size()) {
      return Location.unknown();
    }
    Source source = sources.get(line - 1);
    if (!source.isTableRow()) {
      return locate(line, 0);
    }
    return Location.ofHtmlCell(source.tableIndex(), source.row(), source.cell(Math.max(cell, 0)));
  }

  // ---------------------------------------------------------------- decoding

  private record Decoded(String text, Charset charset) {}

  private static Decoded decode(byte[] bytes, List<ReaderFinding> findings) {
    int bomLength = 0;
    Charset charset = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bomLength = 2;
    }
    ByteBuffer body = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
    if (charset != null) {
      return new Decoded(decodeReplacing(body, charset, findings), charset);
    }
    Charset utf16 = InputDecoder.utf16ByZeroBytes(bytes);
    if (utf16 != null) {
      Optional<String> s = decodeStrict(body.duplicate(), utf16);
      if (s.isPresent()) {
        findings.add(finding("reader.encoding", Severity.INFO,
            "the page has no byte-order mark; decoded as " + utf16.name() + " (told by its zero bytes)",
            utf16.name()));
        return new Decoded(s.get(), utf16);
      }
    }
    Optional<String> declaredName = declaredCharset(bytes);
    Charset declared = declaredName.flatMap(name -> charsetFor(name, declarationLine(bytes), findings))
        .orElse(null);
    if (declared != null && isLatin(declared)) {
      Optional<String> utf8 = decodeStrict(body.duplicate(), StandardCharsets.UTF_8);
      if (utf8.isPresent() && hasCjk(utf8.get())) {
        findings.add(finding("reader.encoding", Severity.INFO,
            "the page declares " + declared.name() + " but is valid UTF-8 with Chinese text; decoded as UTF-8",
            "UTF-8", declared.name()));
        return new Decoded(utf8.get(), StandardCharsets.UTF_8);
      }
    }
    if (declared != null) {
      Optional<String> strict = decodeStrict(body.duplicate(), declared);
      if (strict.isPresent()) {
        return new Decoded(strict.get(), declared);
      }
      Charset other = declared.equals(StandardCharsets.UTF_8) ? GB18030 : StandardCharsets.UTF_8;
      Optional<String> alternative = decodeStrict(body.duplicate(), other);
      if (alternative.isPresent()) {
        int[] at = InputDecoder.firstMalformed(body, declared);
        findings.add(finding("html.charset-mismatch", Severity.WARNING, Location.ofLine(at[0], at[1]),
            "the page declares " + declared.name() + " but is encoded in " + other.name() + " (the first byte that"
                + " is not " + declared.name() + " is at line " + at[0] + ", column " + at[1] + ")",
            declared.name(), other.name()));
        return new Decoded(alternative.get(), other);
      }
      return new Decoded(decodeReplacing(body, declared, findings), declared);
    }
    Optional<String> utf8 = decodeStrict(body.duplicate(), StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8);
    }
    return new Decoded(decodeReplacing(body, GB18030, findings), GB18030);
  }

  private static boolean isLatin(Charset c) {
    String n = c.name();
    return n.equals("ISO-8859-1") || n.equals("windows-1252") || n.equals("US-ASCII");
  }

  private static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TextNormalizer.isCjk(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The charset named by an XML declaration or a {@code <meta>} tag in the first 8 KiB, if any. */
  static Optional<String> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return Optional.of(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
  }

  /** The 1-based line of the source holding the charset declaration (1 if there is none). */
  private static int declarationLine(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    Matcher meta = META_CHARSET.matcher(head);
    int at = xml.find() ? xml.start() : meta.find() ? meta.start() : 0;
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (head.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static Optional<Charset> charsetFor(String name, int line, List<ReaderFinding> findings) {
    String n = name.toLowerCase(Locale.ROOT);
    switch (n) {
      case "gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "windows-936", "euc-cn", "csgb2312",
          "chinese", "iso-ir-58", "gb18030" -> {
        return Optional.of(GB18030);
      }
      case "utf-16", "utf-16le", "utf-16be", "unicode" -> {
        return Optional.of(StandardCharsets.UTF_8); // HTML: a UTF-16 label in a byte stream means UTF-8
      }
      default -> {
        try {
          return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          findings.add(finding("html.charset-unknown", Severity.WARNING, Location.ofLine(line, 0),
              "the page declares the unknown charset '" + name + "'; it was detected instead", name));
          return Optional.empty();
        }
      }
    }
  }

  private static Optional<String> decodeStrict(ByteBuffer bytes, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String decodeReplacing(ByteBuffer bytes, Charset charset, List<ReaderFinding> findings) {
    Optional<String> strict = decodeStrict(bytes.duplicate(), charset);
    if (strict.isPresent()) {
      return strict.get();
    }
    int[] at = InputDecoder.firstMalformed(bytes, charset);
    findings.add(finding("html.malformed-bytes", Severity.WARNING, Location.ofLine(at[0], at[1]),
        "some bytes are not valid " + charset.name() + " and were replaced by U+FFFD (the first at line "
            + at[0] + ", column " + at[1] + ")", charset.name()));
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("a replacing decoder does not throw", e);
    }
  }

  private static ReaderFinding finding(
      String code, Severity severity, String message, String... arguments) {
    return finding(code, severity, Location.unknown(), message, arguments);
  }

  private static ReaderFinding finding(
      String code, Severity severity, Location location, String message, String... arguments) {
    return new ReaderFinding(code, severity, location, message, List.of(arguments));
  }

  // ---------------------------------------------------------------- conversion

  private static HtmlLines convert(String html, Charset charset, List<ReaderFinding> findings, HtmlLimits limits) {
    checkNodes(html, limits.maxNodes());
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = parser.parseInput(html, "");
    Converter converter = new Converter(doc, findings, limits);
    converter.run();
    return new HtmlLines(converter.lines, converter.sources, converter.grids, findings, charset);
  }

  /**
   * Counts the nodes of the source without parsing it: every {@code <} that starts a tag, comment or
   * declaration (not an end tag), and every non-empty run of characters between a {@code >} and the
   * next {@code <}. Text inside tags and scripts is counted too, so the count is never below what the
   * parser builds, give or take the elements it implies ({@code tbody}, {@code html}).
   *
   * @throws InputLimitException at the line and column where the count passes {@link #MAX_NODES}
   */
  static void checkNodes(String html) {
    checkNodes(html, MAX_NODES);
  }

  /** {@link #checkNodes(String)} with another limit than {@link #MAX_NODES}. */
  static void checkNodes(String html, int maxNodes) {
    int nodes = 0;
    int line = 1;
    int lineStart = 0;
    boolean text = false; // in a run of text that was counted
    boolean tag = false; // between a tag's < and its >
    for (int i = 0, n = html.length(); i < n; i++) {
      char c = html.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
      int before = nodes;
      if (tag) {
        tag = c != '>';
      } else if (c == '<' && i + 1 < n && isTagStart(html.charAt(i + 1))) {
        nodes++;
        tag = true;
        text = false;
      } else if (c == '<' && i + 1 < n && html.charAt(i + 1) == '/') {
        tag = true; // an end tag: no node
        text = false;
      } else if (!text) {
        text = true;
        nodes++;
      }
      if (nodes > maxNodes && nodes > before) {
        throw new InputLimitException("HTML document has more than " + maxNodes
            + " nodes (elements, text runs, comments)", Location.ofLine(line, i - lineStart + 1));
      }
    }
  }

  private static boolean isTagStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '!' || c == '?';
  }

  private static final class Converter {
    private final Document doc;
    private final List<ReaderFinding> findings;
    private final Map<Element, Integer> tableIndexes = new IdentityHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<HtmlGrid> grids = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private int bufferLine;
    private int bufferColumn;
    private long documentCells;
    private final HtmlLimits limits;

    Converter(Document doc, List<ReaderFinding> findings, HtmlLimits limits) {
      this.doc = doc;
      this.findings = findings;
      this.limits = limits;
      int i = 0;
      for (Element t : doc.getElementsByTag("table")) {
        tableIndexes.put(t, i++);
      }
    }

    void run() {
      Element root = doc.body() != null ? doc.body() : doc;
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof TextNode text) {
            appendText(text);
            return FilterResult.CONTINUE;
          }
          if (node instanceof Element e) {
            String name = e.normalName();
            if (SKIPPED.contains(name) || notShown(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("table")) {
              flush();
              tables(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("br") || BLOCKS.contains(name)) {
              flush();
            }
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            flush();
          }
          return FilterResult.CONTINUE;
        }
      }, root);
      flush();
    }

    private void appendText(TextNode text) {
      String whole = text.getWholeText();
      if (buffer.length() == 0) {
        if (whole.isBlank() && whole.chars().allMatch(c -> CellText.isSpace((char) c))) {
          return;
        }
        Range range = text.sourceRange();
        bufferLine = range.isTracked() ? range.start().lineNumber() : 0;
        bufferColumn = range.isTracked() ? range.start().columnNumber() : 0;
      }
      buffer.append(whole);
    }

    private void flush() {
      if (buffer.length() == 0) {
        return;
      }
      String line = CellText.normalize(buffer, false);
      buffer.setLength(0);
      if (!line.isEmpty()) {
        lines.add(line);
        sources.add(new Source(-1, -1, bufferLine, bufferColumn));
      }
    }

    /** Emits a table and then, depth first in document order, the tables nested in its cells. */
    private void tables(Element outer) {
      Deque<Element> pending = new ArrayDeque<>();
      pending.push(outer);
      while (!pending.isEmpty()) {
        Element table = pending.pop();
        List<Element> nested = new ArrayList<>();
        table(table, nested);
        for (int i = nested.size() - 1; i >= 0; i--) {
          pending.push(nested.get(i));
        }
      }
    }

    private void table(Element table, List<Element> nested) {
      int tableIndex = tableIndexes.getOrDefault(table, -1);
      List<Element> rows = new ArrayList<>();
      for (Element child : table.children()) {
        switch (child.normalName()) {
          case "caption" -> {
            String caption = cellText(child, nested, Location.ofHtmlCell(tableIndex, 0, 0));
            if (!caption.isEmpty()) {
              Range range = child.sourceRange();
              lines.add(caption);
              sources.add(new Source(-1, -1, range.isTracked() ? range.start().lineNumber() : 0,
                  range.isTracked() ? range.start().columnNumber() : 0));
            }
          }
          case "thead", "tbody", "tfoot" -> {
            for (Element tr : child.children()) {
              if (tr.normalName().equals("tr")) {
                rows.add(tr);
              }
            }
          }
          case "tr" -> rows.add(child);
          default -> {
            // anything else inside a table is not part of its grid
          }
        }
      }
      int rowCount = rows.size();
      List<List<String>> texts = new ArrayList<>(rowCount);
      int[][] origins = new int[rowCount][];
      int[][] rowspans = new int[rowCount][];
      int[][] colspans = new int[rowCount][];
      List<BitSet> occupied = new ArrayList<>(rowCount);
      for (int r = 0; r < rowCount; r++) {
        occupied.add(new BitSet());
      }
      int width = 0;
      for (int r = 0; r < rowCount; r++) {
        List<Element> cells = new ArrayList<>();
        for (Element c : rows.get(r).children()) {
          String name = c.normalName();
          if ((name.equals("td") || name.equals("th")) && !notShown(c)) {
            cells.add(c);
          } else if ((name.equals("td") || name.equals("th")) && hasDigit(c.wholeText())) {
            findings.add(finding("reader.hidden-content", Severity.WARNING, Location.ofHtmlCell(tableIndex, r,
                cells.size()), "digits in a cell that is not shown were not read: " + c.wholeText().strip(),
                c.wholeText().strip(), ""));
          }
        }
        if (cells.size() > limits.maxColumns()) {
          throw new InputLimitException("table row has " + cells.size() + " cells, more than the limit of "
              + limits.maxColumns(), Location.ofHtmlCell(tableIndex, r, limits.maxColumns()));
        }
        List<String> rowTexts = new ArrayList<>(cells.size());
        origins[r] = new int[cells.size()];
        rowspans[r] = new int[cells.size()];
        colspans[r] = new int[cells.size()];
        int column = 0;
        for (int i = 0; i < cells.size(); i++) {
          Element cell = cells.get(i);
          Location where = Location.ofHtmlCell(tableIndex, r, i);
          int colspan = span(cell, "colspan", limits.maxColumns(), where);
          int rowspan = span(cell, "rowspan", 65534, where);
          if (rowspan == 0 || r + rowspan > rowCount) {
            rowspan = rowCount - r;
          }
          if (colspan == 0) {
            colspan = 1;
          }
          column = occupied.get(r).nextClearBit(column);
          if ((long) column + colspan > limits.maxColumns()) {
            throw new InputLimitException("table has more than " + limits.maxColumns() + " columns", where);
          }
          width = Math.max(width, column + colspan);
          if ((long) width * rowCount > limits.maxGridCells()) {
            throw new InputLimitException("table has " + ((long) width * rowCount)
                + " grid cells, more than the limit of " + limits.maxGridCells(), where);
          }
          for (int k = 0; k < rowspan; k++) {
            occupied.get(r + k).set(column, column + colspan);
          }
          origins[r][i] = column;
          rowspans[r][i] = rowspan;
          colspans[r][i] = colspan;
          rowTexts.add(cellText(cell, nested, where));
          column += colspan;
        }
        texts.add(rowTexts);
        // an empty cell of a row with digits, spanning columns that the rows above give a cell each (two merged
        // empty cells of a Word table), stands for as many blank cells: one field each, so that the cells after
        // it keep their columns (a cell as wide as the header cell above it is one cell)
        List<String> fields = rowTexts;
        int[] cellOfField = null; // the cell of each field, when some cell gives several
        if (rowTexts.stream().anyMatch(Converter::hasDigit)) {
          List<String> spread = new ArrayList<>(rowTexts.size());
          List<Integer> cellOf = new ArrayList<>(rowTexts.size());
          for (int i = 0; i < cells.size(); i++) {
            int copies = colspans[r][i] > 1 && rowTexts.get(i).isEmpty()
                && cellsAbove(r, origins[r][i], colspans[r][i], origins, colspans, rowspans, texts)
                    == colspans[r][i] ? colspans[r][i] : 1;
            for (int k = 0; k < copies; k++) {
              spread.add(rowTexts.get(i));
              cellOf.add(i);
            }
          }
          if (spread.size() > rowTexts.size()) {
            fields = spread;
            cellOfField = cellOf.stream().mapToInt(Integer::intValue).toArray();
          }
        }
        lines.add(String.join("\t", fields));
        sources.add(new Source(tableIndex, r, 0, 0, cellOfField));
      }
      documentCells += (long) width * rowCount;
      if (documentCells > limits.maxDocumentGridCells()) {
        throw new InputLimitException("the tables have more than " + limits.maxDocumentGridCells()
            + " grid cells together", Location.ofHtmlCell(tableIndex, 0, 0));
      }
      int[] owner = new int[width * rowCount];
      Arrays.fill(owner, -1);
      for (int r = 0; r < rowCount; r++) {
        for (int i = 0; i < origins[r].length; i++) {
          for (int k = 0; k < rowspans[r][i]; k++) {
            int base = (r + k) * width + origins[r][i];
            for (int c = 0; c < colspans[r][i]; c++) {
              if (owner[base + c] < 0) {
                owner[base + c] = r * MAX_CELLS_PER_ROW + i;
              }
            }
          }
        }
      }
      grids.add(new HtmlGrid(tableIndex, width, List.copyOf(texts), origins, rowspans, colspans, owner));
    }

    /** Parses a span attribute the way browsers do: leading digits; anything else counts as 1. */
    private int span(Element cell, String attribute, int max, Location where) {
      if (!cell.hasAttr(attribute)) {
        return 1;
      }
      String raw = cell.attr(attribute).strip();
      int digits = 0;
      while (digits < raw.length() && raw.charAt(digits) >= '0' && raw.charAt(digits) <= '9') {
        digits++;
      }
      if (digits == 0) {
        findings.add(finding("html.span-invalid", Severity.WARNING, where,
            attribute + " '" + raw + "' is not a number; 1 was used", attribute, raw));
        return 1;
      }
      int zeros = 0;
      while (zeros < digits - 1 && raw.charAt(zeros) == '0') {
        zeros++; // leading zeros, keeping the last digit
      }
      String number = raw.substring(zeros, digits);
      if (number.length() > 9 || Integer.parseInt(number) > max) {
        findings.add(finding("html.span-capped", Severity.WARNING, where,
            attribute + " " + raw + " is larger than " + max + "; " + max + " was used", attribute, raw));
        return max;
      }
      return Integer.parseInt(number);
    }

    /**
     * The normalised text of a cell; tables nested in it are collected, not included. A short
     * {@code <sup>}/{@code <sub>} in a cell holding a number is a footnote mark: dropped, with a
     * {@code reader.footnote-mark} finding; digits in content that is not shown as text ({@code <button>},
     * {@code <select>}, {@code <svg>}, {@code <noscript>}, {@code <template>}, an {@code <input value>}, an
     * element hidden by its own markup: {@code hidden}, an inline {@code display:none} or
     * {@code visibility:hidden}) are not read and are reported ({@code reader.hidden-content}).
     */
    private String cellText(Element cell, List<Element> nested, Location where) {
      StringBuilder raw = new StringBuilder();
      List<String> marks = new ArrayList<>();
      List<String> hidden = new ArrayList<>();
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof TextNode text) {
            raw.append(text.getWholeText());
          } else if (node instanceof Element e && node != cell) {
            String name = e.normalName();
            if (name.equals("table")) {
              nested.add(e);
              raw.append('\n');
              return FilterResult.SKIP_ENTIRELY;
            }
            if (SKIPPED.contains(name) || notShown(e)) {
              String t = e.wholeText().strip();
              if (hasDigit(t)) {
                hidden.add("<" + name + (notShown(e) ? " hidden" : "") + ">" + t);
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("input") && hasDigit(e.attr("value"))) {
              hidden.add("<input value>" + e.attr("value").strip());
            }
            if ((name.equals("sup") || name.equals("sub"))) {
              String t = CellText.normalize(e.wholeText(), true);
              if (!t.isEmpty() && t.length() <= 4) {
                marks.add(t);
                return FilterResult.SKIP_ENTIRELY;
              }
            }
            if (name.equals("br") || BLOCKS.contains(name)) {
              raw.append('\n');
            }
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element e && node != cell && BLOCKS.contains(e.normalName())) {
            raw.append('\n');
          }
          return FilterResult.CONTINUE;
        }
      }, cell);
      String text = CellText.normalize(raw, true);
      for (String h : hidden) {
        findings.add(finding("reader.hidden-content", Severity.WARNING, where,
            "digits in content that is not shown as text were not read: " + h, h, text));
      }
      if (!marks.isEmpty() && hasDigit(text)) {
        for (String m : marks) {
          findings.add(finding("reader.footnote-mark", Severity.INFO, where,
              "footnote mark '" + m + "' dropped from the cell '" + text + "'", m, text));
        }
      } else if (!marks.isEmpty()) {
        // no number in the cell: the marks are text (a label's superscript), kept
        StringBuilder again = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode tn) {
              again.append(tn.getWholeText());
            } else if (node instanceof Element e && node != cell) {
              String name = e.normalName();
              if (name.equals("table") || SKIPPED.contains(name) || notShown(e)) {
                again.append(name.equals("table") ? "\n" : "");
                return FilterResult.SKIP_ENTIRELY;
              }
              if (name.equals("br") || BLOCKS.contains(name)) {
                again.append('\n');
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && node != cell && BLOCKS.contains(e.normalName())) {
              again.append('\n');
            }
            return FilterResult.CONTINUE;
          }
        }, cell);
        text = CellText.normalize(again, true);
      }
      return text;
    }

    private static boolean hasDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
