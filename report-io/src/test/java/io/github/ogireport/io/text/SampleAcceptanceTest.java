package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every text sample under {@code samples/} that has an expectation in
 * {@code report-io/src/test/resources/expected/} and checks every table cell (blanks stay blank), the
 * edition, the mixed flag, the agency and the year. {@code OGI_SAMPLES_ROOT} may point to another
 * checkout holding both directories.
 */
class SampleAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path root() {
    String env = System.getenv("OGI_SAMPLES_ROOT");
    return env != null ? Path.of(env) : Path.of("..");
  }

  @TestFactory
  Stream<DynamicTest> every_sample_reads_as_read_by_hand() throws IOException {
    Path expectedDir = root().resolve("report-io/src/test/resources/expected");
    List<DynamicTest> tests = new ArrayList<>();
    if (!Files.isDirectory(expectedDir)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(expectedDir)) {
      for (Path expected : files.sorted().toList()) {
        JsonNode e = JSON.readTree(expected.toFile());
        String sample = e.path("sample").asText();
        if (!sample.endsWith(".txt")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(sample, () -> check(root().resolve(sample), e)));
      }
    }
    return tests.stream();
  }

  private static void check(Path sample, JsonNode e) {
    ReadResult r = TextReportReader.lenient().read(sample);
    Report report = r.report();
    List<String> wrong = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> cells = e.path("cells").fields();
    while (cells.hasNext()) {
      Map.Entry<String, JsonNode> c = cells.next();
      CellRef ref = CellRef.parse(c.getKey()).orElseThrow(() -> new AssertionError("bad path " + c.getKey()));
      Cell want = expectedCell(c.getValue());
      Cell got = report.cell(ref).orElse(null);
      if (!want.equals(got)) {
        wrong.add(c.getKey() + " expected " + want + " but read " + got);
      }
    }
    then(wrong).as("cells of %s; findings %s", sample, r.findings()).isEmpty();
    then(report.edition()).isEqualTo(Edition.fromKey(e.path("edition").asText()).orElseThrow());
    then(report.isMixedEdition()).isEqualTo(e.path("mixed").asBoolean());
    then(report.metadata().agency()).isEqualTo(e.path("agency").asText());
    then(report.metadata().year()).isEqualTo(e.path("year").asInt());
  }

  private static Cell expectedCell(JsonNode v) {
    if (v.isNull()) {
      return Cell.blank();
    }
    if (v.isObject()) {
      return Cell.amount(new BigDecimal(v.path("value").asText()),
          AmountUnit.fromKey(v.path("unit").asText()).orElseThrow());
    }
    return Cell.of(v.asLong());
  }
}
