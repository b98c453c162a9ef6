package io.github.ogireport.validation.aggregate;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.ReportValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReportAggregatorTest {
  private static final ReportAggregator AGGREGATOR = ReportAggregator.standard();
  private static final CellRef REVIEW_TOTAL =
      CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.TOTAL);
  private static final CellRef REVIEW_UPHELD =
      CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.UPHELD);
  private static final CellRef FEES =
      CellRef.of(TableType.ITEM8_2021, Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT);

  private static Report report(String agency, int year, Edition edition, Table... tables) {
    Report.Builder b = Report.builder().metadata(ReportMetadata.of(agency, year)).edition(edition);
    for (Table t : tables) {
      b.table(t);
    }
    return b.build();
  }

  /** A section 四 table with one row of review outcomes (upheld, corrected, other, pending, total). */
  private static Table review(Long upheld, Long corrected, Long other, Long pending, Long total) {
    return Table.builder(TableType.REVIEW_LITIGATION)
        .row(ReviewRow.REVIEW, upheld, corrected, other, pending, total)
        .build();
  }

  private static Table fees(String value, AmountUnit unit) {
    return Table.builder(TableType.ITEM8_2021)
        .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, new BigDecimal(value), unit)
        .build();
  }

  private static Cell cell(Aggregate a, CellRef ref) {
    return a.report().cell(ref).orElseThrow();
  }

  @Test
  void every_cell_is_the_sum_of_the_sources_and_the_metadata_is_the_callers_agency_and_the_year() {
    Report a = report("甲镇人民政府", 2023, Edition.V2021, review(1L, 2L, 0L, 1L, 4L));
    Report b = report("乙镇人民政府", 2023, Edition.V2021, review(3L, 0L, 1L, 0L, 4L));

    Aggregate total = AGGREGATOR.aggregate("某县（汇总）", List.of(a, b));

    then(total.report().metadata().agency()).isEqualTo("某县（汇总）");
    then(total.report().metadata().year()).isEqualTo(2023);
    then(total.report().edition()).isEqualTo(Edition.V2021);
    then(total.sourceCount()).isEqualTo(2);
    then(cell(total, REVIEW_TOTAL)).isEqualTo(Cell.of(8));
    then(cell(total, REVIEW_UPHELD)).isEqualTo(Cell.of(4));
    then(total.partialCells()).isEmpty();
    then(total.isComplete()).isTrue();
    then(ReportValidator.standard().validate(total.report()).hasErrors()).isFalse();
  }

  @Test
  void a_cell_blank_in_every_source_stays_blank_and_is_not_partial() {
    Report a = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, null, 1L));
    Report b = report("乙", 2023, Edition.V2021, review(2L, 0L, 0L, null, 2L));

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(a, b));

    CellRef pending = CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.PENDING);
    then(cell(total, pending).isBlank()).isTrue();
    then(total.isPartial(pending)).isFalse();
  }

  @Test
  void a_cell_blank_in_some_sources_is_the_sum_of_the_filled_ones_and_names_the_blank_sources() {
    Report a = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));
    Report b = report("乙", 2023, Edition.V2021, review(2L, null, 0L, 0L, 2L));
    Report c = report("丙", 2023, Edition.V2021, review(5L, null, 0L, 0L, 5L));

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(a, b, c));

    CellRef corrected = CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.CORRECTED);
    then(cell(total, corrected)).isEqualTo(Cell.of(0));
    PartialCell p = total.partial(corrected).orElseThrow();
    then(p.blankSources()).containsExactly(1, 2);
    then(p.unitlessSources()).isEmpty();
    then(p.filledSources()).isEqualTo(1);
    then(p.sourceCount()).isEqualTo(3);
    then(total.partialCells()).containsExactly(p);
    then(total.isComplete()).isFalse();
  }

  @Test
  void partial_cells_are_values() {
    Report a = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));
    Report b = report("乙", 2023, Edition.V2021, review(2L, null, 0L, 0L, 2L));
    PartialCell p = AGGREGATOR.aggregate("合计", List.of(a, b)).partialCells().get(0);
    PartialCell same = AGGREGATOR.aggregate("另一个", List.of(a, b)).partialCells().get(0);
    PartialCell other = AGGREGATOR.aggregate("合计", List.of(b, a)).partialCells().get(0);

    then(same).isEqualTo(p).hasSameHashCodeAs(p);
    then(other).isNotEqualTo(p); // blank in source 0 instead of 1
    then(p).isNotEqualTo(null).isNotEqualTo(p.cell());
    then(p.toString()).contains("/tables/review_litigation/rows/review/corrected").contains("filled 1 of 2");
    thenThrownBy(() -> p.blankSources().add(3)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_source_without_a_table_counts_as_blank_in_every_cell_of_it() {
    Report a = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));
    Report b = report("乙", 2023, Edition.V2021, fees("1.5", AmountUnit.WAN_YUAN));

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(a, b));

    then(cell(total, REVIEW_TOTAL)).isEqualTo(Cell.of(1));
    then(total.partial(REVIEW_TOTAL).orElseThrow().blankSources()).containsExactly(1);
    then(total.partial(FEES).orElseThrow().blankSources()).containsExactly(0);
    // blank in every source that prints the table, and absent from the others: still blank, not partial
    CellRef litigation = CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.LITIGATION_DIRECT, ReviewColumn.TOTAL);
    then(cell(total, litigation).isBlank()).isTrue();
    then(total.isPartial(litigation)).isFalse();
  }

  @Test
  void a_blank_total_in_one_source_shows_as_a_partial_cell_in_the_failed_relation() {
    // valid alone: source 0's review.total is not evaluable (its total is blank)
    Report a = report("甲", 2023, Edition.V2021, review(1L, 2L, 0L, 0L, null));
    Report b = report("乙", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));
    then(ReportValidator.standard().validate(a).hasErrors()).isFalse();

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(a, b));

    var errors = ReportValidator.standard().validate(total.report()).errors();
    then(errors).extracting(f -> f.ruleId()).containsExactly("review.total");
    then(errors.get(0).cells()).anyMatch(total::isPartial);
  }

  @Test
  void amounts_in_one_unit_keep_it_and_mixed_units_are_summed_exactly_in_wan_yuan() {
    Aggregate same = AGGREGATOR.aggregate("合计", List.of(
        report("甲", 2023, Edition.V2021, fees("0.10", AmountUnit.WAN_YUAN)),
        report("乙", 2023, Edition.V2021, fees("0.2", AmountUnit.WAN_YUAN))));
    then(cell(same, FEES)).isEqualTo(Cell.amount(new BigDecimal("0.30"), AmountUnit.WAN_YUAN));

    Aggregate yuan = AGGREGATOR.aggregate("合计", List.of(
        report("甲", 2023, Edition.V2021, fees("1500", AmountUnit.YUAN)),
        report("乙", 2023, Edition.V2021, fees("25.5", AmountUnit.YUAN))));
    then(cell(yuan, FEES)).isEqualTo(Cell.amount(new BigDecimal("1525.5"), AmountUnit.YUAN));

    // 0.1 + 0.2 in double would be 0.30000000000000004
    Aggregate mixed = AGGREGATOR.aggregate("合计", List.of(
        report("甲", 2023, Edition.V2021, fees("0.1", AmountUnit.WAN_YUAN)),
        report("乙", 2023, Edition.V2021, fees("2000", AmountUnit.YUAN))));
    then(cell(mixed, FEES)).isEqualTo(Cell.amount(new BigDecimal("0.3000"), AmountUnit.WAN_YUAN));
    then(mixed.partialCells()).isEmpty();
  }

  @Test
  void mixed_units_fall_back_to_yuan_when_wan_yuan_would_need_more_than_six_decimals() {
    Aggregate total = AGGREGATOR.aggregate("合计", List.of(
        report("甲", 2023, Edition.V2021, fees("1", AmountUnit.WAN_YUAN)),
        report("乙", 2023, Edition.V2021, fees("0.001", AmountUnit.YUAN))));

    then(cell(total, FEES)).isEqualTo(Cell.amount(new BigDecimal("10000.001"), AmountUnit.YUAN));
  }

  @Test
  void an_amount_without_a_unit_is_left_out_and_named_unless_a_unit_is_assumed() {
    List<Report> reports = List.of(
        report("甲", 2023, Edition.V2021, fees("2", AmountUnit.WAN_YUAN)),
        report("乙", 2023, Edition.V2021, fees("3", AmountUnit.UNSPECIFIED)),
        report("丙", 2023, Edition.V2021, fees("0", AmountUnit.UNSPECIFIED)));

    Aggregate total = AGGREGATOR.aggregate("合计", reports);
    then(cell(total, FEES).decimalValue()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("2"));
    PartialCell p = total.partial(FEES).orElseThrow();
    then(p.unitlessSources()).containsExactly(1);
    then(p.blankSources()).isEmpty();
    then(p.filledSources()).isEqualTo(2);

    Aggregate assumed = ReportAggregator.builder().assumedUnit(AmountUnit.WAN_YUAN).build().aggregate("合计", reports);
    then(cell(assumed, FEES)).isEqualTo(Cell.amount(new BigDecimal("5"), AmountUnit.WAN_YUAN));
    then(assumed.partialCells()).isEmpty();
  }

  @Test
  void a_cell_whose_only_amounts_have_no_unit_is_blank_and_partial() {
    Aggregate total = AGGREGATOR.aggregate("合计", List.of(
        report("甲", 2023, Edition.V2021, fees("3", AmountUnit.UNSPECIFIED)),
        report("乙", 2023, Edition.V2021, Table.blank(TableType.ITEM8_2021))));

    then(cell(total, FEES).isBlank()).isTrue();
    PartialCell p = total.partial(FEES).orElseThrow();
    then(p.unitlessSources()).containsExactly(0);
    then(p.blankSources()).containsExactly(1);
    then(p.filledSources()).isZero();
  }

  @Test
  void reports_of_another_edition_are_refused_naming_the_first_offending_source() {
    Report a = report("甲", 2020, Edition.V2019, review(1L, 0L, 0L, 0L, 1L));
    Report b = report("乙", 2020, Edition.V2019, review(1L, 0L, 0L, 0L, 1L));
    Report c = report("丙镇", 2020, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));

    AggregationException e = catchThrowableOfType(AggregationException.class,
        () -> AGGREGATOR.aggregate("合计", List.of(a, b, c, c)));

    then(e.reason()).isEqualTo(AggregationException.Reason.EDITION_MISMATCH);
    then(e.source()).hasValue(2);
    then(e.getMessage()).contains("source 3").contains("丙镇").contains("2021").contains("2019");
  }

  @Test
  void reports_of_another_year_are_refused_naming_the_first_offending_source() {
    Report a = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));
    Report b = report("乙镇", 2022, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));

    AggregationException e = catchThrowableOfType(AggregationException.class,
        () -> AGGREGATOR.aggregate("合计", List.of(a, b)));

    then(e.reason()).isEqualTo(AggregationException.Reason.YEAR_MISMATCH);
    then(e.source()).hasValue(1);
    then(e.getMessage()).contains("乙镇 2022").contains("2023");
  }

  @Test
  void a_report_printing_a_table_of_another_edition_is_refused() {
    Report mixed = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L),
        Table.blank(TableType.ITEM1_2019));

    AggregationException e = catchThrowableOfType(AggregationException.class,
        () -> AGGREGATOR.aggregate("合计", List.of(mixed)));

    then(e.reason()).isEqualTo(AggregationException.Reason.MIXED_EDITION);
    then(e.source()).hasValue(0);
    then(e.getMessage()).contains("article20_item1_2019");
  }

  @Test
  void an_accumulator_that_failed_refuses_further_use() {
    ReportAggregator.Accumulator acc = AGGREGATOR.accumulator("合计");
    acc.add(report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L)));
    thenThrownBy(() -> acc.add(report("乙", 2024, Edition.V2021))).isInstanceOf(AggregationException.class);

    thenThrownBy(acc::aggregate).isInstanceOf(IllegalStateException.class);
    thenThrownBy(() -> acc.add(report("丙", 2023, Edition.V2021))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void no_reports_and_a_blank_agency_are_refused() {
    AggregationException e = catchThrowableOfType(AggregationException.class,
        () -> AGGREGATOR.aggregate("合计", List.of()));
    then(e.reason()).isEqualTo(AggregationException.Reason.NO_REPORTS);
    then(e.source()).isEmpty();

    thenThrownBy(() -> AGGREGATOR.accumulator(" ")).isInstanceOf(IllegalArgumentException.class);
    thenThrownBy(() -> ReportAggregator.builder().assumedUnit(AmountUnit.UNSPECIFIED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_sum_with_more_digits_than_a_cell_holds_is_refused_naming_the_cell_and_the_source() {
    long max = Cell.MAX_MAGNITUDE;
    Report big = report("甲", 2023, Edition.V2021, review(max, 0L, 0L, 0L, max));

    AggregationException e = catchThrowableOfType(AggregationException.class,
        () -> AGGREGATOR.aggregate("合计", List.of(big, big, big)));

    then(e.reason()).isEqualTo(AggregationException.Reason.OVERFLOW);
    then(e.cell()).hasValue(REVIEW_UPHELD);
    then(e.source()).hasValue(1);
    then(e.getMessage()).contains(REVIEW_UPHELD.path()).contains("15 digits");
  }

  @Test
  void the_sum_of_counts_never_wraps_around() {
    long max = Cell.MAX_MAGNITUDE;
    Report big = report("甲", 2023, Edition.V2021, review(max, 0L, 0L, 0L, max));
    ReportAggregator.Accumulator acc = AGGREGATOR.accumulator("合计");

    // 9,224 × 999,999,999,999,999 exceeds Long.MAX_VALUE: Math.addExact stops it at that source
    AggregationException e = catchThrowableOfType(AggregationException.class, () -> {
      for (int i = 0; i < 10_000; i++) {
        acc.add(big);
      }
    });

    then(e.reason()).isEqualTo(AggregationException.Reason.OVERFLOW);
    then(e.source()).hasValue(9_223);
    then(e.getMessage()).contains("overflows");
  }

  @Test
  void signed_changes_are_summed_with_their_sign() {
    Table a = Table.builder(TableType.ITEM5_2019)
        .count(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.PREVIOUS_ITEMS, 10)
        .count(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE, -4)
        .build();
    Table b = Table.builder(TableType.ITEM5_2019)
        .count(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.PREVIOUS_ITEMS, 3)
        .count(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE, 1)
        .build();

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(
        report("甲", 2020, Edition.V2019, a), report("乙", 2020, Edition.V2019, b)));

    then(cell(total, CellRef.of(TableType.ITEM5_2019, Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE)))
        .isEqualTo(Cell.of(-3));
  }

  @Test
  void narrative_is_not_aggregated() {
    Report a = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L)).toBuilder()
        .addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, "本年度收到申请1件。"))
        .build();

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(a, a));

    then(total.report().narrative()).isEmpty();
  }

  // -------------------------------------------------------------------------------------------------
  // Legacy custom rows

  private static Table legacy(long applications, CustomRow... custom) {
    Table.Builder b = Table.builder(TableType.LEGACY_STATISTICS)
        .count(LegacyIndicator.L3_1, LegacyColumn.VALUE, applications);
    for (CustomRow c : custom) {
      b.addCustomRow(c, LegacyIndicator.L3_1);
    }
    Table shape = b.build();
    Table.Builder filled = shape.toBuilder();
    for (CustomRow c : custom) {
      filled.count(c, LegacyColumn.VALUE, applications * 10);
    }
    return filled.build();
  }

  @Test
  void custom_rows_every_source_prints_are_summed_by_label_and_the_others_are_left_out_and_listed() {
    CustomRow hotlineA = CustomRow.of("c1", "热线电话咨询数", Optional.of("次"));
    CustomRow hotlineB = CustomRow.of("hotline", "热线电话咨询数", Optional.of("次")); // another key, same label
    CustomRow visits = CustomRow.of("c2", "现场查阅人次", Optional.of("人次"));
    Report a = report("甲", 2016, Edition.LEGACY, legacy(1, hotlineA, visits));
    Report b = report("乙", 2016, Edition.LEGACY, legacy(2, hotlineB));

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(a, b));

    Table t = total.report().table(TableType.LEGACY_STATISTICS).orElseThrow();
    then(t.customRows()).containsExactly(hotlineA);
    then(t.cell(hotlineA, LegacyColumn.VALUE)).isEqualTo(Cell.of(30));
    then(t.cell(LegacyIndicator.L3_1, LegacyColumn.VALUE)).isEqualTo(Cell.of(3));
    then(t.rows().indexOf(hotlineA)).isEqualTo(t.rows().indexOf(LegacyIndicator.L3_1) + 1);
    then(total.omittedCustomRows()).containsExactly(
        new OmittedCustomRow(TableType.LEGACY_STATISTICS, "现场查阅人次", Optional.of("人次"), List.of(0), 2));
  }

  @Test
  void a_custom_row_with_the_same_label_but_another_unit_is_another_row() {
    Report a = report("甲", 2016, Edition.LEGACY, legacy(1, CustomRow.of("c1", "咨询数", Optional.of("次"))));
    Report b = report("乙", 2016, Edition.LEGACY, legacy(1, CustomRow.of("c1", "咨询数", Optional.of("件"))));

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(a, b));

    then(total.report().table(TableType.LEGACY_STATISTICS).orElseThrow().customRows()).isEmpty();
    then(total.omittedCustomRows()).extracting(OmittedCustomRow::unit, OmittedCustomRow::sources)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.of("次"), List.of(0)),
            org.assertj.core.groups.Tuple.tuple(Optional.of("件"), List.of(1)));
  }

  @Test
  void the_applications_table_sums_per_cell_with_partial_applicant_columns() {
    Table a = Table.builder(TableType.APPLICATIONS_2021)
        .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 3)
        .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 3)
        .build();
    Table b = Table.builder(TableType.APPLICATIONS_2021)
        .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 4)
        .build();

    Aggregate total = AGGREGATOR.aggregate("合计", List.of(
        report("甲", 2023, Edition.V2021, a), report("乙", 2023, Edition.V2021, b)));

    CellRef natural = CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON);
    then(cell(total, natural)).isEqualTo(Cell.of(3));
    then(total.partial(natural).orElseThrow().blankSources()).containsExactly(1);
    then(cell(total, CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)))
        .isEqualTo(Cell.of(7));
  }
}
