package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ReportMetadata;
import org.junit.jupiter.api.Test;

/** Titles as crawlers and converters leave them (invented agencies). */
class TitleFormsTest {
  private static ReportMetadata metadata(String text) {
    return TextReportReader.lenient().read(text).report().metadata();
  }

  @Test
  void a_crawler_field_name_before_the_title_is_not_part_of_the_agency() {
    then(metadata("标题: 示例县人民政府2023年度政府信息公开工作年度报告\n发布时间: 2024-01-05\n正文"))
        .isEqualTo(ReportMetadata.of("示例县人民政府", 2023));
  }

  @Test
  void a_title_of_the_form_year_then_agency_broken_over_two_lines() {
    then(metadata("正文\n2025 年示例市人民政府办公厅政府信息公开\n工作年度报告\n本报告根据条例编制。"))
        .isEqualTo(ReportMetadata.of("示例市人民政府办公厅", 2025));
  }

  @Test
  void without_a_title_the_year_comes_from_the_statistics_period() {
    ReportMetadata m = metadata("根据条例发布本年度报告。报告中所列数据统计期限为2022年1月1日至12月31日。一、总体情况 本年工作平稳。");
    then(m.year()).isEqualTo(2022);
  }

  /** Prose of our own, long enough that a line holding it is no title line. */
  private static final String BODY = "本年度，本机关坚持以公开为常态、不公开为例外，围绕群众关切的重点领域及时发布政策文件并同步开展解读，"
      + "进一步规范依申请公开办理流程，做到登记、审核、答复、归档各环节有据可查。";

  @Test
  void a_title_wrapped_inside_the_agency_takes_the_agency_the_text_names() {
    ReportMetadata m = metadata("凤溪县交通\n运输局2022年政府信息公开工作年度报告\n\n一、总体情况\n2022年，凤溪县交通运输局"
        + "按照年度安排推进政府信息公开工作。\n" + BODY);
    then(m).isEqualTo(ReportMetadata.of("凤溪县交通运输局", 2022));
  }

  @Test
  void a_title_wrapped_inside_the_year_or_the_report_word_is_read_whole() {
    then(metadata("青禾县水利局20\n22年政府信息公开工作年度报告\n\n一、总体情况\n" + BODY))
        .isEqualTo(ReportMetadata.of("青禾县水利局", 2022));
    then(metadata("青禾县水利局2022年政府信息公开工作年度报\n告\n\n一、总体情况\n" + BODY))
        .isEqualTo(ReportMetadata.of("青禾县水利局", 2022));
  }

  @Test
  void the_lines_of_a_wrapped_title_are_not_narrative() {
    var narrative = TextReportReader.lenient().read("青禾县水利局2022年政府信息公开\n工作年度报告\n一、总体情况\n" + BODY)
        .report().narrative();
    then(narrative).noneMatch(s -> s.text().contains("工作年度报告"));
  }

  @Test
  void a_breadcrumb_before_the_title_is_no_part_of_the_agency_with_or_without_the_body_naming_it() {
    then(metadata("当前位置：首页 > 政务公开 > 政府信息公开年报 石门镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n" + BODY))
        .isEqualTo(ReportMetadata.of("石门镇人民政府", 2023));
    then(metadata("当前位置：首页>政务公开>政府信息公开年报石门镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n" + BODY))
        .isEqualTo(ReportMetadata.of("石门镇人民政府", 2023));
  }

  @Test
  void a_title_at_the_start_of_a_flattened_page_is_read_where_the_body_follows_on_its_line() {
    ReportMetadata m = metadata("当前位置：首页>政务公开>政府信息公开年报石门镇人民政府2023年政府信息公开工作年度报告一、总体情况"
        + "2023年，石门镇人民政府按照年度安排推进政府信息公开工作。" + BODY);
    then(m).isEqualTo(ReportMetadata.of("石门镇人民政府", 2023));
    then(metadata("标题: 石门镇人民政府2023年政府信息公开工作年度报告 发布时间: 2024-01-05 正文 一、总体情况 " + BODY))
        .isEqualTo(ReportMetadata.of("石门镇人民政府", 2023));
  }

  @Test
  void prose_that_names_a_report_at_the_start_of_a_long_line_is_no_title() {
    var r = TextReportReader.lenient().read("根据条例规定，现公布本机关2023年度政府信息公开工作年度报告如下，" + BODY);
    then(r.report().metadata().agency()).isEqualTo("未知机关");
    then(r.findings()).anyMatch(f -> f.code().equals("reader.missing-metadata"));
  }

  @Test
  void a_site_name_on_the_line_before_a_whole_title_is_not_glued_to_the_agency() {
    then(metadata("示例市人民政府门户网站\n示例市财政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，示例市财政局"
        + "稳步推进政务公开。\n" + BODY)).isEqualTo(ReportMetadata.of("示例市财政局", 2023));
    then(metadata("示例市人民政府门户网站\n示例市财政局2023年政府信息公开工作年度报告\n一、总体情况\n" + BODY))
        .isEqualTo(ReportMetadata.of("示例市财政局", 2023));
  }

  @Test
  void a_title_beginning_with_its_year_takes_the_agency_from_the_line_before() {
    then(metadata("洪溪区人民政府\n2023 年政府信息公开工作年度报告\n一、总体情况\n" + BODY))
        .isEqualTo(ReportMetadata.of("洪溪区人民政府", 2023));
  }

  @Test
  void a_long_agency_on_its_own_line_before_a_title_that_begins_with_its_year() {
    // together longer than one title line may be: the agency line counts as an agency line, the title as a title
    then(metadata("示例省示例市示例区人民政府办公室政务公开与政府信息公开工作领导小组办公室\n2023年政府信息公开工作年度报告（全文版，含统计表）\n一、总体情况\n" + BODY))
        .isEqualTo(ReportMetadata.of("示例省示例市示例区人民政府办公室政务公开与政府信息公开工作领导小组办公室", 2023));
  }
}
