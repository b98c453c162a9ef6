package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import org.junit.jupiter.api.Test;

/**
 * PDF-to-Markdown converters sometimes drop section 五's heading and keep only its sub-heading. After section
 * 四, a short heading line that names the main problems starts section 五; a sentence that mentions them does
 * not.
 */
final class LostHeadingTest {
  private static final String HEAD = "示例市人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n本机关依法公开政府信息。\n"
      + "四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议和行政诉讼。\n";

  private static Report read(String text) {
    return TextReportReader.lenient().read(text).report();
  }

  @Test
  void a_problems_sub_heading_after_section_four_starts_section_five() {
    Report r = read(HEAD + "（二）2024 年工作中存在的主要问题\n一是栏目更新不够及时；二是解读形式较为单一。\n"
        + "六、其他需要报告的事项\n本年度未收取信息处理费。\n");

    then(r.narrativeText(ReportSection.PROBLEMS)).hasValueSatisfying(t -> then(t).contains("栏目更新不够及时"));
    then(r.narrativeText(ReportSection.OTHER_MATTERS)).hasValueSatisfying(t -> then(t).contains("未收取信息处理费"));
  }

  @Test
  void a_sentence_mentioning_the_problems_is_not_a_heading() {
    Report r = read(HEAD + "针对存在的问题。\n本机关将加强培训。\n六、其他需要报告的事项\n无。\n");

    then(r.narrativeText(ReportSection.PROBLEMS)).isEmpty();
  }

  @Test
  void before_section_four_the_sub_heading_is_text() {
    Report r = read("示例市人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n（三）存在的主要问题\n"
        + "本机关依法公开政府信息。\n");

    then(r.narrativeText(ReportSection.PROBLEMS)).isEmpty();
  }
}
