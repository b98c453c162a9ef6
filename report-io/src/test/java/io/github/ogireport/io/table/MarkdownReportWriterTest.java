package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {
  private final MarkdownReportWriter writer = MarkdownReportWriter.standard();

  @Test
  void starts_with_the_title_and_escapes_markdown_characters() {
    String md = writer.write(SampleReports.report2021());

    then(md).startsWith("# 示例县人民政府2023年政府信息公开工作年度报告\n")
        .contains("\n## 一、总体情况\n\n本年度示例文字第一段。\n\n第二段说明。\n")
        .contains("\n需要改进的地方 \\<较多\\> & 复杂。\n");
  }

  @Test
  void flattens_the_applicant_header_into_group_titles() {
    String md = writer.write(SampleReports.report2021());

    then(md).contains("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 › 自然人 "
        + "| 申请人情况 › 法人或其他组织 › 商业企业 | 申请人情况 › 法人或其他组织 › 科研机构 "
        + "| 申请人情况 › 法人或其他组织 › 社会公益组织 | 申请人情况 › 法人或其他组织 › 法律服务机构 "
        + "| 申请人情况 › 法人或其他组织 › 其他 | 申请人情况 › 总计 |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        + "| 一、本年新收政府信息公开申请数量 | 10 | 1 |  | 0 | 0 | 2 | 13 |\n");
  }

  @Test
  void flattens_grouped_row_labels_including_the_2021_other_handling_sub_rows() {
    String md = writer.write(SampleReports.report2021());

    then(md).contains("| 三、本年度办理结果 › （一）予以公开 |")
        .contains("| 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 |")
        .contains("| 三、本年度办理结果 › （六）其他处理 › 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 "
            + "|  |  |  |  |  |  | 4 |\n")
        .contains("| 三、本年度办理结果 › （七）总计 |")
        .contains("| 四、结转下年度继续办理 |");
  }

  @Test
  void prints_section_four_as_one_row_of_fifteen_titled_columns() {
    String md = writer.write(SampleReports.report2021());

    then(md).contains("| 行政复议 › 结果维持 | 行政复议 › 结果纠正 | 行政复议 › 其他结果 | 行政复议 › 尚未审结 "
        + "| 行政复议 › 总计 | 行政诉讼 › 未经复议直接起诉 › 结果维持 |")
        .contains("| 行政诉讼 › 复议后起诉 › 总计 |\n| ---: |")
        .contains("| 1 | 2 | 3 | 4 | 10 |  |  |  |  |  | 5 | 0 | 0 | 0 | 5 |\n");
  }

  @Test
  void prints_section_two_captions_and_escapes_the_slash_free_labels() {
    String md = writer.write(SampleReports.report2019());

    then(md).contains("\n**第二十条第（五）项**\n\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
        + "| --- | ---: | ---: | ---: |\n| 行政许可 | 633 | -309 | 253227 |\n| 其他对外管理服务事项 | 223 | +5 | 861 |\n")
        .contains("| 政府集中采购 | 182 | 251000元 |");
  }

  @Test
  void legacy_form_keeps_custom_rows_units_and_escapes_pipes() {
    String md = writer.write(SampleReports.legacy());

    then(md).contains("| 统计指标 | 单位 | 统计数 | 累计 |\n")
        .contains("| 其中：复印费, \"含邮寄\" | 元 | 35 |  |\n");
    then(MarkdownReportWriter.escape("a|b")).isEqualTo("a\\|b");
  }

  @Test
  void output_is_deterministic() {
    then(writer.write(SampleReports.report2021())).isEqualTo(writer.write(SampleReports.report2021()));
  }
}
