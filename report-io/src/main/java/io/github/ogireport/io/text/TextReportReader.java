package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.internal.FrozenMap;
import io.github.ogireport.io.internal.InputDecoder;
import io.github.ogireport.io.text.stream.StreamReader;
import io.github.ogireport.io.text.stream.TableReading;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads an annual report on open government information from plain text as copied or extracted from
 * Word, PDF ({@code pdftotext}, with or without {@code -layout}) and web pages, into a
 * {@link io.github.ogireport.model.Report}, recording where every value came from and everything the
 * reader had to decide. Immutable, thread-safe and reusable.
 *
 * <pre>{@code
 * ReadResult result = TextReportReader.lenient().read(Path.of("report.txt"));
 * Report report = result.report();
 * result.findings().forEach(f -> System.out.println(f.code() + " " + f.location() + " " + f.message()));
 * }</pre>
 *
 * <h2>The text format</h2>
 *
 * <p><b>Characters.</b> Bytes are decoded by {@link #read(byte[])}: a byte-order mark decides (UTF-8,
 * UTF-16LE, UTF-16BE); otherwise strict UTF-8, then UTF-16 without a mark (recognised by its zero bytes),
 * then strict GB18030 (a superset of GBK and GB2312); anything else is refused with a
 * {@link TableFormatException}. Line ends are LF, CRLF or CR. Before reading, full-width ASCII
 * (digits, letters, punctuation) becomes half-width and every other space (NBSP, ideographic space, form
 * feed, zero-width space) a plain space; the text of narrative sections is kept as printed.
 *
 * <p><b>Cells.</b> A line is split into cells at every TAB, and each piece again at every run of two or more
 * spaces ({@code pdftotext -layout} columns). Trailing space-separated numbers are split off a piece
 * ({@code 1.属于国家秘密 2 0 0}). An empty piece between TABs is a <em>soft blank</em>: a blank cell, or
 * layout filler under a merged label (an empty first field of a line is always filler). The markers
 * {@code —}, {@code -}, {@code /}, {@code 无} are <em>hard blanks</em>: always a blank cell.
 *
 * <p><b>Numbers.</b> {@code [+-]digits[.digits][unit]}: digits half- or full-width (any other Unicode decimal digit,
 * {@code ٣} or {@code ३}, reads as its ASCII digit), thousands separators
 * {@code ,} allowed (in a cell of its own, between TABs or in an HTML cell, also single spaces: {@code 3 119}, but not after a first group 0: {@code 0 886} is two numbers, and two numbers in one cell are a {@code reader.cell-count-mismatch} warning), a unit typed in the cell is accepted ({@code 个 件 条 次 篇 人 人次 项 元 万元},
 * also {@code 件次}, {@code 千元} (read as yuan), a bare {@code 万} or {@code 万件} (万元 in an amount cell; ten thousand in a
 * count cell when that is a whole number, else {@code reader.invalid-value}), and any of them in brackets:
 * {@code （万元）}, {@code （项）}, {@code （件）}; with or without a space before it). A leading {@code ¥}
 * or {@code ￥} means yuan; a trailing footnote mark ({@code *}, {@code ※}, {@code ①}) is dropped (the number is read as printed).
 * An approximation ({@code 约5422}, {@code 约为…}, {@code 近…}, {@code 5000余}, {@code 300多件}) is never read
 * as a figure: its cell is left blank with a {@code reader.approximate-value} finding; digits with commas
 * that are not thousands groups ({@code 137,16}) are a {@code reader.invalid-value}. The token-stream pass
 * never fills a cell the line reading refused so. Percentages are not numbers. Counts must be
 * whole and non-negative (本年增/减 may be signed); amounts keep their printed scale and the unit typed in
 * the cell, else the unit printed in the column header ({@code 本年收费金额（单位：万元）},
 * {@code 采购总金额（单位：万元…）}, the legacy 单位 column), else {@code UNSPECIFIED}. A number longer
 * than {@link Builder#maxNumberDigits(int)} digits is refused with an {@link InputLimitException}.
 *
 * <p><b>Structure.</b> The section headings {@code 二、主动公开政府信息情况}, {@code 三、收到和处理政府信息公开申请情况},
 * {@code 四、政府信息公开行政复议、行政诉讼情况} (numbered with a Chinese numeral, in brackets with their own
 * numeral {@code （四）}, or not at all) open the table regions; captions {@code 第二十条第（X）项} (brackets printed or
 * not), the corner note {@code （本列数据的勾稽关系为…）} or
 * {@code 申请人情况}, a {@code 行政复议} header cell, and {@code 统计指标}, a caption of
 * {@link io.github.ogireport.model.OfficialForm#LEGACY_CAPTIONS} ({@code 政府信息公开情况统计表},
 * {@code 2013年度政府信息公开工作统计表}) or a row of header words with a unit header ({@code 项目 单位 数量 累计})
 * (legacy form) open a table even without a heading. {@code 五、存在的主要问题…}, {@code 六、其他需要报告的事项}
 * and {@code 一、总体情况} close every table, so chart residue and image placeholders after the tables are
 * never read as data; a line with a full stop {@code 。} and no TAB inside a table region is a note and is
 * skipped, and so is a bare page number ({@code 3}, {@code - 3 -}) that ends a page (the last line before a
 * form feed). The first line (or pair of lines) with a year {@code YYYY年} and {@code 报告} within the first
 * eight non-blank lines is the title: the agency is the text before the year (or the line before it), the
 * year is the report year. Narrative sections are the text under the headings 一、五、六 (and, in reports
 * without official headings, under any short {@code X、…} heading), kept as printed.
 *
 * <p><b>Rows.</b> Row labels are recognised against the model's own labels (plus an alias list of known
 * typos, and a small edit distance as a last resort), compared after removing all whitespace and unifying
 * brackets, quotes and enumeration marks. A label may be split into fragments (letter-spaced, broken
 * across lines or cells, interleaved with vertical group labels, or even interrupted by its numbers):
 * consecutive text fragments are joined until they end with a label, or with the beginning (six or more
 * characters) of exactly one label. Numbering may be {@code 1.}, {@code 1、}, {@code (1)}, {@code 1)},
 * {@code ①} or missing; a short label without numbering ({@code 总计}, {@code 其他}) counts only right
 * before its numbers, as the first such row after the last row read. The cells after a label up to the next label, or the next text after
 * values, belong to its row. The edition of each table is detected from its labels (formats.md §5):
 * section 二 from its column headers, rows, or the number of values per row; section 三 from the
 * （六）其他处理 sub-rows. {@code Report.edition()} is the edition of the section 三 table, else of section
 * 二, else legacy if the statistics form was read; a text with no table at all gets the edition in force
 * for its report year (a {@code reader.missing-table} finding says so).
 *
 * <p><b>Placing cells.</b> Trailing soft blanks are dropped (a document's row with more cells than columns
 * loses only its extra empty last cells: an empty column after the table's); with more cells than columns,
 * leading soft blanks are dropped; with fewer, a row that contains blanks is aligned to its last column. A
 * first column headed {@code 序号} (or 编号, 行次) numbers the rows: its numbers are not read
 * ({@code reader.serial-column}). A row of values only that is short of columns is decided by the table's
 * relations (总计 = sum of the applicant columns; each 行政复议/诉讼 group's 总计 = sum of its four outcomes):
 * glued digits ({@code 3100004}) are split only when exactly one split satisfies the relations (in a table
 * without relations, only a run that cannot be one number, {@code 000}); printed values are placed when
 * exactly one placement satisfies them, or, in a TAB-separated line or a document's row (fields in order,
 * no empty field among them), when the placement that takes its last cells to be the lost ones is among
 * them; a lost total alone never decides (it satisfies every relation, so a row that lost a part would be
 * read shifted); lost cells stay blank (never inferred); otherwise the row is left blank and reported. In a space-aligned layout
 * ({@code pdftotext -layout}, no TAB), a row whose values are on one line and short of columns is placed
 * by position first: the extent of each value column is learned from the complete rows nearest above and
 * below it (display columns, an East Asian wide character counting two), and each value goes to the one
 * column it stands under; this is used only when every value maps to a distinct column in printed order
 * and the placed values contradict no relation (so a row printing only its 总计, or one that lost middle
 * cells, is read; glued digits spanning two columns are not). When row labels are detached from their numbers (pdftotext reading order),
 * the numbers are read in printed order only if their count is exactly the table's cell count and every
 * row and column total then checks; the section 四 numbers printed in pieces are reordered only when a
 * unique order closest to the printed one makes the three totals check. Relations are used to decide
 * placement only: totals that do not add up are kept as printed (validation reports them).
 *
 * <h2>Findings</h2>
 *
 * <p>Severities: an ERROR says that what the text prints fits no reading of the form (a value that is not
 * a figure, a row printed twice with other values, more values than a row has cells, glued digits that no
 * split makes consistent); a WARNING says that the text does not decide some cells (digits whose cell
 * boundaries were lost and that several splits fit, a number printed without its row, section 四 printed
 * out of order), or that a decision was made that a reader should check. In both cases the cells concerned
 * are blank and named, never guessed. The arithmetic of the values read is validation's.
 *
 * <p>Every finding has a stable {@link ReaderFinding#code()}:
 * <ul>
 *   <li>{@code reader.unplaced-number} (WARNING): a number inside a table region that no cell took.
 *   <li>{@code reader.cell-count-mismatch} (ERROR): a row whose values fit no placement (more values than
 *       columns, blanks where cells were lost), left blank; (WARNING) a row short of cells whose values several
 *       placements fit, left blank, or one placed by the relations, its lost cells left blank.
 *   <li>{@code reader.placed-by-column-position} (WARNING): a space-aligned row short of values whose
 *       values were placed in the columns they stand under (learned from the nearest complete rows; in a
 *       section 三 table where no row is complete (V5), from the display extents of the seven applicant
 *       header labels, each found exactly once); the other cells left blank.
 *   <li>{@code reader.stray-number-dropped} (WARNING): a row printing one number too many, where exactly
 *       one number alone on its line (a page number without a form feed) can be removed so that the row's
 *       totals check; that number is not read.
 *   <li>{@code reader.glued-digits-recovered} (WARNING): glued digits split by the only consistent split.
 *   <li>{@code reader.glued-digits-ambiguous} (WARNING): glued digits with several consistent splits, or whose
 *       search for splits reached its bound; (ERROR) glued digits with no consistent split; blank.
 *   <li>{@code reader.cumulative-column} (INFO): a legacy form whose header names no cumulative column (none
 *       printed, or 项目 单位 数量), whose rows print two numbers, at least three and half of its rows with
 *       numbers, none more, the first never above the second: read as this year's value and the cumulative one.
 *   <li>{@code reader.empty-row} (INFO): a row label with no cells at all.
 *   <li>{@code reader.row-right-aligned} (INFO): a short row with blanks aligned to its last column.
 *   <li>{@code reader.detached-labels} (WARNING): numbers read in printed order, labels being elsewhere.
 *   <li>{@code reader.review-reordered} (WARNING), {@code reader.review-ambiguous} (WARNING),
 *       {@code reader.review-scrambled} (WARNING), {@code reader.review-order-unchecked} (WARNING): the
 *       section 四 numbers printed out of order.
 *   <li>{@code reader.invalid-value} (ERROR): a number that does not fit its cell (negative count, decimal
 *       count, a money unit on a count, too many digits, digits with commas that are not thousands groups,
 *       a count in 万 that is not whole); the cell is left blank.
 *   <li>{@code reader.approximate-value} (ERROR): an approximation ({@code 约}, {@code 约为}, {@code 近},
 *       {@code 余}, {@code 多}) printed in a cell, which it names; the cell is left blank.
 *   <li>{@code reader.label-alias} (INFO): a label read through the alias list or by edit distance.
 *   <li>{@code reader.subtotal-column} (INFO): a table tool's {@code 法人或其他组织小计} column in section 三
 *       (announced by its header; its side told by the row totals), not read.
 *   <li>{@code reader.serial-column} (INFO): a table whose first column, headed {@code 序号} (编号, 行次),
 *       numbers its rows; the number a row begins with before its label (or section 四's value line with) is
 *       not read.
 *   <li>{@code reader.column-numbers} (INFO): a row numbering the table's columns under its header
 *       ({@code 甲 乙 1 2 3 …}: the words over the label columns, then 1, 2, 3 … in order, at least three; without
 *       the words at least seven, no empty cell among them), not read.
 *   <li>{@code reader.subtotal-row} (INFO): a table tool's subtotal row in section 三 (a {@code 小计} or
 *       {@code 合计} row, numbers on a group label {@code （三）不予公开}, or {@code （六）其他处理} above the
 *       2021 sub-rows), not read.
 *   <li>{@code reader.columns-reordered} (INFO): a section 三 header block (the first or one repeated after
 *       a page break, V4) names the seven applicant columns, each exactly once and without the
 *       {@code 法人或其他组织} group label (the text of a label broken across lines or cells is joined), in
 *       an order other than the national form's; the rows under it that print exactly seven cells are
 *       read in that order until the next header. A two-level, incomplete or repeated-label header keeps
 *       the official order. (WARNING) a row under such a header printing fewer than seven cells, placed
 *       as in the official order.
 *   <li>{@code reader.custom-row} (INFO): a legacy-form row not on the national form, kept as a custom row.
 *   <li>{@code reader.duplicate-row} (ERROR): a row label printed again (or read again in a later fragment of
 *       the table) with other values; the first values are kept, the repetition is not read.
 *   <li>{@code reader.empty-table} (WARNING): a table whose anchor (caption, header) was found but of which
 *       no value was read; names its cells.
 *   <li>{@code reader.missing-row} (WARNING): a row of the form whose label was not found in a table that was
 *       read; its cells are blank. For the legacy statistics form, one finding names every national row not
 *       found (INFO when the form prints rows of its own: a provincial variant).
 *   <li>{@code reader.empty-row} (INFO) also names a row whose label was found but after which no number was
 *       read ({@code 行政强制 无}) when no other finding names its cells.
 *   <li>{@code reader.note-number} (INFO): a number in brackets, a percentage or a date beside a row
 *       ({@code （其中修订16件）}, {@code 17.46%}, {@code 2024年}): a note, not a cell.
 *   <li>{@code reader.stray-space-merged} (WARNING): values separated by a single space merged into one cell
 *       (a stray space inside a number), decided by the relations; (INFO) a table cell holding digits grouped
 *       by spaces ({@code 3 119}, {@code 595 239}), read as one number with spaces as thousands separators.
 *   <li>{@code reader.no-values} (WARNING): statistics tables were found but not one value of any of them was
 *       read: a blank form (every row label, no number), or values the reader cannot see (images); its
 *       arguments are the tables' keys. It is the report's status "no values", never a clean result.
 *   <li>{@code reader.mixed-edition} (INFO): the tables belong to more than one edition; read as printed.
 *   <li>{@code reader.missing-table} (WARNING): an expected table was not found or has no values; when no
 *       table at all was recognised, its arguments are the tables of the form in force for the report year.
 *   <li>{@code reader.missing-metadata} (WARNING): no agency or year in the title (placeholders used).
 *   <li>{@code reader.encoding} (INFO): the bytes were decoded as something other than UTF-8; for a web
 *       page ({@link io.github.ogireport.io.html.HtmlReportReader}) also UTF-16 without a byte-order mark
 *       (told by its zero bytes), or valid UTF-8 with Chinese text that declares a Latin charset.
 *   <li>{@code reader.footnote-mark} (INFO, web pages): a short {@code <sup>}/{@code <sub>} in a cell
 *       holding a number, dropped from the number ({@code <sup>1</sup>5422} reads 5422).
 *   <li>{@code reader.hidden-content} (WARNING, web pages): digits in a cell inside content not shown as
 *       text ({@code <button>}, {@code <select>}, {@code <svg>}, {@code <noscript>}, {@code <template>},
 *       an {@code <input value>}); not read; the location is the cell.
 * </ul>
 *
 * <p>Every finding about particular cells names them ({@link ReaderFinding#cells()}): a cell left blank
 * because something was lost is named by the finding that says why.
 *
 * <h2>Markdown</h2>
 *
 * <p>A converter's Markdown is read line by line too: a pipe-table row ({@code | label | 4 |  | 6 |}) is read
 * as its fields, each one cell (an empty one a blank cell, a trailing one included), separator rows and
 * heading marks ({@code ##}) are left out, and every cell keeps its line and column in the source. Section
 * 三's caption repeated among its rows (a converter's or a page's repeated header) does not start another
 * table. Fragments the line reading cannot place (a row cut over lines, a header lost) are left to the token
 * stream below.
 *
 * <h2>Lost line and cell boundaries</h2>
 *
 * <p>After the line-oriented reading, the text is read again as a stream of characters with boundary hints
 * (see {@link io.github.ogireport.io.text.stream.StreamReader}); each table is taken from that reading
 * when it read more values and contradicts none of the line reading's, so crawled pages flattened to one
 * line, glued digit runs, Markdown fragments and provincial legacy forms are read too. Glued digits are
 * split only where the rows' sums and the table's relations leave exactly one split
 * ({@code reader.glued-digits-recovered}); otherwise the cells stay blank
 * ({@code reader.glued-digits-ambiguous}, listing the candidates). The search for splits visits at most
 * 50,000 nodes per row; a row that needs more is undecided. The token-stream pass is skipped when the line
 * reading read values of every table it found and noticed nothing but INFO findings other than
 * {@code reader.empty-row}.
 *
 * <p>In {@linkplain #strict() strict} mode the first WARNING or ERROR finding is thrown as a
 * {@link TableFormatException}; in {@linkplain #lenient() lenient} mode the reader keeps going.
 *
 * <h2>Limits</h2>
 *
 * <p>Documents longer than {@link Builder#maxDocumentChars(int)} characters (default 8,000,000) or
 * {@link Builder#maxLines(int)} lines (default 400,000), numbers of more than
 * {@link Builder#maxNumberDigits(int)} digits (default 30) and tables with more than
 * {@link Builder#maxTableNumbers(int)} numbers (default 5,000) are refused with an
 * {@link InputLimitException}. The numbers are counted while a line is split into cells, so a table region
 * (or a single line, inside a table or not) holding more numbers than the limit, or a line of more than
 * twice as many cells, is refused before its cells are built: a 7.8 MB line of {@code 1 1 1 …} is an
 * {@code InputLimitException}, not an {@link OutOfMemoryError}, even in a heap of 96 MiB. The token-stream
 * pass reads only texts of at most 2,000,000 characters.
 *
 * @since 0.1
 */
public final class TextReportReader {
  /** The reader's settings. */
  record Options(boolean strict, int maxDocumentChars, int maxLines, int maxNumberDigits, int maxTableNumbers) {}

  private static final TextReportReader LENIENT = builder().build();
  private static final TextReportReader STRICT = builder().strict(true).build();

  private final Options options;

  private TextReportReader(Options options) {
    this.options = options;
  }

  /** Returns the reader that keeps going and reports what it noticed as findings (the default). */
  public static TextReportReader lenient() {
    return LENIENT;
  }

  /** Returns the reader that throws a {@link TableFormatException} on the first WARNING or ERROR finding. */
  public static TextReportReader strict() {
    return STRICT;
  }

  /** Returns a builder with the default settings (lenient). */
  public static Builder builder() {
    return new Builder();
  }

  /** True if this reader is strict. */
  public boolean isStrict() {
    return options.strict();
  }

  /**
   * Reads a report from text.
   *
   * @throws TableFormatException in strict mode, for the first WARNING or ERROR finding
   * @throws InputLimitException if the text exceeds a limit
   */
  public ReadResult read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > options.maxDocumentChars()) {
      throw new InputLimitException("document has " + text.length() + " characters, more than the limit of "
          + options.maxDocumentChars(), Location.unknown());
    }
    return finish(readText(text));
  }

  /** The line reading, then the token stream's where the line reading left something unread. */
  private ReadResult readText(String text) {
    MarkdownLines.Converted source = MarkdownLines.convert(lines(text));
    ReadResult grid = new ReadSession(options, Location::ofLine, false).read(source.lines(), source.pipeRows());
    if (complete(grid)) {
      return grid; // the line reading left nothing unread: no token-stream pass
    }
    return TableMerge.merge(grid, StreamReader.read(text));
  }

  /** The result with every line location mapped by the locator (see {@link #relocated(Location, List, BiFunction)}). */
  private static ReadResult relocated(ReadResult r, List<String> lines, BiFunction<Integer, Integer, Location> locator) {
    return new ReadResult(r.report(), relocated(r.provenance(), lines, locator),
        relocated(r.findings(), lines, locator), r.sourceLabels());
  }

  private static Map<CellRef, Location> relocated(Map<CellRef, Location> provenance, List<String> lines,
      BiFunction<Integer, Integer, Location> locator) {
    FrozenMap.Builder<CellRef, Location> out = FrozenMap.builder(provenance.size());
    provenance.forEach((c, at) -> out.put(c, relocated(at, lines, locator)));
    return out.build();
  }

  private static List<ReaderFinding> relocated(List<ReaderFinding> findings, List<String> lines,
      BiFunction<Integer, Integer, Location> locator) {
    List<ReaderFinding> out = new ArrayList<>(findings.size());
    for (ReaderFinding f : findings) {
      out.add(new ReaderFinding(f.code(), f.severity(), relocated(f.location(), lines, locator), f.message(),
          f.arguments(), f.cells()));
    }
    return out;
  }

  /**
   * Reads a report from bytes, detecting the encoding (see the class documentation).
   *
   * @throws TableFormatException if no supported encoding decodes the bytes, or in strict mode
   * @throws InputLimitException if the input exceeds a limit
   */
  public ReadResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > (long) options.maxDocumentChars() * 4) {
      throw new InputLimitException("document has " + bytes.length + " bytes, more than the limit of "
          + (long) options.maxDocumentChars() * 4, Location.unknown());
    }
    Optional<InputDecoder.Decoded> decoded = InputDecoder.decode(bytes);
    if (decoded.isEmpty()) {
      int[] at = InputDecoder.firstMalformed(bytes, 0, StandardCharsets.UTF_8);
      throw new TableFormatException(
          "input is not text in UTF-8, UTF-16 or GB18030/GBK (no decoding without errors; the first byte that"
              + " is not UTF-8 is at line " + at[0] + ", column " + at[1] + ")",
          Location.ofLine(at[0], at[1]));
    }
    InputDecoder.Decoded d = decoded.get();
    ReadResult r = read(d.text());
    if (d.charset().equals("UTF-8")) {
      return r;
    }
    List<ReaderFinding> findings = new ArrayList<>();
    findings.add(new ReaderFinding("reader.encoding", Severity.INFO, Location.unknown(),
        "input decoded as " + d.charset() + (d.hadBom() ? " (byte-order mark)" : ""), List.of(d.charset())));
    findings.addAll(r.findings());
    return new ReadResult(r.report(), r.provenance(), findings, r.sourceLabels());
  }

  /**
   * Reads a report from a file, detecting the encoding.
   *
   * @throws TableFormatException if the file cannot be read or decoded, or in strict mode
   * @throws InputLimitException if the file exceeds a limit
   */
  public ReadResult read(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      long size = Files.size(path);
      if (size > (long) options.maxDocumentChars() * 4) {
        throw new InputLimitException("file has " + size + " bytes, more than the limit of "
            + (long) options.maxDocumentChars() * 4, Location.unknown());
      }
      return read(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new TableFormatException("cannot read " + path + ": " + e.getMessage(), Location.unknown(), e);
    }
  }

  /**
   * Reads tables given as rows of cells, for readers of other formats (HTML): each line is one table row,
   * its cells separated by TAB; text lines (headings, captions, narrative) may be mixed in. The locator
   * maps a 1-based line number and a 1-based cell number (the TAB-separated field) to the location to
   * record for values and findings; when it returns {@code null}, {@link Location#ofLine} is used. A line
   * is a row of the document's own table when the locator places its first cell in one
   * ({@link Location#htmlCell()} set); the other lines are paragraphs.
   *
   * <p>Where the line reading leaves something unread, the token stream reads the paragraphs (a table pasted
   * as text, a crawled body in one paragraph; the table rows are left out: their empty cells are blanks a
   * token stream cannot see), as {@link #read(String)} does, its locations mapped by the locator (the
   * character column to the TAB-separated field). A document with no table row at all is also read as plain
   * text, and the reading with more values is kept (the plain text's on a tie).
   *
   * @throws TableFormatException in strict mode, for the first WARNING or ERROR finding
   * @throws InputLimitException if the input exceeds a limit
   */
  public ReadResult read(List<String> lines, BiFunction<Integer, Integer, Location> locator) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(locator, "locator");
    long chars = 0;
    List<String> split = new ArrayList<>();
    for (String line : lines) {
      String l = line == null ? "" : line;
      chars += l.length();
      if (chars > options.maxDocumentChars()) {
        throw new InputLimitException("document has more than " + options.maxDocumentChars() + " characters",
            Location.unknown());
      }
      split.add(l.replace('\r', ' ').replace('\n', ' '));
    }
    boolean[] tableRow = new boolean[split.size()];
    boolean anyRow = false;
    for (int i = 0; i < split.size(); i++) {
      Location at = locator.apply(i + 1, 1);
      tableRow[i] = at != null && at.htmlCell() != null;
      anyRow |= tableRow[i];
    }
    ReadResult asText = null;
    if (!anyRow && chars + split.size() <= StreamReader.MAX_CHARS) {
      // no table of the document's own: its text is read as text too (a report pasted into paragraphs), every
      // location then mapped by the locator; the reading with more values is kept (the text's on a tie)
      asText = relocated(readText(String.join("\n", split)), split, locator);
    }
    ReadResult paragraphsRead = readLines(split, chars, tableRow, locator);
    return finish(asText != null && asText.provenance().size() >= paragraphsRead.provenance().size()
        ? asText : paragraphsRead);
  }

  /** The line reading of a document's lines, then the token stream's of its paragraphs where it left some unread. */
  private ReadResult readLines(List<String> split, long chars, boolean[] tableRow,
      BiFunction<Integer, Integer, Location> locator) {
    ReadResult grid = new ReadSession(options, locator, true).read(split);
    if (complete(grid) || chars + split.size() > StreamReader.MAX_CHARS) {
      return grid;
    }
    // a table printed as text in the document's paragraphs (a page whose table was pasted as text, a crawled
    // body inside one paragraph): the token stream reads the paragraphs too, its locations mapped by the
    // locator. Only the paragraphs: the rows of the document's tables were read cell by cell (their empty
    // cells are blanks a token stream cannot see), so they are left out as empty lines, keeping line numbers
    List<String> paragraphs = new ArrayList<>(split.size());
    boolean text = false;
    for (int i = 0; i < split.size(); i++) {
      paragraphs.add(tableRow[i] ? "" : split.get(i));
      text |= !tableRow[i] && !split.get(i).isBlank();
    }
    if (!text) {
      return grid;
    }
    List<TableReading> stream = new ArrayList<>();
    for (TableReading r : StreamReader.read(String.join("\n", paragraphs))) {
      stream.add(relocated(r, split, locator));
    }
    return TableMerge.merge(grid, stream);
  }

  /**
   * The reading with its locations (line and character column of the joined lines) mapped by the locator
   * (line and TAB-separated field); its region's start and end are mapped only where the locator gives lines
   * too (document paragraphs), so that they stay comparable with the line reading's findings.
   */
  private static TableReading relocated(TableReading r, List<String> lines,
      BiFunction<Integer, Integer, Location> locator) {
    Map<CellRef, Location> provenance = relocated(r.provenance(), lines, locator);
    List<ReaderFinding> findings = relocated(r.findings(), lines, locator);
    Location start = relocated(r.start(), lines, locator);
    Location end = relocated(r.end(), lines, locator);
    boolean byLine = start.line() > 0 && end.line() > 0 && start.htmlCell() == null && end.htmlCell() == null;
    return new TableReading(r.table(), provenance, findings, r.printedLabels(), byLine ? start : r.start(),
        byLine ? end : r.end());
  }

  private static Location relocated(Location at, List<String> lines, BiFunction<Integer, Integer, Location> locator) {
    if (at.line() < 1 || at.line() > lines.size() || !at.equals(Location.ofLine(at.line(), at.column()))) {
      return at;
    }
    String line = lines.get(at.line() - 1);
    int field = 1;
    for (int i = 0; i < Math.min(at.column() - 1, line.length()); i++) {
      field += line.charAt(i) == '\t' ? 1 : 0;
    }
    Location mapped = locator.apply(at.line(), field);
    return mapped == null ? at : mapped;
  }

  /**
   * True if the line reading read some table and noticed nothing worse than INFO about its tables (a title,
   * year or agency it could not find is no table the token stream could read better).
   */
  private static boolean complete(ReadResult grid) {
    return !grid.report().tables().isEmpty()
        && grid.report().tables().values().stream().noneMatch(Table::isBlank)
        && grid.findings().stream().allMatch(f -> f.code().equals("reader.missing-metadata")
            || (f.severity() == Severity.INFO && !f.code().equals("reader.empty-row")));
  }

  private ReadResult finish(ReadResult read) {
    ReadResult result = noValues(read);
    if (options.strict()) {
      for (ReaderFinding f : result.findings()) {
        if (f.severity() != Severity.INFO) {
          throw new TableFormatException(f.code() + ": " + f.message(), f.location());
        }
      }
    }
    return result;
  }

  /** The result with {@code reader.no-values} when it has tables and every one of them is blank. */
  private static ReadResult noValues(ReadResult r) {
    List<Table> tables = r.report().tableList();
    if (tables.isEmpty() || tables.stream().anyMatch(t -> !t.isBlank())) {
      return r;
    }
    List<String> keys = new ArrayList<>();
    for (Table t : tables) {
      keys.add(t.type().key());
    }
    List<ReaderFinding> findings = new ArrayList<>(r.findings());
    findings.add(0, new ReaderFinding("reader.no-values", Severity.WARNING, Location.ofLine(1, 0),
        "statistics tables were found (" + String.join(", ", keys) + ") but not one value was read",
        List.copyOf(keys)));
    return new ReadResult(r.report(), r.provenance(), findings, r.sourceLabels());
  }

  /** The text's lines, split at LF, CR and CRLF (a leading byte-order mark left out). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int lf = text.indexOf('\n', start);
    int cr = text.indexOf('\r', start);
    while (lf >= 0 || cr >= 0) {
      int at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr); // the next line break
      out.add(text.substring(start, at));
      start = at + (at == cr && at + 1 < n && text.charAt(at + 1) == '\n' ? 2 : 1);
      if (lf >= 0 && lf < start) {
        lf = text.indexOf('\n', start);
      }
      if (cr >= 0 && cr < start) {
        cr = text.indexOf('\r', start);
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /** Builds a {@link TextReportReader}. */
  public static final class Builder {
    private boolean strict;
    private int maxDocumentChars = 8_000_000;
    private int maxLines = 400_000;
    private int maxNumberDigits = 30;
    private int maxTableNumbers = 5_000;

    private Builder() {}

    /** Strict mode throws on the first WARNING or ERROR finding; default false. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The longest document accepted, in characters (bytes: four times as many); default 8,000,000.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDocumentChars(int max) {
      this.maxDocumentChars = positive(max, "maxDocumentChars");
      return this;
    }

    /**
     * The most lines accepted; default 400,000.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxLines(int max) {
      this.maxLines = positive(max, "maxLines");
      return this;
    }

    /**
     * The most digits a number may have; default 30.
     *
     * @throws IllegalArgumentException if less than 15
     */
    public Builder maxNumberDigits(int max) {
      if (max < 15) {
        throw new IllegalArgumentException("maxNumberDigits must be at least 15 but was " + max);
      }
      this.maxNumberDigits = max;
      return this;
    }

    /**
     * The most numbers one table region may hold; default 5,000.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxTableNumbers(int max) {
      this.maxTableNumbers = positive(max, "maxTableNumbers");
      return this;
    }

    private static int positive(int v, String name) {
      if (v <= 0) {
        throw new IllegalArgumentException(name + " must be positive but was " + v);
      }
      return v;
    }

    /** Returns the reader. */
    public TextReportReader build() {
      return new TextReportReader(new Options(strict, maxDocumentChars, maxLines, maxNumberDigits,
          maxTableNumbers));
    }
  }
}
