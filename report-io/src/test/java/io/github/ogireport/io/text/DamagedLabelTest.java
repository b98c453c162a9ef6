package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * A damaged label whose words end with another row's label (其谈：…参加政府网站在线访谈次数 ends with
 * 政府网站在线访谈次数) is read as the row it is a typo of, not as the row its last words name; a printed
 * numbering decides between the two.
 */
final class DamagedLabelTest {
  private static Table read(String rows) {
    String text = "示例县民政局2015年政府信息公开工作年度报告\n一、概述\n本局依法公开政府信息。\n"
        + "二、政府信息公开情况统计表\n统计指标\t单位\t统计数\n" + rows + "三、存在的主要问题\n无。\n";
    return TextReportReader.lenient().read(text).report().table(TableType.LEGACY_STATISTICS).orElseThrow();
  }

  @Test
  void a_typo_of_an_of_which_row_does_not_take_the_row_its_last_words_name() {
    Table t = read("2.政府网站在线访谈次数\t次\t7\n其谈：主要负责同志参加政府网站在线访谈次数\t次\t0\n");

    then(t.cell(LegacyIndicator.L2_2_2, LegacyColumn.VALUE)).isEqualTo(Cell.of(7));
    then(t.cell(LegacyIndicator.L2_2_2A, LegacyColumn.VALUE)).isEqualTo(Cell.of(0));
  }

  @Test
  void a_truncated_heading_is_not_taken_for_a_row_of_another_numbering_that_begins_with_its_words() {
    String text = "示例县民政局2015年政府信息公开工作年度报告\n一、概述\n本局依法公开政府信息。\n"
        + "二、政府信息公开情况统计表\n统计指标\t单位\t统计数\n"
        + "2.兼职人员数\t人\t1\n"
        + "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站府设维护等方面的经费）\t万元\t2.6\n"
        + "九、政府信息公开\t\t—\n" // 九、政府信息公开会议和培训情况 cut short; not (四)政府信息公开专项经费…
        + "（一）召开政府信息公开工作会议或专题会议数\t次\t1\n三、存在的主要问题\n无。\n";

    io.github.ogireport.io.ReadResult read = TextReportReader.lenient().read(text);

    Table t = read.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    // (四)'s own label, one character mistyped (府设 for 建设), is that row; the cut heading after it is not
    then(t.cell(LegacyIndicator.L8_4, LegacyColumn.VALUE)).isEqualTo(Cell.amount(new java.math.BigDecimal("2.6"),
        io.github.ogireport.model.AmountUnit.WAN_YUAN));
    then(read.provenance().get(io.github.ogireport.model.CellRef.of(TableType.LEGACY_STATISTICS, LegacyIndicator.L8_4,
        LegacyColumn.VALUE)).line()).isEqualTo(7);
    then(read.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.label-alias");
      then(f.arguments()).contains(LegacyIndicator.L8_4.key());
    });
    then(t.cell(LegacyIndicator.L9_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(1));
  }

  @Test
  void a_header_word_that_begins_a_2021_column_label_tells_the_edition_over_a_row_typo_of_the_2019_label() {
    String text = "示例县卫生健康局2021年政府信息公开工作年度报告\n一、总体情况\n本局依法公开政府信息。\n二、主动公开政府信息情况\n"
        + "第二十条第（一）项\n信 息 内 容\t本年制件数\t本件数\t现行有效\n规 章\t0\t0\t0\n行范性文件\t2\t1\t4\n"
        + "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t12\n";

    io.github.ogireport.model.Report r = TextReportReader.lenient().read(text).report();

    then(r.table(TableType.ITEM1_2019)).isEmpty();
    Table t = r.table(TableType.ITEM1_2021).orElseThrow();
    then(t.cell(io.github.ogireport.model.Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS,
        io.github.ogireport.model.Section2Column.IN_FORCE)).isEqualTo(Cell.of(4));
  }

  @Test
  void a_row_typo_of_the_2019_label_does_not_overrule_a_2021_section_three_when_no_header_word_is_legible() {
    // every header word damaged, and 行范性文件 (行政规范性文件 with 政规 lost) is nearest to the 2019 row 规范性文件
    String text = "示例县水务局2023年政府信息公开工作年度报告\n一、总体情况\n本局按计划推进公开工作。\n"
        + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制件数\t本年废废止件数\t现行效件数\n"
        + "规 章\t0\t0\t0\n行范性文件\t3\t1\t58\n"
        + "三、收到和处理政府信息公开申请情况\n"
        + "一、本年新收政府信息公开申请数量\t9\t0\t0\t0\t0\t0\t9\n"
        + "（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n";

    io.github.ogireport.model.Report r = TextReportReader.lenient().read(text).report();

    then(r.table(TableType.ITEM1_2019)).isEmpty();
    Table t = r.table(TableType.ITEM1_2021).orElseThrow();
    then(t.cell(io.github.ogireport.model.Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS,
        io.github.ogireport.model.Section2Column.REPEALED)).isEqualTo(Cell.of(1));
    then(t.cell(io.github.ogireport.model.Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS,
        io.github.ogireport.model.Section2Column.IN_FORCE)).isEqualTo(Cell.of(58));
  }

  @Test
  void the_printed_numbering_decides_between_the_typo_and_the_row_its_last_words_name() {
    Table t = read("2.同同意公开答复数\t件\t6\n3.同意部分公开答复数\t件\t4\n4.不数同意公开答复数\t件\t1\n");

    then(t.cell(LegacyIndicator.L3_3_2, LegacyColumn.VALUE)).isEqualTo(Cell.of(6));
    then(t.cell(LegacyIndicator.L3_3_3, LegacyColumn.VALUE)).isEqualTo(Cell.of(4));
    then(t.cell(LegacyIndicator.L3_3_4, LegacyColumn.VALUE)).isEqualTo(Cell.of(1));
  }
}
