package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every layout fixture under {@code src/test/resources/layouts/} (layout variants the bundled
 * samples do not cover, written for the reader tests) and checks every listed cell (blanks stay blank),
 * that every value has provenance, the edition, the mixed flag, the title, and the exact set of WARNING
 * and ERROR finding codes (the optional {@code "findings"} list; none when absent). Legacy-form rows that
 * are not on the national form are listed under {@code "customRows"} by label, with the national row
 * they follow. The optional {@code "named"} list gives cells left blank as designed (or in a table not
 * read) that a finding must name.
 */
class LayoutFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = Path.of("src/test/resources/layouts");

  @TestFactory
  Stream<DynamicTest> every_layout_fixture_reads_as_designed() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path expected : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode e = JSON.readTree(expected.toFile());
        Path sample = Path.of("..").resolve(e.path("sample").asText());
        tests.add(DynamicTest.dynamicTest(sample.getFileName().toString(), () -> check(sample, e)));
      }
    }
    then(tests).as("layout fixtures").isNotEmpty();
    return tests.stream();
  }

  static void check(Path sample, JsonNode e) {
    ReadResult r = sample.toString().endsWith(".html")
        ? HtmlReportReader.lenient().read(sample) : TextReportReader.lenient().read(sample);
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
      if (got != null && !got.isBlank() && r.locationOf(ref).isEmpty()) {
        wrong.add(c.getKey() + " has no provenance");
      }
    }
    e.path("customRows").fields().forEachRemaining(c -> {
      Table legacy = report.table(TableType.LEGACY_STATISTICS).orElseThrow();
      CustomRow row = legacy.customRows().stream().filter(x -> x.label().equals(c.getKey())).findFirst()
          .orElse(null);
      if (row == null) {
        wrong.add("custom row " + c.getKey() + " missing from " + legacy.customRows());
        return;
      }
      int at = legacy.indexOfRow(row);
      if (!legacy.rows().get(at - 1).key().equals(c.getValue().path("after").asText())) {
        wrong.add("custom row " + c.getKey() + " follows " + legacy.rows().get(at - 1).key());
      }
      for (LegacyColumn col : LegacyColumn.values()) {
        Cell want = expectedCell(c.getValue().path(col.key()));
        if (!want.equals(legacy.cell(row, col))) {
          wrong.add("custom row " + c.getKey() + " " + col.key() + " expected " + want + " but read "
              + legacy.cell(row, col));
        }
      }
    });
    e.path("named").forEach(n -> {
      CellRef ref = CellRef.parse(n.asText()).orElseThrow(() -> new AssertionError("bad path " + n.asText()));
      if (r.findings().stream().noneMatch(f -> f.names(ref))) {
        wrong.add(n.asText() + " is named by no finding");
      }
    });
    then(wrong).as("cells of %s; findings %s", sample, r.findings()).isEmpty();
    TreeSet<String> codes = new TreeSet<>();
    r.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .forEach(f -> codes.add(f.code()));
    TreeSet<String> expectedCodes = new TreeSet<>();
    e.path("findings").forEach(f -> expectedCodes.add(f.asText()));
    then(codes).as("WARNING/ERROR finding codes of %s: %s", sample, r.findings()).isEqualTo(expectedCodes);
    then(report.edition()).isEqualTo(Edition.fromKey(e.path("edition").asText()).orElseThrow());
    then(report.isMixedEdition()).isEqualTo(e.path("mixed").asBoolean());
    then(report.metadata().agency()).isEqualTo(e.path("agency").asText());
    then(report.metadata().year()).isEqualTo(e.path("year").asInt());
  }

  private static Cell expectedCell(JsonNode v) {
    if (v.isNull() || v.isMissingNode()) {
      return Cell.blank();
    }
    if (v.isObject()) {
      return Cell.amount(new BigDecimal(v.path("value").asText()),
          AmountUnit.fromKey(v.path("unit").asText()).orElseThrow());
    }
    return Cell.of(v.asLong());
  }
}
