package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legacy form under the captions and header rows provinces print ({@code 2015年度政府信息公开工作统计表},
 * {@code 项目 单位 数量 累计}) and without a header row: a cumulative column no header names is read only where
 * the rows tell it (two numbers, the first never above the second), and a number no column takes is named.
 * Each case is read as printed and flattened to one line (the token-stream reading).
 */
final class LegacyCaptionsAndHeadersTest {
  private static final String HEAD = "示例县司法局2015年政府信息公开工作年度报告\n一、概述\n本局依法公开政府信息。\n"
      + "二、存在的主要问题和改进措施\n公开栏更新还不够及时。\n";

  private static final String ROWS = "主动公开信息数\t条\t120\t940\n政府网站公开数\t条\t101\t800\n申请总数\t件\t7\t41\n"
      + "对申请的答复总数\t件\t7\t40\n行政复议数\t件\t0\t3\n";

  private static ReadResult read(String text, boolean oneLine) {
    return TextReportReader.lenient().read(oneLine ? text.replace('\n', ' ').replace('\t', ' ') : text);
  }

  private static Table legacy(ReadResult r) {
    return r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
  }

  private static void thenTheRowsAreRead(Table t) {
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(120));
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(940));
    then(t.cell(LegacyIndicator.L1_2_2, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(800));
    then(t.cell(LegacyIndicator.L3_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(7));
    then(t.cell(LegacyIndicator.L3_3, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(40));
    then(t.cell(LegacyIndicator.L4, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(3));
  }

  @ParameterizedTest(name = "one line: {0}")
  @ValueSource(booleans = {false, true})
  void a_provincial_caption_and_a_header_of_short_words_open_the_form_with_its_cumulative_column(boolean oneLine) {
    ReadResult r = read(HEAD + "附件：示例县司法局2015年度政府信息公开工作统计表\n项目\t单位\t数量\t累计\n" + ROWS, oneLine);

    thenTheRowsAreRead(legacy(r));
    then(r.findings()).noneMatch(f -> f.code().equals("reader.cumulative-column")); // the header names it
  }

  @Test
  void a_header_row_of_short_words_opens_the_form_without_a_caption() {
    ReadResult r = read(HEAD + "项目        单位        数量        累计\n" + ROWS, false);

    thenTheRowsAreRead(legacy(r));
  }

  @Test
  void rows_alone_open_the_form_when_neither_caption_nor_header_row_is_printed() {
    // each line a value row's label as the catalogue prints it, its unit, then numbers
    ReadResult r = read(HEAD + ROWS, false);

    thenTheRowsAreRead(legacy(r));
  }

  @ParameterizedTest(name = "one line: {0}")
  @ValueSource(booleans = {false, true})
  void rows_printing_two_numbers_tell_a_cumulative_column_no_header_names(boolean oneLine) {
    ReadResult r = read(HEAD + "政府信息公开工作情况统计表\n" + ROWS, oneLine);

    thenTheRowsAreRead(legacy(r));
    then(r.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.cumulative-column");
      then(f.arguments()).containsExactly("5", "5");
    });
  }

  @ParameterizedTest(name = "one line: {0}")
  @ValueSource(booleans = {false, true})
  void a_first_number_above_the_second_is_no_cumulative_column_and_no_number_is_read_silently(boolean oneLine) {
    // 行政复议数 0 3 then 申请总数 41 7: the second number is below the first in one row, so the two numbers
    // are not this year's and the cumulative figure; which column they are is not known
    String rows = ROWS.replace("申请总数\t件\t7\t41", "申请总数\t件\t41\t7");
    ReadResult r = read(HEAD + "政府信息公开工作情况统计表\n" + rows, oneLine);

    Table t = legacy(r);
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.blank());
    then(t.cell(LegacyIndicator.L3_1, LegacyColumn.VALUE)).isIn(Cell.blank(), Cell.of(41));
    then(r.findings()).noneMatch(f -> f.code().equals("reader.cumulative-column"));
    // every printed number is in a cell or named by a finding
    for (String n : new String[] {"940", "800", "40", "3"}) {
      then(r.findings()).as(n).anySatisfy(f -> then(f.arguments()).contains(n));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"附件：示例县政府信息公开工作情况统计表", "政府信息公开情况统计表", "项目 单位 数量"})
  void a_legacy_caption_or_header_with_nothing_under_it_makes_no_legacy_table_in_a_2021_report(String line) {
    io.github.ogireport.model.Report report = io.github.ogireport.generator.ReportGenerator.builder().seed(77)
        .edition(io.github.ogireport.model.Edition.V2021).build().generate(0);
    String text = TextReportWriter.write(report);
    int at = text.indexOf("二、");
    then(at).isPositive();

    ReadResult r = TextReportReader.lenient().read(text.substring(0, at) + line + "\n" + text.substring(at));

    then(r.report().tables()).doesNotContainKey(TableType.LEGACY_STATISTICS);
    then(r.report().isMixedEdition()).isFalse();
    then(r.report().tables()).isEqualTo(report.tables());
  }
}
