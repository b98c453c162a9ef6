package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * Numbers that number a table's rows (a first column 序号) or its columns (a row 甲 乙 1 2 3 … under the header)
 * are not values; a row of values that happens to read 1 2 3 is one.
 */
class NumberingRowsTest {
  private static final TextReportReader READER = TextReportReader.lenient();
  private static final String TITLE = "清溪街道办事处2022年政府信息公开工作年度报告\n";
  private static final String APPS = "三、收到和处理政府信息公开申请情况\n"
      + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n";
  private static final String REVIEW = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
      + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n";

  private static Table apps(ReadResult r) {
    return r.report().tableList().stream().filter(t -> t.type().section() == ReportSection.APPLICATIONS)
        .findFirst().orElseThrow();
  }

  @Test
  void a_row_of_column_numbers_under_the_header_is_not_read() {
    ReadResult r = READER.read(TITLE + APPS + "甲\t1\t2\t3\t4\t5\t6\t7\n"
        + "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t1\t0\t4\n");

    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(3));
    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(4));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.column-numbers"));
    then(r.findings()).noneMatch(f -> f.code().equals("reader.unplaced-number"));
  }

  @Test
  void section_four_values_one_two_three_are_values() {
    // 维持 1, 尚未审结 2, 总计 3 of 行政复议, every other cell blank: no row of column numbers
    ReadResult r = READER.read(TITLE + REVIEW + "1\t\t\t2\t3\t\t\t\t\t\t\t\t\t\t\n");
    ReadResult spaced = READER.read(TITLE + REVIEW.replace('\t', ' ') + "1 2 3\n");

    Table review = r.report().table(TableType.REVIEW_LITIGATION).orElseThrow();
    then(review.cell(ReviewRow.REVIEW, ReviewColumn.UPHELD)).isEqualTo(Cell.of(1));
    then(review.cell(ReviewRow.REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.of(3));
    then(r.findings()).noneMatch(f -> f.code().equals("reader.column-numbers"));
    then(spaced.findings()).noneMatch(f -> f.code().equals("reader.column-numbers"));
  }

  @Test
  void a_first_column_headed_xuhao_numbers_the_rows() {
    ReadResult r = READER.read(TITLE + "三、收到和处理政府信息公开申请情况\n"
        + "序号\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
        + "1\t一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t1\t0\t4\n"
        + "2\t二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n");

    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(3));
    then(apps(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(4));
    then(apps(r).cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(0));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.serial-column"));
  }
}
