package io.github.ogireport.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of a checked report, which the CLI's {@code check --format json} and the server both write. */
class CheckedReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aReportWithAFindingIsOneLineWithItsStatusCountsAndFinding() throws Exception {
    ReadResult read = TextReportReader.lenient().read(Path.of("../samples/seed-004-zhangdian-2020.txt"));
    CheckedReport c = new CheckedReport("seed-004.txt", read, null, ReportValidator.standard().validate(read.report()),
        true);
    String line = CheckedReportJson.write(c);
    assertThat(line).doesNotContain("\n");
    JsonNode n = MAPPER.readTree(line);
    assertThat(n.path("status").asText()).isEqualTo("errors").isEqualTo(c.status().key());
    assertThat(n.path("errors").asLong()).isEqualTo(1).isEqualTo(c.errors());
    JsonNode f = n.path("findings").get(0);
    // samples/README.md: 行政复议 总计 9 ≠ 14+4+0+0 = 18
    assertThat(f.path("rule").asText()).isEqualTo("review.total");
    assertThat(f.path("reported").asInt()).isEqualTo(9);
    assertThat(f.path("computed").asInt()).isEqualTo(18);
    assertThat(n.has("previous")).isFalse();
  }

  @Test
  void anUnreadableInputNamesTheProblemAndLocation() throws Exception {
    CheckedReport c = CheckedReport.unreadable("x.json", new ReportException("broken", Location.ofLine(3, 7)));
    assertThat(c.status()).isEqualTo(CheckedReport.Status.UNREADABLE);
    assertThat(c.hasFindings()).isTrue();
    assertThat(c.failure().orElseThrow().location()).isEqualTo(Location.ofLine(3, 7));
    // for people (the HTML page, CSV and XLSX): one line naming the location
    assertThat(c.problem()).hasValue("broken at " + Location.ofLine(3, 7));
    JsonNode n = MAPPER.readTree(CheckedReportJson.write(c));
    assertThat(n.path("status").asText()).isEqualTo("unreadable");
    assertThat(n.path("error").asText()).isEqualTo("broken");
    assertThat(n.path("location").asText()).isEqualTo(Location.ofLine(3, 7).toString()).contains("3");
  }

  @Test
  void onlyAPublishedDocumentWithoutTablesIsNoTable() throws Exception {
    ReadResult prose = TextReportReader.lenient().read("本机关今年没有统计表。");
    assertThat(prose.report().tableList()).isEmpty();
    CheckedReport published = CheckedReport.of("prose.txt", prose, ReportValidator.standard().validate(prose.report()));
    assertThat(published.status()).isEqualTo(CheckedReport.Status.NO_TABLE);
    assertThat(published.noTable()).isTrue();
    assertThat(published.hasFindings()).isTrue();
    assertThat(MAPPER.readTree(CheckedReportJson.write(published)).path("status").asText()).isEqualTo("no-table");

    // the same report as the SDK's JSON: nothing was lost in reading, so it is not "no table"
    Report report = prose.report();
    CheckedReport json = CheckedReport.of("prose.json", new ReadResult(report, Map.of(), List.of()),
        ReportValidator.standard().validate(report), false);
    assertThat(json.noTable()).isFalse();
    assertThat(json.status()).isNotEqualTo(CheckedReport.Status.NO_TABLE);
    assertThat(CheckedReport.of("built", report, ReportValidator.standard().validate(report)).noTable()).isFalse();
    assertThat(MAPPER.readTree(CheckedReportJson.write(json)).path("status").asText()).isNotEqualTo("no-table");
  }

  @Test
  void aPublishedBlankFormIsNoValuesNotClean() throws Exception {
    // the 2021 form's section 二 as an agency receives it: captions, headers and row labels, no number
    String form = "示例县民政局2023年政府信息公开工作年度报告\n一、总体情况\n（文字描述）\n二、主动公开政府信息情况\n"
        + "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t\t\t\n行政规范性文件\t\t\t\n"
        + "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t\n";
    ReadResult read = TextReportReader.lenient().read(form);
    assertThat(read.report().tableList()).isNotEmpty().allMatch(io.github.ogireport.model.Table::isBlank);
    CheckedReport c = CheckedReport.of("form.txt", read, ReportValidator.standard().validate(read.report()));
    assertThat(c.noValues()).isTrue();
    assertThat(c.noTable()).isFalse();
    assertThat(c.status()).isEqualTo(CheckedReport.Status.NO_VALUES);
    assertThat(c.hasFindings()).isTrue();
    assertThat(MAPPER.readTree(CheckedReportJson.write(c)).path("status").asText()).isEqualTo("no-values");
    assertThat(HtmlFindingsReport.standard().render(c)).contains("hold no value");

    // one value read: an ordinary report again
    ReadResult one = TextReportReader.lenient().read(form.replace("行政许可\t\n", "行政许可\t3\n"));
    CheckedReport filled = CheckedReport.of("one.txt", one, ReportValidator.standard().validate(one.report()));
    assertThat(filled.noValues()).isFalse();
    assertThat(filled.status()).isNotEqualTo(CheckedReport.Status.NO_VALUES);
  }

  @Test
  void thePreviousYearPairingIsWrittenPairedOrNot() throws Exception {
    ReadResult read = TextReportReader.lenient().read(Path.of("../samples/seed-004-zhangdian-2020.txt"));
    CheckedReport alone = CheckedReport.of("r.txt", read, ReportValidator.standard().validate(read.report()));

    JsonNode paired = MAPPER.readTree(CheckedReportJson.write(alone.withPrevious(CheckedReport.Previous.paired("p.txt"))));
    assertThat(paired.path("previous").path("source").asText()).isEqualTo("p.txt");
    assertThat(paired.path("previous").has("unpaired")).isFalse();

    CheckedReport unpaired = alone.withPrevious(CheckedReport.Previous.unpaired("no report of X 2019"));
    assertThat(unpaired.previous().orElseThrow().isPaired()).isFalse();
    JsonNode n = MAPPER.readTree(CheckedReportJson.write(unpaired));
    assertThat(n.path("previous").path("source").isNull()).isTrue();
    assertThat(n.path("previous").path("unpaired").asText()).isEqualTo("no report of X 2019");
    assertThatThrownBy(() -> new CheckedReport.Previous("p.txt", "note")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSummaryLine() throws Exception {
    JsonNode n = MAPPER.readTree(CheckedReportJson.summary(5, 2, 1, 1, 0));
    assertThat(n.path("summary").asBoolean()).isTrue();
    assertThat(n.path("reports").asInt()).isEqualTo(5);
    assertThat(n.path("withErrors").asInt()).isEqualTo(2);
  }

  @Test
  void readAndFailureExcludeEachOther() {
    ReportException e = new ReportException("broken", Location.unknown());
    assertThatThrownBy(() -> new CheckedReport("x", null, null, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    ReadResult read = TextReportReader.lenient().read("abc");
    assertThatThrownBy(() -> new CheckedReport("x", read, e, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckedReport("x", null, e, ReportValidator.standard().validate(read.report()), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
