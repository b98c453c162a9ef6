package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * Reports with blank cells whose layout is damaged as well: each case gave a wrong value (or a blank no finding
 * named) in {@code LayoutFamiliesReadTest}'s property with blank cells before the reader handled it. Figures
 * are invented; labels and captions are the official form's, some damaged the way converters and typists
 * damage them.
 */
final class BlankCellsDamageTest {
  private static final String TITLE = "示例县交通运输局2020年政府信息公开工作年度报告\n一、总体情况\n本局依法公开政府信息。\n"
      + "二、主动公开政府信息情况\n";

  private static ReadResult read(String text) {
    return TextReportReader.lenient().read(text);
  }

  private static boolean named(ReadResult r, TableType type, Section2Row row, Section2Column col) {
    CellRef ref = CellRef.of(type, row, col);
    return r.findings().stream().anyMatch(f -> f.names(ref));
  }

  @Test
  void a_value_line_like_a_page_footer_leaves_a_detached_block_blank_never_given_to_its_last_label() {
    // 行政强制's values (blank, 3, blank) printed as "— 3 —", which is also how a page footer looks
    ReadResult r = read(TITLE + "第二十条第（六）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政处罚\n行政强制\n"
        + "4 1 523\n— 3 —\n\n第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\n行政事业性收费\t2\t2\n");

    Table t = r.report().table(TableType.ITEM6_2019).orElseThrow();
    for (Section2Row row : new Section2Row[] {Section2Row.ADMINISTRATIVE_PENALTY, Section2Row.ADMINISTRATIVE_COMPULSION}) {
      for (TableColumn col : t.columns()) {
        Cell c = t.cell(row, col);
        then(c.isBlank() || (row == Section2Row.ADMINISTRATIVE_PENALTY && c.equals(Cell.of(
            col == Section2Column.PREVIOUS_ITEMS ? 4 : col == Section2Column.CHANGE ? 1 : 523))))
            .as(row + " " + col + " " + c).isTrue();
      }
    }
    then(t.cell(Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.DECISIONS).isBlank()).isTrue();
    then(named(r, TableType.ITEM6_2019, Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.CHANGE)).isTrue();
    then(r.findings()).anyMatch(f -> f.code().equals("reader.detached-unpaired"));
  }

  @Test
  void a_tabbed_row_with_an_empty_field_is_not_glued_digits() {
    // 行政处罚's label damaged (行政处政) and the next caption too, so the table is not read field by field;
    // 行政强制⇥51⇥0⇥ is 51, 0 and a blank, not 5, 1, 0
    ReadResult r = read(TITLE + "第二十条第（六）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处政\t1260\t38\t1298\n"
        + "行 政 强 制\t51\t0\t\n\n第第（八）项\n信 息 内 容\t上一年项目数量\t本年增/减\n行政事业性收费\t12\t\n");

    Table t = r.report().table(TableType.ITEM6_2019).orElseThrow();
    then(t.cell(Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.PREVIOUS_ITEMS)).isIn(Cell.blank(), Cell.of(51));
    then(t.cell(Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.CHANGE)).isIn(Cell.blank(), Cell.of(0));
    then(t.cell(Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.DECISIONS).isBlank()).isTrue();
    then(named(r, TableType.ITEM6_2019, Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.DECISIONS)
        || t.cell(Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.PREVIOUS_ITEMS).equals(Cell.of(51))).isTrue();
  }

  @Test
  void one_number_in_its_own_field_of_a_table_without_relations_is_one_cell() {
    // the 2021 header cut to 本年处理 and the next caption damaged: 128 is one cell, not 1, 2 and 8 of 2019
    ReadResult r = read(TITLE + "第二十条第（五）项\n信息内容\t本年处理\n行政许可\t128\n\n第二十条十（六）项\n信息内息\t本年处理决量\n"
        + "行罚处罚\t2884\n行政强制\t—\n");

    then(r.report().table(TableType.ITEM5_2019)).isEmpty();
    then(r.report().table(TableType.ITEM5_2021).orElseThrow()
        .cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS_THIS_YEAR)).isEqualTo(Cell.of(128));
  }

  @Test
  void numbers_after_an_unrecognised_label_are_not_the_blank_row_before_it() {
    // 规范性文件 damaged to 规文件: its numbers are not 规章's, whose own line prints three empty fields
    ReadResult r = read(TITLE + "第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t\t\t\n"
        + "规文件\t3\t3\t7\n\n第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t9\t1\t4\n");

    Table t = r.report().table(TableType.ITEM1_2019).orElseThrow();
    for (TableColumn col : t.columns()) {
      then(t.cell(Section2Row.RULES, col).isBlank()).as("规章 " + col).isTrue();
    }
  }

  @Test
  void a_damaged_header_with_words_only_the_2019_columns_have_is_the_2019_edition() {
    ReadResult r = read(TITLE + "第二十条第（六）项\n信息内容\t上一年目项目数量\t本年减\t处理决定数量\n行政处处\t0\t1\t\n行政强制\t6\t\t\n");

    then(r.report().table(TableType.ITEM6_2021)).isEmpty();
    then(r.report().table(TableType.ITEM6_2019).orElseThrow()
        .cell(Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.PREVIOUS_ITEMS)).isEqualTo(Cell.of(6));
  }

  @Test
  void a_2021_sub_row_label_printed_makes_the_2021_edition_even_when_the_sub_rows_are_blank() {
    Report generated = ReportGenerator.builder().seed(31L).edition(Edition.V2021).build().generate(0);
    Table apps = generated.table(TableType.APPLICATIONS_2021).orElseThrow();
    Table.Builder b = apps.toBuilder();
    for (ApplicantColumn col : ApplicantColumn.values()) {
      b.blank(ApplicationRow.OTHER_OVERDUE_FEE, col);
      b.blank(ApplicationRow.OTHER_OTHER, col);
    }
    Report report = generated.toBuilder().table(b.build()).build();
    String text = TextReportWriter.write(report).replace("1.申请人无正当理由逾期不补正", "1.申请不无正当理由逾期不补正");

    ReadResult r = read(text);

    then(r.report().table(TableType.APPLICATIONS_2019)).isEmpty();
    Table got = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    for (ApplicantColumn col : ApplicantColumn.values()) {
      Cell c = got.cell(ApplicationRow.OTHER_OVERDUE_CORRECTION, col);
      then(c.isBlank() || c.equals(apps.cell(ApplicationRow.OTHER_OVERDUE_CORRECTION, col))).as(col.key()).isTrue();
      then(got.cell(ApplicationRow.TOTAL, col)).isEqualTo(apps.cell(ApplicationRow.TOTAL, col));
    }
  }

  @Test
  void the_last_label_of_the_legacy_form_is_not_given_the_first_of_a_block_of_value_lines() {
    StringBuilder sb = new StringBuilder("示例镇人民政府2016年政府信息公开工作年度报告\n一、概述\n本镇依法公开政府信息。\n"
        + "政府信息公开情况统计表\n统计指标\n单位\n统计数\n");
    for (LegacyIndicator li : LegacyIndicator.values()) {
      sb.append(li.label()).append('\n');
    }
    // fewer value lines than labels (the heading rows print none): which line is whose is not known
    sb.append("条\t7\n");
    for (LegacyIndicator li : LegacyIndicator.values()) {
      if (!li.isHeading() && li != LegacyIndicator.L9_3) {
        sb.append(li.unit().orElse("件")).append("\t/\n");
      }
    }
    sb.append("\n三、存在的主要问题\n无。\n");

    ReadResult r = read(sb.toString());

    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    then(t.cell(LegacyIndicator.L9_3, LegacyColumn.VALUE).isBlank()).isTrue();
    then(r.findings()).anyMatch(f -> f.code().equals("reader.unplaced-number")
        && f.arguments().stream().anyMatch(a -> a.equals("7") || a.endsWith("\t7")));
  }

  /**
   * The reports of the property with blank cells that showed each cause, rendered again (same seeds, same
   * bytes): family, edition, the report's index, and what went wrong before.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} report {2}: {3}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
      "FLATTENED; V2021; 42; 2—0—0—2 read as a sign and page footers, the 2021 table lost to an empty 2019 one",
      "FLATTENED; V2019; 6; 876 -125 — taken for a page footer",
      "FLATTENED; V2019; 229; a glued table of blank markers not seen as glued, a stray space read as a boundary",
      "FLATTENED; V2019; 1086; a stray space among blank markers read as a cell boundary against the row's sums",
      "DETACHED; V2019; 150; a value line — 3 — taken for a footer, the block's values given to its last label",
      "DETACHED; LEGACY; 893; the first of a block of value lines given to the form's last label",
      "LABEL_NOISE; V2019; 153; a damaged label's numbers given to the blank row before it",
      "LABEL_NOISE; V2019; 198; 34⇥0⇥ split as glued digits 3, 4, 0",
      "LABEL_NOISE; V2019; 240; the next table's row made the table not positional",
      "LABEL_NOISE; V2019; 294; a damaged header (上一年目项目数量, 本年减) read as the 2021 edition",
      "LABEL_NOISE; V2019; 564; one number in its own field split as glued digits 3, 1, 2",
      "LABEL_NOISE; V2021; 33; one number in its own field split as glued digits 1, 2, 8",
      "LABEL_NOISE; V2021; 363; the values of an unrecognised (一) row given to the blank row before it",
      "LABEL_NOISE; V2021; 906; numbers after an unrecognised label taken by the row before it",
      "LABEL_NOISE; V2021; 933; a printed 2021 sub-row label overruled by values after （六）",
      "LABEL_NOISE; V2021; 1613; the 2021 sub-row labels of blank rows, each with a typo, not recognised: read as 2019",
      "LABEL_NOISE; V2021; 1902; a damaged caption left the next table's header in the region: read as 2019",
      "LABEL_NOISE; LEGACY; 1314; 五、 damaged: the rows the form prints under 四 and 五 read as 四's",
      "FLATTENED; V2021; 1583; an empty 2021 table of the stream lost to an empty 2019 table of the line reading",
  })
  void a_report_that_showed_a_cause_reads_every_cell_right_or_blank_with_a_finding(
      io.github.ogireport.generator.layout.LayoutFamily family, Edition edition, int index, String cause) {
    Report report = LayoutFamiliesReadTest.blankGenerator(edition, index).generate(index);
    var rendered = io.github.ogireport.generator.layout.LayoutRenderer.of(family).render(report, 1000L + index);

    ReadResult r = read(rendered.text());

    LayoutFamiliesReadTest.Tally t = LayoutFamiliesReadTest.tally(rendered, r, family + " " + edition + " report "
        + index + ": ");
    then(t.wrong() + t.unnamed()).as(t.example() == null ? "" : t.example().lines().findFirst().orElse(""))
        .isZero();
  }
}
