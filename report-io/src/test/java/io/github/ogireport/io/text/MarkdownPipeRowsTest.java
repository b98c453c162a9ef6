package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Markdown source stage of the line reading ({@link MarkdownLines}): pipe rows become TAB-separated
 * fields that keep every character's column, so that the line reading places their cells (an empty pipe cell
 * is a blank cell in its place, a trailing one included), heading marks do not hide the section headings, and a
 * converter's caption repeated among section 三's rows does not start another table. The report is written
 * here (invented figures; labels from the model).
 */
class MarkdownPipeRowsTest {

  @Test
  void a_pipe_row_becomes_fields_in_the_same_columns() {
    String row = "| 一、本年新收政府信息公开申请数量 | 4 |  | 6 |";
    String fields = MarkdownLines.asFields(row);
    then(fields).hasSameSizeAs(row).isEqualTo("  一、本年新收政府信息公开申请数量 \t 4 \t  \t 6  ");
    then(fields.indexOf('6')).isEqualTo(row.indexOf('6'));
    then(MarkdownLines.asFields("|---|:--:|---|")).isBlank().hasSize(14);
    then(MarkdownLines.asFields("## 四、政府信息公开行政复议、行政诉讼情况")).isEqualTo("   四、政府信息公开行政复议、行政诉讼情况");
  }

  @Test
  void a_row_without_its_outer_pipes_is_a_pipe_row_where_a_field_is_a_figure_a_blank_marker_or_empty() {
    then(MarkdownLines.asFields("本年新收 | 4 | 6")).isEqualTo("本年新收 \t 4 \t 6");
    then(MarkdownLines.asFields("行政强制 | — ")).isEqualTo("行政强制 \t — ");
    then(MarkdownLines.asFields("3.其他 |  | 0")).isEqualTo("3.其他 \t  \t 0");
    then(MarkdownLines.asFields("---|:---|---")).isBlank();
    then(MarkdownLines.asFields("信息内容 | 本年制发件数 | 本年废止件数")).isNull(); // a header row: text
  }

  @Test
  void other_lines_are_left_as_they_are() {
    then(MarkdownLines.asFields("首页 | 政务公开 | 年度报告")).isNull(); // pipes without a figure: a breadcrumb
    then(MarkdownLines.asFields("政务公开 | 2023")).isEqualTo("政务公开 \t 2023");
    then(MarkdownLines.asFields("#话题")).isNull();
    then(MarkdownLines.asFields("|")).isNull();
    then(MarkdownLines.asFields("| 已有\tTAB | 3 |\t|")).isEqualTo("  已有 TAB \t 3 \t  "); // a TAB is no cell boundary
    List<String> lines = List.of("一、总体情况", "本年工作平稳。");
    then(MarkdownLines.convert(lines).lines()).isSameAs(lines);
    then(MarkdownLines.convert(List.of("文字", "| a | 1 |", "|---|---|")).pipeRows().stream().toArray())
        .containsExactly(1);
  }

  /** A 2019 report converted to Markdown: placeholder headers, empty cells, a repeated caption. */
  private static String report() {
    StringBuilder md = new StringBuilder("# 样例区2020年政府信息公开工作年度报告\n\n## 一、总体情况\n本区按年度计划推进公开工作。\n\n"
        + "## 二、主动公开政府信息情况\n" + TableType.ITEM8_2019.caption() + "\n|  | 数据1 | 数据2 |\n|---|---|---|\n"
        + "| " + Section2Row.ADMINISTRATIVE_FEES.label() + " | 13 |  |\n\n"
        + "## 三、收到和处理政府信息公开申请情况\n|  | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    for (TableRow r : TableType.APPLICATIONS_2019.rows()) {
      ApplicationRow row = (ApplicationRow) r;
      String cells = row == ApplicationRow.NEW_RECEIVED || row == ApplicationRow.TOTAL ? " 9 | 2 |  |  | 1 |  | 12 |"
          : row == ApplicationRow.GRANTED ? " 9 | 2 |  |  | 1 |  | 12 |"
          : row == ApplicationRow.CARRIED_OVER ? "  |  |  |  |  |  |  |"
          : " 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
      if (row == ApplicationRow.DENIED_THIRD_PARTY) {
        md.append("## 收到和处理政府信息公开申请情况\n|  | 数据1 | 数据2 |\n|---|---|---|\n");
      }
      md.append("| ").append(row.label()).append(" |").append(cells).append('\n');
    }
    md.append("\n## 四、政府信息公开行政复议、行政诉讼情况\n");
    StringBuilder header = new StringBuilder("|");
    for (int i = 1; i <= 15; i++) {
      header.append(" 数据").append(i).append(" |");
    }
    md.append(header).append("\n|").append(" --- |".repeat(15)).append('\n')
        .append("| 1 | 0 | 0 | 0 | 1 | 0 | 2 | 0 |  | 2 | 0 | 0 | 0 | 0 |  |\n\n")
        .append("## 五、存在的主要问题及改进情况\n答复文书还需规范，明年加强培训。\n");
    return md.toString();
  }

  @Test
  void the_line_reading_places_pipe_cells_in_their_columns() {
    ReadResult r = TextReportReader.lenient().read(report());

    // two fields under two placeholder columns: the 2019 item (收费金额, 增/减), the second cell blank
    Table fees = r.report().table(TableType.ITEM8_2019).orElseThrow();
    then(r.report().table(TableType.ITEM8_2021)).isEmpty();
    then(fees.cell(Section2Row.ADMINISTRATIVE_FEES, fees.columns().get(0))).isEqualTo(Cell.of(13));
    then(fees.cell(Section2Row.ADMINISTRATIVE_FEES, fees.columns().get(1))).isEqualTo(Cell.blank());

    Table apps = r.report().table(TableType.APPLICATIONS_2019).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(9));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.RESEARCH_INSTITUTION)).isEqualTo(Cell.blank());
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.LEGAL_SERVICE_INSTITUTION)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.OTHER_ORGANIZATION)).isEqualTo(Cell.blank());
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(12));
    then(apps.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    // the rows after the repeated caption are the same table's
    then(apps.cell(ApplicationRow.DENIED_THIRD_PARTY, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(0));
    then(apps.cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(12));

    // the review row: its empty cells, a trailing one included, keep the places of the cells after them
    Table review = r.report().table(TableType.REVIEW_LITIGATION).orElseThrow();
    then(review.cell(ReviewRow.REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(review.cell(ReviewRow.LITIGATION_DIRECT, ReviewColumn.CORRECTED)).isEqualTo(Cell.of(2));
    then(review.cell(ReviewRow.LITIGATION_DIRECT, ReviewColumn.PENDING)).isEqualTo(Cell.blank());
    then(review.cell(ReviewRow.LITIGATION_DIRECT, ReviewColumn.TOTAL)).isEqualTo(Cell.of(2));
    then(review.cell(ReviewRow.LITIGATION_AFTER_REVIEW, ReviewColumn.PENDING)).isEqualTo(Cell.of(0));
    then(review.cell(ReviewRow.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.blank());
    // the cells' places in the source are the pipe table's
    then(r.provenance().get(io.github.ogireport.model.CellRef.of(TableType.ITEM8_2019, Section2Row.ADMINISTRATIVE_FEES,
        fees.columns().get(0))).column()).isEqualTo(report().lines()
            .filter(l -> l.startsWith("| " + Section2Row.ADMINISTRATIVE_FEES.label())).findFirst().orElseThrow()
            .indexOf("13") + 1);
  }
}
