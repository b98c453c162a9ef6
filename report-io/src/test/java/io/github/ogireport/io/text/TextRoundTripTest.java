package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Write-then-read: the text writer's output reads back as an equal report, for every edition. */
class TextRoundTripTest {
  private static final List<String> AGENCIES =
      List.of("示例县人民政府", "某市交通运输局", "虚构区市场监督管理局", "样本镇人民政府", "测试街道办事处");
  private static final List<String> SENTENCES = List.of(
      "本年度按照要求推进政务公开工作。", "我们完善了公开目录并及时更新栏目内容，", "全年组织培训若干次。",
      "下一步将继续加强政策解读工作。", "无。");

  enum Style { FULL, SOME_BLANKS, MANY_BLANKS, ALL_BLANK }

  @Property(tries = 500)
  void a_written_2019_report_reads_back_equal(@ForAll("seeds") long seed, @ForAll Style style) {
    roundTrip(report(Edition.V2019, false, style, new Random(seed)));
  }

  @Property(tries = 500)
  void a_written_2021_report_reads_back_equal(@ForAll("seeds") long seed, @ForAll Style style) {
    roundTrip(report(Edition.V2021, false, style, new Random(seed)));
  }

  @Property(tries = 500)
  void a_written_legacy_report_reads_back_equal(@ForAll("seeds") long seed, @ForAll Style style) {
    roundTrip(report(Edition.LEGACY, false, style, new Random(seed)));
  }

  @Property(tries = 300)
  void a_written_mixed_edition_report_reads_back_equal(@ForAll("seeds") long seed, @ForAll Style style) {
    roundTrip(report(Edition.V2019, true, style, new Random(seed)));
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  private static void roundTrip(Report original) {
    String text = TextReportWriter.write(original);

    ReadResult read = TextReportReader.lenient().read(text);

    then(read.report()).as(text).isEqualTo(original);
    then(read.findings()).as(text).noneMatch(f -> f.severity() == Severity.ERROR);
    then(TextReportWriter.write(read.report())).isEqualTo(text);
  }

  static Report report(Edition edition, boolean mixed, Style style, Random rnd) {
    Report.Builder b = Report.builder()
        .metadata(ReportMetadata.of(AGENCIES.get(rnd.nextInt(AGENCIES.size())), 2000 + rnd.nextInt(101)))
        .edition(edition);
    List<NarrativeSection> narrative = new ArrayList<>();
    if (rnd.nextBoolean()) {
      narrative.add(NarrativeSection.of(ReportSection.UNCLASSIFIED, "", text(rnd)));
    }
    if (edition == Edition.LEGACY) {
      narrative.add(NarrativeSection.of(ReportSection.UNCLASSIFIED, "一、主要工作情况", text(rnd)));
      narrative.add(NarrativeSection.of(ReportSection.UNCLASSIFIED, "二、存在的不足", text(rnd)));
    } else {
      narrative.add(NarrativeSection.of(ReportSection.OVERVIEW, text(rnd)));
      if (rnd.nextBoolean()) {
        narrative.add(NarrativeSection.of(ReportSection.PROBLEMS, text(rnd)));
      }
      narrative.add(NarrativeSection.of(ReportSection.OTHER_MATTERS, text(rnd)));
    }
    b.narrative(narrative);
    for (TableType type : edition.tableTypes()) {
      if (mixed && type.section() == ReportSection.ACTIVE_DISCLOSURE) {
        continue;
      }
      b.table(table(type, style, rnd));
    }
    if (mixed) {
      for (TableType type : Edition.V2021.tableTypes()) {
        if (type.section() == ReportSection.ACTIVE_DISCLOSURE) {
          b.table(table(type, style, rnd));
        }
      }
    }
    return b.build();
  }

  private static String text(Random rnd) {
    int n = 1 + rnd.nextInt(3);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(SENTENCES.get(rnd.nextInt(SENTENCES.size())) + SENTENCES.get(rnd.nextInt(SENTENCES.size())));
    }
    return String.join("\n", lines);
  }

  private static Table table(TableType type, Style style, Random rnd) {
    Table.Builder tb = Table.builder(type);
    List<TableRow> rows = new ArrayList<>(type.rows());
    if (type == TableType.LEGACY_STATISTICS && rnd.nextInt(3) == 0) {
      CustomRow custom = CustomRow.of("custom-1", "网上咨询答复数", Optional.of("件"));
      tb.addCustomRow(custom, LegacyIndicator.L6);
      rows.add(rows.indexOf(LegacyIndicator.L6) + 1, custom);
    }
    boolean cumulative = type == TableType.LEGACY_STATISTICS && rnd.nextBoolean();
    double blank = switch (style) {
      case FULL -> 0;
      case SOME_BLANKS -> 0.1;
      case MANY_BLANKS -> 0.7;
      case ALL_BLANK -> 1;
    };
    for (TableRow r : rows) {
      for (TableColumn c : type.columns()) {
        if (c == LegacyColumn.CUMULATIVE && !cumulative) {
          continue;
        }
        if (rnd.nextDouble() < blank) {
          continue;
        }
        tb.set(r, c, value(type.kind(r, c), type, c, rnd));
      }
    }
    return tb.build();
  }

  private static Cell value(CellKind kind, TableType type, TableColumn column, Random rnd) {
    long v = switch (rnd.nextInt(4)) {
      case 0 -> 0;
      case 1 -> rnd.nextInt(10);
      case 2 -> rnd.nextInt(100_000);
      default -> (long) (rnd.nextDouble() * 999_999_999_999_999L);
    };
    return switch (kind) {
      case COUNT -> Cell.of(v);
      case SIGNED -> Cell.of(rnd.nextBoolean() ? -v : v);
      case AMOUNT -> {
        BigDecimal d = BigDecimal.valueOf(rnd.nextInt(10_000_000), rnd.nextInt(5));
        AmountUnit unit;
        if (column == Section2Column.PROCUREMENT_AMOUNT) {
          unit = AmountUnit.values()[rnd.nextInt(3)];
        } else {
          unit = rnd.nextBoolean() ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
        }
        yield Cell.amount(d, unit);
      }
    };
  }
}
