package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * A provincial statistics form crawled with every space and line break removed, its items numbered 1、 2、 3、:
 * the next label's numbering is glued to the digits of the row before ({@code 当面申请数条132、网上申请数} is 1
 * and 3, then 2、网上申请数). The numbering is the label's, never a cumulative figure. Figures and narrative are
 * invented; labels are those such forms print.
 */
final class ProvincialGluedNumberingTest {
  private static final String FORM = "示例县人民政府2014年度政府信息公开工作年度报告一、概述本县依法公开政府信息，方便群众查阅。"
      + "六、示例县政府信息公开情况统计表指标名称计量单位2014年度历年累计"
      + "主动公开文件数条90100其中：1、政府网站公开数条901002、政府公报公开数条00"
      + "受理依申请公开信息总数条37其中：1、当面申请数条132、网上申请数条243、信函、传真申请数条00"
      + "对申请的答复总数条37其中：1、同意公开答复数条252、同意部分公开答复数条013、不予公开答复数条114、其他类型答复数条00"
      + "行政复议数件00行政诉讼数件00";

  private static void thenRow(Table t, LegacyIndicator row, long value, long cumulative) {
    then(t.cell(row, LegacyColumn.VALUE)).as("%s value", row.label()).isEqualTo(Cell.of(value));
    then(t.cell(row, LegacyColumn.CUMULATIVE)).as("%s cumulative", row.label()).isEqualTo(Cell.of(cumulative));
  }

  @Test
  void a_numbering_glued_to_the_digits_before_it_is_the_next_labels() {
    ReadResult r = TextReportReader.lenient().read(FORM);

    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    thenRow(t, LegacyIndicator.L1_2_2, 90, 100);
    thenRow(t, LegacyIndicator.L1_2_1, 0, 0);
    thenRow(t, LegacyIndicator.L3_1_1, 1, 3);
    thenRow(t, LegacyIndicator.L3_1_3, 2, 4);
    thenRow(t, LegacyIndicator.L3_3, 3, 7);
    thenRow(t, LegacyIndicator.L3_3_2, 2, 5);
    thenRow(t, LegacyIndicator.L3_3_3, 0, 1);
    thenRow(t, LegacyIndicator.L3_3_4, 1, 1);
    CustomRow letters = t.customRows().stream().filter(c -> c.label().equals("3、信函、传真申请数")).findFirst()
        .orElseThrow(() -> new AssertionError("no custom row 3、信函、传真申请数 in " + t.customRows()));
    then(t.cell(letters, LegacyColumn.VALUE)).isEqualTo(Cell.of(0));
    then(t.customRows()).extracting(CustomRow::label).allSatisfy(l -> then(l).doesNotStartWith("、"));
    then(r.sourceLabels().get(TableType.LEGACY_STATISTICS).values()).contains("2、网上申请数", "其中：1、当面申请数");
  }

  @Test
  void digits_before_a_numbering_that_is_neither_the_next_nor_a_first_one_are_undecided() {
    ReadResult r = TextReportReader.lenient().read(FORM.replace("当面申请数条132、网上", "当面申请数条137、网上"));

    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    then(t.cell(LegacyIndicator.L3_1_1, LegacyColumn.VALUE)).isEqualTo(Cell.blank());
    then(t.cell(LegacyIndicator.L3_1_1, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.blank());
    then(r.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.glued-digits-ambiguous");
      then(f.cells()).extracting(c -> c.row()).contains(LegacyIndicator.L3_1_1);
    });
  }

  /** A provincial form whose first rows' figures are glued, after a narrative of {@code narrative}. */
  private static String disclosure(String narrative) {
    return "示例区人民政府2013年度政府信息公开工作年度报告一、概述" + narrative
        + "五、示例区政府信息公开情况统计表指标名称计量单位本年度累计"
        + "主动公开信息数条3182045其中：1、网站公开条2961900受理申请数件37";
  }

  /** The row, national or custom, printed as {@code label}. */
  private static TableRow row(ReadResult r, String label) {
    return r.sourceLabels().get(TableType.LEGACY_STATISTICS).entrySet().stream()
        .filter(e -> e.getValue().equals(label)).map(java.util.Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new AssertionError("no row printed " + label + " in " + r.sourceLabels()));
  }

  @Test
  void the_figure_the_narrative_states_and_the_total_of_a_list_decide_glued_figures_the_order_alone_leaves_open() {
    // 3182045: 3/182045, 31/82045 and 318/2045 all keep this year at most the cumulative figure
    ReadResult r = TextReportReader.lenient().read(disclosure("全年主动公开政府信息318条，其中通过网站公开296条。"));

    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    TableRow disclosed = row(r, "主动公开信息数");
    then(t.cell(disclosed, LegacyColumn.VALUE)).isEqualTo(Cell.of(318));
    then(t.cell(disclosed, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(2045));
    // 2961900: 2/961900, 29/61900 and 296/1900; only the last is within 318 / 2045
    TableRow website = row(r, "其中：1、网站公开");
    then(t.cell(website, LegacyColumn.VALUE)).isEqualTo(Cell.of(296));
    then(t.cell(website, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(1900));
    then(r.findings()).filteredOn(f -> f.code().equals("reader.glued-digits-recovered")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void without_a_stated_figure_the_glued_figures_stay_blank_with_their_candidates() {
    ReadResult r = TextReportReader.lenient().read(disclosure("本区依法公开政府信息，全年共公开318项规划。"));

    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    TableRow disclosed = row(r, "主动公开信息数");
    then(t.cell(disclosed, LegacyColumn.VALUE)).isEqualTo(Cell.blank());
    TableRow website = row(r, "其中：1、网站公开");
    then(t.cell(website, LegacyColumn.VALUE)).isEqualTo(Cell.blank());
    then(r.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.glued-digits-ambiguous");
      then(f.arguments()).containsExactly("3/182045", "31/82045", "318/2045");
    });
  }

  @Test
  void a_stated_figure_that_no_split_has_decides_nothing() {
    ReadResult r = TextReportReader.lenient().read(disclosure("全年主动公开政府信息3180条。"));

    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    then(t.cell(row(r, "主动公开信息数"), LegacyColumn.VALUE)).isEqualTo(Cell.blank());
  }
}
