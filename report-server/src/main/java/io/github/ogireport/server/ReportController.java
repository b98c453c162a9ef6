package io.github.ogireport.server;

import io.github.ogireport.documents.DocumentFormat;
import io.github.ogireport.documents.DocumentReaders;
import io.github.ogireport.documents.DocxReportWriter;
import io.github.ogireport.documents.PdfReportWriter;
import io.github.ogireport.documents.XlsxReportWriter;
import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.findings.CheckedReportJson;
import io.github.ogireport.findings.HtmlFindingsReport;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.table.CellsCsvWriter;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.io.table.MarkdownReportWriter;
import io.github.ogireport.io.text.TextReportWriter;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.RuleCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The API: check a report, convert it, list the rules. Every report is read from the request in memory
 * (an upload's bytes or the JSON body), never from a path; reading, checking and converting run on
 * {@link BoundedWork} under its time limit.
 */
@RestController
class ReportController {
  /** The formats {@code /api/convert} writes. */
  enum Target { json, text, html, markdown, csv, docx, xlsx, pdf }

  /** The formats {@code /api/check} answers in. */
  enum CheckFormat { json, html }

  private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  private static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
  private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

  private final DocumentReaders readers;
  private final ReportValidator validator;
  private final BoundedWork work;
  private final ServerProperties properties;

  ReportController(DocumentReaders readers, ReportValidator validator, BoundedWork work,
      ServerProperties properties) {
    this.readers = readers;
    this.validator = validator;
    this.work = work;
    this.properties = properties;
  }

  @Operation(summary = "Check an uploaded report (text, HTML, JSON, PDF, Word, Excel; read by content)",
      description = "Answers with the JSON object `ogi-report check --format json` prints for the report "
          + "(format=json), or with the HTML findings report (format=html). Unreadable input: 422 ProblemDetail "
          + "with the reader's location; beyond a limit: 413; busy or too slow: 503.")
  @PostMapping(path = "/api/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
  ResponseEntity<String> checkUpload(
      @Parameter(description = "the report file") @RequestPart("file") MultipartFile file,
      @RequestParam(name = "format", defaultValue = "json") CheckFormat format) throws IOException {
    String name = Uploads.name(file.getOriginalFilename());
    byte[] bytes = file.getBytes();
    CheckedReport checked = work.run(() -> {
      ReadResult read = readers.read(bytes, name);
      boolean published = DocumentReaders.format(bytes, name) != DocumentFormat.JSON;
      return CheckedReport.of(name, read, validator.validate(read.report()), published);
    });
    return answer(checked, format);
  }

  @Operation(summary = "Check a report given as the SDK's JSON",
      description = "As the upload, for a JSON body (the format `ogi-report convert --to json` writes).")
  @PostMapping(path = "/api/check", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE})
  ResponseEntity<String> checkJson(HttpServletRequest request,
      @RequestParam(name = "format", defaultValue = "json") CheckFormat format) throws IOException {
    byte[] bytes = body(request);
    CheckedReport checked = work.run(() -> {
      Report report = ReportJson.standard().read(bytes);
      return CheckedReport.of("request", report, validator.validate(report));
    });
    return answer(checked, format);
  }

  private ResponseEntity<String> answer(CheckedReport checked, CheckFormat format) {
    if (format == CheckFormat.html) {
      // report-findings' page: the official layout with the cells of every finding marked (data-rule)
      String page = work.run(() -> HtmlFindingsReport.standard().render(checked));
      return ResponseEntity.ok().contentType(HTML).body(page);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CheckedReportJson.write(checked));
  }

  @Operation(summary = "Convert an uploaded report",
      description = "Reads the upload by content and writes it as json, text, html, markdown, csv (long cells), "
          + "docx, xlsx or pdf (pdf needs the CJK font fonts-wqy-zenhei on the server; else 503).")
  @PostMapping(path = "/api/convert", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<byte[]> convertUpload(@RequestPart("file") MultipartFile file, @RequestParam("to") Target to)
      throws IOException {
    String name = Uploads.name(file.getOriginalFilename());
    byte[] bytes = file.getBytes();
    return work.run(() -> convert(readers.read(bytes, name), to));
  }

  @Operation(summary = "Convert a report given as the SDK's JSON")
  @PostMapping(path = "/api/convert", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> convertJson(HttpServletRequest request, @RequestParam("to") Target to) throws IOException {
    byte[] bytes = body(request);
    return work.run(() -> convert(new ReadResult(ReportJson.standard().read(bytes), Map.of(), List.of()), to));
  }

  @Operation(summary = "The rule catalogue", description = "Every rule with its editions, strength, default "
      + "severity, formulas and zh/en titles, as docs/rules.md lists them.")
  @GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> rules() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(RuleCatalogue.toJson());
  }

  private static ResponseEntity<byte[]> convert(ReadResult read, Target to) {
    Report report = read.report();
    return switch (to) {
      case json -> file(ReportJson.standard().write(report).getBytes(StandardCharsets.UTF_8),
          MediaType.APPLICATION_JSON, null);
      case text -> file(utf8(TextReportWriter.write(report)), TEXT, null);
      case html -> file(utf8(HtmlReportWriter.create().write(report)), HTML, null);
      case markdown -> file(utf8(MarkdownReportWriter.create().write(report)), MARKDOWN, null);
      case csv -> file(utf8(CellsCsvWriter.create().write(read)), CSV, "report.csv");
      case docx -> file(DocxReportWriter.create().write(report), DOCX, "report.docx");
      case xlsx -> file(XlsxReportWriter.create().write(report), XLSX, "report.xlsx");
      case pdf -> file(PdfReportWriter.create().write(report), MediaType.APPLICATION_PDF, "report.pdf");
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String attachment) {
    ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(type);
    if (attachment != null) {
      b.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attachment).build().toString());
    }
    return b.body(body);
  }

  /** The request body, at most {@code ogi-report.server.max-json-bytes}, else 413. */
  private byte[] body(HttpServletRequest request) throws IOException {
    long max = properties.getMaxJsonBytes();
    if (request.getContentLengthLong() > max) {
      throw tooLarge(request.getContentLengthLong(), max);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > max) {
        throw tooLarge(bytes.length, max);
      }
      return bytes;
    }
  }

  private static InputLimitException tooLarge(long size, long max) {
    return new InputLimitException("the request body has " + size + " bytes, more than the limit of " + max,
        Location.unknown());
  }
}
