package io.github.ogireport.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Location;
import io.github.ogireport.validation.ReportValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON of a checked report, which the CLI's {@code check --format json} and the server both write. */
class CheckedReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aReportWithAFindingIsOneLineWithItsStatusCountsAndFinding() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../samples/seed-004-zhangdian-2020.txt"));
    ReadResult read = DocumentReaders.lenient().read(bytes, "seed-004.txt");
    CheckedReport c = new CheckedReport("seed-004.txt", read, null, ReportValidator.standard().validate(read.report()),
        true);
    String line = CheckedReportJson.write(c);
    assertThat(line).doesNotContain("\n");
    JsonNode n = MAPPER.readTree(line);
    assertThat(n.path("status").asText()).isEqualTo("errors").isEqualTo(c.status());
    assertThat(n.path("errors").asLong()).isEqualTo(1).isEqualTo(c.errors());
    JsonNode f = n.path("findings").get(0);
    // samples/README.md: 行政复议 总计 9 ≠ 14+4+0+0 = 18
    assertThat(f.path("rule").asText()).isEqualTo("review.total");
    assertThat(f.path("reported").asInt()).isEqualTo(9);
    assertThat(f.path("computed").asInt()).isEqualTo(18);
  }

  @Test
  void anUnreadableInputNamesTheProblemAndLocation() throws Exception {
    CheckedReport c = CheckedReport.failed("x.json", new ReportException("broken", Location.ofLine(3, 7)));
    assertThat(c.status()).isEqualTo("unreadable");
    assertThat(c.hasFindings()).isTrue();
    JsonNode n = MAPPER.readTree(CheckedReportJson.write(c));
    assertThat(n.path("error").asText()).isEqualTo("broken");
    assertThat(n.path("location").asText()).contains("3");
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
    ReadResult read = DocumentReaders.lenient().read("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.txt");
    assertThatThrownBy(() -> new CheckedReport("x", read, e, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckedReport("x", null, e, ReportValidator.standard().validate(read.report()), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
