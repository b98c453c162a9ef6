package io.github.ogireport.generator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SeriesTest {

  private static Table applications(Report r) {
    return r.table(r.edition() == Edition.V2019 ? TableType.APPLICATIONS_2019 : TableType.APPLICATIONS_2021)
        .orElseThrow();
  }

  /** An equality between two single cells, under the policy: a blank side makes it not evaluable. */
  private static Optional<String> cellsDiffer(String what, Cell a, Cell b) {
    if (a.isBlank() || b.isBlank() || a.equals(b)) {
      return Optional.empty();
    }
    return Optional.of(what + ": " + a + " vs " + b);
  }

  private static long value(Cell c) {
    return c.isBlank() ? 0 : c.longValue();
  }

  @Test
  void a_series_is_one_agency_over_consecutive_years_with_the_edition_of_each_year() {
    List<Report> series = ReportGenerator.builder().seed(3L).build().series(2016, 8);

    then(series).extracting(r -> r.metadata().year()).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023);
    then(series).extracting(Report::edition).containsExactly(Edition.LEGACY, Edition.LEGACY, Edition.LEGACY,
        Edition.V2019, Edition.V2019, Edition.V2021, Edition.V2021, Edition.V2021);
    then(series).extracting(r -> r.metadata().agency()).containsOnly(series.get(0).metadata().agency());
    then(series).extracting(r -> r.metadata().divisionCode()).containsOnly(series.get(0).metadata().divisionCode());
  }

  @Test
  void consecutive_years_satisfy_the_cross_year_identities() {
    int checkedCarries = 0;
    for (BlankStyle style : BlankStyle.values()) {
      ReportGenerator generator = ReportGenerator.builder().seed(12L).blanks(style).build();
      for (long agency = 0; agency < 150; agency++) {
        List<Report> series = generator.series(agency, 2018, 6);
        for (Report r : series) {
          then(RelationChecker.violations(r)).as("%s %s", style, r.metadata()).isEmpty();
        }
        for (int i = 1; i < series.size(); i++) {
          Report previous = series.get(i - 1);
          Report current = series.get(i);
          if (previous.edition() == Edition.LEGACY) {
            continue; // no carry-over row before 2019
          }
          // X19-1 / X21-1: R02(Y) = R23(Y−1) per column
          for (ApplicantColumn c : ApplicantColumn.values()) {
            Cell forward = applications(previous).cell(ApplicationRow.CARRIED_FORWARD, c);
            Cell over = applications(current).cell(ApplicationRow.CARRIED_OVER, c);
            then(cellsDiffer("X-1 " + current.metadata().year() + " " + c.key(), forward, over)).isEmpty();
            if (!forward.isBlank() && !over.isBlank()) {
              checkedCarries++;
            }
          }
        }
      }
    }
    then(checkedCarries).isGreaterThan(1000);
  }

  @Test
  void item_counts_chain_from_2019_to_2020() {
    List<Section2Row> rows5 = List.of(Section2Row.ADMINISTRATIVE_LICENSING, Section2Row.OTHER_MANAGEMENT_SERVICES);
    List<Section2Row> rows6 = List.of(Section2Row.ADMINISTRATIVE_PENALTY, Section2Row.ADMINISTRATIVE_COMPULSION);
    int nonZeroChanges = 0;
    ReportGenerator generator = ReportGenerator.builder().seed(13L).build();
    for (long agency = 0; agency < 300; agency++) {
      List<Report> s = generator.series(agency, 2019, 2);
      for (var entry : List.of(
          java.util.Map.entry(TableType.ITEM5_2019, rows5),
          java.util.Map.entry(TableType.ITEM6_2019, rows6),
          java.util.Map.entry(TableType.ITEM8_2019, List.of(Section2Row.ADMINISTRATIVE_FEES)))) {
        Table y2019 = s.get(0).table(entry.getKey()).orElseThrow();
        Table y2020 = s.get(1).table(entry.getKey()).orElseThrow();
        for (Section2Row row : entry.getValue()) {
          long before = y2019.cell(row, Section2Column.PREVIOUS_ITEMS).longValue();
          long change = y2019.cell(row, Section2Column.CHANGE).longValue();
          // X19-2: 上一年项目数量(2020) = 上一年项目数量(2019) + 本年增/减(2019)
          then(y2020.cell(row, Section2Column.PREVIOUS_ITEMS).longValue()).isEqualTo(before + change);
          if (change != 0) {
            nonZeroChanges++;
          }
        }
      }
      // X19-3, made exact here: 对外公开总数量(2020) = 对外公开总数量(2019) + 本年新公开数量(2020)
      Table d2019 = s.get(0).table(TableType.ITEM1_2019).orElseThrow();
      Table d2020 = s.get(1).table(TableType.ITEM1_2019).orElseThrow();
      for (Section2Row row : List.of(Section2Row.RULES, Section2Row.NORMATIVE_DOCUMENTS)) {
        then(value(d2020.cell(row, Section2Column.TOTAL_DISCLOSED)))
            .isEqualTo(value(d2019.cell(row, Section2Column.TOTAL_DISCLOSED))
                + value(d2020.cell(row, Section2Column.NEW_DISCLOSED)));
      }
    }
    then(nonZeroChanges).isGreaterThan(300);
  }

  @Test
  void documents_in_force_chain_from_2021_on() {
    ReportGenerator generator = ReportGenerator.builder().seed(14L).build();
    int repeals = 0;
    for (long agency = 0; agency < 200; agency++) {
      List<Report> s = generator.series(agency, 2021, 5);
      for (int i = 1; i < s.size(); i++) {
        Table before = s.get(i - 1).table(TableType.ITEM1_2021).orElseThrow();
        Table now = s.get(i).table(TableType.ITEM1_2021).orElseThrow();
        for (Section2Row row : List.of(Section2Row.RULES, Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS)) {
          long repealed = now.cell(row, Section2Column.REPEALED).longValue();
          // X21-2: 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y)
          then(now.cell(row, Section2Column.IN_FORCE).longValue())
              .isEqualTo(before.cell(row, Section2Column.IN_FORCE).longValue()
                  + now.cell(row, Section2Column.ISSUED).longValue() - repealed);
          if (repealed > 0) {
            repeals++;
          }
        }
      }
    }
    then(repeals).isGreaterThan(50);
  }

  @Test
  void a_series_is_reproducible_and_differs_between_agencies() {
    ReportGenerator generator = ReportGenerator.builder().seed(15L).build();

    then(generator.series(4, 2019, 3)).isEqualTo(generator.series(4, 2019, 3));
    then(generator.series(4, 2019, 3)).isNotEqualTo(generator.series(5, 2019, 3));
    then(generator.series(2019, 3)).isEqualTo(generator.series(0, 2019, 3));
  }

  @Test
  void rejects_series_outside_the_years_of_the_forms_or_of_the_fixed_edition() {
    ReportGenerator any = ReportGenerator.builder().build();
    ReportGenerator v2021 = ReportGenerator.builder().edition(Edition.V2021).build();

    assertThatThrownBy(() -> any.series(2013, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series years must lie between 2014 and 2100 but were 2013–2014");
    assertThatThrownBy(() -> any.series(2019, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years must be positive but was 0");
    assertThatThrownBy(() -> v2021.series(2020, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year 2020 is reported in the 2019 edition, but the generator is fixed to the 2021 edition");
    then(v2021.series(2030, 3)).extracting(r -> r.metadata().year()).containsExactly(2030, 2031, 2032);
  }
}
