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
 * bytes are text: by the file name's extension ({@code .html .htm} → {@link HtmlReportReader},
 * {@code .json} → {@link ReportJson}, {@code .txt .text .md} → {@link TextReportReader}), else sniffed
 * ({@code <html} or {@code <table} → HTML, a leading <code>{</code> → JSON, else text).
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
   * The format the bytes are read as: by content for PDF, Word and Excel; else by the extension of
   * the file name, else sniffed.
   */
  public static DocumentFormat format(byte[] bytes, String fileName) {
    DocumentFormat sniffed = DocumentFormat.detect(bytes, fileName);
    if (sniffed != DocumentFormat.HTML && sniffed != DocumentFormat.JSON && sniffed != DocumentFormat.TEXT) {
      return sniffed;
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return DocumentFormat.HTML;
    }
    if (name.endsWith(".json")) {
      return DocumentFormat.JSON;
    }
    if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || name.endsWith(".markdown")) {
      return DocumentFormat.TEXT;
    }
    return sniffed;
  }

  private static void limit(byte[] bytes, long max, String kind) {
    if (bytes.length > max) {
      throw new InputLimitException(kind + " input has " + bytes.length + " bytes, more than the limit of " + max,
          Location.unknown());
    }
  }
}
