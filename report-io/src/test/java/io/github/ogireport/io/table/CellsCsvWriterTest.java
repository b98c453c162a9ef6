package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellsCsvWriterTest {
  private final CellsCsvWriter writer = CellsCsvWriter.standard();

  private static List<String> lines(String csv) {
    then(csv).endsWith("\r\n");
    return List.of(csv.substring(0, csv.length() - 2).split("\r\n", -1));
  }

  @Test
  void writes_a_header_and_one_line_per_cell() {
    Report report = SampleReports.report2021();

    List<String> lines = lines(writer.write(report));

    // 2021: item1 2x3, item5 1x1, item8 1x1, applications 25x7, review 3x5
    then(lines).hasSize(1 + 6 + 1 + 1 + 175 + 15);
    then(lines.get(0)).isEqualTo(
        "edition,table,row_key,column_key,row_label,column_label,value,unit,source_location,source_label");
    int cells = report.tableList().stream().mapToInt(t -> t.rows().size() * t.columns().size()).sum();
    then(lines).hasSize(cells + 1);
  }

  @Test
  void writes_official_labels_with_group_prefixes_and_empty_blanks() {
    List<String> lines = lines(writer.write(SampleReports.report2021()));

    then(lines).contains(
        "2021,applications_2021,new_received,natural_person,一、本年新收政府信息公开申请数量,申请人情况 › 自然人,10,,,",
        "2021,applications_2021,new_received,research_institution,一、本年新收政府信息公开申请数量,"
            + "申请人情况 › 法人或其他组织 › 科研机构,,,,",
        "2021,applications_2021,other_overdue_fee,total,三、本年度办理结果 › （六）其他处理 › "
            + "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,申请人情况 › 总计,4,,,",
        "2021,review_litigation,litigation_after_review,upheld,行政诉讼 › 复议后起诉,结果维持,5,,,",
        "2021,article20_item1_2021,administrative_normative_documents,repealed,行政规范性文件,本年废止件数,,,,");
  }

  @Test
  void writes_amounts_as_number_and_unit() {
    then(lines(writer.write(SampleReports.report2021()))).contains(
        "2021,article20_item8_2021,administrative_fees,fees_amount,行政事业性收费,本年收费金额（单位：万元）,12.50,万元,,");
    then(lines(writer.write(SampleReports.report2019()))).contains(
        "2019,article20_item9_2019,centralized_procurement,procurement_amount,政府集中采购,采购总金额,251000,元,,",
        "2019,article20_item5_2019,administrative_licensing,change,行政许可,本年增/减,-309,,,");
  }

  @Test
  void quotes_labels_with_commas_and_quotes_and_keeps_legacy_units() {
    List<String> lines = lines(writer.write(SampleReports.legacy()));

    then(lines).contains(
        "legacy,legacy_statistics,x.fees,value,\"其中：复印费, \"\"含邮寄\"\"\",统计数,35,元,,\"其中：复印费, \"\"含邮寄\"\"\"",
        "legacy,legacy_statistics,L1.1,cumulative,（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）,累计,900,条,,",
        "legacy,legacy_statistics,L1,value,一、主动公开情况,统计数,,,,");
    // 65 official rows + 1 custom row, 2 columns each
    then(lines).hasSize(1 + 66 * 2);
  }

  @Test
  void writes_the_source_location_of_read_cells() {
    Report report = Report.builder().from(SampleReports.report2019()).build();
    CellRef ref = CellRef.of(TableType.APPLICATIONS_2019, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON);
    ReadResult result = new ReadResult(report, Map.of(ref, Location.ofHtmlCell(3, 7, 2)), List.of());

    then(lines(writer.write(result))).contains(
        "2019,applications_2019,granted,natural_person,三、本年度办理结果 › （一）予以公开,申请人情况 › 自然人,258,,"
            + "table[3]/tr[7]/td[2],");
  }

  @Test
  void quote_follows_rfc_4180() {
    then(CellsCsvWriter.quote("plain")).isEqualTo("plain");
    then(CellsCsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
    then(CellsCsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    then(CellsCsvWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void stream_output_is_utf8_and_equal_to_the_string() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(SampleReports.report2021(), out);

    then(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.write(SampleReports.report2021()));
  }

  @Test
  void a_report_of_the_section_four_table_only_takes_the_report_edition() {
    Report report = SampleReports.report2019().toBuilder()
        .tables(Map.of(TableType.REVIEW_LITIGATION, Table.blank(TableType.REVIEW_LITIGATION)))
        .build();

    then(lines(writer.write(report))).hasSize(16).allMatch(l -> l.startsWith("2019,") || l.startsWith("edition"));
  }
}
