package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}'s outputs agree, as they print one outcome (report-findings' {@code CheckedReport}): the
 * JSON's status and the HTML page's status are the same, for a published file and the SDK's JSON alike.
 */
final class CheckedReportCliTest {
  @TempDir Path dir;

  private String jsonStatus(Path input) throws IOException {
    List<JsonNode> reports = CheckCommandTest.reports(CliRun.of("check", "--format", "json", input.toString()).out());
    then(reports).hasSize(1);
    return reports.get(0).path("status").asText();
  }

  private Element htmlSection(Path input) throws IOException {
    Path out = dir.resolve(input.getFileName() + ".html");
    CliRun.of("check", "--format", "html", "-o", out.toString(), input.toString());
    List<Element> sections = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8)).select("section.report");
    then(sections).hasSize(1);
    return sections.get(0);
  }

  @Test
  void only_a_published_file_without_tables_is_no_table_in_json_and_html_alike() throws IOException {
    String prose = "本机关本年度未制作统计表。\n";
    Path text = Files.writeString(dir.resolve("prose.txt"), prose, StandardCharsets.UTF_8);
    Report report = TextReportReader.lenient().read(prose).report();
    then(report.tableList()).isEmpty();
    Path json = Files.writeString(dir.resolve("prose.json"), ReportJson.standard().write(report), StandardCharsets.UTF_8);

    then(CliRun.of("check", text.toString()).status()).isEqualTo(OgiReport.NO_TABLE);
    then(jsonStatus(text)).isEqualTo("no-table");
    then(htmlSection(text).attr("data-status")).isEqualTo("no-table");

    // the same report as the SDK's JSON: nothing was lost in reading it, so not "no table" in either output
    then(CliRun.of("check", json.toString()).status()).isNotEqualTo(OgiReport.NO_TABLE);
    String status = jsonStatus(json);
    then(status).isNotEqualTo("no-table").isNotEqualTo("unreadable");
    then(htmlSection(json).attr("data-status")).isEqualTo(status);
  }

  @Test
  void a_blank_form_is_no_values_in_text_json_and_html_alike() throws IOException {
    String form = "示例县民政局2023年政府信息公开工作年度报告\n一、总体情况\n（文字描述）\n二、主动公开政府信息情况\n"
        + "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t\n第二十条第（六）项\n信息内容\t本年处理决定数量\n"
        + "行政处罚\t\n行政强制\t\n";
    Path text = Files.writeString(dir.resolve("form.txt"), form, StandardCharsets.UTF_8);

    CliRun check = CliRun.of("check", text.toString());

    then(check.out()).contains("无数值 no values").contains("reader.no-values");
    then(jsonStatus(text)).isEqualTo("no-values");
    then(htmlSection(text).attr("data-status")).isEqualTo("no-values");
  }

  @Test
  void an_unreadable_input_names_its_location_in_json_and_html_alike() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"edition\": \n", StandardCharsets.UTF_8);

    JsonNode n = CheckCommandTest.reports(CliRun.of("check", "--format", "json", broken.toString()).out()).get(0);
    then(n.path("status").asText()).isEqualTo("unreadable");
    String location = n.path("location").asText();
    then(location).isNotBlank();

    Element section = htmlSection(broken);
    then(section.attr("data-status")).isEqualTo("unreadable");
    then(section.selectFirst(".problem").text()).isEqualTo(n.path("error").asText() + " at " + location);
  }
}
