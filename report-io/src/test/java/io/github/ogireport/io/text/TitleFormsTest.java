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
}
