package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare PREVIOUS CURRENT} and {@code check --previous DIR}. */
final class CompareCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ReportJson JSON = ReportJson.standard();
  private static final String F02 = "../samples/f02-hongze-2023.layout.txt";
  private static final String F03 = "../samples/f03-hongze-2024.layout.txt";

  /** The 2022 and 2023 reports of the {@code index}-th generated agency (2021 format, chained years). */
  private static List<Report> series(long index) {
    return ReportGenerator.builder().seed(5).build().series(index, 2022, 2);
  }

  /** The report with 上年结转 总计 one more than it was: breaks cross-year.carry-over (and the year's balance). */
  private static Report carriedOverPlusOne(Report r) {
    Table t = r.table(TableType.APPLICATIONS_2021).orElseThrow();
    long v = t.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL).longValue();
    return r.toBuilder().table(t.toBuilder().count(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, v + 1).build())
        .build();
  }

  private static Path write(Path file, Report r) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.write(r), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void compare_prints_each_section_side_by_side_with_the_changes() {
    CliRun run = CliRun.of("compare", F02, F03);

    then(run.status()).as(run.err()).isEqualTo(OgiReport.OK);
    then(run.out())
        .contains("上年 previous: 洪泽区人民政府 2023 (2019)")
        .contains("本年 current : 淮安市洪泽区人民政府 2024 (2019)")
        .contains("机关名称不同 the agencies differ")
        .contains("== 三、收到和处理政府信息公开申请情况  (applications_2019 → applications_2019)")
        .contains("== 四、政府信息公开行政复议、行政诉讼情况")
        .contains("== 二、主动公开政府信息情况 第二十条第（八）项")
        .contains("跨年度检查 cross-year findings: 0");
    // 一、本年新收 总计: 21 in 2023, 95 in 2024
    then(run.out().lines().filter(l -> l.contains("总计") && l.contains(" 21 ") && l.contains(" 95 ")))
        .anyMatch(l -> l.contains("+74") && l.contains("+352.38%"));
  }

  @Test
  void changed_only_leaves_out_the_cells_that_are_the_same() {
    CliRun all = CliRun.of("compare", F02, F03);
    CliRun changed = CliRun.of("compare", "--changed-only", F02, F03);

    then(changed.out().lines().count()).isLessThan(all.out().lines().count());
    then(changed.out()).contains("+74");
    then(changed.out().lines().filter(l -> l.startsWith("   ") && !l.contains("行 row")))
        .allMatch(l -> l.matches(".*[+-]\\d.*|.*空白.*|.*—.*"));
  }

  @Test
  void compare_as_json_gives_every_cell_with_both_sides_and_the_change() throws IOException {
    CliRun run = CliRun.of("compare", "--format", "json", F02, F03);

    then(run.status()).isEqualTo(OgiReport.OK);
    JsonNode root = MAPPER.readTree(run.out());
    then(root.path("previous").path("year").asInt()).isEqualTo(2023);
    then(root.path("current").path("agency").asText()).isEqualTo("淮安市洪泽区人民政府");
    then(root.path("consecutiveYears").asBoolean()).isTrue();
    then(root.path("sameAgency").asBoolean()).isFalse();
    JsonNode received = null;
    int cells = 0;
    for (JsonNode t : root.path("tables")) {
      for (JsonNode c : t.path("cells")) {
        cells++;
        if (c.path("currentPath").asText().equals("/tables/applications_2019/rows/new_received/total")) {
          received = c;
        }
      }
    }
    then(received).isNotNull();
    then(received.path("previous").asInt()).isEqualTo(21);
    then(received.path("current").asInt()).isEqualTo(95);
    then(received.path("change").asInt()).isEqualTo(74);
    then(received.path("relativeChange").decimalValue()).isEqualByComparingTo("3.5238");
    then(received.path("previousSide").asText()).isEqualTo("filled");
    then(received.path("changed").asBoolean()).isTrue();
    then(root.path("summary").path("cells").asInt()).isEqualTo(cells);
    then(root.path("crossYearFindings").isArray()).isTrue();
  }

  @Test
  void a_broken_carry_over_is_a_cross_year_error_with_status_one(@TempDir Path dir) throws IOException {
    List<Report> years = series(0);
    Path previous = write(dir.resolve("2022.json"), years.get(0));
    Path current = write(dir.resolve("2023.json"), carriedOverPlusOne(years.get(1)));

    CliRun text = CliRun.of("compare", previous.toString(), current.toString());
    CliRun json = CliRun.of("compare", "--format", "json", previous.toString(), current.toString());

    then(text.status()).isEqualTo(OgiReport.FINDINGS);
    then(text.out()).contains("ERROR   cross-year.carry-over").contains("/tables/applications_2021/rows/carried_over/total");
    JsonNode f = MAPPER.readTree(json.out()).path("crossYearFindings").get(0);
    then(f.path("rule").asText()).isEqualTo("cross-year.carry-over");
    then(f.path("difference").asInt()).isEqualTo(1);
    then(f.path("previousCells").get(0).asText()).isEqualTo("/tables/applications_2021/rows/carried_forward/total");
    then(json.status()).isEqualTo(OgiReport.FINDINGS);

    CliRun clean = CliRun.of("compare", previous.toString(), write(dir.resolve("ok.json"), years.get(1)).toString());
    then(clean.status()).isEqualTo(OgiReport.OK);
  }

  @Test
  void compare_as_html_writes_one_page_with_o_and_leaves_the_file_alone_when_it_fails(@TempDir Path dir)
      throws IOException {
    List<Report> years = series(0);
    Path previous = write(dir.resolve("2022.json"), years.get(0));
    Path current = write(dir.resolve("2023.json"), carriedOverPlusOne(years.get(1)));
    Path page = dir.resolve("compare.html");
    Files.writeString(page, "earlier content", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("compare", "--format", "html", "-o", page.toString(), previous.toString(), current.toString());

    then(run.status()).as(run.err()).isEqualTo(OgiReport.FINDINGS);
    then(run.out()).isEmpty();
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    then(doc.selectFirst("td.c[data-cell='/tables/applications_2021/rows/carried_over/total']").attr("data-rule"))
        .isEqualTo("cross-year.carry-over");
    then(doc.selectFirst(".summary .source.previous").text()).isEqualTo(previous.toString());
    then(doc.selectFirst(".totals .errors").text()).isEqualTo("1");
    try (var files = Files.list(dir)) {
      then(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("2022.json", "2023.json",
          "compare.html");
    }

    CliRun stdout = CliRun.of("compare", "--format", "html", previous.toString(), current.toString());
    then(stdout.out()).startsWith("<!DOCTYPE html>").isEqualTo(Files.readString(page, StandardCharsets.UTF_8));

    String written = Files.readString(page, StandardCharsets.UTF_8);
    CliRun missing = CliRun.of("compare", "--format", "html", "-o", page.toString(),
        dir.resolve("missing.json").toString(), current.toString());
    then(missing.status()).isEqualTo(OgiReport.FAILURE);
    then(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(written);

    CliRun onInput = CliRun.of("compare", "--format", "html", "-o", current.toString(), previous.toString(),
        current.toString());
    then(onInput.status()).isEqualTo(OgiReport.FAILURE);
    then(onInput.err()).contains("is the input");
    then(JSON.read(Files.readString(current, StandardCharsets.UTF_8))).isNotNull();
  }

  @Test
  void compare_takes_one_report_on_each_side(@TempDir Path dir) throws IOException {
    List<Report> years = series(0);
    Path two = dir.resolve("two.ndjson");
    Files.writeString(two, JSON.write(years.get(0)) + "\n" + JSON.write(years.get(1)) + "\n", StandardCharsets.UTF_8);

    CliRun stream = CliRun.of("compare", two.toString(), F03);
    CliRun directory = CliRun.of("compare", dir.toString(), F03);
    CliRun missing = CliRun.of("compare", dir.resolve("missing.json").toString(), F03);

    then(stream.status()).isEqualTo(OgiReport.FAILURE);
    then(stream.err()).contains("holds 2 reports");
    then(directory.status()).isEqualTo(OgiReport.FAILURE);
    then(directory.err()).contains("is a directory");
    then(missing.status()).isEqualTo(OgiReport.FAILURE);
    then(missing.err()).contains("no such file");
  }

  // ---------------------------------------------------------------------------------------------------
  // check --previous DIR

  @Test
  void check_previous_pairs_reports_by_agency_and_year_and_runs_the_cross_year_rules(@TempDir Path dir)
      throws IOException {
    List<Path> current = new ArrayList<>();
    for (int agency = 0; agency < 3; agency++) {
      List<Report> years = series(agency);
      if (agency < 2) {
        Report earlier = years.get(0);
        if (agency == 0) { // the same agency printed with other spaces and widths
          String name = earlier.metadata().agency();
          earlier = earlier.toBuilder().metadata(earlier.metadata().toBuilder()
              .agency(" " + name.substring(0, 1) + "\u3000" + name.substring(1) + " ").build()).build();
        }
        write(dir.resolve("2022").resolve("agency-" + agency + ".json"), earlier);
      }
      Report now = agency == 1 ? carriedOverPlusOne(years.get(1)) : years.get(1);
      current.add(write(dir.resolve("2023").resolve("agency-" + agency + ".json"), now));
    }

    CliRun run = CliRun.of("check", "--format", "json", "--previous", dir.resolve("2022").toString(),
        dir.resolve("2023").toString());

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    List<JsonNode> reports = CheckCommandTest.reports(run.out());
    then(reports).hasSize(3);
    then(reports.get(0).path("previous").path("source").asText()).endsWith("agency-0.json").contains("2022");
    then(reports.get(0).path("findings").findValuesAsText("rule")).doesNotContain("cross-year.carry-over");
    then(reports.get(0).path("errors").asInt()).isZero();
    then(reports.get(1).path("findings").findValuesAsText("rule")).contains("cross-year.carry-over");
    then(reports.get(2).path("previous").path("source").isNull()).isTrue();
    then(reports.get(2).path("previous").path("unpaired").asText()).contains("no report of").contains("2022");
    then(run.err()).contains("without a previous-year report in " + dir.resolve("2022") + " (1):")
        .contains("  " + current.get(2));

    CliRun alone = CliRun.of("check", "--format", "json", dir.resolve("2023").toString());
    then(CheckCommandTest.reports(alone.out()).get(1).path("findings").findValuesAsText("rule"))
        .doesNotContain("cross-year.carry-over");
    then(CheckCommandTest.reports(alone.out()).get(0).has("previous")).isFalse();

    CliRun text = CliRun.of("check", "--previous", dir.resolve("2022").toString(), current.get(0).toString(),
        current.get(2).toString());
    then(text.out()).contains("   上年 previous: " + dir.resolve("2022").resolve("agency-0.json"))
        .contains("   上年 previous: 未配对 unpaired: no report of");
    then(text.status()).isEqualTo(OgiReport.OK);
  }

  @Test
  void check_previous_needs_a_directory(@TempDir Path dir) {
    CliRun run = CliRun.of("check", "--previous", dir.resolve("missing").toString(), F03);

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("is not a directory");
  }

  @Test
  void reports_are_paired_only_when_exactly_one_previous_report_matches(@TempDir Path dir) throws IOException {
    List<Report> years = series(0);
    write(dir.resolve("prev").resolve("a.json"), years.get(0));
    write(dir.resolve("prev").resolve("b.json"), years.get(0).toBuilder()
        .metadata(ReportMetadata.of(years.get(0).metadata().agency(), 2022)).build());
    Path now = write(dir.resolve("now.json"), years.get(1));

    CliRun run = CliRun.of("check", "--format", "json", "--previous", dir.resolve("prev").toString(), now.toString());

    JsonNode previous = CheckCommandTest.reports(run.out()).get(0).path("previous");
    then(previous.path("source").isNull()).isTrue();
    then(previous.path("unpaired").asText()).contains("2 reports of").contains("a.json").contains("b.json");
  }
}
