package io.github.ogireport.io.html;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled HTML samples turned into lines (expected lines written from the samples' tables). */
class HtmlSampleLinesTest {
  static final Path SAMPLES = Path.of("..", "samples", "html");

  static HtmlLines sample(String name) throws Exception {
    return HtmlLines.parse(Files.readAllBytes(SAMPLES.resolve(name)));
  }

  @Test
  void zhangdian_2019_keeps_logical_order_where_header_and_data_span_different_columns() throws Exception {
    HtmlLines lines = sample("html-2019-zhangdian-2020.html");

    then(lines.findings()).isEmpty();
    then(lines.lines()).containsSubsequence(
        "第二十条第（一）项",
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
        "规范性文件\t10\t10\t47",
        "第二十条第（五）项",
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
        "行政许可\t633\t-309\t253227",
        "第二十条第（八）项",
        "信息内容\t上一年项目数量\t本年增/减",
        "行政事业性收费\t53\t+5",
        "政府集中采购\t182个\t60516万元",
        "自然人\t法人或其他组织\t总计",
        "一、本年新收政府信息公开申请数量\t108\t15\t8\t\t0\t0\t131",
        "三、本年度办理结果\t（一）予以公开\t34\t15\t8\t0\t0\t0\t",
        "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t",
        "（六）其他处理\t43\t0\t0\t0\t0\t0\t",
        "（七）总计\t108\t15\t8\t0\t0\t0\t131",
        "14\t4\t0\t0\t9\t2\t0\t0\t0\t2\t0\t0\t0\t0\t0");
  }

  @Test
  void zhangdian_2019_outcome_label_spans_twenty_rows_of_the_grid() throws Exception {
    HtmlLines lines = sample("html-2019-zhangdian-2020.html");
    HtmlGrid applications = lines.tables().stream()
        .filter(g -> g.rowCount() > 20).findFirst().orElseThrow();
    int outcomeRow = 5; // three header rows, 一、, 二、

    then(applications.text(outcomeRow, 0)).isEqualTo("三、本年度办理结果");
    then(applications.rowspan(outcomeRow, 0)).isEqualTo(20);
    then(applications.isSpanned(outcomeRow + 19, 0)).isTrue();
    then(applications.isSpanned(outcomeRow + 20, 0)).isFalse();
  }

  @Test
  void huaian_2021_single_value_tables_and_padding_cells() throws Exception {
    HtmlLines lines = sample("html-2021-huaian-2024.html");

    then(lines.findings()).isEmpty();
    then(lines.lines()).containsSubsequence(
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "行政规范性文件\t8\t26\t66",
        "信息内容\t本年处理决定数量",
        "行政许可\t447228",
        "行政处罚\t3985758\t\t",
        "信息内容\t本年收费金额（单位：万元）",
        "行政事业性收费\t96171.6",
        "一、本年新收政府信息公开申请数量\t3001\t53\t\t0\t61\t4\t3119",
        "72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20");
  }

  @Test
  void locations_of_sample_cells_name_table_row_and_cell() throws Exception {
    HtmlLines lines = sample("html-2021-huaian-2024.html");
    int line = lines.lines().indexOf("行政许可\t447228") + 1;

    then(lines.locate(line, "行政许可\t".length() + 1)).isEqualTo(Location.ofHtmlCell(0, 6, 1));
  }
}
