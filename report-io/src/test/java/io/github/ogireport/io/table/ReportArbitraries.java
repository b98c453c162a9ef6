package io.github.ogireport.io.table;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random reports for the writer properties: any subset of table types (editions may mix), cells blank,
 * zero, small or large, signed where allowed, amounts in every unit, legacy custom rows. Until the
 * generator module is available this is a test-local stand-in.
 */
public final class ReportArbitraries {
  private ReportArbitraries() {}

  /** Reports with tables of the given edition only (plus, for 2019/2021, the shared section 四). */
  public static Arbitrary<Report> reports(Edition edition) {
    return Arbitraries.longs().map(seed -> report(new Random(seed), edition, false, false));
  }

  /**
   * Reports whose every printed detail can be read back: no custom rows (their keys are not printed)
   * and no amount without a unit in a column whose header or 单位 prints one (it reads back in that unit).
   */
  public static Arbitrary<Report> printableReports(Edition edition) {
    return Arbitraries.longs().map(seed -> report(new Random(seed), edition, false, true));
  }

  /** Reports mixing table types of the 2019 and 2021 editions. */
  public static Arbitrary<Report> mixedReports() {
    return Arbitraries.longs().map(seed -> report(new Random(seed), Edition.V2021, true, true));
  }

  static Report report(Random random, Edition edition, boolean mixed, boolean printable) {
    Report.Builder b = Report.builder()
        .metadata(ReportMetadata.of("测试单位" + random.nextInt(1000) + "人民政府", 2014 + random.nextInt(12)))
        .edition(edition);
    if (edition != Edition.LEGACY && random.nextBoolean()) {
      b.addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, "总体情况说明" + random.nextInt(100) + "。"));
    }
    for (TableType type : TableType.values()) {
      boolean fits = mixed ? type != TableType.LEGACY_STATISTICS : type.editions().contains(edition);
      if (fits && random.nextInt(5) > 0) {
        b.table(table(random, type, printable));
      }
    }
    if (edition != Edition.LEGACY && random.nextBoolean()) {
      b.addNarrative(NarrativeSection.of(ReportSection.PROBLEMS, "问题与改进：" + random.nextInt(100) + "项。"));
    }
    return b.build();
  }

  static Table table(Random random, TableType type, boolean printable) {
    Table.Builder b = Table.builder(type);
    if (!printable && type.allowsCustomRows() && random.nextInt(3) == 0) {
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        String unit = List.of("件", "元", "万元", "").get(random.nextInt(4));
        CustomRow row = CustomRow.of("custom" + i, "自定义指标" + i,
            unit.isEmpty() ? Optional.empty() : Optional.of(unit));
        LegacyIndicator after = LegacyIndicator.values()[random.nextInt(LegacyIndicator.values().length)];
        b.addCustomRow(row, after);
      }
    }
    Table shape = b.build();
    int blankShare = random.nextInt(4);
    for (TableRow row : shape.rows()) {
      for (TableColumn column : type.columns()) {
        if (random.nextInt(4) < blankShare) {
          continue;
        }
        Cell cell = cell(random, type.kind(row, column));
        if (printable && cell.isAmount() && cell.amount().orElseThrow().unit() == AmountUnit.UNSPECIFIED
            && OfficialLayout.impliedUnit(type, row, column).isPresent()) {
          cell = Cell.of(io.github.ogireport.model.Amount.of(
              cell.amount().orElseThrow().value(), OfficialLayout.impliedUnit(type, row, column).get()));
        }
        b.set(row, column, cell);
      }
    }
    return b.build();
  }

  static Cell cell(Random random, CellKind kind) {
    long magnitude = switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> random.nextInt(10);
      case 2 -> random.nextInt(100_000);
      default -> Math.floorMod(random.nextLong(), Cell.MAX_MAGNITUDE + 1);
    };
    return switch (kind) {
      case COUNT -> Cell.of(magnitude);
      case SIGNED -> Cell.of(random.nextBoolean() ? magnitude : -magnitude);
      case AMOUNT -> Cell.amount(
          BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(5)),
          AmountUnit.values()[random.nextInt(AmountUnit.values().length)]);
    };
  }
}
