package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private final HtmlReportWriter writer = HtmlReportWriter.standard();

  @Test
  void writes_a_complete_utf8_document_with_the_title() {
    String html = writer.write(SampleReports.report2021());

    then(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
        .contains("<meta charset=\"utf-8\">")
        .contains("<title>示例县人民政府2023年政府信息公开工作年度报告</title>")
        .contains("<h1>示例县人民政府2023年政府信息公开工作年度报告</h1>")
        .endsWith("</body>\n</html>\n");
  }

  @Test
  void uses_the_metadata_title_when_there_is_one() {
    then(writer.write(SampleReports.report2019()))
        .contains("<h1>示例市政府办公厅2019年政府信息公开年度报告</h1>");
  }

  @Test
  void prints_sections_in_official_order_with_tables_between_narratives() {
    String html = writer.write(SampleReports.report2021());

    int overview = html.indexOf("<h2>一、总体情况</h2>");
    int section2 = html.indexOf("<h2>二、主动公开政府信息情况</h2>");
    int section3 = html.indexOf("<h2>三、收到和处理政府信息公开申请情况</h2>");
    int section4 = html.indexOf("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>");
    int problems = html.indexOf("<h2>五、存在的主要问题及改进情况</h2>");
    then(overview).isGreaterThanOrEqualTo(0);
    then(section2).isGreaterThan(overview);
    then(section3).isGreaterThan(section2);
    then(section4).isGreaterThan(section3);
    then(problems).isGreaterThan(section4);
    then(html).contains("<p>本年度示例文字第一段。</p>\n<p>第二段说明。</p>");
  }

  @Test
  void escapes_narrative_text() {
    then(writer.write(SampleReports.report2021()))
        .contains("<p>需要改进的地方 &lt;较多&gt; &amp; 复杂。</p>");
  }

  @Test
  void section_three_header_has_the_official_merged_cells() {
    String html = writer.write(SampleReports.report2019());

    then(html).contains("<tr><th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，"
        + "等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th></tr>\n"
        + "<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n"
        + "<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>\n");
  }

  @Test
  void section_three_2019_spans_the_outcome_label_over_twenty_rows() {
    String html = writer.write(SampleReports.report2019());

    then(html).contains("<tr><td colspan=\"3\" class=\"label\">一、本年新收政府信息公开申请数量</td>"
        + "<td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>")
        .contains("<tr><td rowspan=\"20\" class=\"label\">三、本年度办理结果</td>"
            + "<td colspan=\"2\" class=\"label\">（一）予以公开</td><td>258</td><td></td>")
        .contains("<tr><td rowspan=\"8\" class=\"label\">（三）不予公开</td><td class=\"label\">1.属于国家秘密</td>")
        .contains("<tr><td class=\"label\">2.其他法律行政法规禁止公开</td><td></td>")
        .contains("<tr><td rowspan=\"3\" class=\"label\">（四）无法提供</td>")
        .contains("<tr><td rowspan=\"5\" class=\"label\">（五）不予处理</td>")
        .contains("<tr><td colspan=\"2\" class=\"label\">（六）其他处理</td>"
            + "<td></td><td></td><td></td><td></td><td></td><td></td><td>7</td></tr>")
        .contains("<tr><td colspan=\"3\" class=\"label\">四、结转下年度继续办理</td>");
  }

  @Test
  void section_three_2021_spans_twenty_two_rows_and_groups_the_other_handling_sub_rows() {
    String html = writer.write(SampleReports.report2021());

    then(html).contains("<td rowspan=\"22\" class=\"label\">三、本年度办理结果</td>")
        .contains("<tr><td rowspan=\"3\" class=\"label\">（六）其他处理</td><td class=\"label\">"
            + "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>")
        .contains("<tr><td class=\"label\">2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</td>"
            + "<td></td><td></td><td></td><td></td><td></td><td></td><td>4</td></tr>")
        .contains("<tr><td class=\"label\">3.其他</td>")
        .contains("<tr><td colspan=\"2\" class=\"label\">（七）总计</td>")
        .contains("<td colspan=\"3\" class=\"label\">一、本年新收政府信息公开申请数量</td>"
            + "<td>10</td><td>1</td><td></td><td>0</td><td>0</td><td>2</td><td>13</td>");
  }

  @Test
  void section_four_has_three_header_rows_and_fifteen_values() {
    String html = writer.write(SampleReports.report2021());

    then(html).contains("<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n"
        + "<tr><th rowspan=\"2\">结果维持</th><th rowspan=\"2\">结果纠正</th><th rowspan=\"2\">其他结果</th>"
        + "<th rowspan=\"2\">尚未审结</th><th rowspan=\"2\">总计</th>"
        + "<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>\n"
        + "<tr><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th>"
        + "<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th></tr>\n")
        .contains("<tbody>\n<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>10</td>"
            + "<td></td><td></td><td></td><td></td><td></td>"
            + "<td>5</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>\n</tbody>");
  }

  @Test
  void section_two_tables_keep_a_four_column_grid_under_a_full_width_caption() {
    String html = writer.write(SampleReports.report2021());

    then(html).contains("<tr><th colspan=\"4\">第二十条第（一）项</th></tr>\n"
        + "<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>\n")
        .contains("<tr><td class=\"label\">行政规范性文件</td><td>5</td><td></td><td>8</td></tr>")
        .contains("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n"
            + "</thead>\n<tbody>\n<tr><td class=\"label\">行政许可</td><td colspan=\"3\">1234</td></tr>")
        .contains("<tr><th>信息内容</th><th colspan=\"3\">本年收费金额（单位：万元）</th></tr>")
        .contains("<td class=\"label\">行政事业性收费</td><td colspan=\"3\">12.50</td>");
  }

  @Test
  void two_value_tables_span_the_second_value_in_header_and_data_alike() {
    String html = writer.write(SampleReports.report2019());

    then(html).contains("<tr><th>信息内容</th><th>上一年项目数量</th><th colspan=\"2\">本年增/减</th></tr>\n"
        + "</thead>\n<tbody>\n<tr><td class=\"label\">行政事业性收费</td><td>53</td><td colspan=\"2\">0</td></tr>");
  }

  @Test
  void signs_positive_changes_and_keeps_negative_ones() {
    then(writer.write(SampleReports.report2019()))
        .contains("<td class=\"label\">行政许可</td><td>633</td><td>-309</td><td>253227</td>")
        .contains("<td class=\"label\">其他对外管理服务事项</td><td>223</td><td>+5</td><td>861</td>");
  }

  @Test
  void prints_the_unit_of_amounts_whose_header_has_none() {
    then(writer.write(SampleReports.report2019()))
        .contains("<td class=\"label\">政府集中采购</td><td>182</td><td colspan=\"2\">251000元</td>");
  }

  @Test
  void prints_the_unit_of_a_fee_in_yuan_because_the_header_says_wan_yuan() {
    Report report = Report.builder()
        .metadata(ReportMetadata.of("示例", 2022))
        .edition(Edition.V2021)
        .table(Table.builder(TableType.ITEM8_2021).amount(Section2Row.ADMINISTRATIVE_FEES,
            Section2Column.FEES_AMOUNT, new java.math.BigDecimal("400"),
            io.github.ogireport.model.AmountUnit.YUAN).build())
        .build();

    then(writer.write(report)).contains("<td colspan=\"3\">400元</td>");
  }

  @Test
  void legacy_form_prints_units_custom_rows_and_the_cumulative_column() {
    String html = writer.write(SampleReports.legacy());

    then(html).contains("<tr><th>统计指标</th><th>单位</th><th>统计数</th><th>累计</th></tr>")
        .contains("<tr><td class=\"label\">一、主动公开情况</td><td class=\"label\"></td><td></td><td></td></tr>")
        .contains("<td class=\"label\">（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）</td>"
            + "<td class=\"label\">条</td><td>190</td><td>900</td>")
        .contains("<td class=\"label\">七、依申请公开信息收取的费用</td><td class=\"label\">万元</td><td></td><td></td></tr>\n"
            + "<tr><td class=\"label\">其中：复印费, &quot;含邮寄&quot;</td><td class=\"label\">元</td><td>35</td><td></td></tr>")
        .contains("<td class=\"label\">万元</td><td>1.1</td>");
  }

  @Test
  void legacy_form_without_cumulative_values_has_three_columns() {
    Report report = Report.builder()
        .metadata(ReportMetadata.of("示例", 2015))
        .edition(Edition.LEGACY)
        .table(Table.blank(TableType.LEGACY_STATISTICS))
        .build();

    then(writer.write(report)).contains("<tr><th>统计指标</th><th>单位</th><th>统计数</th></tr>")
        .doesNotContain("累计");
  }

  @Test
  void output_is_deterministic_and_the_stream_holds_utf8() throws Exception {
    Report report = SampleReports.report2021();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    writer.write(report, out);

    then(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.write(report));
    then(writer.write(report)).isEqualTo(HtmlReportWriter.standard().write(SampleReports.report2021()));
  }
}
