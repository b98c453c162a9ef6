package io.github.ogireport.io.html;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReaderFinding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlLinesTest {
  private static final String T3_HEAD = "<table>"
      + "<tr><th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
      + "<th colspan=\"7\">申请人情况</th></tr>"
      + "<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>"
      + "<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>";

  private static List<String> codes(HtmlLines lines) {
    return lines.findings().stream().map(ReaderFinding::code).toList();
  }

  @Test
  void a_row_becomes_one_line_of_tab_separated_cells_in_logical_order() {
    HtmlLines lines = HtmlLines.parse(T3_HEAD
        + "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>821</td><td>35</td><td>&nbsp;</td>"
        + "<td> </td><td>2</td><td>1</td><td></td></tr>"
        + "<tr><td rowspan=\"20\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td><td>258</td><td>1</td>"
        + "<td>0</td><td>0</td><td>0</td><td>0</td><td>259</td></tr>"
        + "<tr><td colspan=\"2\">（二）部分公开</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>"
        + "</table>");

    then(lines.lines()).containsExactly(
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "自然人\t法人或其他组织\t总计",
        "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
        "一、本年新收政府信息公开申请数量\t821\t35\t\t\t2\t1\t",
        "三、本年度办理结果\t（一）予以公开\t258\t1\t0\t0\t0\t0\t259",
        "（二）部分公开\t3\t0\t0\t0\t0\t0\t3");
  }

  @Test
  void the_grid_places_each_cell_at_its_origin_and_remembers_spanned_positions() {
    HtmlLines lines = HtmlLines.parse(T3_HEAD
        + "<tr><td rowspan=\"2\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td><td>258</td><td>1</td>"
        + "<td>0</td><td>0</td><td>0</td><td>0</td><td>259</td></tr>"
        + "<tr><td colspan=\"2\">（二）部分公开</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>"
        + "</table>");
    HtmlGrid grid = lines.tables().get(0);

    then(grid.columnCount()).isEqualTo(10);
    then(grid.rowCount()).isEqualTo(5);
    then(grid.text(0, 0)).startsWith("（本列数据");
    then(grid.isSpanned(2, 2)).isTrue();
    then(grid.text(2, 2)).isEmpty();
    then(grid.text(0, 3)).isEqualTo("申请人情况");
    then(grid.isSpanned(0, 9)).isTrue();
    then(grid.text(1, 3)).isEqualTo("自然人");
    then(grid.isSpanned(2, 3)).isTrue();
    then(grid.text(1, 4)).isEqualTo("法人或其他组织");
    then(grid.text(2, 4)).isEqualTo("商业企业");
    then(grid.text(2, 9)).isEmpty();
    then(grid.text(1, 9)).isEqualTo("总计");
    then(grid.text(4, 0)).isEmpty();
    then(grid.isSpanned(4, 0)).isTrue();
    then(grid.text(4, 1)).isEqualTo("（二）部分公开");
    then(grid.text(4, 3)).isEqualTo("3");
    then(grid.text(4, 9)).isEqualTo("3");
    then(grid.locationAt(4, 0)).isEqualTo(Location.ofHtmlCell(0, 3, 0));
    then(grid.originColumn(4, 1)).isEqualTo(3);
  }

  @Test
  void header_and_data_spans_on_different_columns_keep_logical_order() {
    // 上海 2019: the header spans the second column, the data rows span the first value cell (V8)
    HtmlLines lines = HtmlLines.parse("<table>"
        + "<tr><td colspan=\"4\">第二十条第（八）项</td></tr>"
        + "<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=\"2\">本年增/减</td></tr>"
        + "<tr><td>行政事业性收费</td><td colspan=\"2\">53</td><td>+5</td></tr></table>");
    HtmlGrid grid = lines.tables().get(0);

    then(lines.lines()).containsExactly(
        "第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t53\t+5");
    then(grid.text(1, 2)).isEqualTo("本年增/减");
    then(grid.text(2, 2)).isEmpty();
    then(grid.text(2, 3)).isEqualTo("+5");
  }

  @Test
  void line_breaks_inside_labels_join_chinese_but_never_glue_digits() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td>本年新<br>公开数量</td><td>对外公开\n   总数量</td>"
        + "<td>商业 企业</td><td>14<br/>0</td><td><p>科研</p><p>机构</p></td><td>4168558 元</td></tr></table>");

    then(lines.lines()).containsExactly("本年新公开数量\t对外公开总数量\t商业企业\t14 0\t科研机构\t4168558 元");
  }

  @Test
  void nested_tags_give_their_text_and_scripts_are_skipped() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td><div><span style=\"x\">规</span><b>章</b></div>"
        + "<script>var x = 1;</script></td><td><font><strong>12</strong></font></td></tr></table>");

    then(lines.lines()).containsExactly("规章\t12");
  }

  @Test
  void whitespace_only_and_nbsp_cells_are_blank() {
    HtmlLines lines = HtmlLines.parse(
        "<table><tr><td>a</td><td>&nbsp;</td><td>&#160;&#12288;</td><td>\n\t</td><td>b</td></tr></table>");

    then(lines.lines()).containsExactly("a\t\t\t\tb");
  }

  @Test
  void text_outside_tables_becomes_lines_in_document_order() {
    HtmlLines lines = HtmlLines.parse("<html><head><title>标题</title><style>p{}</style></head><body>"
        + "<h1>某县2023年报告</h1>\n<p>第一段&nbsp;文字，\n  续写。</p><p>一行<br>二行</p>"
        + "<table><tr><td>x</td></tr></table><div>末尾 text</div></body></html>");

    then(lines.lines()).containsExactly("某县2023年报告", "第一段 文字，续写。", "一行", "二行", "x", "末尾 text");
  }

  @Test
  void nested_tables_follow_their_enclosing_table() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td>"
        + "<td>9</td></tr></table><table><tr><td>后</td></tr></table>");

    then(lines.lines()).containsExactly("外\t9", "内1\t内2", "后");
    then(lines.tables()).extracting(HtmlGrid::tableIndex).containsExactly(0, 1, 2);
    then(lines.locate(2, 4)).isEqualTo(Location.ofHtmlCell(1, 0, 1));
  }

  @Test
  void malformed_html_is_repaired_as_browsers_do() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td>1<td>2<tr><td>3</table><p>after<b>bold");

    then(lines.lines()).containsExactly("1\t2", "3", "afterbold");
  }

  @Test
  void locate_maps_a_character_column_to_the_html_cell_and_text_to_its_source_line() {
    HtmlLines lines = HtmlLines.parse("<p>前言</p>\n<table>\n<tr><td>规章</td><td>5</td><td></td><td>8</td></tr>\n</table>");

    then(lines.lines()).containsExactly("前言", "规章\t5\t\t8");
    then(lines.locate(2, 1)).isEqualTo(Location.ofHtmlCell(0, 0, 0));
    then(lines.locate(2, 4)).isEqualTo(Location.ofHtmlCell(0, 0, 1));
    then(lines.locate(2, 7)).isEqualTo(Location.ofHtmlCell(0, 0, 3));
    then(lines.locateCell(2, 2)).isEqualTo(Location.ofHtmlCell(0, 0, 2));
    then(lines.locate(1, 1)).isEqualTo(Location.ofLine(1, 4));
    then(lines.locate(3, 1)).isEqualTo(Location.unknown());
    then(lines.locate(0, 1)).isEqualTo(Location.unknown());
  }

  @Test
  void merged_empty_cells_under_separate_header_cells_are_one_blank_each_and_keep_their_html_cell() {
    HtmlLines lines = HtmlLines.parse(T3_HEAD
        + "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>6</td><td colspan=\"2\"></td>"
        + "<td>1</td><td colspan=\"2\"></td><td>7</td></tr></table>");

    then(lines.lines()).last().isEqualTo("一、本年新收政府信息公开申请数量\t6\t\t\t1\t\t\t7");
    // the fields of the merged cell and those after it map to the cells printed
    then(lines.locateCell(4, 2)).isEqualTo(Location.ofHtmlCell(0, 3, 2));
    then(lines.locateCell(4, 3)).isEqualTo(Location.ofHtmlCell(0, 3, 2));
    then(lines.locateCell(4, 4)).isEqualTo(Location.ofHtmlCell(0, 3, 3));
    then(lines.locateCell(4, 7)).isEqualTo(Location.ofHtmlCell(0, 3, 5));
    then(lines.locate(4, lines.lines().get(3).lastIndexOf('7') + 1)).isEqualTo(Location.ofHtmlCell(0, 3, 5));
  }

  @Test
  void an_empty_cell_as_wide_as_the_header_cell_above_it_is_one_cell() {
    HtmlLines lines = HtmlLines.parse("<table><tr><th>信息内容</th><th>上一年项目数量</th><th colspan=\"2\">本年增/减</th></tr>"
        + "<tr><td>行政事业性收费</td><td>9</td><td colspan=\"2\"></td></tr></table>");

    then(lines.lines()).containsExactly("信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t9\t");
  }

  @Test
  void cells_and_content_hidden_by_their_own_markup_are_not_read_and_their_digits_are_reported() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td>规章</td><td>5<span style=\"display: none\">1</span></td>"
        + "<td style=\"DISPLAY:NONE\">99</td><td hidden>7</td><td>8</td></tr></table>"
        + "<p style=\"visibility:hidden\">2023年 本页访问量 12345</p>");

    then(lines.lines()).containsExactly("规章\t5\t8");
    then(codes(lines)).containsExactly("reader.hidden-content", "reader.hidden-content", "reader.hidden-content");
  }

  @Test
  void a_huge_colspan_is_capped_and_reported() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td colspan=\"99999999999\">x</td></tr></table>");

    then(lines.tables().get(0).columnCount()).isEqualTo(HtmlLines.MAX_COLUMNS);
    then(codes(lines)).containsExactly("html.span-capped");
    then(lines.findings().get(0).location()).isEqualTo(Location.ofHtmlCell(0, 0, 0));
  }

  @Test
  void a_rowspan_beyond_the_table_or_zero_reaches_the_last_row() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td rowspan=\"70000\">a</td><td rowspan=\"0\">b</td><td>c</td></tr>"
        + "<tr><td>d</td></tr></table>");
    HtmlGrid grid = lines.tables().get(0);

    then(grid.rowspan(0, 0)).isEqualTo(2);
    then(grid.rowspan(0, 1)).isEqualTo(2);
    then(grid.text(1, 2)).isEqualTo("d");
    then(codes(lines)).containsExactly("html.span-capped");
  }

  @Test
  void a_span_that_is_not_a_number_counts_as_one() {
    HtmlLines lines = HtmlLines.parse("<table><tr><td colspan=\"abc\">a</td><td colspan=\"2x\">b</td><td>c</td></tr></table>");
    HtmlGrid grid = lines.tables().get(0);

    then(grid.columnCount()).isEqualTo(4);
    then(grid.text(0, 3)).isEqualTo("c");
    then(codes(lines)).containsExactly("html.span-invalid");
  }

  @Test
  void too_many_columns_is_an_input_limit() {
    InputLimitException e = catchThrowableOfType(InputLimitException.class, () -> HtmlLines.parse(
        "<table><tr><td colspan=\"1000\">a</td><td colspan=\"1000\">b</td></tr></table>"));

    then(e.location()).isEqualTo(Location.ofHtmlCell(0, 0, 1));
  }

  @Test
  void too_many_grid_cells_is_an_input_limit() {
    StringBuilder html = new StringBuilder("<table><tr><td colspan=\"1000\">x</td></tr>");
    html.append("<tr></tr>".repeat(HtmlLines.MAX_GRID_CELLS / 1000));
    html.append("</table>");

    InputLimitException e = catchThrowableOfType(InputLimitException.class, () -> HtmlLines.parse(html.toString()));

    then(e).isNotNull();
  }

  @Test
  void too_large_a_document_is_an_input_limit() {
    byte[] big = new byte[HtmlLines.MAX_INPUT_BYTES + 1];

    then(catchThrowableOfType(InputLimitException.class, () -> HtmlLines.parse(big))).isNotNull();
  }

  @Test
  void bytes_declared_as_gbk_or_gb2312_are_decoded() {
    for (String declared : List.of("gbk", "GB2312", "gb18030")) {
      String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared
          + "\"></head><body><table><tr><td>行政许可</td><td>5</td></tr></table></body></html>";

      HtmlLines lines = HtmlLines.parse(html.getBytes(Charset.forName("GBK")));

      then(lines.lines()).containsExactly("行政许可\t5");
      then(lines.charset().name()).isEqualTo("GB18030");
      then(lines.findings()).isEmpty();
    }
  }

  @Test
  void html5_meta_charset_and_byte_order_marks_are_honoured() {
    String html = "<meta charset='utf-8'><p>规章</p>";
    then(HtmlLines.parse(html.getBytes(StandardCharsets.UTF_8)).lines()).containsExactly("规章");

    byte[] utf16 = ("\ufeff<p>规章</p>").getBytes(StandardCharsets.UTF_16BE);
    then(HtmlLines.parse(utf16).lines()).containsExactly("规章");
  }

  @Test
  void undeclared_bytes_are_utf8_when_valid_and_gb18030_otherwise() {
    then(HtmlLines.parse("<p>行政处罚</p>".getBytes(StandardCharsets.UTF_8)).charset())
        .isEqualTo(StandardCharsets.UTF_8);
    HtmlLines gbk = HtmlLines.parse("<p>行政处罚</p>".getBytes(Charset.forName("GBK")));
    then(gbk.lines()).containsExactly("行政处罚");
  }

  @Test
  void a_wrong_declaration_is_reported_and_the_real_encoding_used() {
    byte[] bytes = "<meta charset=\"utf-8\"><p>行政强制</p>".getBytes(Charset.forName("GBK"));

    HtmlLines lines = HtmlLines.parse(bytes);

    then(lines.lines()).containsExactly("行政强制");
    then(codes(lines)).containsExactly("html.charset-mismatch");
  }

  @Test
  void an_unknown_charset_is_reported_and_detected() {
    HtmlLines lines = HtmlLines.parse("<meta charset=\"klingon-8\"><p>规章</p>".getBytes(StandardCharsets.UTF_8));

    then(lines.lines()).containsExactly("规章");
    then(codes(lines)).containsExactly("html.charset-unknown");
  }

  @Test
  void undecodable_bytes_are_replaced_and_reported() {
    byte[] bytes = {'<', 'p', '>', 'a', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'b', '<', '/', 'p', '>'};
    HtmlLines lines = HtmlLines.parse(
        ("<meta charset=\"us-ascii\">" + new String(bytes, StandardCharsets.ISO_8859_1))
            .getBytes(StandardCharsets.ISO_8859_1));

    then(lines.lines()).hasSize(1);
    then(lines.lines().get(0)).startsWith("a").endsWith("b").contains("\ufffd");
    then(codes(lines)).contains("html.malformed-bytes");
  }
}
