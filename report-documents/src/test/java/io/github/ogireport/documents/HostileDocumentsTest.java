package io.github.ogireport.documents;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Files that are not what a reader hopes for give the documented outcome, never another exception. */
class HostileDocumentsTest {
  private static final Report REPORT = Generated.report(Edition.V2021, 1);

  @Test
  void a_scanned_pdf_has_no_text_layer_and_no_tables() throws IOException {
    byte[] scan;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      image.setRGB(10, 10, 0xffffff);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 50, 500, 400, 200);
      }
      doc.save(out);
      scan = out.toByteArray();
    }
    ReadResult read = DocumentReaders.lenient().read(scan, "scan.pdf");
    then(read.report().tableList()).isEmpty();
    then(read.findings()).first().satisfies(f -> {
      then(f.code()).isEqualTo(PdfReportReader.NO_TEXT_LAYER);
      then(f.severity()).isEqualTo(Severity.ERROR);
    });
    then(read.hasErrors()).isTrue();
  }

  @Test
  void an_encrypted_pdf_needing_a_password_is_refused_with_a_message() throws IOException {
    byte[] encrypted;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      encrypted = out.toByteArray();
    }
    assertThatThrownBy(() -> PdfReportReader.lenient().read(encrypted))
        .isInstanceOf(TableFormatException.class)
        .hasMessageContaining("encrypted")
        .hasMessageContaining("password");
  }

  @Test
  void a_pdf_protected_only_by_an_owner_password_is_read() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(PdfReportWriter.fontAvailable(), "no CJK font to write the PDF");
    byte[] protectedPdf;
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(PdfReportWriter.standard().write(REPORT));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      AccessPermission noCopy = new AccessPermission();
      noCopy.setCanExtractContent(false);
      doc.protect(new StandardProtectionPolicy("owner", "", noCopy));
      doc.save(out);
      protectedPdf = out.toByteArray();
    }
    then(PdfReportReader.lenient().read(protectedPdf).report().tables()).isEqualTo(REPORT.tables());
  }

  @Test
  void a_strict_reader_throws_the_missing_text_layer() throws IOException {
    byte[] blank;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      blank = out.toByteArray();
    }
    assertThatThrownBy(() -> PdfReportReader.using(TextReportReader.strict(), DocumentLimits.DEFAULT).read(blank))
        .isInstanceOf(TableFormatException.class).hasMessageContaining(PdfReportReader.NO_TEXT_LAYER);
  }

  @Test
  void a_broken_pdf_is_a_table_format_exception() {
    byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PdfReportReader.lenient().read(junk)).isInstanceOf(TableFormatException.class)
        .hasMessageContaining("PDF");
  }

  @Test
  void a_pdf_beyond_the_page_limit_is_refused() {
    org.junit.jupiter.api.Assumptions.assumeTrue(PdfReportWriter.fontAvailable(), "no CJK font to write the PDF");
    byte[] pdf = PdfReportWriter.standard().write(REPORT);
    DocumentLimits two = new DocumentLimits(64L << 20, 1, 10_000, 256L << 20, 100, 10_000, 1_000);
    assertThatThrownBy(() -> PdfReportReader.using(TextReportReader.lenient(), two).read(pdf))
        .isInstanceOf(InputLimitException.class).hasMessageContaining("pages");
  }

  @Test
  void a_truncated_docx_is_a_table_format_exception() {
    byte[] docx = DocxReportWriter.standard().write(REPORT);
    byte[] cut = Arrays.copyOf(docx, docx.length / 2);
    assertThatThrownBy(() -> DocumentReaders.lenient().read(cut, "cut.docx"))
        .isInstanceOf(TableFormatException.class);
  }

  @Test
  void a_zip_bomb_is_refused_before_poi_opens_it() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        zip.write(zeros); // 20 MiB of zeros: about 20 KiB compressed
      }
      zip.closeEntry();
    }
    byte[] bomb = bytes.toByteArray();
    then(DocumentReaders.format(bomb, "bomb.docx")).isEqualTo(DocumentFormat.DOCX);
    assertThatThrownBy(() -> DocumentReaders.lenient().read(bomb, "bomb.docx"))
        .isInstanceOf(InputLimitException.class)
        .hasMessageContaining("zip bomb");
  }

  @Test
  void a_file_beyond_the_size_limit_is_refused() {
    DocumentLimits small = new DocumentLimits(1000, 500, 10_000, 256L << 20, 100, 10_000, 1_000);
    byte[] docx = DocxReportWriter.standard().write(REPORT);
    assertThatThrownBy(() -> DocumentReaders.using(TextReportReader.lenient(), small).read(docx, "a.docx"))
        .isInstanceOf(InputLimitException.class);
  }

  @Test
  void the_reader_is_chosen_by_content_first() throws IOException {
    byte[] docx = DocxReportWriter.standard().write(REPORT);
    byte[] xlsx = XlsxReportWriter.standard().write(REPORT);
    then(DocumentReaders.format(docx, "report.txt")).isEqualTo(DocumentFormat.DOCX);
    then(DocumentReaders.format(xlsx, "report.bin")).isEqualTo(DocumentFormat.XLSX);
    then(DocumentReaders.lenient().read(docx, "report.txt").report().tables()).isEqualTo(REPORT.tables());
    then(DocumentReaders.format("<html><table></table></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x"))
        .isEqualTo(DocumentFormat.HTML);
    then(DocumentReaders.format("{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x"))
        .isEqualTo(DocumentFormat.JSON);
    then(DocumentReaders.format("一、总体情况".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.md"))
        .isEqualTo(DocumentFormat.TEXT);
    String html = io.github.ogireport.io.table.HtmlReportWriter.standard().write(REPORT);
    then(DocumentReaders.lenient().read(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page")
        .report().tables()).isEqualTo(REPORT.tables());
    String json = io.github.ogireport.io.json.ReportJson.standard().write(REPORT);
    then(DocumentReaders.lenient().read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.json")
        .report()).isEqualTo(REPORT);
  }

  @Test
  void an_excel_97_workbook_is_read_through_the_same_reader() throws IOException {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XlsxReportWriter.fill(wb, REPORT);
      wb.write(out);
      xls = out.toByteArray();
    }
    then(DocumentReaders.format(xls, "report.dat")).isEqualTo(DocumentFormat.XLS);
    then(DocumentReaders.lenient().read(xls, "report.dat").report().tables()).isEqualTo(REPORT.tables());
  }

  @Test
  void an_ole2_file_that_is_no_word_document_is_a_table_format_exception() throws IOException {
    byte[] ole2;
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
      ole2 = out.toByteArray();
    }
    then(DocumentReaders.format(ole2, "x.doc")).isEqualTo(DocumentFormat.DOC);
    assertThatThrownBy(() -> DocumentReaders.lenient().read(ole2, "x.doc")).isInstanceOf(TableFormatException.class);
  }

  @Test
  void a_zip_that_is_no_office_document_is_refused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write(1);
    }
    assertThatThrownBy(() -> DocumentReaders.lenient().read(bytes.toByteArray(), "x.zip"))
        .isInstanceOf(TableFormatException.class);
  }
}
