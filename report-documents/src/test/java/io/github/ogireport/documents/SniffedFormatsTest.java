package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The format is taken from the content, not the file name: the layout fixtures of our own (invented numbers,
 * own narrative; {@code report-io/src/test/resources/layouts/}) saved under a name that says something else
 * are read as what they are, and every cell their expected file lists is checked: the names a crawler saves
 * pages under ({@code .shtml}, {@code .jsp}, {@code .do}, {@code .download}) say nothing, and a name that
 * says a text format the content contradicts ({@code .txt} holding HTML or JSON, {@code .html} holding
 * text) does not decide either.
 */
final class SniffedFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LAYOUTS = Path.of("../report-io/src/test/resources/layouts");

  private static byte[] bytes(String fixture) throws IOException {
    return Files.readAllBytes(LAYOUTS.resolve(fixture));
  }

  /** The cells the fixture's expected file lists that the read report does not hold. */
  private static List<String> wrongCells(ReadResult r, String expected) throws IOException {
    JsonNode e = JSON.readTree(LAYOUTS.resolve(expected).toFile());
    List<String> wrong = new ArrayList<>();
    e.path("cells").fields().forEachRemaining(c -> {
      CellRef ref = CellRef.parse(c.getKey()).orElseThrow();
      JsonNode v = c.getValue();
      Cell want = v.isNull() ? Cell.blank() : v.isObject()
          ? Cell.amount(new BigDecimal(v.path("value").asText()), AmountUnit.fromKey(v.path("unit").asText()).orElseThrow())
          : Cell.of(v.asLong());
      Cell got = r.report().cell(ref).orElse(null);
      if (!want.equals(got)) {
        wrong.add(c.getKey() + " expected " + want + " but read " + got);
      }
    });
    then(r.report().metadata().agency()).isEqualTo(e.path("agency").asText());
    then(r.report().metadata().year()).isEqualTo(e.path("year").asInt());
    return wrong;
  }

  @Test
  void a_word_export_saved_under_a_server_page_name_is_read_as_html() throws IOException {
    byte[] html = bytes("html-2021-word-export.html");

    for (String name : List.of("content.shtml", "info.jsp", "view.aspx", "art_1024.download")) {
      then(DocumentReaders.format(html, name)).as(name).isEqualTo(DocumentFormat.HTML);
      then(wrongCells(DocumentReaders.lenient().read(html, name), "html-2021-word-export.json")).as(name).isEmpty();
    }
  }

  @Test
  void converter_markdown_saved_under_a_server_page_name_is_read_as_text() throws IOException {
    byte[] md = bytes("v2021-markdown-in-txt-fragments.txt");

    then(DocumentReaders.format(md, "detail.do")).isEqualTo(DocumentFormat.TEXT);
    then(wrongCells(DocumentReaders.lenient().read(md, "detail.do"), "v2021-markdown-in-txt-fragments.json")).isEmpty();
  }

  @Test
  void the_sdk_s_json_saved_as_a_download_is_read_as_json() throws IOException {
    Report report = DocumentReaders.lenient().read(bytes("v2021-markdown-in-txt-fragments.txt"), "report.txt").report();
    byte[] json = ("\n  " + ReportJson.standard().write(report)).getBytes(StandardCharsets.UTF_8);

    then(DocumentReaders.format(json, "report.download")).isEqualTo(DocumentFormat.JSON);
    ReadResult r = DocumentReaders.lenient().read(json, "report.download");
    then(r.report()).isEqualTo(report);
    then(wrongCells(r, "v2021-markdown-in-txt-fragments.json")).isEmpty();
  }

  @Test
  void a_word_export_saved_as_txt_is_read_as_html() throws IOException {
    byte[] html = bytes("html-2021-word-export.html");

    then(DocumentReaders.format(html, "下载.txt")).isEqualTo(DocumentFormat.HTML);
    then(wrongCells(DocumentReaders.lenient().read(html, "下载.txt"), "html-2021-word-export.json")).isEmpty();
  }

  @Test
  void a_page_saved_as_txt_with_a_byte_order_mark_and_a_blank_line_before_the_markup_is_html() throws IOException {
    byte[] html = bytes("html-2021-word-export.html");
    byte[] saved = new byte[html.length + 5];
    saved[0] = (byte) 0xEF;
    saved[1] = (byte) 0xBB;
    saved[2] = (byte) 0xBF;
    saved[3] = '\r';
    saved[4] = '\n';
    System.arraycopy(html, 0, saved, 5, html.length);

    then(DocumentReaders.format(saved, "page.txt")).isEqualTo(DocumentFormat.HTML);
    then(wrongCells(DocumentReaders.lenient().read(saved, "page.txt"), "html-2021-word-export.json")).isEmpty();
  }

  @Test
  void converter_markdown_saved_as_html_is_read_as_text() throws IOException {
    byte[] md = bytes("v2021-markdown-in-txt-fragments.txt");

    then(DocumentReaders.format(md, "report.html")).isEqualTo(DocumentFormat.TEXT);
    then(wrongCells(DocumentReaders.lenient().read(md, "report.html"), "v2021-markdown-in-txt-fragments.json"))
        .isEmpty();
  }

  @Test
  void the_sdk_s_json_in_a_txt_is_read_as_json() throws IOException {
    Report report = DocumentReaders.lenient().read(bytes("v2021-markdown-in-txt-fragments.txt"), "report.txt").report();
    byte[] json = ("\n  " + ReportJson.standard().write(report)).getBytes(StandardCharsets.UTF_8);

    then(DocumentReaders.format(json, "report.txt")).isEqualTo(DocumentFormat.JSON);
    then(DocumentReaders.lenient().read(json, "report.txt").report()).isEqualTo(report);
  }

  @Test
  void a_flattened_crawl_saved_as_html_is_read_as_text() throws IOException {
    byte[] flat = bytes("v2021-flattened-inconsistent-as-published.txt");

    then(DocumentReaders.format(flat, "page.html")).isEqualTo(DocumentFormat.TEXT);
    then(wrongCells(DocumentReaders.lenient().read(flat, "page.html"), "v2021-flattened-inconsistent-as-published.json"))
        .isEmpty();
  }
}
