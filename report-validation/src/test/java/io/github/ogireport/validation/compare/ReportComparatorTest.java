package io.github.ogireport.validation.compare;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReportComparatorTest {
  private static final ReportComparator COMPARATOR = ReportComparator.standard();

  private static Report report(String agency, int year, Edition edition, Table... tables) {
    Report.Builder b = Report.builder().metadata(ReportMetadata.of(agency, year)).edition(edition);
    for (Table t : tables) {
      b.table(t);
    }
    return b.build();
  }

  private static Table review(Long upheld, Long corrected, Long other, Long pending, Long total) {
    return Table.builder(TableType.REVIEW_LITIGATION)
        .row(ReviewRow.REVIEW, upheld, corrected, other, pending, total)
        .build();
  }

  /** An applications table whose 总计 column has the given new, carried-over, handled and carried-forward counts. */
  private static Table applications(TableType type, long received, long carriedOver, long carriedForward) {
    return Table.builder(type)
        .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, received)
        .count(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, carriedOver)
        .count(ApplicationRow.GRANTED, ApplicantColumn.TOTAL, received + carriedOver - carriedForward)
        .count(ApplicationRow.TOTAL, ApplicantColumn.TOTAL, received + carriedOver - carriedForward)
        .count(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, carriedForward)
        .build();
  }

  @Test
  void each_cell_has_both_values_the_change_and_the_relative_change() {
    Report before = report("某县人民政府", 2022, Edition.V2021, review(4L, 0L, 0L, 0L, 4L));
    Report after = report("某县人民政府", 2023, Edition.V2021, review(5L, 0L, 0L, null, 5L));

    ReportComparison cmp = COMPARATOR.compare(before, after);

    TableComparison t = cmp.table(TableType.REVIEW_LITIGATION).orElseThrow();
    CellComparison total = t.cell(ReviewRow.REVIEW, ReviewColumn.TOTAL).orElseThrow();
    then(total.previousValue()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("4"));
    then(total.currentValue()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("5"));
    then(total.change()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("1"));
    then(total.relativeChange()).hasValue(new BigDecimal("0.2500"));
    then(total.isChanged()).isTrue();
    then(total.previousRef().orElseThrow().path()).isEqualTo("/tables/review_litigation/rows/review/total");

    CellComparison corrected = t.cell(ReviewRow.REVIEW, ReviewColumn.CORRECTED).orElseThrow();
    then(corrected.change()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0"));
    then(corrected.relativeChange()).isEmpty(); // previous is zero
    then(corrected.isChanged()).isFalse();

    CellComparison pending = t.cell(ReviewRow.REVIEW, ReviewColumn.PENDING).orElseThrow();
    then(pending.previousSide()).isEqualTo(Side.FILLED);
    then(pending.currentSide()).isEqualTo(Side.BLANK);
    then(pending.change()).isEmpty(); // a blank is not zero
    then(pending.isChanged()).isTrue();

    CellComparison lawsuits = t.cell(ReviewRow.LITIGATION_DIRECT, ReviewColumn.TOTAL).orElseThrow();
    then(lawsuits.previousSide()).isEqualTo(Side.BLANK);
    then(lawsuits.currentSide()).isEqualTo(Side.BLANK);
    then(lawsuits.isChanged()).isFalse();

    then(t.cells()).hasSize(15);
    then(t.rows()).containsExactly(ReviewRow.values());
    then(cmp.changedCells()).containsExactly(t.cell(ReviewRow.REVIEW, ReviewColumn.UPHELD).orElseThrow(), pending, total);
    then(cmp.consecutiveYears()).isTrue();
    then(cmp.sameAgency()).isTrue();
  }

  @Test
  void a_table_only_one_year_prints_has_its_cells_absent_on_the_other_side() {
    Report before = report("甲", 2022, Edition.V2021, review(1L, 0L, 0L, 0L, 1L));
    Report after = report("甲", 2023, Edition.V2021, review(1L, 0L, 0L, 0L, 1L), Table.builder(TableType.ITEM8_2021)
        .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, BigDecimal.ONE, AmountUnit.WAN_YUAN)
        .build());

    ReportComparison cmp = COMPARATOR.compare(before, after);

    then(cmp.tables()).extracting(TableComparison::type)
        .containsExactly(TableType.ITEM8_2021, TableType.REVIEW_LITIGATION);
    TableComparison fees = cmp.tables().get(0);
    then(fees.previousType()).isEmpty();
    CellComparison c = fees.cells().get(0);
    then(c.previousSide()).isEqualTo(Side.ABSENT);
    then(c.previous()).isEmpty();
    then(c.previousRef()).isEmpty();
    then(c.currentSide()).isEqualTo(Side.FILLED);
    then(c.change()).isEmpty();
    then(c.isChanged()).isTrue();
  }

  @Test
  void amounts_are_compared_in_wan_yuan_and_equal_amounts_in_other_units_are_unchanged() {
    Table yuan = Table.builder(TableType.ITEM8_2021)
        .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, new BigDecimal("15000"), AmountUnit.YUAN)
        .build();
    Table wan = Table.builder(TableType.ITEM8_2021)
        .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, new BigDecimal("1.50"), AmountUnit.WAN_YUAN)
        .build();

    CellComparison c = COMPARATOR.compare(report("甲", 2022, Edition.V2021, yuan), report("甲", 2023, Edition.V2021, wan))
        .cells().get(0);

    then(c.change()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0"));
    then(c.isChanged()).isFalse();
    then(c.previous()).hasValue(Cell.amount(new BigDecimal("15000"), AmountUnit.YUAN));
  }

  @Test
  void the_2019_and_2021_applications_tables_are_paired_with_rows_of_one_edition_on_one_side() {
    Report before = report("甲", 2020, Edition.V2019, applications(TableType.APPLICATIONS_2019, 10, 0, 2));
    Report after = report("甲", 2021, Edition.V2021, applications(TableType.APPLICATIONS_2021, 12, 2, 0));

    ReportComparison cmp = COMPARATOR.compare(before, after);

    then(cmp.tables()).hasSize(1);
    TableComparison t = cmp.tables().get(0);
    then(t.previousType()).hasValue(TableType.APPLICATIONS_2019);
    then(t.currentType()).hasValue(TableType.APPLICATIONS_2021);
    CellComparison received = t.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).orElseThrow();
    then(received.change()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("2"));
    then(received.previousRef().orElseThrow().table()).isEqualTo(TableType.APPLICATIONS_2019);
    then(received.currentRef().orElseThrow().table()).isEqualTo(TableType.APPLICATIONS_2021);
    // rows only one edition has: on one side, absent on the other
    for (ApplicationRow r : ApplicationRow.values()) {
      boolean in2019 = r.editions().contains(Edition.V2019);
      boolean in2021 = r.editions().contains(Edition.V2021);
      CellComparison c = t.cell(r, ApplicantColumn.TOTAL).orElseThrow();
      then(c.previousSide() == Side.ABSENT).as(r.key()).isEqualTo(!in2019);
      then(c.currentSide() == Side.ABSENT).as(r.key()).isEqualTo(!in2021);
    }
    then(t.rows()).hasSize(ApplicationRow.values().length);
    // carried over 2 = last year's carried forward 2: the cross-year rule holds
    then(cmp.crossYearErrors()).isEmpty();
  }

  @Test
  void the_cross_year_findings_are_part_of_the_comparison() {
    Report before = report("甲", 2022, Edition.V2021, applications(TableType.APPLICATIONS_2021, 10, 0, 3));
    Report after = report("甲", 2023, Edition.V2021, applications(TableType.APPLICATIONS_2021, 10, 1, 0));

    ReportComparison cmp = COMPARATOR.compare(before, after);

    then(cmp.crossYearFindings()).extracting(Finding::ruleId).containsExactly("cross-year.carry-over");
    Finding f = cmp.crossYearErrors().get(0);
    then(f.reported()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("1"));
    then(f.computed()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("3"));
    then(f.previousCells()).extracting(r -> r.path())
        .containsExactly("/tables/applications_2021/rows/carried_forward/total");
    // the other applicant columns are blank in both years: not evaluable
    then(cmp.crossYearNotEvaluable()).extracting(n -> n.ruleId()).containsOnly("cross-year.carry-over").hasSize(6);
    // the current year's own rules hold: only cross-year findings
    then(cmp.validation().findings()).allMatch(x -> x.rule().isCrossYear() || x.severity() != io.github.ogireport.model.Severity.ERROR);
  }

  @Test
  void years_that_are_not_consecutive_are_compared_and_fail_the_consecutive_years_rule() {
    Report before = report("甲", 2020, Edition.V2019, review(1L, 0L, 0L, 0L, 1L));
    Report after = report("乙", 2023, Edition.V2021, review(2L, 0L, 0L, 0L, 2L));

    ReportComparison cmp = COMPARATOR.compare(before, after);

    then(cmp.consecutiveYears()).isFalse();
    then(cmp.sameAgency()).isFalse();
    then(cmp.crossYearErrors()).extracting(Finding::ruleId).containsExactly("cross-year.consecutive-years");
    then(cmp.table(TableType.REVIEW_LITIGATION).orElseThrow().changedCells()).hasSize(2);
  }

  @Test
  void legacy_custom_rows_are_matched_by_label_and_rows_one_year_lacks_keep_their_place() {
    CustomRow hotline2015 = CustomRow.of("c1", "热线电话咨询数", Optional.of("次"));
    CustomRow hotline2016 = CustomRow.of("hotline", "热线电话咨询数", Optional.of("次"));
    CustomRow dropped = CustomRow.of("c2", "现场查阅人次", Optional.of("人次"));
    Table before = Table.builder(TableType.LEGACY_STATISTICS)
        .addCustomRow(hotline2015, LegacyIndicator.L3_1)
        .addCustomRow(dropped, hotline2015)
        .build().toBuilder()
        .count(hotline2015, LegacyColumn.VALUE, 40)
        .count(dropped, LegacyColumn.VALUE, 7)
        .build();
    Table after = Table.builder(TableType.LEGACY_STATISTICS)
        .addCustomRow(hotline2016, LegacyIndicator.L3_1)
        .build().toBuilder()
        .count(hotline2016, LegacyColumn.VALUE, 50)
        .build();

    TableComparison t = COMPARATOR.compare(report("甲", 2015, Edition.LEGACY, before), report("甲", 2016, Edition.LEGACY, after))
        .tables().get(0);

    CellComparison hotline = t.cell(hotline2016, LegacyColumn.VALUE).orElseThrow();
    then(hotline.change()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("10"));
    then(hotline.previousRef().orElseThrow().row()).isEqualTo(hotline2015);
    int at = t.rows().indexOf(hotline2016);
    then(t.rows().get(at - 1)).isEqualTo(LegacyIndicator.L3_1);
    then(t.rows().get(at + 1)).isEqualTo(dropped);
    then(t.cell(dropped, LegacyColumn.VALUE).orElseThrow().currentSide()).isEqualTo(Side.ABSENT);
    then(t.row(dropped)).hasSize(2);
    then(t.rows()).hasSize(LegacyIndicator.values().length + 2);
  }

  @Test
  void agency_names_are_keyed_by_width_spaces_and_case() {
    then(AgencyNames.normalise(" 淄博市 张店区\u3000人民政府 ")).isEqualTo("淄博市张店区人民政府");
    then(AgencyNames.same("ＡＢＣ县（开发区）管委会", "abc县(开发区)管委会")).isTrue();
    then(AgencyNames.same("洪泽区人民政府", "淮安市洪泽区人民政府")).isFalse();
  }
}
