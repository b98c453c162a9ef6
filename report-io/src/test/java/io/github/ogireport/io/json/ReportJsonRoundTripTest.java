package io.github.ogireport.io.json;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class ReportJsonRoundTripTest {
  private static final ReportJson JSON = ReportJson.standard();

  /** A plain reader of the written text, independent of the code under test, that keeps decimals exact. */
  private static final JsonMapper TREE = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @Test
  void every_cell_of_a_2019_report_survives_the_round_trip() throws Exception {
    assertEveryCellSurvives(EditionReports.edition2019(), 22 + 161 + 15);
  }

  @Test
  void every_cell_of_a_2021_report_survives_the_round_trip() throws Exception {
    assertEveryCellSurvives(EditionReports.edition2021(), 10 + 175 + 15);
  }

  @Test
  void every_cell_of_a_legacy_report_survives_the_round_trip_with_its_custom_rows() throws Exception {
    Report legacy = EditionReports.legacy();

    assertEveryCellSurvives(legacy, (65 + 3) * 2);

    Table back = JSON.read(JSON.write(legacy)).table(TableType.LEGACY_STATISTICS).orElseThrow();
    List<TableRow> rows = back.rows();
    then(rows.get(rows.indexOf(LegacyIndicator.L6) + 1)).isEqualTo(EditionReports.COMPLAINTS_ONLINE);
    then(rows.get(rows.indexOf(LegacyIndicator.L6) + 2)).isEqualTo(EditionReports.HOTLINE);
    then(rows.get(rows.indexOf(LegacyIndicator.L7) + 1)).isEqualTo(EditionReports.FEES_ONLINE);
    then(back.customRows()).extracting(r -> r.englishName())
        .containsExactly("其中：网上举报投诉数量", "政务热线受理数", "of which: paid online");
  }

  /**
   * Checks, for every cell of every table of the edition, that the cell is set in the report under test,
   * that the written JSON holds it at {@link CellRef#path()} in the documented form, and that it reads back
   * equal; and that the whole report reads back equal.
   */
  private static void assertEveryCellSurvives(Report report, int expectedCells) throws Exception {
    String text = JSON.write(report);
    JsonNode tree = TREE.readTree(text);
    Report back = JSON.read(text);

    int cells = 0;
    for (TableType type : report.edition().tableTypes()) {
      Table table = report.table(type).orElseThrow();
      then(tree.at("/tables/" + type.key() + "/rows").size()).isEqualTo(table.rows().size());
      for (TableRow row : table.rows()) {
        then(tree.at("/tables/" + type.key() + "/rows/" + row.key()).size()).isEqualTo(table.columns().size());
        for (TableColumn column : table.columns()) {
          CellRef ref = CellRef.of(type, row, column);
          Cell cell = table.cell(row, column);
          assertWrittenAs(tree.at(ref.path()), cell, ref);
          then(back.table(type).orElseThrow().cell(row, column)).as(ref.path()).isEqualTo(cell);
          cells++;
        }
      }
    }
    then(cells).isEqualTo(expectedCells);
    then(tree.get("tables").size()).isEqualTo(report.edition().tableTypes().size());
    then(back).isEqualTo(report);
  }

  private static void assertWrittenAs(JsonNode node, Cell cell, CellRef ref) {
    then(node.isMissingNode()).as("%s is present", ref).isFalse();
    if (cell.isBlank()) {
      then(node.isNull()).as("%s is null", ref).isTrue();
    } else if (cell.isInteger()) {
      then(node.isIntegralNumber()).as("%s is a JSON integer", ref).isTrue();
      then(node.longValue()).as(ref.path()).isEqualTo(cell.longValue());
    } else {
      Amount amount = cell.amount().orElseThrow();
      then(node.size()).as("%s has value and unit only", ref).isEqualTo(2);
      then(node.get("value").decimalValue()).as(ref.path()).isEqualTo(amount.value());
      then(node.get("unit").textValue()).as(ref.path()).isEqualTo(amount.unit().key());
    }
  }

  @Test
  void a_small_report_is_written_exactly_in_the_documented_shape() {
    Report report = Report.builder()
        .metadata(ReportMetadata.of("某县人民政府", 2023))
        .edition(Edition.V2021)
        .table(Table.builder(TableType.REVIEW_LITIGATION)
            .row(ReviewRow.REVIEW, 1L, 0L, null, 0L, 1L)
            .build())
        .table(Table.builder(TableType.ITEM8_2021)
            .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, new BigDecimal("4332.80"),
                AmountUnit.WAN_YUAN)
            .build())
        .build();

    then(JSON.write(report)).isEqualTo("{\"format\":\"ogi-report/1\",\"edition\":\"2021\","
        + "\"metadata\":{\"agency\":\"某县人民政府\",\"year\":2023,\"divisionCode\":null,\"title\":null,"
        + "\"publicationDate\":null,\"source\":null},"
        + "\"narrative\":[],"
        + "\"tables\":{"
        + "\"article20_item8_2021\":{\"rows\":{\"administrative_fees\":"
        + "{\"fees_amount\":{\"value\":4332.80,\"unit\":\"wan_yuan\"}}}},"
        + "\"review_litigation\":{\"rows\":{"
        + "\"review\":{\"upheld\":1,\"corrected\":0,\"other\":null,\"pending\":0,\"total\":1},"
        + "\"litigation_direct\":{\"upheld\":null,\"corrected\":null,\"other\":null,\"pending\":null,\"total\":null},"
        + "\"litigation_after_review\":{\"upheld\":null,\"corrected\":null,\"other\":null,\"pending\":null,"
        + "\"total\":null}}}}}");
  }

  @Test
  void the_2019_json_holds_hand_written_fragments() {
    String text = JSON.write(EditionReports.edition2019());

    then(text)
        .startsWith("{\"format\":\"ogi-report/1\",\"edition\":\"2019\",\"metadata\":{\"agency\":\"某市某区人民政府\","
            + "\"year\":2019,\"divisionCode\":\"370303\",\"title\":\"某区人民政府2019年政府信息公开工作年度报告\","
            + "\"publicationDate\":\"2020-01-31\",\"source\":\"https://example.gov.cn/2019.html\"},"
            + "\"narrative\":[{\"section\":\"overview\",\"heading\":\"一、总体情况\",")
        .contains("{\"section\":\"problems\",\"heading\":\"五、存在的问题\",\"text\":\"公开内容仍需细化。\\n下一步将加强培训。\"}")
        .contains("\"article20_item1_2019\":{\"rows\":{\"rules\":{\"new_made\":3,\"new_disclosed\":2,"
            + "\"total_disclosed\":41},\"normative_documents\":{\"new_made\":0,\"new_disclosed\":null,"
            + "\"total_disclosed\":1204}}}")
        .contains("\"administrative_licensing\":{\"previous_items\":1536,\"change\":-309,\"decisions\":482117}")
        .contains("\"administrative_fees\":{\"previous_items\":14,\"change\":-999999999999999}")
        .contains("\"centralized_procurement\":{\"procurement_projects\":126,"
            + "\"procurement_amount\":{\"value\":4332.80,\"unit\":\"wan_yuan\"}}");
  }

  @Test
  void the_legacy_json_lists_custom_rows_with_the_row_they_follow() {
    String text = JSON.write(EditionReports.legacy());

    then(text).contains("\"legacy_statistics\":{\"customRows\":["
        + "{\"key\":\"province.complaints_online\",\"label\":\"其中：网上举报投诉数量\","
        + "\"englishName\":\"其中：网上举报投诉数量\",\"unit\":\"件\",\"after\":\"L6\"},"
        + "{\"key\":\"hotline_calls\",\"label\":\"政务热线受理数\",\"englishName\":\"政务热线受理数\",\"unit\":null,"
        + "\"after\":\"province.complaints_online\"},"
        + "{\"key\":\"province.fees_online\",\"label\":\"其中：网上缴费金额\",\"englishName\":\"of which: paid online\","
        + "\"unit\":\"元\",\"after\":\"L7\"}],\"rows\":{\"L1\":{\"value\":null,\"cumulative\":null},");
    then(text)
        .contains("\"L7\":{\"value\":{\"value\":0.35,\"unit\":\"wan_yuan\"},\"cumulative\":null}")
        .contains("\"L8.4\":{\"value\":{\"value\":12.5,\"unit\":\"unspecified\"},"
            + "\"cumulative\":{\"value\":0.000,\"unit\":\"wan_yuan\"}}")
        .contains("\"province.fees_online\":{\"value\":{\"value\":1999.99,\"unit\":\"yuan\"},"
            + "\"cumulative\":{\"value\":0.000001,\"unit\":\"yuan\"}}");
  }

  @Test
  void the_2021_json_keeps_the_scale_of_an_amount_in_yuan_and_escapes_only_what_json_requires() {
    String text = JSON.write(EditionReports.edition2021());

    then(text)
        .contains("\"fees_amount\":{\"value\":4168558.00,\"unit\":\"yuan\"}")
        .contains("\"administrative_compulsion\":{\"decisions_this_year\":null}")
        .contains("\"decisions_this_year\":123456789012}")
        .contains("\"text\":\"特殊字符：\\\"引号\\\" \\\\ / \\t 制表 \u2028 😀\"")
        .doesNotContain("E+", "e+", "\n");
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void writing_to_streams_and_reading_from_every_kind_of_input_agree(Edition edition) {
    Report report = EditionReports.of(edition);
    String text = JSON.write(report);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();

    JSON.write(report, bytes);
    JSON.write(report, chars);

    then(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    then(chars.toString()).isEqualTo(text);
    then(JSON.read(bytes.toByteArray())).isEqualTo(report);
    then(JSON.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(report);
    then(JSON.read(new StringReader(text))).isEqualTo(report);
  }

  @Test
  void members_may_come_in_any_order_and_omitted_cells_and_optional_members_read_as_blank_or_empty() {
    String text = "{\"tables\":{\"legacy_statistics\":{"
        + "\"rows\":{\"hotline\":{\"value\":7},\"L6\":{\"cumulative\":2}},"
        + "\"customRows\":[{\"unit\":null,\"label\":\"热线\",\"key\":\"hotline\",\"after\":\"L6\"}]}},"
        + "\"metadata\":{\"year\":2017,\"agency\":\"某镇人民政府\"},"
        + "\"edition\":\"legacy\",\"format\":\"ogi-report/1\"}";

    Report report = JSON.read(text);

    Table form = report.table(TableType.LEGACY_STATISTICS).orElseThrow();
    TableRow hotline = form.customRows().get(0);
    then(hotline.key()).isEqualTo("hotline");
    then(hotline.englishName()).isEqualTo("热线");
    then(form.rows().indexOf(hotline)).isEqualTo(form.rows().indexOf(LegacyIndicator.L6) + 1);
    then(form.cell(hotline, LegacyColumn.VALUE)).isEqualTo(Cell.of(7));
    then(form.cell(hotline, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.blank());
    then(form.cell(LegacyIndicator.L6, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(2));
    then(form.cell(LegacyIndicator.L1_1, LegacyColumn.VALUE)).isEqualTo(Cell.blank());
    then(report.narrative()).isEmpty();
    then(report.metadata()).isEqualTo(ReportMetadata.of("某镇人民政府", 2017));
  }

  @Test
  void equal_reports_give_identical_json_whatever_order_their_tables_were_added_in() throws Exception {
    Report original = EditionReports.edition2021();
    List<Table> reversed = new ArrayList<>(original.tableList());
    Collections.reverse(reversed);
    Report.Builder builder = Report.builder().metadata(original.metadata()).edition(original.edition())
        .addAllNarrative(original.narrative());
    reversed.forEach(builder::table);

    then(JSON.write(builder.build())).isEqualTo(JSON.write(original));
    List<String> order = new ArrayList<>();
    TREE.readTree(JSON.write(builder.build())).get("tables").fieldNames().forEachRemaining(order::add);
    then(order).containsExactlyElementsOf(Edition.V2021.tableTypes().stream().map(TableType::key).toList());
  }
}
