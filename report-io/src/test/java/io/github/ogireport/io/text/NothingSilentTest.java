package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.table.MarkdownReportWriter;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Blanks that no finding named, found by the layout families: each case reads right now, or its blank cells
 * are named.
 */
final class NothingSilentTest {

  private static Report generated(Edition edition, int index) {
    return ReportGenerator.builder().seed(31L).edition(edition).build().generate(index);
  }

  private static String markdown(Report r) throws IOException {
    StringBuilder sb = new StringBuilder();
    MarkdownReportWriter.standard().write(r, sb);
    return sb.toString();
  }

  private static boolean named(ReadResult read, CellRef ref) {
    return read.findings().stream().anyMatch(f -> f.names(ref));
  }

  @Test
  void a_converter_s_markdown_with_both_first_row_labels_cut_and_a_placeholder_review_header_is_read_whole()
      throws IOException {
    Report r = generated(Edition.V2021, 3);
    String text = markdown(r);
    String header = text.lines().filter(l -> l.startsWith("| 行政复议 › 结果维持")).findFirst().orElseThrow();
    StringBuilder placeholders = new StringBuilder("|");
    for (int i = 1; i <= 15; i++) {
      placeholders.append(" 数据").append(i).append(" |");
    }
    text = text.replace("| " + ApplicationRow.NEW_RECEIVED.label() + " |", "| 一、本年新收政府信 |")
        .replace("| " + ApplicationRow.CARRIED_OVER.label() + " |", "| 二、上年结转政府信 |")
        .replace(header, placeholders.toString());
    // the overview names 行政复议 and 行政诉讼 in a sentence before section 二 (a start for section 四 it is not)
    then(text).contains("行政复议和行政诉讼。").contains("| 数据15 |").doesNotContain(ApplicationRow.NEW_RECEIVED.label());

    ReadResult read = TextReportReader.lenient().read(text);

    for (TableType t : new TableType[] {TableType.APPLICATIONS_2021, TableType.REVIEW_LITIGATION}) {
      then(read.report().table(t)).as(t.key()).contains(r.table(t).orElseThrow());
    }
  }

  @Test
  void a_numbered_short_label_cut_after_its_first_words_is_its_own_row_not_a_sub_row_of_another_edition() {
    Report r = generated(Edition.V2019, 5);
    String text = TextReportWriter.write(r).replace(ApplicationRow.OTHER.label(), "（六）其他");
    then(text).contains("（六）其他\t");

    Report read = TextReportReader.lenient().read(text).report();

    then(read.table(TableType.APPLICATIONS_2021)).isEmpty();
    then(read.table(TableType.APPLICATIONS_2019)).contains(r.table(TableType.APPLICATIONS_2019).orElseThrow());
  }

  @Test
  void a_national_legacy_row_whose_label_was_not_recognised_is_named() {
    String text = "示例县民政局2015年政府信息公开工作年度报告\n一、概述\n本局依法公开政府信息。\n"
        + "二、政府信息公开情况统计表\n统计指标\t单位\t统计数\n"
        + "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\t条\t51\n"
        + "制发规范数\t件\t4\n" // 制发规范性文件总数 damaged past recognition: kept as printed, a custom row
        + "三、存在的主要问题\n无。\n";

    ReadResult read = TextReportReader.lenient().read(text);

    Table t = read.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    then(t.cell(LegacyIndicator.L1_1B, LegacyColumn.VALUE).isBlank()).isTrue();
    then(named(read, CellRef.of(TableType.LEGACY_STATISTICS, LegacyIndicator.L1_1B, LegacyColumn.VALUE))).isTrue();
    ReaderFinding missing = read.findings().stream().filter(f -> f.code().equals("reader.missing-row"))
        .findFirst().orElseThrow();
    then(missing.arguments()).contains(LegacyIndicator.L1_1B.label())
        .doesNotContain(LegacyIndicator.L1_1.label()); // the row that was read is not named
  }

  @Test
  void a_cell_holding_two_numbers_apart_by_a_space_read_as_thousands_says_so() {
    String text = "示例县民政局2023年政府信息公开工作年度报告\n一、总体情况\n本局依法公开政府信息。\n二、主动公开政府信息情况\n"
        + "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t595 239\n";

    ReadResult read = TextReportReader.lenient().read(text);

    then(read.report().cell(CellRef.parse("/tables/article20_item5_2021/rows/administrative_licensing/decisions_this_year")
        .orElseThrow())).hasValueSatisfying(c -> then(c).isEqualTo(io.github.ogireport.model.Cell.of(595239)));
    then(read.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.stray-space-merged");
      then(f.arguments()).containsExactly("595 239");
    });
  }

  @Test
  void a_report_without_any_table_names_the_tables_of_the_form_in_force_for_its_year() {
    ReadResult read = TextReportReader.lenient().read("示例县民政局2015年政府信息公开工作年度报告\n一、概述\n本局依法公开政府信息。\n");

    then(read.report().tables()).isEmpty();
    then(read.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.missing-table");
      then(f.arguments()).containsExactly(TableType.LEGACY_STATISTICS.key());
    });
  }

  /** The report with every table blank, as an agency receives the form (labels, no number). */
  private static Report blankForm(Edition edition) {
    Report r = generated(edition, 1);
    Report.Builder b = r.toBuilder();
    for (Table t : r.tableList()) {
      b.table(Table.blank(t.type()));
    }
    return b.build();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Edition.class)
  void a_blank_form_says_that_no_value_was_read_in_text_markdown_and_html(Edition edition) throws IOException {
    Report form = blankForm(edition);

    for (ReadResult read : new ReadResult[] {TextReportReader.lenient().read(TextReportWriter.write(form)),
        TextReportReader.lenient().read(markdown(form)),
        io.github.ogireport.io.html.HtmlReportReader.lenient().read(
            io.github.ogireport.io.table.HtmlReportWriter.standard().write(form))}) {
      then(read.report().tableList()).isNotEmpty().allSatisfy(t -> then(t.isBlank()).as(t.type().key()).isTrue());
      then(read.findings()).filteredOn(f -> f.code().equals("reader.no-values")).singleElement().satisfies(f -> {
        then(f.severity()).isEqualTo(io.github.ogireport.model.Severity.WARNING);
        then(f.arguments()).containsExactlyElementsOf(
            read.report().tableList().stream().map(t -> t.type().key()).toList());
      });
    }
  }

  @Test
  void a_form_with_one_value_is_not_a_blank_form() {
    Report form = blankForm(Edition.V2021);
    Table t = form.table(TableType.ITEM5_2021).orElseThrow();
    Report one = form.toBuilder().table(t.toBuilder().count(t.rows().get(0), t.columns().get(0), 7).build()).build();

    ReadResult read = TextReportReader.lenient().read(TextReportWriter.write(one));

    then(read.report().table(TableType.ITEM5_2021)).contains(one.table(TableType.ITEM5_2021)
        .orElseThrow());
    then(read.findings()).noneMatch(f -> f.code().equals("reader.no-values"));
  }
}
