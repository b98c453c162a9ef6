package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * A legacy form printed by a PDF converter as blocks: the labels of a page, then the page's value lines
 * (unit and values; a lone {@code /} for a heading row). Equal runs pair in printed order; unequal runs are
 * never guessed at.
 */
final class DetachedLegacyTest {
  private static final String HEAD = "示例县民政局2015年政府信息公开工作年度报告\n一、概述\n本局依法公开政府信息。\n"
      + "二、政府信息公开情况统计表\n统计指标\n单位\n统计数\n累计\n";

  private static Table legacy(ReadResult r) {
    return r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
  }

  @Test
  void equal_blocks_pair_each_value_line_with_its_label() {
    ReadResult r = TextReportReader.lenient().read(HEAD
        + "一、主动公开情况\n（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\n其中：主动公开规范性文件数\n"
        + "/\n条\t565\t2260\n条\t7\t28\n"
        + "三、依申请公开情况\n（一）收到申请数\n1.当面申请数\n"
        + "/\n件\t21\t84\n件\t8\t32\n"
        + "三、存在的主要问题\n无。\n");

    Table t = legacy(r);
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(565));
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(2260));
    then(t.cell(LegacyIndicator.L1_1A, LegacyColumn.VALUE)).isEqualTo(Cell.of(7));
    then(t.cell(LegacyIndicator.L3_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(21));
    then(t.cell(LegacyIndicator.L3_1_1, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(32));
    then(t.cell(LegacyIndicator.L1, LegacyColumn.VALUE).isBlank()).isTrue();
    then(t.cell(LegacyIndicator.L3, LegacyColumn.VALUE).isBlank()).isTrue();
    then(r.findings()).anyMatch(f -> f.code().equals("reader.detached-labels"));
  }

  @Test
  void unequal_blocks_leave_their_rows_blank_with_findings_that_name_them() {
    ReadResult r = TextReportReader.lenient().read(HEAD
        + "一、主动公开情况\n（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\n其中：主动公开规范性文件数\n"
        + "条\t565\t2260\n条\t7\t28\n"
        + "三、存在的主要问题\n无。\n");

    Table t = legacy(r);
    CellRef total = CellRef.of(TableType.LEGACY_STATISTICS, LegacyIndicator.L1_1, LegacyColumn.VALUE);
    CellRef ofWhich = CellRef.of(TableType.LEGACY_STATISTICS, LegacyIndicator.L1_1A, LegacyColumn.VALUE);
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.VALUE).isBlank()).isTrue();
    then(t.cell(LegacyIndicator.L1_1A, LegacyColumn.VALUE).isBlank()).isTrue();
    then(r.findings()).anyMatch(f -> f.names(total)).anyMatch(f -> f.names(ofWhich));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.unplaced-number") && f.arguments().toString().contains("565"));
  }
}
