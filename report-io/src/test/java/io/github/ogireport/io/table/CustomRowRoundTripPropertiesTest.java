package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.io.text.TextReportWriter;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Legacy reports with a province's own rows (custom rows, after any national row, with or without values),
 * written as Markdown, HTML and text and read back: every national cell is exactly what was written or blank
 * with a finding that names it, never another row's figure; a custom row with figures comes back under its
 * label (as printed, punctuation included) with them. Row names are of the kind provincial forms print (none
 * is a national row's).
 */
class CustomRowRoundTripPropertiesTest {
  private static final List<String> NAMES = List.of("主动公开文件数", "受理依申请公开信息总数", "政府信息公开收费减免金额",
      "接受行政诉讼、举报数", "公开查阅点接待人次", "网站专栏访问量", "网站、微博访问量", "公开栏（橱窗）更新期数");
  private static final List<String> UNITS = List.of("条", "件", "篇", "人次");

  static Report report(long seed) {
    Random random = new Random(seed);
    Table.Builder b = Table.builder(TableType.LEGACY_STATISTICS);
    List<String> names = new ArrayList<>(NAMES);
    java.util.Collections.shuffle(names, random);
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      LegacyIndicator after = LegacyIndicator.values()[random.nextInt(LegacyIndicator.values().length)];
      b.addCustomRow(CustomRow.of("custom-" + (i + 1), names.get(i), Optional.of(UNITS.get(random.nextInt(UNITS.size())))),
          after);
    }
    Table shape = b.build();
    int blankShare = random.nextInt(4);
    for (TableRow row : shape.rows()) {
      if (row instanceof LegacyIndicator li && li.isHeading()) {
        continue;
      }
      for (LegacyColumn c : LegacyColumn.values()) {
        if (random.nextInt(4) < blankShare) {
          continue;
        }
        long v = random.nextInt(3) == 0 ? 0 : random.nextInt(5000);
        if (TableType.LEGACY_STATISTICS.kind(row, c) == io.github.ogireport.model.CellKind.COUNT) {
          b.set(row, c, Cell.of(v)); // amounts (经费, 收费) are the writers' round trip tests' concern
        }
      }
    }
    return Report.builder().metadata(ReportMetadata.of("示例县人民政府", 2014)).edition(Edition.LEGACY)
        .table(b.build()).build();
  }

  private static void thenReadBack(Report original, ReadResult back) {
    Table before = original.table(TableType.LEGACY_STATISTICS).orElseThrow();
    Table after = back.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    for (TableRow row : TableType.LEGACY_STATISTICS.rows()) {
      for (LegacyColumn c : LegacyColumn.values()) {
        Cell read = after.cell(row, c);
        if (!read.equals(before.cell(row, c))) {
          CellRef ref = CellRef.of(TableType.LEGACY_STATISTICS, row, c);
          then(read.isBlank()).as("%s / %s: wrote %s, read %s", row.label(), c, before.cell(row, c), read).isTrue();
          then(back.findings()).as("a finding naming %s / %s", row.label(), c).anySatisfy(f -> then(f.names(ref)).isTrue());
        }
      }
    }
    for (CustomRow row : before.customRows()) {
      boolean hasValues = java.util.Arrays.stream(LegacyColumn.values()).anyMatch(c -> !before.cell(row, c).isBlank());
      if (!hasValues) {
        continue;
      }
      Optional<CustomRow> read = after.customRows().stream().filter(r -> r.label().equals(row.label())).findFirst();
      then(read).as("custom row %s", row.label()).isPresent();
      for (LegacyColumn c : LegacyColumn.values()) {
        then(after.cell(read.get(), c)).as("%s / %s", row.label(), c).isEqualTo(before.cell(row, c));
      }
    }
  }

  @Property(tries = 1000)
  void custom_rows_read_back_from_markdown(@ForAll long seed) {
    Report r = report(seed);
    thenReadBack(r, TextReportReader.lenient().read(MarkdownReportWriter.standard().write(r)));
  }

  @Property(tries = 1000)
  void custom_rows_read_back_from_html(@ForAll long seed) {
    Report r = report(seed);
    thenReadBack(r, HtmlReportReader.lenient().read(HtmlReportWriter.standard().write(r)));
  }

  @Property(tries = 1000)
  void custom_rows_read_back_from_text(@ForAll long seed) {
    Report r = report(seed);
    thenReadBack(r, TextReportReader.lenient().read(TextReportWriter.write(r)));
  }
}
