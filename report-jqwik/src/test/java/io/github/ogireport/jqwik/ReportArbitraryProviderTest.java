package io.github.ogireport.jqwik;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.AgencyLevel;
import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

final class ReportArbitraryProviderTest {

  @Property(tries = 200)
  void any_report_is_valid(@ForAll Report report) {
    then(Relations.violations(report)).isEmpty();
    then(report.tables().keySet()).containsExactlyInAnyOrderElementsOf(report.edition().tableTypes());
  }

  @Property(tries = 100)
  void for_edition_fixes_the_edition_and_its_years(@ForAll @ForEdition(Edition.V2021) Report report) {
    then(report.edition()).isEqualTo(Edition.V2021);
    then(report.metadata().year()).isBetween(2021, 2025);
    then(report.table(TableType.APPLICATIONS_2021)).isPresent();
  }

  @Property(tries = 100)
  void for_edition_accepts_several_editions(@ForAll @ForEdition({Edition.LEGACY, Edition.V2019}) Report report) {
    then(report.edition()).isIn(Edition.LEGACY, Edition.V2019);
    then(report.metadata().year()).isBetween(2014, 2020);
  }

  @Property(tries = 100)
  void a_town_receives_at_most_five_applications(@ForAll @ForLevel(AgencyLevel.TOWN) Report report) {
    then(Relations.newApplications(report)).isBetween(0L, 5L);
  }

  @Property(tries = 100)
  void with_blanks_totals_only_leaves_only_the_total_column(
      @ForAll @ForEdition(Edition.V2019) @WithBlanks(BlankStyle.TOTALS_ONLY) Report report) {
    Table t = report.table(TableType.APPLICATIONS_2019).orElseThrow();
    for (ApplicationRow row : List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.GRANTED, ApplicationRow.TOTAL)) {
      then(t.cell(row, ApplicantColumn.NATURAL_PERSON).isBlank()).isTrue();
      then(t.cell(row, ApplicantColumn.TOTAL).isBlank()).isFalse();
    }
    then(Relations.violations(report)).isEmpty();
  }

  @Property(tries = 100)
  void mixed_blanks_keep_every_checked_relation(@ForAll @WithBlanks(BlankStyle.MIXED) Report report) {
    then(Relations.violations(report)).isEmpty();
  }

  @Property(tries = 30)
  void plain_lists_of_reports_still_come_from_the_default_list_provider(@ForAll @Size(max = 4) List<Report> reports) {
    then(reports).hasSizeLessThanOrEqualTo(4);
    then(reports).allSatisfy(r -> then(Relations.violations(r)).isEmpty());
  }

  @Property(tries = 50)
  void a_series_parameter_draws_one_agency_over_consecutive_years(
      @ForAll @ReportSeries(firstYear = 2019, years = 3) @WithBlanks(BlankStyle.ZERO_ROWS) List<Report> series) {
    then(series).extracting(r -> r.metadata().year()).containsExactly(2019, 2020, 2021);
    then(series).extracting(r -> r.metadata().agency()).containsOnly(series.get(0).metadata().agency());
    for (int i = 1; i < series.size(); i++) {
      Table before = Relations.applications(series.get(i - 1));
      Table now = Relations.applications(series.get(i));
      for (ApplicantColumn c : ApplicantColumn.values()) {
        then(Relations.value(now.cell(ApplicationRow.CARRIED_OVER, c)))
            .isEqualTo(Relations.value(before.cell(ApplicationRow.CARRIED_FORWARD, c)));
      }
    }
  }

  @Property(tries = 50)
  void a_series_without_years_draws_two_to_five_consecutive_years(
      @ForAll @ReportSeries @ForLevel(AgencyLevel.CITY) List<Report> series) {
    then(series).hasSizeBetween(2, 5);
    int first = series.get(0).metadata().year();
    then(first).isBetween(2014, 2023);
    for (int i = 0; i < series.size(); i++) {
      then(series.get(i).metadata().year()).isEqualTo(first + i);
    }
    then(series).allSatisfy(r -> then(r.metadata().agency()).matches(".+市人民政府(办公室)?"));
  }
}
