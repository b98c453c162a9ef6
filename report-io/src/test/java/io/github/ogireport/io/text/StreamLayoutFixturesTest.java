package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.table.CellsCsvWriter;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Layouts whose line and cell boundaries were lost, read by the token-stream stage of the text reader.
 * Numbers and narrative are invented; the labels are the official form's.
 */
class StreamLayoutFixturesTest {
  /**
   * A 2021 report as a crawler leaves it: one line, no separators, every row's cells glued into one digit
   * run, the next row's numbering glued to it. The labels come from the model; the figures are invented
   * (section 三: natural person, commercial, 0, 0, legal, 0, total), and so is the narrative.
   */
  private static String flat(String normative, String newReceived, String review) {
    StringBuilder t = new StringBuilder("示例县2023年政府信息公开工作年度报告 ")
        .append(ReportSection.OVERVIEW.label()).append(" 本县继续推进政务公开，全年工作平稳。")
        .append(ReportSection.ACTIVE_DISCLOSURE.label());
    section2(t, TableType.ITEM1_2021, Section2Row.RULES, "000", Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, normative);
    section2(t, TableType.ITEM5_2021, Section2Row.ADMINISTRATIVE_LICENSING, "412", null, null);
    section2(t, TableType.ITEM6_2021, Section2Row.ADMINISTRATIVE_PENALTY, "37", Section2Row.ADMINISTRATIVE_COMPULSION, "5");
    section2(t, TableType.ITEM8_2021, Section2Row.ADMINISTRATIVE_FEES, "12.5", null, null);
    t.append(ReportSection.APPLICATIONS.label()).append(ApplicationRow.CORNER_NOTE).append(OfficialForm.APPLICANT_GROUP_LABEL)
        .append(ApplicantColumn.NATURAL_PERSON.label()).append(ApplicantColumn.ORGANIZATION_GROUP_LABEL)
        .append(ApplicantColumn.TOTAL.label());
    for (ApplicantColumn c : ApplicantColumn.values()) {
      if (c != ApplicantColumn.NATURAL_PERSON && c != ApplicantColumn.TOTAL) {
        t.append(c.label());
      }
    }
    Map<ApplicationRow, String> runs = Map.of(ApplicationRow.NEW_RECEIVED, newReceived,
        ApplicationRow.CARRIED_OVER, "2000002", ApplicationRow.GRANTED, "151001017",
        ApplicationRow.PARTIALLY_GRANTED, "3000003", ApplicationRow.DENIED_THIRD_PARTY, "1000001",
        ApplicationRow.UNABLE_NOT_HELD, "7000007", ApplicationRow.REJECTED_PETITION, "1000001",
        ApplicationRow.TOTAL, "271001029");
    ApplicationRow.Category category = null;
    for (TableRow r : TableType.APPLICATIONS_2021.rows()) {
      ApplicationRow row = (ApplicationRow) r;
      if (row == ApplicationRow.GRANTED) {
        t.append(ApplicationRow.OUTCOME_GROUP_LABEL);
      }
      if (row.category().isPresent() && row.category().get() != category) {
        t.append(row.category().get().label());
      }
      category = row.category().orElse(null);
      t.append(row.label()).append(runs.getOrDefault(row, "0000000"));
    }
    t.append(ReportSection.REVIEW_LITIGATION.label()).append(ReviewRow.REVIEW.label())
        .append(ReviewRow.LITIGATION_GROUP_LABEL);
    reviewColumns(t);
    t.append(ReviewRow.LITIGATION_DIRECT.label()).append(ReviewRow.LITIGATION_AFTER_REVIEW.label());
    reviewColumns(t);
    reviewColumns(t);
    return t.append(review).append(ReportSection.PROBLEMS.label()).append(" 公开栏目还需梳理，明年将加强培训。")
        .append(ReportSection.OTHER_MATTERS.label()).append(" 本年度未收取信息处理费。").toString();
  }

  private static void section2(StringBuilder t, TableType type, TableRow first, String firstRun, TableRow second,
      String secondRun) {
    t.append(type.caption()).append(OfficialForm.SECTION2_LABEL_HEADER);
    type.columns().forEach(c -> t.append(c.label()));
    t.append(first.label()).append(firstRun);
    if (second != null) {
      t.append(second.label()).append(secondRun);
    }
  }

  private static void reviewColumns(StringBuilder t) {
    for (ReviewColumn c : ReviewColumn.values()) {
      t.append(c.label());
    }
  }

  private static Cell cell(ReadResult r, TableType t, TableRow row, io.github.ogireport.model.TableColumn c) {
    return r.report().table(t).map(x -> x.cell(row, c)).orElseThrow();
  }

  private static boolean named(ReadResult r, CellRef ref) {
    return r.findings().stream().anyMatch(f -> f.names(ref));
  }

  @Test
  void reads_a_flattened_2021_report_with_glued_cells_and_numbering() {
    ReadResult r = TextReportReader.lenient().read(flat("8210", "251001027", "10001120001210001"));

    then(r.report().edition()).isEqualTo(Edition.V2021);
    Table apps = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(25));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.LEGAL_SERVICE_INSTITUTION)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(27));
    then(apps.cell(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(15));
    then(apps.cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(29));
    then(apps.cell(ApplicationRow.DENIED_THIRD_PARTY, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.REJECTED_PETITION, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(1));
    then(cell(r, TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(cell(r, TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_DIRECT, ReviewColumn.UPHELD)).isEqualTo(Cell.of(12));
    then(cell(r, TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_DIRECT, ReviewColumn.TOTAL)).isEqualTo(Cell.of(12));
    then(cell(r, TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(cell(r, TableType.ITEM5_2021, Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS_THIS_YEAR))
        .isEqualTo(Cell.of(412));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.glued-digits-recovered"));
  }

  @Test
  void an_inconsistent_glued_row_stays_blank_with_a_finding_and_the_rest_is_read() {
    // 25 + 1 + 1 = 27, printed as 28: no split of the run satisfies the row's sum, and nothing is repaired
    ReadResult r = TextReportReader.lenient().read(flat("8210", "251001028", "10001120001210001"));

    Table apps = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    for (ApplicantColumn c : ApplicantColumn.values()) {
      then(apps.cell(ApplicationRow.NEW_RECEIVED, c).isBlank()).isTrue();
      then(named(r, CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.NEW_RECEIVED, c))).isTrue();
    }
    then(apps.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(2));
    then(apps.cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(29));
    // no split fits: what is printed contradicts the form, an error (several splits would be a warning)
    then(r.hasErrors()).isTrue();
  }

  @Test
  void an_ambiguous_split_in_section_2_is_blank_with_the_candidates() {
    ReadResult r = TextReportReader.lenient().read(flat("8210", "251001027", "10001120001210001"));

    CellRef issued = CellRef.of(TableType.ITEM1_2021, Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.ISSUED);
    then(r.report().cell(issued).orElseThrow().isBlank()).isTrue();
    ReaderFinding f = r.findings().stream().filter(x -> x.names(issued)).findFirst().orElseThrow();
    then(f.code()).isEqualTo("reader.glued-digits-ambiguous");
    then(f.arguments()).contains("[8, 2, 10]", "[82, 1, 0]");
    then(cell(r, TableType.ITEM1_2021, Section2Row.RULES, Section2Column.IN_FORCE)).isEqualTo(Cell.of(0));
  }

  @Test
  void reads_markdown_fragments_with_placeholder_headers_footers_and_a_detached_value_row() {
    StringBuilder md = new StringBuilder("# 样例市2024年政府信息公开工作年度报告\n\n## 一、总体情况\n本市稳步推进公开工作。\n\n"
        + "## 三、收到和处理政府信息公开申请情况\n| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 |\n|---|---|---|---|---|---|---|---|\n");
    List<ApplicationRow> rows = TableType.APPLICATIONS_2021.rows().stream().map(ApplicationRow.class::cast).toList();
    for (ApplicationRow row : rows) {
      long[] v = row == ApplicationRow.NEW_RECEIVED || row == ApplicationRow.TOTAL ? new long[] {40, 3, 0, 0, 1, 0, 44}
          : row == ApplicationRow.GRANTED ? new long[] {30, 2, 0, 0, 1, 0, 33}
          : row == ApplicationRow.UNABLE_NOT_HELD ? new long[] {10, 1, 0, 0, 0, 0, 11}
          : new long[7];
      StringBuilder cells = new StringBuilder();
      for (long x : v) {
        cells.append(" ").append(x).append(" |");
      }
      if (row == ApplicationRow.PARTIALLY_GRANTED) {
        md.append("\n（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）\n|").append(cells).append("\n|---|---|---|---|---|---|---|\n");
      } else if (row == ApplicationRow.DENIED_PROCESS_INFO) {
        md.append("| 6.属于四类过程 |").append(cells).append("\n— 3 —\n");
      } else {
        md.append("| ").append(row.label()).append(" |").append(cells).append("  |\n");
      }
    }
    md.append("\n## 四、政府信息公开行政复议、行政诉讼情况\n| 行政复议 | 行政诉讼 |\n|---|---|\n"
        + "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n## 五、存在的主要问题及改进情况\n2025 年将继续改进。\n");
    ReadResult r = TextReportReader.lenient().read(md.toString());

    Table apps = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(44));
    then(apps.cell(ApplicationRow.PARTIALLY_GRANTED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(0));
    then(apps.cell(ApplicationRow.GRANTED, ApplicantColumn.LEGAL_SERVICE_INSTITUTION)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.UNABLE_NOT_HELD, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(10));
    then(apps.cell(ApplicationRow.DENIED_PROCESS_INFO, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(0));
    then(apps.cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(44));
    then(cell(r, TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.of(1));
    // no page number or year became a value
    then(r.provenance().keySet()).noneMatch(ref -> r.report().cell(ref).orElseThrow().equals(Cell.of(2025)));
  }

  @Test
  void reads_a_provincial_legacy_form_on_one_line_and_keeps_its_labels() {
    String text = "示例区2015年度政府信息公开工作年度报告 一、概述 本区依法公开政府信息。 六、示例区政府信息公开情况统计表 "
        + "指标名称 计量单位 2015年度 历年累计 主动公开信息数 条 412 9021 其中：1、网站公开数 条 400 8800 "
        + "2、公报公开数 条 12 221 受理申请数 件 7 63 其中：1、当面申请数 件 2 20 2、网上申请数 件 5 43 "
        + "依申请公开收费金额 元 0 0 附件下载";
    ReadResult r = TextReportReader.lenient().read(text);

    then(r.report().edition()).isEqualTo(Edition.LEGACY);
    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    // 主动公开信息数 is the shared catalogue's provincial name of L1.1 (OfficialForm.PROVINCIAL_LEGACY_LABELS)
    TableRow first = io.github.ogireport.model.LegacyIndicator.L1_1;
    then(t.cell(first, LegacyColumn.VALUE)).isEqualTo(Cell.of(412));
    then(t.cell(first, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(9021));
    TableRow web = t.rows().stream().filter(x -> x.label().equals("其中：1、网站公开数")).findFirst().orElseThrow();
    then(t.cell(web, LegacyColumn.VALUE)).isEqualTo(Cell.of(400));
    // 1.当面申请数 is a national row: the same words
    then(t.rows().stream().anyMatch(x -> x.key().equals("L3.1.1"))).isTrue();
    then(CellsCsvWriter.standard().write(r)).contains("其中：1、当面申请数");
  }

  @Test
  void glued_legacy_value_and_cumulative_with_several_splits_are_blank() {
    String text = "示例区2016年度政府信息公开工作年度报告 附件：政府信息公开情况统计表 指标名称计量单位本年度累计"
        + "主动公开信息数条3182045其中:1.网站公开条3001990";
    ReadResult r = TextReportReader.lenient().read(text);

    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    TableRow first = io.github.ogireport.model.LegacyIndicator.L1_1;
    then(t.cell(first, LegacyColumn.VALUE).isBlank()).isTrue();
    then(named(r, CellRef.of(TableType.LEGACY_STATISTICS, first, LegacyColumn.VALUE))).isTrue();
    then(r.findings()).anyMatch(f -> f.code().equals("reader.glued-digits-ambiguous") && f.arguments().contains("318/2045"));
  }

  @Test
  void a_detached_value_row_goes_to_the_label_not_found_after_it() {
    // the 5th 不予处理 label is printed far away (before the table); its values follow 4's on one line
    StringBuilder md = new StringBuilder("样例局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "5.要求行政机关确认或重新出具\n已获取信息\n");
    for (var row : TableType.APPLICATIONS_2021.rows()) {
      ApplicationRow a = (ApplicationRow) row;
      if (a == ApplicationRow.REJECTED_CONFIRM) {
        continue;
      }
      String v = a == ApplicationRow.REJECTED_MASSIVE ? "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 2 | 0 | 0 | 0 | 0 | 0 | 2 |"
          : a == ApplicationRow.NEW_RECEIVED || a == ApplicationRow.TOTAL ? "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |"
          : "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
      md.append("| ").append(a.label()).append(" ").append(v).append("\n");
    }
    ReadResult r = TextReportReader.lenient().read(md.toString());

    Table apps = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    then(apps.cell(ApplicationRow.REJECTED_MASSIVE, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.REJECTED_CONFIRM, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(2));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.detached-labels"));
  }
}
