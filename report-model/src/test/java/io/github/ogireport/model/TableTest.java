package io.github.ogireport.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TableTest {

  @Test
  void every_cell_of_a_new_table_is_blank_not_zero() {
    Table table = Table.blank(TableType.APPLICATIONS_2021);

    then(table.isBlank()).isTrue();
    then(table.cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    then(table.cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL)).isNotEqualTo(Cell.of(0));
  }

  @Test
  void table_types_have_the_cell_counts_of_the_spec() {
    then(TableType.APPLICATIONS_2019.cellCount()).isEqualTo(161);
    then(TableType.APPLICATIONS_2021.cellCount()).isEqualTo(175);
    then(TableType.REVIEW_LITIGATION.cellCount()).isEqualTo(15);
    int section2of2019 = Edition.V2019.tableTypes().stream()
        .filter(t -> t.section() == ReportSection.ACTIVE_DISCLOSURE).mapToInt(TableType::cellCount).sum();
    int section2of2021 = Edition.V2021.tableTypes().stream()
        .filter(t -> t.section() == ReportSection.ACTIVE_DISCLOSURE).mapToInt(TableType::cellCount).sum();
    then(section2of2019).isEqualTo(22);
    then(section2of2021).isEqualTo(10);
    then(LegacyIndicator.values()).hasSize(65);
    then(java.util.Arrays.stream(LegacyIndicator.values()).filter(i -> !i.isHeading())).hasSize(58);
  }

  @Test
  void rejects_a_negative_count_naming_the_cell() {
    Table.Builder builder = Table.builder(TableType.APPLICATIONS_2019);

    assertThatThrownBy(() -> builder.count(ApplicationRow.GRANTED, ApplicantColumn.TOTAL, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count applications_2019/granted/total must not be negative but was -1");
  }

  @Test
  void accepts_a_negative_change_in_the_signed_column() {
    Table table = Table.builder(TableType.ITEM5_2019)
        .count(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE, -309)
        .build();

    then(table.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE).longValue()).isEqualTo(-309);
  }

  @Test
  void rejects_a_row_that_the_edition_does_not_have() {
    Table.Builder builder = Table.builder(TableType.APPLICATIONS_2019);

    assertThatThrownBy(() -> builder.count(ApplicationRow.OTHER_OVERDUE_FEE, ApplicantColumn.TOTAL, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table applications_2019 has no row 'other_overdue_fee'");
  }

  @Test
  void rejects_an_integer_in_an_amount_column() {
    Table.Builder builder = Table.builder(TableType.ITEM9_2019);

    assertThatThrownBy(() -> builder.count(
            Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes an amount");
  }

  @Test
  void allows_totals_that_do_not_add_up() {
    Table table = Table.builder(TableType.REVIEW_LITIGATION).row(ReviewRow.REVIEW, 14L, 4L, 0L, 0L, 9L).build();

    then(table.cell(ReviewRow.REVIEW, ReviewColumn.TOTAL)).isEqualTo(Cell.of(9));
  }

  @Test
  void amounts_keep_their_unit_and_normalise_to_wan_yuan_exactly() {
    Amount yuan = Amount.of(new BigDecimal("4168558"), AmountUnit.YUAN);
    Amount unspecified = Amount.of(new BigDecimal("12.5"), AmountUnit.UNSPECIFIED);

    then(yuan.inWanYuan()).contains(new BigDecimal("416.8558"));
    then(Amount.ofWanYuan(new BigDecimal("4332.8")).inWanYuan()).contains(new BigDecimal("4332.8"));
    then(unspecified.inWanYuan()).isEmpty();
    then(Amount.of(new BigDecimal("4332.80"), AmountUnit.WAN_YUAN))
        .isNotEqualTo(Amount.of(new BigDecimal("4332.8"), AmountUnit.WAN_YUAN));
  }

  @Test
  void legacy_tables_hold_custom_rows_in_printed_order() {
    CustomRow extra = CustomRow.of("province.complaints_online", "其中：网上举报投诉数量", Optional.of("件"));
    Table table = Table.builder(TableType.LEGACY_STATISTICS)
        .addCustomRow(extra, LegacyIndicator.L6)
        .count(extra, LegacyColumn.VALUE, 3)
        .count(LegacyIndicator.L6, LegacyColumn.CUMULATIVE, 40)
        .build();

    then(table.rows().get(table.indexOfRow(LegacyIndicator.L6) + 1)).isEqualTo(extra);
    then(table.cell(extra, LegacyColumn.VALUE)).isEqualTo(Cell.of(3));
    then(table.customRows()).containsExactly(extra);
    then(table.rows()).hasSize(66);
  }

  @Test
  void custom_rows_are_refused_outside_the_legacy_form() {
    CustomRow extra = CustomRow.of("x", "x", Optional.empty());

    assertThatThrownBy(() -> Table.builder(TableType.APPLICATIONS_2021).addCustomRow(extra))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table applications_2021 takes no custom rows");
  }

  @Test
  void cell_paths_round_trip_through_parse() {
    CellRef ref = CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.GRANTED, ApplicantColumn.TOTAL);

    then(ref.path()).isEqualTo("/tables/applications_2021/rows/granted/total");
    then(CellRef.parse(ref.path())).contains(ref);
    then(CellRef.parse("/tables/applications_2019/rows/other_overdue_fee/total")).isEmpty();
  }

  @Test
  void equal_tables_are_equal_and_hash_alike() {
    Table a = Table.builder(TableType.ITEM1_2021).row(Section2Row.RULES, 1L, 0L, 11L).build();
    Table b = Table.builder(TableType.ITEM1_2021).row(Section2Row.RULES, 1L, 0L, 11L).build();
    Table c = Table.builder(TableType.ITEM1_2021).row(Section2Row.RULES, 1L, null, 11L).build();

    then(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    then(a.toBuilder().build()).isEqualTo(a);
  }

  @Test
  void copied_integers_match_every_cell_blank_amount_and_custom_row_included() {
    CustomRow extra = CustomRow.of("province.complaints_online", "其中：网上举报投诉数量", Optional.of("件"));
    CustomRow money = CustomRow.of("province.fees", "收费金额", Optional.of("万元"));
    Table table = Table.builder(TableType.LEGACY_STATISTICS)
        .addCustomRow(extra, LegacyIndicator.L6)
        .addCustomRow(money)
        .count(extra, LegacyColumn.VALUE, 3)
        .count(LegacyIndicator.L6, LegacyColumn.CUMULATIVE, Cell.MAX_MAGNITUDE)
        .count(LegacyIndicator.L6, LegacyColumn.VALUE, 0)
        .amount(money, LegacyColumn.VALUE, new BigDecimal("12.5"), AmountUnit.WAN_YUAN)
        .build();
    int n = table.rows().size() * table.columns().size();
    long[] values = new long[n + 2];
    boolean[] blank = new boolean[n + 2];
    java.util.Arrays.fill(values, -7L);

    table.copyIntegers(values, blank, 1);

    then(values[0]).isEqualTo(-7L);
    then(values[n + 1]).isEqualTo(-7L);
    int filled = 0;
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        Cell cell = table.cell(r, c);
        int at = 1 + r * table.columns().size() + c;
        then(blank[at]).as("blank %d/%d", r, c).isEqualTo(cell.isBlank());
        then(values[at]).as("value %d/%d", r, c).isEqualTo(cell.integer().orElse(0L));
        filled += cell.isBlank() ? 0 : 1;
      }
    }
    then(filled).isEqualTo(4);
    then(values[1 + table.indexOfRow(LegacyIndicator.L6) * table.columns().size()
        + table.columns().indexOf(LegacyColumn.CUMULATIVE)]).isEqualTo(Cell.MAX_MAGNITUDE);
  }

  @Test
  void copying_integers_into_a_short_array_is_refused_and_leaves_the_table_unchanged() {
    Table table = Table.builder(TableType.REVIEW_LITIGATION).row(ReviewRow.REVIEW, 14L, 4L, 0L, 0L, 9L).build();
    Table copy = table.toBuilder().build();

    assertThatThrownBy(() -> table.copyIntegers(new long[3], new boolean[3], 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    long[] values = new long[15];
    table.copyIntegers(values, new boolean[15], 0);
    values[0] = 99;
    then(table).isEqualTo(copy);
    then(table.cell(ReviewRow.REVIEW, ReviewColumn.UPHELD)).isEqualTo(Cell.of(14));
  }
}
