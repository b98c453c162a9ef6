package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * Rows that print fewer values than columns because a blank cell left no trace (cells separated by spaces, a
 * blank cell an empty stretch of them): the row is placed only where the text decides it, else left blank
 * and named; never read shifted.
 */
class LostCellsTest {
  private static final TextReportReader READER = TextReportReader.lenient();
  private static final String TITLE = "临江镇人民政府2021年政府信息公开工作年度报告\n";
  private static final String APPS = "三、收到和处理政府信息公开申请情况\n";

  /** Section 三's table, of the edition its rows tell (one row alone tells none: the 2019 form). */
  private static Table apps(ReadResult r) {
    return r.report().tableList().stream().filter(t -> t.type().section() == ReportSection.APPLICATIONS)
        .findFirst().orElseThrow();
  }

  @Test
  void a_row_that_lost_a_middle_cell_is_not_read_as_one_that_lost_its_total() {
    // 社会公益组织 blank: six values for seven columns; both "total lost" and "a part lost" add up
    ReadResult r = READER.read(TITLE + APPS + "一、本年新收政府信息公开申请数量  94  2  2  6  3  107\n");

    CellRef other = CellRef.of(apps(r).type(), ApplicationRow.NEW_RECEIVED,
        ApplicantColumn.OTHER_ORGANIZATION);
    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.OTHER_ORGANIZATION)).isEqualTo(Cell.blank());
    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.blank());
    then(r.findings()).anyMatch(f -> f.code().equals("reader.cell-count-mismatch") && f.names(other));
  }

  @Test
  void a_row_whose_parts_cannot_hold_the_lost_cell_is_placed_by_its_total() {
    // 50 cannot be the total of 94 + …: only "the total was lost" adds up
    ReadResult r = READER.read(TITLE + APPS + "一、本年新收政府信息公开申请数量  94  2  2  6  3  50\n");

    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.OTHER_ORGANIZATION)).isEqualTo(Cell.of(50));
    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    then(r.findings()).anyMatch(f -> f.code().equals("reader.cell-count-mismatch"));
  }

  @Test
  void a_tab_separated_row_short_of_cells_lost_its_last_ones() {
    // fields in order from the first column, none empty: the line was trimmed of its empty end
    ReadResult r = READER.read(TITLE + APPS + "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\n");

    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(0));
    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.OTHER_ORGANIZATION)).isEqualTo(Cell.of(0));
    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    then(r.findings()).anyMatch(f -> f.code().equals("reader.cell-count-mismatch")
        && f.names(CellRef.of(apps(r).type(), ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)));
  }

  @Test
  void without_relations_a_number_is_not_split_into_two_cells() {
    // 行政许可 of 2019 prints 55 and -16 and its third cell blank: 55 is no glued 5 5
    ReadResult r = READER.read("临江镇人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n"
        + "信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 55 -16\n");

    Table item5 = r.report().table(TableType.ITEM5_2019).orElseThrow();
    then(item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.PREVIOUS_ITEMS)).isEqualTo(Cell.blank());
    then(item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE)).isEqualTo(Cell.blank());
    then(r.findings()).anyMatch(f -> f.names(CellRef.of(TableType.ITEM5_2019, Section2Row.ADMINISTRATIVE_LICENSING,
        Section2Column.PREVIOUS_ITEMS)));
  }

  @Test
  void without_relations_a_run_that_cannot_be_one_number_is_still_split() {
    ReadResult r = READER.read("临江镇人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n"
        + "信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 000\n");

    Table item5 = r.report().table(TableType.ITEM5_2019).orElseThrow();
    then(item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.PREVIOUS_ITEMS)).isEqualTo(Cell.of(0));
    then(item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS)).isEqualTo(Cell.of(0));
  }

  @Test
  void a_page_cell_holding_two_numbers_is_one_cell_left_blank_and_named() {
    // 43 broken over two lines of its cell: one cell, not two values (the cells after it keep their columns)
    ReadResult r = io.github.ogireport.io.html.HtmlReportReader.lenient().read("<h1>临江镇人民政府2019年政府信息公开工作年度报告</h1>"
        + "<h2>二、主动公开政府信息情况</h2><table><tr><th colspan=\"4\">第二十条第（五）项</th></tr>"
        + "<tr><th>信息内容</th><th>上一年项目数量</th><th>本年增/减</th><th>处理决定数量</th></tr>"
        + "<tr><td>行政许可</td><td>4<br>3</td><td>-2</td><td>17</td></tr></table>");

    Table item5 = r.report().table(TableType.ITEM5_2019).orElseThrow();
    CellRef previous = CellRef.of(TableType.ITEM5_2019, Section2Row.ADMINISTRATIVE_LICENSING,
        Section2Column.PREVIOUS_ITEMS);
    then(item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.PREVIOUS_ITEMS)).isEqualTo(Cell.blank());
    then(item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE)).isEqualTo(Cell.of(-2));
    then(item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS)).isEqualTo(Cell.of(17));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.invalid-value") && f.names(previous));
  }
}
