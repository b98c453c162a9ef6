package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AggregateCommandTest {
  private static final ReportJson JSON = ReportJson.standard();

  /** {@code count} valid generated 2021-format reports of one year. */
  private static List<Report> reports(int count) {
    ReportGenerator g = ReportGenerator.builder().seed(12).edition(Edition.V2021).blanks(BlankStyle.ZERO_CELLS).build();
    int year = g.generate(0).metadata().year();
    return g.stream().filter(r -> r.metadata().year() == year).limit(count).toList();
  }

  private static List<Path> write(Path dir, List<Report> reports) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Path f = dir.resolve(String.format(java.util.Locale.ROOT, "report-%02d.json", i));
      Files.writeString(f, JSON.write(reports.get(i)), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  private static Report review(String agency, int year, Long corrected) {
    return Report.builder().metadata(ReportMetadata.of(agency, year)).edition(Edition.V2021)
        .table(Table.builder(TableType.REVIEW_LITIGATION)
            .row(ReviewRow.REVIEW, 2L, corrected, 0L, 0L, 2L + (corrected == null ? 0 : corrected))
            .build())
        .build();
  }

  @Test
  void aggregates_a_directory_into_a_json_report_whose_cells_are_the_sums_of_the_parts(@TempDir Path dir)
      throws IOException {
    List<Report> sources = reports(12);
    write(dir.resolve("in"), sources);
    Path total = dir.resolve("total.json");

    CliRun run = CliRun.of("aggregate", dir.resolve("in").toString(), "-o", total.toString(), "--agency", "某市（汇总）");

    then(run.status()).as(run.err()).isEqualTo(OgiReport.OK);
    Report read = JSON.read(Files.readString(total, StandardCharsets.UTF_8));
    then(read.metadata().agency()).isEqualTo("某市（汇总）");
    then(read.metadata().year()).isEqualTo(sources.get(0).metadata().year());
    for (TableType type : Edition.V2021.tableTypes()) {
      for (TableRow row : type.rows()) {
        for (TableColumn column : type.columns()) {
          BigDecimal sum = BigDecimal.ZERO;
          boolean any = false;
          for (Report r : sources) {
            Optional<BigDecimal> v = r.table(type).orElseThrow().cell(row, column).decimalValue();
            if (v.isPresent()) {
              sum = sum.add(v.get());
              any = true;
            }
          }
          Cell cell = read.table(type).orElseThrow().cell(row, column);
          if (any) {
            BigDecimal expected = sum;
            then(cell.decimalValue()).as("%s/%s/%s", type.key(), row.key(), column.key())
                .hasValueSatisfying(v -> then(v).isEqualByComparingTo(expected));
          }
        }
      }
    }
    then(run.err()).contains("汇总 aggregated 12 reports (edition 2021, year " + read.metadata().year() + ") as 某市（汇总）")
        .contains("findings of the total: 0 errors");
    then(run.out()).isEmpty();
  }

  @Test
  void an_ndjson_input_gives_the_same_aggregate_as_the_files(@TempDir Path dir) throws IOException {
    List<Report> sources = reports(5);
    write(dir.resolve("in"), sources);
    Path ndjson = dir.resolve("all.ndjson");
    StringBuilder lines = new StringBuilder();
    for (Report r : sources) {
      lines.append(JSON.write(r)).append('\n');
    }
    Files.writeString(ndjson, lines, StandardCharsets.UTF_8);

    CliRun files = CliRun.of("aggregate", dir.resolve("in").toString(), "-o", dir.resolve("a.json").toString());
    CliRun stream = CliRun.of("aggregate", ndjson.toString(), "-o", dir.resolve("b.json").toString());

    then(stream.status()).isEqualTo(files.status()).isEqualTo(OgiReport.OK);
    then(Files.readAllBytes(dir.resolve("b.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a.json")));
  }

  @Test
  void a_partial_cell_is_named_with_the_reports_that_left_it_blank(@TempDir Path dir) throws IOException {
    List<Path> files = write(dir, List.of(review("甲镇", 2023, 1L), review("乙镇", 2023, null), review("丙镇", 2023, 3L)));

    Path out = dir.resolve("total.json");
    CliRun run = CliRun.of("aggregate", files.get(0).toString(), files.get(1).toString(), files.get(2).toString(),
        "-o", out.toString());

    then(run.status()).isEqualTo(OgiReport.OK);
    then(run.err()).contains("partial cells (blank in some reports, summed over the others): 1")
        .contains("review_litigation: 1 cell (review/corrected)  filled in 2 of 3; blank in " + files.get(1));
    Report total = JSON.read(Files.readString(out, StandardCharsets.UTF_8));
    then(total.table(TableType.REVIEW_LITIGATION).orElseThrow().cell(ReviewRow.REVIEW, ReviewColumn.CORRECTED))
        .isEqualTo(Cell.of(4));

    CliRun listed = CliRun.of("aggregate", "--list-partial", files.get(0).toString(), files.get(1).toString(),
        "-o", out.toString());
    then(listed.err()).contains("  /tables/review_litigation/rows/review/corrected  filled in 1 of 2; blank in " + files.get(1));
  }

  @Test
  void reports_of_another_year_are_refused_naming_the_file_and_the_output_is_left_untouched(@TempDir Path dir)
      throws IOException {
    List<Path> files = write(dir.resolve("in"), List.of(review("甲镇", 2023, 1L), review("乙镇", 2022, 1L)));
    Path total = dir.resolve("total.json");
    Files.writeString(total, "the previous total", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("aggregate", dir.resolve("in").toString(), "-o", total.toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("ogi-report aggregate: " + files.get(1) + " cannot be summed with the reports before it")
        .contains("is for 2022, but the reports before it are for 2023").contains("nothing written");
    then(Files.readString(total, StandardCharsets.UTF_8)).isEqualTo("the previous total");
    try (var listing = Files.list(dir)) {
      then(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "total.json");
    }
  }

  @Test
  void reports_of_mixed_editions_are_refused(@TempDir Path dir) {
    CliRun run = CliRun.of("aggregate", "../samples/seed-003-jincheng-2020.txt", "../samples/f01-huaian-2024.layout.txt",
        "-o", dir.resolve("total.json").toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("f01-huaian-2024.layout.txt cannot be summed")
        .contains("is of the 2021 edition, but the reports before it are of the 2019 edition");
    then(dir.resolve("total.json")).doesNotExist();
  }

  @Test
  void an_unreadable_input_writes_nothing_and_exits_two(@TempDir Path dir) throws IOException {
    List<Path> files = write(dir, List.of(review("甲镇", 2023, 1L)));
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": ", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("aggregate", files.get(0).toString(), bad.toString(), "-o", dir.resolve("t.json").toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("cannot read " + bad).contains("1 input could not be read; nothing written");
    then(dir.resolve("t.json")).doesNotExist();
  }

  @Test
  void an_output_that_is_an_input_is_refused(@TempDir Path dir) throws IOException {
    List<Path> files = write(dir, List.of(review("甲镇", 2023, 1L), review("乙镇", 2023, 1L)));
    String before = Files.readString(files.get(1), StandardCharsets.UTF_8);

    CliRun run = CliRun.of("aggregate", dir.toString(), "-o", files.get(1).toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("is the input");
    then(Files.readString(files.get(1), StandardCharsets.UTF_8)).isEqualTo(before);
  }

  @Test
  void the_findings_of_the_total_and_of_the_reports_make_the_status_one(@TempDir Path dir) {
    CliRun run = CliRun.of("aggregate", "../samples/seed-000-gaocheng-2020.txt", "../samples/seed-004-zhangdian-2020.txt",
        "-o", dir.resolve("total.json").toString());

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    then(run.err()).contains("findings of the total: 1 errors")
        .contains("ERROR   review.total")
        .contains("reports with error findings (run check on them): 1")
        .contains("seed-004-zhangdian-2020.txt");
  }

  @Test
  void an_assumed_unit_adds_amounts_printed_without_one(@TempDir Path dir) throws IOException {
    Report a = Report.builder().metadata(ReportMetadata.of("甲镇", 2023)).edition(Edition.V2021)
        .table(Table.builder(TableType.ITEM8_2021).amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT,
            new BigDecimal("1.5"), AmountUnit.UNSPECIFIED).build())
        .build();
    Report b = Report.builder().metadata(ReportMetadata.of("乙镇", 2023)).edition(Edition.V2021)
        .table(Table.builder(TableType.ITEM8_2021).amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT,
            new BigDecimal("2"), AmountUnit.WAN_YUAN).build())
        .build();
    List<Path> files = write(dir, List.of(a, b));

    Path leftOut = dir.resolve("left.json");
    Path assumedOut = dir.resolve("assumed.json");
    CliRun left = CliRun.of("aggregate", files.get(0).toString(), files.get(1).toString(), "-o", leftOut.toString());
    CliRun assumed = CliRun.of("aggregate", "--assume-unit", "wan_yuan", files.get(0).toString(), files.get(1).toString(),
        "-o", assumedOut.toString());
    CellRef fees = CellRef.of(TableType.ITEM8_2021, Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT);

    then(left.err()).contains("no unit (left out) in " + files.get(0));
    then(JSON.read(Files.readString(leftOut, StandardCharsets.UTF_8)).cell(fees))
        .hasValue(Cell.amount(new BigDecimal("2"), AmountUnit.WAN_YUAN));
    then(JSON.read(Files.readString(assumedOut, StandardCharsets.UTF_8)).cell(fees))
        .hasValue(Cell.amount(new BigDecimal("3.5"), AmountUnit.WAN_YUAN));
    then(assumed.err()).contains("partial cells (blank in some reports, summed over the others): 0");
  }
}
