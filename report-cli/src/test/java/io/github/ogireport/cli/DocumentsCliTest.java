package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.documents.DocumentReaders;
import io.github.ogireport.documents.PdfReportWriter;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code convert} on PDF, Word and Excel files, chosen by content. */
class DocumentsCliTest {
  private static final Report REPORT =
      ReportGenerator.builder().seed(3L).edition(Edition.V2021).build().generate(2);

  private static Path json(Path dir) throws IOException {
    Path f = dir.resolve("r.json");
    Files.writeString(f, ReportJson.standard().write(REPORT));
    return f;
  }

  @Test
  void convert_writes_docx_and_xlsx_that_check_and_convert_back(@TempDir Path dir) throws IOException {
    Path json = json(dir);
    for (String to : new String[] {"docx", "xlsx"}) {
      Path out = dir.resolve("r." + to);
      CliRun written = CliRun.of("convert", json.toString(), "--to", to, "-o", out.toString());
      then(written.status()).as(written.err()).isZero();
      then(DocumentReaders.lenient().read(out).report().tables()).isEqualTo(REPORT.tables());
      // a misleading name: the content decides
      Path renamed = Files.copy(out, dir.resolve("r-" + to + ".txt"));
      CliRun check = CliRun.of("check", renamed.toString());
      then(check.status()).as(check.out()).isIn(OgiReport.OK, OgiReport.FINDINGS);
      then(check.out()).contains("2021");
    }
  }

  @Test
  void convert_to_pdf_writes_a_pdf_the_reader_reads(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(PdfReportWriter.fontAvailable(), "no CJK font: install fonts-wqy-zenhei");
    Path out = dir.resolve("r.pdf");
    CliRun written = CliRun.of("convert", json(dir).toString(), "--to", "pdf", "-o", out.toString());
    then(written.status()).as(written.err()).isZero();
    Path back = dir.resolve("back.json");
    CliRun read = CliRun.of("convert", out.toString(), "--to", "json", "-o", back.toString());
    then(read.status()).as(read.err()).isIn(OgiReport.OK, OgiReport.FINDINGS);
    then(ReportJson.standard().read(Files.readString(back)).tables()).isEqualTo(REPORT.tables());
  }

  @Test
  void a_pdf_without_a_text_layer_has_its_own_exit_status(@TempDir Path dir) throws IOException {
    Path scan = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      Files.write(scan, out.toByteArray());
    }
    CliRun check = CliRun.of("check", scan.toString());
    then(check.status()).isEqualTo(OgiReport.NO_TABLE);
    then(check.out()).contains("reader.no-text-layer").contains("no statistics table");
    CliRun json = CliRun.of("check", "--format", "json", scan.toString());
    then(json.out()).contains("\"status\":\"no-table\"").contains("\"withoutTable\":1");
    CliRun convert = CliRun.of("convert", scan.toString(), "--to", "csv", "-o", dir.resolve("scan.csv").toString());
    then(convert.status()).isEqualTo(OgiReport.NO_TABLE);
    then(convert.err()).contains("no statistics table");
  }

  @Test
  void a_directory_walk_takes_documents_by_content_and_lists_what_it_skips(@TempDir Path dir) throws IOException {
    Path json = json(dir);
    CliRun.of("convert", json.toString(), "--to", "docx", "-o", dir.resolve("report.download").toString());
    Files.delete(json);
    Files.writeString(dir.resolve("notes.xyz"), "nothing");
    Files.writeString(dir.resolve("README.md"), "# about");
    CliRun check = CliRun.of("check", dir.toString());
    then(check.out()).contains("report.download");
    then(check.err()).contains("skipped " + dir.resolve("notes.xyz")).contains("skipped " + dir.resolve("README.md"));
    then(check.status()).isIn(OgiReport.OK, OgiReport.FINDINGS);
  }

  @Test
  void an_encrypted_pdf_is_unreadable(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("locked.pdf");
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
          "o", "u", new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
      doc.save(out);
      Files.write(f, out.toByteArray());
    }
    CliRun check = CliRun.of("check", f.toString());
    then(check.status()).isEqualTo(OgiReport.FAILURE);
    then(check.out()).contains("password");
  }
}
