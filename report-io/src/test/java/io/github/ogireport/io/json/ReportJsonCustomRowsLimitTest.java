package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader's custom row limit is at least what the readers produce: every report the text (and
 * so the HTML) reader reads, however many custom rows it keeps, round-trips through JSON (D10).
 */
final class ReportJsonCustomRowsLimitTest {
  private static final ReportJson JSON = ReportJson.standard();
  private static final Path LEGACY = Path.of("../samples/seed-002-gaocheng-2018-legacy.txt");
  private static final String ANCHOR = "\t3.政务微博公开政府信息数\n\t条\n\t0\n";

  /** The legacy sample with {@code n} extra indicator rows, each with its unit and one number. */
  private static String legacyWithCustomRows(int n) throws IOException {
    String s = Files.readString(LEGACY, StandardCharsets.UTF_8);
    int at = s.indexOf(ANCHOR) + ANCHOR.length();
    then(at).isGreaterThan(ANCHOR.length());
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rows.append("\n\t自定义指标第").append(i).append("项\n\t条\n\t").append(i % 10).append('\n');
    }
    return s.substring(0, at) + rows + s.substring(at);
  }

  private static int customRows(Report r) {
    return r.tableList().stream().mapToInt(t -> t.customRows().size()).max().orElse(0);
  }

  @Test
  void a_legacy_report_with_1100_custom_rows_read_from_text_round_trips_through_json() throws IOException {
    ReadResult read = TextReportReader.lenient().read(legacyWithCustomRows(1_100));
    then(customRows(read.report())).isEqualTo(1_100);

    String json = JSON.write(read.report());

    then(JSON.read(json)).isEqualTo(read.report());
    then(JSON.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(read.report());
  }

  @Test
  void the_most_custom_rows_the_text_reader_keeps_round_trip_through_json() throws IOException {
    // a table the text reader reads holds at most 5,000 numbers, and each custom row it keeps one
    then(catchThrowable(() -> TextReportReader.lenient().read(legacyWithCustomRows(5_000))))
        .as("the text reader's bound that the JSON limit is derived from")
        .isInstanceOf(InputLimitException.class).hasMessageContaining("more than 5000 numbers");
    then(ReportJson.MAX_CUSTOM_ROWS).isGreaterThanOrEqualTo(5_000);

    ReadResult read = TextReportReader.lenient().read(legacyWithCustomRows(4_900));
    then(customRows(read.report())).isEqualTo(4_900);

    then(JSON.read(JSON.write(read.report()))).isEqualTo(read.report());
  }

  @Test
  void a_report_with_exactly_the_limit_of_custom_rows_round_trips_and_one_more_is_refused() {
    Report atLimit = legacyReport(ReportJson.MAX_CUSTOM_ROWS);
    then(JSON.read(JSON.write(atLimit))).isEqualTo(atLimit);

    Throwable e = catchThrowable(() -> JSON.read(JSON.write(legacyReport(ReportJson.MAX_CUSTOM_ROWS + 1))));
    then(e).isInstanceOf(InputLimitException.class);
  }

  private static Report legacyReport(int customRows) {
    TableType type = TableType.LEGACY_STATISTICS;
    Table.Builder b = Table.builder(type);
    for (int i = 0; i < customRows; i++) {
      CustomRow row = CustomRow.of("custom-" + (i + 1), "自定义指标第" + i + "项", Optional.of("条"));
      b.addCustomRow(row);
      b.set(row, type.columns().get(0), Cell.of(i));
    }
    return Report.builder()
        .metadata(ReportMetadata.of("某县人民政府", 2016))
        .edition(Edition.LEGACY)
        .table(b.build())
        .build();
  }
}
