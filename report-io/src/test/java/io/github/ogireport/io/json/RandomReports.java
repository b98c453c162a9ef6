package io.github.ogireport.io.json;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random reports over the whole model, for property tests until the generator module is in: any tables
 * (mixed editions too), every kind of cell in its column, custom rows anywhere in the legacy form, all
 * optional metadata present or absent, and strings with the characters JSON must escape.
 */
final class RandomReports {
  private static final String[] TRICKY = {
    "", " ", "\"", "\\", "/", "\b\f\n\r\t", "\u0000\u001f", "\u2028\u2029", "😀𝄞", "a\"b\\c", "\uFEFF", "</script>",
  };
  private static final String CJK = "人民政府办公室信息公开年度报告本年新收申请予以部分不予处理其他总计一二三四五六七八九十";
  private static final ReportSection[] NARRATIVE =
      Arrays.stream(ReportSection.values()).filter(ReportSection::isNarrative).toArray(ReportSection[]::new);
  private static final String[] ROW_UNITS = {"件", "条", "次", "人", "万元", "元", "个"};

  private RandomReports() {}

  /** The reports as a jqwik arbitrary (seeded by jqwik, so failures replay). */
  static Arbitrary<Report> arbitrary() {
    return Arbitraries.randomValue(RandomReports::next);
  }

  /** Returns a random report. */
  static Report next(Random random) {
    Edition edition = Edition.values()[random.nextInt(Edition.values().length)];
    Report.Builder builder = Report.builder().metadata(metadata(random)).edition(edition);
    int sections = random.nextInt(4);
    for (int i = 0; i < sections; i++) {
      builder.addNarrative(NarrativeSection.of(
          NARRATIVE[random.nextInt(NARRATIVE.length)], text(random, 12), text(random, 200)));
    }
    List<TableType> types = random.nextInt(4) == 0
        ? List.of(TableType.values())       // mixed editions
        : edition.tableTypes();
    for (TableType type : types) {
      if (random.nextInt(5) > 0) {
        builder.table(table(random, type));
      }
    }
    return builder.build();
  }

  static ReportMetadata metadata(Random random) {
    ReportMetadata.Builder b = ReportMetadata.builder()
        .agency("某" + text(random, 20))
        .year(ReportMetadata.MIN_YEAR + random.nextInt(ReportMetadata.MAX_YEAR - ReportMetadata.MIN_YEAR + 1));
    if (random.nextBoolean()) {
      int digits = new int[] {6, 9, 12}[random.nextInt(3)];
      StringBuilder code = new StringBuilder();
      for (int i = 0; i < digits; i++) {
        code.append((char) ('0' + random.nextInt(10)));
      }
      b.divisionCode(code.toString());
    }
    if (random.nextBoolean()) {
      b.title(text(random, 40));
    }
    if (random.nextBoolean()) {
      b.publicationDate(LocalDate.ofEpochDay(random.nextInt(60_000) - 10_000));
    }
    if (random.nextBoolean()) {
      b.source("https://example.gov.cn/" + random.nextInt(1_000_000) + ".html");
    }
    return b.build();
  }

  static Table table(Random random, TableType type) {
    Table.Builder b = Table.builder(type);
    if (type.allowsCustomRows()) {
      List<TableRow> rows = new ArrayList<>(type.rows());
      int custom = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
      for (int i = 0; i < custom; i++) {
        Optional<String> unit = random.nextInt(3) == 0
            ? Optional.empty()
            : Optional.of(ROW_UNITS[random.nextInt(ROW_UNITS.length)]);
        String label = "其中：" + text(random, 10);
        CustomRow row = random.nextBoolean()
            ? CustomRow.of("c" + i + "." + random.nextInt(1000), label, unit)
            : CustomRow.of("c" + i + "_x-" + random.nextInt(1000), label, "custom " + i, unit);
        TableRow after = rows.get(random.nextInt(rows.size()));
        b.addCustomRow(row, after);
        rows.add(rows.indexOf(after) + 1, row);
      }
      fill(random, type, rows, b);
    } else {
      fill(random, type, type.rows(), b);
    }
    return b.build();
  }

  private static void fill(Random random, TableType type, List<TableRow> rows, Table.Builder b) {
    for (TableRow row : rows) {
      for (TableColumn column : type.columns()) {
        b.set(row, column, cell(random, type.kind(row, column)));
      }
    }
  }

  static Cell cell(Random random, CellKind kind) {
    if (random.nextInt(4) == 0) {
      return Cell.blank();
    }
    return switch (kind) {
      case COUNT -> Cell.of(count(random));
      case SIGNED -> Cell.of(random.nextBoolean() ? -count(random) : count(random));
      case AMOUNT -> Cell.of(amount(random));
    };
  }

  private static long count(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> Cell.MAX_MAGNITUDE;
      case 2 -> (long) (random.nextDouble() * Cell.MAX_MAGNITUDE);
      default -> random.nextInt(2_000);
    };
  }

  static Amount amount(Random random) {
    int scale = random.nextInt(Amount.MAX_SCALE + 1);
    long unscaled = switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> Cell.MAX_MAGNITUDE;
      default -> (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(15)));
    };
    return Amount.of(BigDecimal.valueOf(unscaled, scale), AmountUnit.values()[random.nextInt(AmountUnit.values().length)]);
  }

  /** A string of up to {@code max} characters mixing Chinese, ASCII and characters JSON must escape. */
  static String text(Random random, int max) {
    int length = random.nextInt(max + 1);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> sb.append(TRICKY[random.nextInt(TRICKY.length)]);
        case 1 -> sb.append((char) (' ' + random.nextInt(95)));
        default -> sb.append(CJK.charAt(random.nextInt(CJK.length())));
      }
    }
    return sb.toString();
  }
}
