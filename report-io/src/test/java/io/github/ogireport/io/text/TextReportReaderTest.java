package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportReaderTest {
  private static final TextReportReader READER = TextReportReader.lenient();

  /** A 2021 report in the tab-separated layout, every cell in a row on one line. Figures invented. */
  static String tabReport2021() {
    return String.join("\n",
        "示例县人民政府",
        "2023年政府信息公开工作年度报告",
        "",
        "一、总体情况",
        "本年度我们做了一些工作，这是一句虚构的叙述。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项\t\t\t",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t1\t0\t11",
        "行政规范性文件\t８\t２６\t６６",
        "第二十条第（五）项\t\t\t",
        "信息内容\t本年处理决定数量\t\t",
        "行政许可\t4472\t\t",
        "第二十条第（六）项",
        "信息内容\t本年处理决定数量",
        "行政处罚\t39",
        "行政强制\t8",
        "第二十条第（八）项",
        "信息内容\t本年收费金额（单位：万元）",
        "行政事业性收费\t96.5",
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        "一、本年新收政府信息公开申请数量\t30\t5\t0\t0\t1\t0\t36",
        "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2",
        "三、本年度办理结果\t（一）予以公开\t10\t2\t0\t0\t0\t0\t12",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t4\t0\t0\t0\t0\t0\t4",
        "（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1",
        "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
        "3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0",
        "4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0",
        "5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0",
        "6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0",
        "7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0",
        "8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0",
        "（四）无法提供\t1.本机关不掌握相关政府信息\t9\t1\t0\t0\t1\t0\t11",
        "2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0",
        "3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0",
        "（五）不予处理\t1.信访举报投诉类申请\t3\t0\t0\t0\t0\t0\t3",
        "2.重复申请\t0\t0\t0\t0\t0\t0\t0",
        "3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0",
        "4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0",
        "5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0",
        "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2\t0\t0\t0\t0\t0\t2",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
        "3.其他\t1\t0\t0\t0\t0\t0\t1",
        "（七）总计\t30\t3\t0\t0\t1\t0\t34",
        "四、结转下年度继续办理\t2\t2\t0\t0\t0\t0\t4",
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议\t\t\t\t\t行政诉讼",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉",
        "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
        "2\t1\t0\t0\t3\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0",
        "五、存在的主要问题及改进情况",
        "虚构的问题说明。",
        "六、其他需要报告的事项",
        "无。",
        "图表数据 12 34 56 78");
  }

  @Test
  void reads_every_cell_of_a_tab_separated_2021_report() {
    ReadResult r = READER.read(tabReport2021());

    then(r.report().metadata().agency()).isEqualTo("示例县人民政府");
    then(r.report().metadata().year()).isEqualTo(2023);
    then(r.report().edition()).isEqualTo(Edition.V2021);
    then(r.report().isMixedEdition()).isFalse();
    Table item1 = r.report().table(TableType.ITEM1_2021).orElseThrow();
    then(item1.cell(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.REPEALED)).isEqualTo(Cell.of(26));
    then(r.report().table(TableType.ITEM8_2021).orElseThrow()
            .cell(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT))
        .isEqualTo(Cell.amount(new BigDecimal("96.5"), AmountUnit.WAN_YUAN));
    Table apps = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(36));
    then(apps.cell(ApplicationRow.OTHER_OTHER, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(2));
    Table review = r.report().table(TableType.REVIEW_LITIGATION).orElseThrow();
    then(review.cell(ReviewRow.REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.of(3));
    then(review.cell(ReviewRow.LITIGATION_DIRECT, ReviewColumn.UPHELD)).isEqualTo(Cell.of(1));
    then(r.findings()).extracting(ReaderFinding::code).doesNotContain("reader.unplaced-number");
    then(r.report().narrativeText(ReportSection.PROBLEMS)).contains("虚构的问题说明。");
  }

  @Test
  void records_the_line_and_column_of_every_value() {
    ReadResult r = READER.read(tabReport2021());

    then(r.locationOf(CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)))
        .contains(Location.ofLine(25, 31));
    then(r.provenance()).hasSize(10 + 175 + 15);
  }

  @Test
  void strict_mode_accepts_a_clean_report_and_rejects_a_number_it_cannot_place() {
    then(TextReportReader.strict().read(tabReport2021()).report().edition()).isEqualTo(Edition.V2021);

    String broken = tabReport2021().replace("行政强制\t8", "行政强制\t8\t9\t10");
    Throwable thrown = catchThrowable(() -> TextReportReader.strict().read(broken));

    then(thrown).isInstanceOf(TableFormatException.class);
    then(((TableFormatException) thrown).location().line()).isEqualTo(17);
  }

  @Test
  void reads_one_cell_per_line_with_tabs_and_nbsp_and_a_blank_middle_cell() {
    String text = String.join("\n",
        "某镇", "2020年政府信息公开工作年度报告", "二、主动公开政府信息情况",
        "\t第二十条第（六）项", "", "\t信息内容", "\t上一年项目数量", "\t本年增/减", "\t处理决定数量", "",
        "\t行政处罚", "\t14", " \t0", "", "\t行政强制", "\t\u00a00", "\t0\u00a0", "\t0", "");

    ReadResult r = READER.read(text);

    Table t = r.report().table(TableType.ITEM6_2019).orElseThrow();
    then(t.cell(Section2Row.ADMINISTRATIVE_PENALTY, Section2Column.PREVIOUS_ITEMS)).isEqualTo(Cell.of(14));
    then(t.cell(Section2Row.ADMINISTRATIVE_PENALTY, Section2Column.CHANGE)).isEqualTo(Cell.blank());
    then(t.cell(Section2Row.ADMINISTRATIVE_PENALTY, Section2Column.DECISIONS)).isEqualTo(Cell.of(0));
    then(t.cell(Section2Row.ADMINISTRATIVE_COMPULSION, Section2Column.DECISIONS)).isEqualTo(Cell.of(0));
  }

  @Test
  void reads_units_and_signs_typed_into_cells() {
    String text = String.join("\n",
        "某区人民政府2020年政府信息公开工作年度报告", "二、主动公开政府信息情况",
        "第二十条第（五）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
        "行政许可\t633\t-309\t253227", "其他对外管理服务事项\t223\t+5\t861",
        "第二十条第（九）项", "信息内容\t采购项目数量\t采购总金额",
        "政府集中采购\t182个\t4168558 元");

    ReadResult r = READER.read(text);

    Table t5 = r.report().table(TableType.ITEM5_2019).orElseThrow();
    then(t5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE)).isEqualTo(Cell.of(-309));
    then(t5.cell(Section2Row.OTHER_MANAGEMENT_SERVICES, Section2Column.CHANGE)).isEqualTo(Cell.of(5));
    Table t9 = r.report().table(TableType.ITEM9_2019).orElseThrow();
    then(t9.cell(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_PROJECTS)).isEqualTo(Cell.of(182));
    then(t9.cell(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT))
        .isEqualTo(Cell.amount(new BigDecimal("4168558"), AmountUnit.YUAN));
  }

  @Test
  void reads_wan_yuan_from_the_cell_or_from_the_header() {
    String inCell = "某镇2020年政府信息公开工作年度报告\n第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n"
        + "政府集中采购\t5\t4332.8（万元）\n";
    String inHeader = "某镇2020年政府信息公开工作年度报告\n第二十条第（九）项\n"
        + "信息内容\t采购项目数量\t采购总金额（单位：万元，保留4位小数）\n政府集中采购\t0\t0\n";

    Cell a = READER.read(inCell).report().table(TableType.ITEM9_2019).orElseThrow()
        .cell(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT);
    Cell b = READER.read(inHeader).report().table(TableType.ITEM9_2019).orElseThrow()
        .cell(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT);

    then(a).isEqualTo(Cell.amount(new BigDecimal("4332.8"), AmountUnit.WAN_YUAN));
    then(b).isEqualTo(Cell.amount(BigDecimal.ZERO, AmountUnit.WAN_YUAN));
  }

  /** pdftotext -layout: columns as runs of spaces, labels broken over lines, vertical group labels, page footer. */
  @Test
  void reads_a_space_aligned_layout_with_broken_labels_and_a_page_footer() {
    List<String> lines = new ArrayList<>(List.of(
        "        某市人民政府", "   2022 年政府信息公开工作年度报告",
        "      三、收到和处理政府信息公开申请情况",
        "                                 申请人情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，      法人或其他组织",
        "等于第三项加第四项之和）",
        "                    自然人       商业企      科研机     社会公益     法律服务   其他   总计",
        "                                 业        构       组织       机构",
        "一、本年新收政府信息公开申请数量        40        3       0        0    1       0   44",
        "二、上年结转政府信息公开申请数量        1          0        0        0        0    0    1",
        "      （一）予以公开                   20        1       0        0    1       0   22",
        "      （二）部分公开（区分处理的，只计这一情",
        "                                5         0        0        0        0    0   5",
        "      形，不计其他情形）",
        "三、        1.属于国家秘密            1          0        0        0        0    0    1",
        "本          2.其他法律行政法规禁止公开     0          0        0        0        0    0    0",
        "年          3.危及“三安全一稳定”        0          0        0        0        0    0    0",
        "度          4.保护第三方合法权益         0          0        0        0        0    0    0",
        "      （三）不",
        "办          5.属于三类内部事务信息        2          0        0        0        0    0    2",
        "      予公开",
        "理          6.属于四类过程性信息        0          0        0        0        0    0    0",
        "                                          -4-",
        "\f结         7.属于行政执法案卷          0          0        0        0        0    0    0",
        "果          8.属于行政查询事项         0          0        0        0        0    0    0",
        "      （四）无   1.本机关不掌握相关政府信息     3         0       0        0    0       0   3",
        "      法提供       2.没有现成信息需要另行制作           0        0        0         0        0         0    0",
        "               3.补正后申请内容仍不明确            0         0        0         0        0         0    0",
        "               1.信访举报投诉类申请              2        0        0         0        0         0    2",
        "     （五）不      2.重复申请                   0        0        0         0        0         0    0",
        "     予处理       3.要求提供公开出版物              0         0        0         0        0         0    0",
        "               4.无正当理由大量反复申请            0         0        0         0        0         0    0",
        "               5.要求行政机关确认或重新出",
        "                                        0         0        0         0        0         0    0",
        "               具已获取信息",
        "               1、申请人无正当理由逾期不补",
        "               正、行政机关不再处理其政府信           1        0        0         0        0         0    1",
        "               息公开申请",
        "     （六）其      2、申请人逾期未按收费通知要",
        "     他处理       求缴纳费用、行政机关不再处理           0         0        0         0        0         0    0",
        "               其政府信息公开申请",
        "               3、其他                  0          0        0         0        0         0    0",
        "     （七）总计                           34        1        0         0        1        0   36",
        "四、结转下年度继续办理                          7          2        0         0        0         0    9",
        "     四、政府信息公开行政复议、行政诉讼情况",
        "行政复议                          行政诉讼",
        "结果   结果    其他结    尚未     总计  未经复议直接起诉   复议后起诉",
        "维持   纠正    果      审结",
        "3   1    0    0    4   2    0        0        0        2   0   0     0    0       0",
        "       五、存在的主要问题及改进情况",
        "   虚构的说明 12 个 34 个。"));

    ReadResult r = READER.read(String.join("\n", lines));

    Table apps = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(44));
    then(apps.cell(ApplicationRow.PARTIALLY_GRANTED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(5));
    then(apps.cell(ApplicationRow.DENIED_INTERNAL_AFFAIRS, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(2));
    then(apps.cell(ApplicationRow.DENIED_ENFORCEMENT_FILE, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(0));
    then(apps.cell(ApplicationRow.OTHER_OVERDUE_CORRECTION, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(36));
    then(apps.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(2));
    for (var row : apps.rows()) {
      for (var col : apps.columns()) {
        then(apps.cell(row, col).isBlank()).as("%s/%s", row.key(), col.key()).isFalse();
      }
    }
    then(r.report().table(TableType.REVIEW_LITIGATION).orElseThrow()
        .cell(ReviewRow.LITIGATION_DIRECT, ReviewColumn.TOTAL)).isEqualTo(Cell.of(2));
    then(r.findings()).extracting(ReaderFinding::code).doesNotContain("reader.unplaced-number");
  }

  @Test
  void a_repeated_header_with_letter_spaced_labels_and_only_totals_is_read_by_row_alignment() {
    String text = String.join("\n",
        "某镇 2020 年政府信息公开年度报告",
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计\t\t",
        "\t\t自然人\t法人或其他组织\t\t\t\t\t\t\t",
        "一、\t本年\t新收政府信息公开申请数量\t\t\t\t\t\t7\t\t",
        "三、 本 年 度 办 理 结 果\t（一）\t\t予以公开\t\t\t\t\t\t5\t",
        "\t（三） 不 予 公 开\t1.\t\t属于国家秘密\t\t\t\t\t\t1",
        "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t",
        "\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t7. 属于行政执法案卷\t\t\t\t\t\t\t0",
        "(七) 总计\t\t\t\t\t\t\t6\t",
        "四、结转下年度继续办理\t\t\t\t\t\t\t\t");

    Table apps = READER.read(text).report().table(TableType.APPLICATIONS_2019).orElseThrow();

    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(7));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.OTHER_ORGANIZATION)).isEqualTo(Cell.blank());
    then(apps.cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(5));
    then(apps.cell(ApplicationRow.DENIED_STATE_SECRET, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.DENIED_ENFORCEMENT_FILE, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(0));
    then(apps.cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(6));
    then(apps.cell(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
  }

  @Test
  void glued_digits_are_split_when_exactly_one_split_satisfies_the_total() {
    String text = "某县2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "一、本年新收政府信息公开申请数量 3100004\n";

    ReadResult r = READER.read(text);

    Table apps = r.report().table(TableType.APPLICATIONS_2019).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(3));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(4));
    then(r.findings()).extracting(ReaderFinding::code).contains("reader.glued-digits-recovered");
  }

  @Test
  void glued_digits_with_several_consistent_splits_stay_blank_and_are_reported() {
    String text = "某县2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "一、本年新收政府信息公开申请数量 111000012\n";

    ReadResult r = READER.read(text);

    Table apps = r.report().table(TableType.APPLICATIONS_2019).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    then(r.findings()).extracting(ReaderFinding::code).contains("reader.glued-digits-ambiguous");
    // several readings fit: the text does not decide the cells (a warning), it does not contradict the form
    then(r.findings()).filteredOn(f -> f.code().equals("reader.glued-digits-ambiguous"))
        .isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING);
    then(r.hasErrors()).isFalse();
  }

  @Test
  void glued_digits_that_no_split_makes_consistent_are_an_error() {
    // 3100005: no split of seven cells has its first six adding up to the seventh
    String text = "某县2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "一、本年新收政府信息公开申请数量 3100005\n";

    ReadResult r = READER.read(text);

    Table apps = r.report().table(TableType.APPLICATIONS_2019).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    then(r.findings()).filteredOn(f -> f.code().equals("reader.glued-digits-ambiguous"))
        .isNotEmpty().allMatch(f -> f.severity() == Severity.ERROR
            && f.names(CellRef.of(TableType.APPLICATIONS_2019, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)));
  }

  @Test
  void a_2021_section_two_with_a_2019_section_three_is_read_as_printed_and_reported_as_mixed() {
    String text = String.join("\n",
        "某区人民政府", "2023 年政府信息公开工作年度报告", "二、主动公开政府信息情况",
        "第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t0\t0\t0", "行政规范性文件\t0\t5\t5",
        "三、收到和处理政府信息公开申请情况",
        "（六）其他处理\t0\t0\t0\t0\t0\t0\t0",
        "（七）总计\t1\t0\t0\t0\t0\t0\t1");

    ReadResult r = READER.read(text);

    then(r.report().edition()).isEqualTo(Edition.V2019);
    then(r.report().isMixedEdition()).isTrue();
    then(r.report().table(TableType.ITEM1_2021)).isPresent();
    then(r.report().table(TableType.APPLICATIONS_2019).orElseThrow()
        .cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(r.findings()).extracting(ReaderFinding::code).contains("reader.mixed-edition");
  }

  @Test
  void label_typos_are_read_through_the_alias_list_and_reported() {
    String text = "某县2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "2.其他法律行政止公开\t1\t0\t0\t0\t0\t0\t1\n5.属于三类内容事务信息\t2\t0\t0\t0\t0\t0\t2\n";

    ReadResult r = READER.read(text);

    Table apps = r.report().table(TableType.APPLICATIONS_2019).orElseThrow();
    then(apps.cell(ApplicationRow.DENIED_LAW_FORBIDDEN, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(1));
    then(apps.cell(ApplicationRow.DENIED_INTERNAL_AFFAIRS, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(2));
    then(r.findings()).filteredOn(f -> f.code().equals("reader.label-alias")).hasSize(2);
  }

  @Test
  void chart_residue_after_the_tables_is_never_read_and_numbers_in_a_table_that_fit_nowhere_are_reported() {
    String text = tabReport2021().replace("行政强制\t8", "行政强制\t8\n备注\n99");

    ReadResult r = READER.read(text);

    then(r.findings()).filteredOn(f -> f.code().equals("reader.unplaced-number"))
        .extracting(f -> f.arguments().get(0)).containsExactly("99");
  }

  @Test
  void reads_the_legacy_form_with_split_labels_units_a_heading_value_a_cumulative_column_and_a_custom_row() {
    String text = String.join("\n",
        "某镇2017年政务信息公开年度报告", "一、主要工作情况", "虚构的工作说明。", "附件",
        "政府信息公开情况统计表", "（2017年度）",
        "统 计 指 标\t单位\t统计数\t累计",
        "一、主动公开情况\t\t",
        "（一）主动公开政府信息数",
        "（不同渠道和方式公开相同信息计1条）\t条\t190\t800",
        "（二）通过不同渠道和方式回应解读的情况\t\u00a0\t0",
        "六、举报投诉数量\t件\t3\t10",
        "网上咨询答复数\t件\t12\t40",
        "七、依申请公开信息收取的费用\t万元\t0.5",
        "（四）政府信息公开专项经费（不包括用于政府公报编辑",
        "管理及政府网站建设维护等方面的经费）\t万元\t1.1\t—");

    ReadResult r = READER.read(text);

    then(r.report().edition()).isEqualTo(Edition.LEGACY);
    then(r.report().metadata().year()).isEqualTo(2017);
    Table t = r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(190));
    then(t.cell(LegacyIndicator.L1_1, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(800));
    then(t.cell(LegacyIndicator.L2_2, LegacyColumn.VALUE)).isEqualTo(Cell.of(0));
    then(t.cell(LegacyIndicator.L7, LegacyColumn.VALUE))
        .isEqualTo(Cell.amount(new BigDecimal("0.5"), AmountUnit.WAN_YUAN));
    then(t.cell(LegacyIndicator.L8_4, LegacyColumn.VALUE))
        .isEqualTo(Cell.amount(new BigDecimal("1.1"), AmountUnit.WAN_YUAN));
    then(t.customRows()).singleElement().satisfies(c -> {
      then(c.label()).isEqualTo("网上咨询答复数");
      then(t.cell(c, LegacyColumn.VALUE)).isEqualTo(Cell.of(12));
      then(t.indexOfRow(c)).isEqualTo(t.indexOfRow(LegacyIndicator.L6) + 1);
    });
  }

  @Test
  void detached_labels_are_read_in_printed_order_only_when_every_total_checks() {
    List<String> lines = new ArrayList<>(List.of("某县2021年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人"));
    long[][] grid = new long[23][7];
    grid[0] = new long[] {5, 1, 0, 0, 0, 0, 6};
    grid[2] = new long[] {3, 1, 0, 0, 0, 0, 4};
    grid[12] = new long[] {2, 0, 0, 0, 0, 0, 2};
    grid[21] = new long[] {5, 1, 0, 0, 0, 0, 6};
    for (long[] row : grid) {
      for (long v : row) {
        lines.add(Long.toString(v));
        lines.add("");
      }
    }
    lines.add("一、本年新收政府信息公开申请数量");
    lines.add("（六）其他处理");

    ReadResult ok = READER.read(String.join("\n", lines));
    lines.set(4, "6");
    ReadResult wrong = READER.read(String.join("\n", lines));

    Table apps = ok.report().table(TableType.APPLICATIONS_2019).orElseThrow();
    then(apps.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(6));
    then(apps.cell(ApplicationRow.UNABLE_NOT_HELD, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(2));
    then(ok.findings()).extracting(ReaderFinding::code).contains("reader.detached-labels");
    then(wrong.findings()).extracting(ReaderFinding::code).contains("reader.unplaced-number");
  }

  @Test
  void decodes_gb18030_utf16_and_byte_order_marks() {
    String text = tabReport2021();
    byte[] gbk = text.getBytes(Charset.forName("GB18030"));
    byte[] utf16le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16beBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    byte[] utf8Bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

    for (byte[] bytes : List.of(gbk, utf16le, utf16beBom, utf8Bom)) {
      ReadResult r = READER.read(bytes);
      then(r.report().metadata().agency()).isEqualTo("示例县人民政府");
      then(r.report().table(TableType.APPLICATIONS_2021).orElseThrow()
          .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(36));
    }
    then(READER.read(gbk).findings()).extracting(ReaderFinding::code).contains("reader.encoding");
  }

  @Test
  void bytes_in_no_supported_encoding_are_refused_with_a_clear_message() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0x41, (byte) 0xFE};

    Throwable thrown = catchThrowable(() -> READER.read(bytes));

    then(thrown).isInstanceOf(TableFormatException.class).hasMessageContaining("GB18030");
  }

  @Test
  void inputs_over_the_documented_limits_are_refused_with_input_limit_exceptions() {
    TextReportReader small = TextReportReader.builder().maxDocumentChars(100).maxLines(5).build();
    String longNumber = "某县2021年政府信息公开工作年度报告\n第二十条第（五）项\n行政许可\t" + "9".repeat(40);

    then(catchThrowable(() -> small.read("x".repeat(101)))).isInstanceOf(InputLimitException.class);
    then(catchThrowable(() -> small.read("a\nb\nc\nd\ne\nf\ng"))).isInstanceOf(InputLimitException.class);
    then(catchThrowable(() -> READER.read(longNumber))).isInstanceOf(InputLimitException.class)
        .hasMessageContaining("digits");
  }

  @Test
  void a_text_without_title_gets_placeholders_and_a_finding() {
    ReadResult r = READER.read("第二十条第（五）项\n行政许可\t3\t0\t5\n");

    then(r.findings()).extracting(ReaderFinding::code).contains("reader.missing-metadata");
    then(r.report().table(TableType.ITEM5_2019).orElseThrow()
        .cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS)).isEqualTo(Cell.of(5));
  }

  @Test
  void the_html_entry_point_records_locations_from_the_locator() {
    List<String> rows = List.of("第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t7", "行政强制\t1");

    ReadResult r = READER.read(rows, (line, cell) -> Location.ofHtmlCell(0, line - 1, cell - 1));

    then(r.locationOf(CellRef.of(TableType.ITEM6_2021, Section2Row.ADMINISTRATIVE_PENALTY,
        Section2Column.DECISIONS_THIS_YEAR))).contains(Location.ofHtmlCell(0, 2, 1));
  }
}
