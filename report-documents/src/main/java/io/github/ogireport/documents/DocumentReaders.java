package io.github.ogireport.documents;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.html.HtmlLines;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point for any published report file: picks the reader by content, magic bytes first
 * ({@code %PDF} → {@link PdfReportReader}; a zip package with {@code word/} → {@link DocxReportReader},
 * with {@code xl/} → {@link WorkbookReportReader}; an OLE2 compound file with a {@code WordDocument}
 * stream → {@link DocReportReader}, with a {@code Workbook} stream → {@link WorkbookReportReader}). Other
 * bytes are text, told apart by content too ({@code <html}, {@code <table} or {@code <!doctype html} →
 * {@link HtmlReportReader}, a leading <code>{</code> → {@link ReportJson}, else {@link TextReportReader}),
 * whatever the file name says; the name decides only what the content leaves open (see {@link #format}).
 *
 * <pre>{@code
 * ReadResult read = DocumentReaders.lenient().read(Path.of("2023年报.pdf"));
 * }</pre>
 *
 * <p>Every failure is a {@link ReportException}: {@link TableFormatException} for a file that cannot be
 * read (a zip or OLE2 file that is no Word or Excel document, a PDF that needs a password, a broken
 * file), {@link InputLimitException} beyond a limit. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DocumentReaders {
  /** The largest text input, in bytes: four for each of the text reader's default 8,000,000 characters. */
  public static final int MAX_TEXT_BYTES = 32_000_000;

  private final TextReportReader text;
  private final DocumentLimits limits;

  private DocumentReaders(TextReportReader text, DocumentLimits limits) {
    this.text = text;
    this.limits = limits;
  }

  /** Readers that keep going and report findings, with the default limits. */
  public static DocumentReaders lenient() {
    return using(TextReportReader.lenient(), DocumentLimits.DEFAULT);
  }

  /** Readers interpreting every document's lines with the given text reader (strict or lenient). */
  public static DocumentReaders using(TextReportReader text, DocumentLimits limits) {
    return new DocumentReaders(Objects.requireNonNull(text, "text"), Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a file (refused before it is read when larger than {@link DocumentLimits#maxFileBytes()}).
   *
   * @throws ReportException if it cannot be read or exceeds a limit
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return read(Inputs.readFile(file, limits), name == null ? "" : name.toString());
  }

  /**
   * Reads the bytes of a file; the name is used only to tell the text formats apart.
   *
   * @throws ReportException if they cannot be read or exceed a limit
   */
  public ReadResult read(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes");
    Inputs.checkSize(bytes, fileName, limits);
    DocumentFormat format = format(bytes, fileName);
    return switch (format) {
      case PDF -> PdfReportReader.using(text, limits).read(bytes);
      case DOCX -> DocxReportReader.using(text, limits).read(bytes);
      case DOC -> DocReportReader.using(text, limits).read(bytes);
      case XLSX, XLS -> WorkbookReportReader.using(text, limits).read(bytes);
      case HTML -> {
        limit(bytes, HtmlLines.MAX_INPUT_BYTES, "HTML");
        yield HtmlReportReader.using(text::read).read(bytes);
      }
      case JSON -> {
        ReportJson json = ReportJson.standard();
        limit(bytes, json.limits().maxDocumentLength(), "JSON");
        yield new ReadResult(json.read(bytes), Map.of(), List.of());
      }
      case TEXT -> {
        limit(bytes, MAX_TEXT_BYTES, "text");
        yield text.read(bytes);
      }
      case UNKNOWN_BINARY -> throw new TableFormatException(
          "a zip or OLE2 file that is no Word or Excel document", Location.unknown());
    };
  }

  /**
   * The format the bytes are read as, decided by the content: PDF, Word and Excel by their signatures; a web
   * page by its markup ({@code <html}, {@code <table}, {@code <!doctype html} in the first 4 KB), JSON by its
   * opening brace, whatever the file is called (a page saved as {@code 下载.txt}, the SDK's JSON saved as
   * {@code report.txt}). The name decides only what the content leaves open: a {@code .json} name keeps the
   * JSON reader for bytes that are not JSON (so its error says where they stop being JSON), and an
   * {@code .html} or {@code .htm} name keeps the web page reader for markup without those three tags (a
   * fragment of several {@code <div>} or {@code <p>} tags); an {@code .html} name on plain text (a crawl or
   * a converter's Markdown saved as a page) is read as text.
   */
  public static DocumentFormat format(byte[] bytes, String fileName) {
    DocumentFormat sniffed = DocumentFormat.detect(bytes, fileName);
    if (sniffed != DocumentFormat.TEXT) {
      return sniffed; // the content says which: PDF, Word, Excel, a web page or JSON
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return DocumentFormat.JSON;
    }
    if ((name.endsWith(".html") || name.endsWith(".htm")) && markupTags(bytes) >= 3) {
      return DocumentFormat.HTML;
    }
    return DocumentFormat.TEXT;
  }

  private static final java.util.regex.Pattern TAG =
      java.util.regex.Pattern.compile("<(?:/?[a-zA-Z][a-zA-Z0-9]{0,9})(?:[\\s/>])");

  /** The number of markup tags in the first 4 KB. */
  private static int markupTags(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = TAG.matcher(head);
    int n = 0;
    while (m.find() && n < 3) {
      n++;
    }
    return n;
  }

  private static void limit(byte[] bytes, long max, String kind) {
    if (bytes.length > max) {
      throw new InputLimitException(kind + " input has " + bytes.length + " bytes, more than the limit of " + max,
          Location.unknown());
    }
  }
}
