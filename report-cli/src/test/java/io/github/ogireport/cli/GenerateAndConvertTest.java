package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.io.json.NdjsonReportReader;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.validation.FaultInjector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GenerateAndConvertTest {

  @Test
  void generate_is_reproducible_for_a_seed(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.ndjson");
    Path b = dir.resolve("b.ndjson");
    Path c = dir.resolve("c.ndjson");

    then(CliRun.of("generate", "--edition", "2021", "--count", "50", "--seed", "7", "-o", a.toString()).status()).isZero();
    CliRun.of("generate", "--edition", "2021", "--count", "50", "--seed", "7", "-o", b.toString());
    CliRun.of("generate", "--edition", "2021", "--count", "50", "--seed", "8", "-o", c.toString());

    then(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    then(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    then(Files.readAllLines(a, StandardCharsets.UTF_8)).hasSize(50);
  }

  @Test
  void generated_valid_reports_check_clean(@TempDir Path dir) {
    Path file = dir.resolve("valid.ndjson");
    CliRun.of("generate", "--edition", "2019", "--count", "200", "--seed", "3", "-o", file.toString());

    CliRun run = CliRun.of("check", "--only-findings", "--format", "json", file.toString());

    then(run.status()).isEqualTo(OgiReport.OK);
  }

  @Test
  void every_report_generated_with_a_fault_is_flagged_by_that_rule(@TempDir Path dir) throws IOException {
    for (String rule : List.of("review.total", "applications.balance", "applications.applicant-total")) {
      Path file = dir.resolve(rule + ".ndjson");
      then(CliRun.of("generate", "--edition", "2021", "--count", "20", "--seed", "11", "--fault", rule,
          "-o", file.toString()).status()).isZero();

      CliRun run = CliRun.of("check", "--format", "json", file.toString());

      then(run.status()).as(rule).isEqualTo(OgiReport.FINDINGS);
      List<JsonNode> reports = CheckCommandTest.reports(run.out());
      then(reports).hasSize(20);
      for (JsonNode r : reports) {
        then(r.path("findings").findValuesAsText("rule")).as(rule).contains(rule);
      }
    }
  }

  @Test
  void generate_refuses_an_unknown_rule_and_edition() {
    then(CliRun.of("generate", "--edition", "2021", "--fault", "no.such.rule").status()).isEqualTo(OgiReport.FAILURE);
    then(CliRun.of("generate", "--edition", "1999").err()).contains("unknown edition");
    then(FaultInjector.supportedRules()).contains("review.total");
  }

  @Test
  void convert_to_json_then_back_gives_the_same_findings(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("seed-004.json");

    then(CliRun.of("convert", "../samples/seed-004-zhangdian-2020.txt", "--to", "json", "-o", json.toString()).status()).isZero();
    CliRun fromText = CliRun.of("check", "--format", "json", "../samples/seed-004-zhangdian-2020.txt");
    CliRun fromJson = CliRun.of("check", "--format", "json", json.toString());

    then(CheckCommandTest.reports(fromJson.out()).get(0).path("findings"))
        .isEqualTo(CheckCommandTest.reports(fromText.out()).get(0).path("findings"));
  }

  @Test
  void convert_streams_ndjson_to_one_csv_with_one_header(@TempDir Path dir) throws IOException {
    Path ndjson = dir.resolve("r.ndjson");
    Path csv = dir.resolve("r.csv");
    CliRun.of("generate", "--edition", "legacy", "--count", "10", "--seed", "1", "-o", ndjson.toString());

    then(CliRun.of("convert", ndjson.toString(), "--to", "csv", "-o", csv.toString()).status()).isZero();

    long cells = 0;
    try (InputStream in = Files.newInputStream(ndjson); NdjsonReportReader reader = NdjsonReportReader.open(in)) {
      while (reader.hasNext()) {
        Report r = reader.next();
        for (Table t : r.tableList()) {
          cells += (long) t.rows().size() * t.columns().size();
        }
      }
    }
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    then(text.split("\r\n")).hasSize((int) cells + 1);
    then(text.indexOf("edition,table,")).isZero();
    then(text.indexOf("edition,table,", 1)).isEqualTo(-1);
  }

  @Test
  void convert_writes_every_format(@TempDir Path dir) throws IOException {
    for (String to : List.of("json", "markdown", "html", "csv", "text")) {
      Path out = dir.resolve("out." + to);
      then(CliRun.of("convert", "../samples/seed-003-jincheng-2020.txt", "--to", to, "-o", out.toString()).status())
          .as(to).isZero();
      // the CSV holds cells only; every other format names the agency
      then(Files.readString(out, StandardCharsets.UTF_8)).as(to)
          .contains(to.equals("csv") ? "applications_2019" : "金城镇");
    }
  }
}
