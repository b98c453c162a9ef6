package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void check_on_the_bundled_samples_flags_exactly_the_published_errors() throws IOException {
    CliRun run = CliRun.of("check", "--format", "json", "../samples");

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    TreeSet<String> errors = new TreeSet<>();
    for (JsonNode report : reports(run.out())) {
      for (JsonNode f : report.path("findings")) {
        if (f.path("severity").asText().equals("ERROR")) {
          errors.add(Path.of(report.path("source").asText()).getFileName() + " " + f.path("rule").asText());
        }
      }
    }
    then(errors).containsExactly(
        "f02-hongze-2023.layout.txt litigation-after-review.total",
        "f02-hongze-2023.layout.txt review.total",
        "f02-hongze-2023.raw.txt litigation-after-review.total",
        "f02-hongze-2023.raw.txt review.total",
        "html-2019-zhangdian-2020.html review.total",
        "seed-004-zhangdian-2020.txt review.total");
  }

  @Test
  void the_seed_004_finding_carries_reported_computed_and_difference() throws IOException {
    CliRun run = CliRun.of("check", "--format", "json", "../samples/seed-004-zhangdian-2020.txt");

    JsonNode finding = reports(run.out()).get(0).path("findings").get(0);
    then(finding.path("rule").asText()).isEqualTo("review.total");
    then(finding.path("reported").asInt()).isEqualTo(9);
    then(finding.path("computed").asInt()).isEqualTo(18);
    then(finding.path("difference").asInt()).isEqualTo(-9);
    then(finding.path("cells")).hasSize(5);
    then(finding.path("message").path("zh").asText()).isNotBlank();
    then(finding.path("message").path("en").asText()).isNotBlank();
  }

  @Test
  void the_readable_output_names_the_edition_and_the_rule_in_both_languages() {
    CliRun run = CliRun.of("check", "../samples/seed-004-zhangdian-2020.txt");

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    then(run.out())
        .contains("版式 edition : 2019")
        .contains("review.total")
        .contains("reported 9  computed 18  diff -9");
  }

  @Test
  void output_is_the_same_whatever_the_number_of_threads() {
    CliRun one = CliRun.of("check", "--format", "json", "--threads", "1", "../samples");
    CliRun four = CliRun.of("check", "--format", "json", "--threads", "4", "../samples");

    then(four.out()).isEqualTo(one.out());
  }

  @Test
  void a_clean_report_exits_zero() {
    CliRun run = CliRun.of("check", "../samples/f01-huaian-2024.layout.txt");

    then(run.status()).isEqualTo(OgiReport.OK);
  }

  @Test
  void cells_the_text_does_not_decide_are_warnings_not_errors(@TempDir Path dir) throws IOException {
    // a crawl that glued a row's seven cells: 111000012 fits several splits (1+1+10+0+0+0=12, 11+1+0+0+0+0=12…)
    Path crawl = dir.resolve("crawl.txt");
    Files.writeString(crawl, "某县2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "一、本年新收政府信息公开申请数量 111000012\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("check", "--format", "json", crawl.toString());

    then(run.status()).isEqualTo(OgiReport.OK);
    JsonNode report = reports(run.out()).get(0);
    List<String> undecided = new ArrayList<>();
    for (JsonNode f : report.path("readerFindings")) {
      then(f.path("severity").asText()).isNotEqualTo("ERROR");
      if (f.path("code").asText().equals("reader.glued-digits-ambiguous")) {
        undecided.add(f.path("severity").asText());
      }
    }
    then(undecided).containsExactly("WARNING");
  }

  @Test
  void an_unreadable_input_exits_two_and_says_why(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": ", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("check", "--format", "json", bad.toString(), dir.resolve("missing.txt").toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    List<JsonNode> reports = reports(run.out());
    then(reports).hasSize(2);
    then(reports.get(0).path("status").asText()).isEqualTo("unreadable");
    then(reports.get(1).path("error").asText()).startsWith("no such file");
  }

  @Test
  void a_wrong_option_exits_two_with_usage() {
    CliRun run = CliRun.of("check", "--format", "yaml", "x");

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("--format");
  }

  static List<JsonNode> reports(String ndjson) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : ndjson.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = MAPPER.readTree(line);
      if (!n.path("summary").asBoolean(false)) {
        out.add(n);
      }
    }
    return out;
  }
}
