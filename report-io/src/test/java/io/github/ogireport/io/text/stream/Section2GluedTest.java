package io.github.ogireport.io.text.stream;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * A crawled 2019 report whose section 二 cells are glued into one digit run per row. Figures and narrative
 * are invented; labels are the official form's.
 */
final class Section2GluedTest {

  private static String flat(String licensing, String services) {
    return "示例县农业农村局2020年政府信息公开工作年度报告 一、总体情况 本局依法公开政府信息。"
        + "二、主动公开政府信息情况第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可" + licensing
        + "其他对外管理服务事项" + services + "第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚000行政强制000"
        + " 三、收到和处理政府信息公开申请情况 无。";
  }

  @Test
  void a_run_of_the_signed_column_without_a_sign_is_split_like_counts_when_only_one_split_exists() {
    ReadResult r = TextReportReader.lenient().read(flat("020", "031"));

    var t = r.report().table(TableType.ITEM5_2019).orElseThrow();
    then(t.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.PREVIOUS_ITEMS)).isEqualTo(Cell.of(0));
    then(t.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE)).isEqualTo(Cell.of(2));
    then(t.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS)).isEqualTo(Cell.of(0));
    then(t.cell(Section2Row.OTHER_MANAGEMENT_SERVICES, Section2Column.CHANGE)).isEqualTo(Cell.of(3));
    then(t.cell(Section2Row.OTHER_MANAGEMENT_SERVICES, Section2Column.DECISIONS)).isEqualTo(Cell.of(1));
  }

  @Test
  void a_table_whose_every_row_has_several_splits_is_present_with_its_cells_named_not_missing() {
    ReadResult r = TextReportReader.lenient().read(flat("01353", "0312"));

    var t = r.report().table(TableType.ITEM5_2019).orElseThrow();
    then(t.isBlank()).isTrue();
    CellRef cell = CellRef.of(TableType.ITEM5_2019, Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS);
    then(r.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.glued-digits-ambiguous");
      then(f.names(cell)).isTrue();
      then(f.arguments()).contains("[0, 1, 353]", "[0, 13, 53]", "[0, 135, 3]");
    });
    then(r.findings()).noneSatisfy(f -> then(f.code() + f.arguments()).isEqualTo("reader.missing-table[article20_item5_2019]"));
  }
}
