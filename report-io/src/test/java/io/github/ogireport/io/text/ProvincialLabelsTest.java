package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Provincial legacy forms print row names of their own. The names of the model's shared catalogue
 * ({@link OfficialForm#PROVINCIAL_LEGACY_LABELS}) are read by what they mean: a same-meaning name into its
 * national row, a name of another meaning into a custom row, even where its words end with a national
 * label (信函、传真申请数 ends with 传真申请数, which is L3.1.2 alone).
 */
final class ProvincialLabelsTest {
  private static final String TITLE = "示例县民政局2014年政府信息公开工作年度报告\n一、概述\n本局依法公开政府信息。\n"
      + "二、示例县民政局政府信息公开情况统计表\n";

  private static String cellPerLine(List<String[]> rows) {
    StringBuilder sb = new StringBuilder(TITLE).append("统计指标\n计量单位\n数量\n累计\n");
    for (String[] r : rows) {
      for (String c : r) {
        sb.append(c).append('\n');
      }
    }
    return sb.append("三、存在的主要问题\n无。\n").toString();
  }

  private static Table legacy(ReadResult r) {
    return r.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
  }

  private static CustomRow custom(Table t, String label) {
    return t.customRows().stream().filter(c -> c.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no custom row " + label + " in " + t.customRows()));
  }

  @Test
  void a_name_of_another_meaning_is_a_custom_row_even_where_it_ends_with_a_national_label() {
    ReadResult r = TextReportReader.lenient().read(cellPerLine(List.of(
        new String[] {"申请总数", "件", "12", "80"},
        new String[] {"信函、传真申请数", "件", "5", "31"},
        new String[] {"网上申请数", "件", "7", "49"})));

    Table t = legacy(r);
    then(t.cell(LegacyIndicator.L3_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(12));
    then(t.cell(LegacyIndicator.L3_1, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(80));
    then(t.cell(LegacyIndicator.L3_1_3, LegacyColumn.VALUE)).isEqualTo(Cell.of(7));
    CustomRow lettersAndFaxes = custom(t, "信函、传真申请数");
    then(t.cell(lettersAndFaxes, LegacyColumn.VALUE)).isEqualTo(Cell.of(5));
    then(t.cell(lettersAndFaxes, LegacyColumn.CUMULATIVE)).isEqualTo(Cell.of(31));
    // neither the fax row nor the letter row took the merged row's numbers, nor the heading row the total's
    then(t.cell(LegacyIndicator.L3_1_2, LegacyColumn.VALUE).isBlank()).isTrue();
    then(t.cell(LegacyIndicator.L3_1_4, LegacyColumn.VALUE).isBlank()).isTrue();
    then(t.cell(LegacyIndicator.L3, LegacyColumn.VALUE).isBlank()).isTrue();
    then(r.findings()).anyMatch(f -> f.code().equals("reader.custom-row") && f.arguments().contains("信函、传真申请数"));
  }

  @Test
  void every_name_of_the_catalogue_is_read_by_its_meaning() {
    for (OfficialForm.ProvincialLabel p : OfficialForm.PROVINCIAL_LEGACY_LABELS) {
      ReadResult r = TextReportReader.lenient().read(cellPerLine(List.<String[]>of(
          new String[] {"（三）接受培训人员数", "人次", "300", "4000"},
          new String[] {p.label(), "件", "17", "170"})));

      Table t = legacy(r);
      if (p.sameMeaning()) {
        then(t.cell(p.standsFor().get(0), LegacyColumn.VALUE)).as(p.label()).isEqualTo(Cell.of(17));
        then(t.customRows()).as(p.label()).isEmpty();
      } else {
        then(t.cell(custom(t, p.label()), LegacyColumn.VALUE)).as(p.label()).isEqualTo(Cell.of(17));
        for (LegacyIndicator li : p.standsFor()) {
          then(t.cell(li, LegacyColumn.VALUE).isBlank()).as(p.label() + " not read into " + li).isTrue();
        }
      }
    }
  }

  @Test
  void a_unit_printed_in_the_unit_column_is_the_value_unit() {
    ReadResult r = TextReportReader.lenient().read(cellPerLine(List.of(
        new String[] {"申请总数", "件", "12", "80"},
        new String[] {"依申请公开信息收取的费用", "元", "350", "1200"})));

    Table t = legacy(r);
    then(t.cell(LegacyIndicator.L7, LegacyColumn.VALUE))
        .isEqualTo(Cell.of(io.github.ogireport.model.Amount.of(new BigDecimal("350"), AmountUnit.YUAN)));
  }
}
