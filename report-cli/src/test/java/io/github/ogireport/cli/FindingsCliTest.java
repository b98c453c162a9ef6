package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format html|csv|xlsx}: the outputs of report-findings through the command line. */
final class FindingsCliTest {
  private static final String REVIEW = "/tables/review_litigation/rows/review/";

  @TempDir Path dir;

  private static Element section(Document page, String sample) {
    for (Element s : page.select("section.report")) {
      if (s.selectFirst(".summary .source").text().endsWith(sample)) {
        return s;
      }
    }
    throw new AssertionError("no section for " + sample);
  }

  @Test
  void html_on_the_bundled_samples_marks_the_seed_004_review_total_and_its_parts() throws IOException {
    Path out = dir.resolve("findings.html");

    CliRun run = CliRun.of("check", "--format", "html", "-o", out.toString(), "../samples");

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    then(run.out()).isEmpty();
    then(run.err()).contains("共 13 份报告 reports");
    Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    Element seed4 = section(page, "seed-004-zhangdian-2020.txt");
    then(seed4.select("td[data-rule=review.total]")).hasSize(5);
    Elements total = seed4.select("td[data-rule=review.total].role-total");
    then(total).hasSize(1);
    then(total.attr("data-cell")).isEqualTo(REVIEW + "total");
    then(total.hasClass("hl")).isTrue();
    for (String part : List.of("upheld", "corrected", "other", "pending")) {
      Element cell = seed4.selectFirst("td[data-cell=" + REVIEW + part + "]");
      then(cell.hasClass("hl")).as(part).isTrue();
      then(cell.attr("data-rule")).as(part).isEqualTo("review.total");
    }
    Element consistent = section(page, "f01-huaian-2024.layout.txt");
    then(consistent.select("td.v")).isNotEmpty();
    then(consistent.select("td.hl")).isEmpty();
    then(page.select("table.index tbody tr")).hasSize(13);
    try (Stream<Path> files = Files.list(dir)) {
      then(files.map(p -> p.getFileName().toString())).containsExactly("findings.html");
    }
  }

  @Test
  void html_goes_to_standard_output_without_o() {
    CliRun run = CliRun.of("check", "--format", "html", "../samples/seed-004-zhangdian-2020.txt");

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    Document page = Jsoup.parse(run.out());
    then(page.select("td[data-rule=review.total].role-total").attr("data-cell")).isEqualTo(REVIEW + "total");
    then(page.select("table.index")).isEmpty();
  }

  @Test
  void xlsx_holds_one_row_per_finding_of_the_json_output() throws IOException {
    CliRun json = CliRun.of("check", "--format", "json", "../samples");
    int expected = 0;
    for (JsonNode report : CheckCommandTest.reports(json.out())) {
      if (!report.path("summary").asBoolean()) {
        expected += report.path("findings").size() + report.path("readerFindings").size();
      }
    }
    Path out = dir.resolve("findings.xlsx");

    CliRun run = CliRun.of("check", "--format", "xlsx", "-o", out.toString(), "../samples");

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    then(expected).isGreaterThan(50);
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sheet = wb.getSheetAt(0);
      then(sheet.getLastRowNum()).isEqualTo(expected);
      then(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("source");
    }
  }

  @Test
  void xlsx_without_o_is_refused_before_anything_is_read() {
    CliRun run = CliRun.of("check", "--format", "xlsx", "../samples/no-such-file.txt");

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("-o FILE");
  }

  @Test
  void csv_starts_with_a_byte_order_mark_and_has_a_line_per_finding() throws IOException {
    CliRun run = CliRun.of("check", "--format", "csv", "../samples/seed-004-zhangdian-2020.txt");

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    then(run.out()).startsWith("\uFEFFsource,origin,agency,");
    then(run.out().split("\r\n")).hasSize(2);
    then(run.out()).contains(",review.total,ERROR,");
  }

  @Test
  void an_output_that_is_an_input_is_refused_and_left_intact() throws IOException {
    Path input = dir.resolve("seed.txt");
    Files.copy(Path.of("../samples/seed-004-zhangdian-2020.txt"), input);
    byte[] before = Files.readAllBytes(input);

    CliRun run = CliRun.of("check", "--format", "html", "-o", input.toString(), input.toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("is the input");
    then(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void the_output_inside_a_walked_directory_is_not_read_as_an_input() throws IOException {
    Files.copy(Path.of("../samples/seed-004-zhangdian-2020.txt"), dir.resolve("seed.txt"));
    Path out = dir.resolve("report.html");

    CliRun first = CliRun.of("check", "--format", "html", "-o", out.toString(), dir.toString());
    String firstPage = Files.readString(out);
    CliRun second = CliRun.of("check", "--format", "html", "-o", out.toString(), dir.toString());

    then(first.status()).isEqualTo(OgiReport.FINDINGS);
    then(second.status()).isEqualTo(OgiReport.FINDINGS);
    then(second.err()).contains("it is the output file");
    then(Files.readString(out)).isEqualTo(firstPage);
    then(Jsoup.parse(firstPage).select("section.report")).hasSize(1);
  }

  @Test
  void an_output_that_cannot_be_written_leaves_nothing_and_exits_2() throws IOException {
    Path existing = dir.resolve("keep.html");
    Files.writeString(existing, "precious");

    CliRun missingDir = CliRun.of("check", "--format", "html", "-o", dir.resolve("no/such/dir.html").toString(),
        "../samples/seed-004-zhangdian-2020.txt");
    CliRun isDir = CliRun.of("check", "--format", "csv", "-o", dir.toString(), "../samples/seed-004-zhangdian-2020.txt");

    then(missingDir.status()).isEqualTo(OgiReport.FAILURE);
    then(missingDir.err()).contains("does not exist");
    then(isDir.status()).isEqualTo(OgiReport.FAILURE);
    then(isDir.err()).contains("is a directory");
    then(Files.readString(existing)).isEqualTo("precious");
    try (Stream<Path> files = Files.list(dir)) {
      then(files.map(p -> p.getFileName().toString())).containsExactly("keep.html");
    }
  }

  @Test
  void an_unreadable_input_is_listed_in_the_page_and_the_status_stays_2() throws IOException {
    Path out = dir.resolve("findings.html");

    CliRun run = CliRun.of("check", "--format", "html", "-o", out.toString(),
        "../samples/seed-004-zhangdian-2020.txt", dir.resolve("missing.txt").toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    Document page = Jsoup.parse(Files.readString(out));
    then(page.select("section.report")).hasSize(2);
    then(page.select("section.report[data-status=unreadable]")).hasSize(1);
  }

  @Test
  void text_and_json_can_be_written_with_o_too() throws IOException {
    Path out = dir.resolve("findings.ndjson");

    CliRun run = CliRun.of("check", "--format", "json", "-o", out.toString(), "../samples/seed-004-zhangdian-2020.txt");

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    then(run.out()).isEmpty();
    then(CheckCommandTest.reports(Files.readString(out))).isNotEmpty();
    then(Files.readString(out)).contains("\"rule\":\"review.total\"");
  }
}
