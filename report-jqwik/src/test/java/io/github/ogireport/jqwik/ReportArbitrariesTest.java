package io.github.ogireport.jqwik;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.AgencyLevel;
import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import org.junit.jupiter.api.Test;

final class ReportArbitrariesTest {

  @Provide
  Arbitrary<Report> legacyCities() {
    return ReportArbitraries.reports(Edition.LEGACY).levels(AgencyLevel.CITY).blanks(BlankStyle.MIXED);
  }

  @Property(tries = 100)
  void a_provider_method_narrows_edition_and_level(@ForAll("legacyCities") Report report) {
    then(report.edition()).isEqualTo(Edition.LEGACY);
    then(report.table(TableType.LEGACY_STATISTICS)).isPresent();
    then(Relations.newApplications(report)).isGreaterThanOrEqualTo(0L);
    then(Relations.violations(report)).isEmpty();
  }

  @Provide
  Arbitrary<List<Report>> shortSeries() {
    return ReportArbitraries.series().firstYears(2019, 2022).years(2, 3).blanks(BlankStyle.MIXED);
  }

  @Property(tries = 50)
  void series_arbitraries_respect_their_ranges(@ForAll("shortSeries") List<Report> series) {
    then(series).hasSizeBetween(2, 3);
    then(series.get(0).metadata().year()).isBetween(2019, 2022);
    then(series).allSatisfy(r -> then(Relations.violations(r)).isEmpty());
  }

  @Provide
  Arbitrary<Report> withoutNarrative() {
    return ReportArbitraries.reports().withoutNarrative();
  }

  @Property(tries = 50)
  void reports_can_leave_out_the_narrative(@ForAll("withoutNarrative") Report report) {
    then(report.narrative()).isEmpty();
  }

  @Test
  void the_same_jqwik_random_seed_draws_the_same_reports() {
    Arbitrary<Report> arbitrary = ReportArbitraries.reports().blanks(BlankStyle.MIXED);

    then(draw(arbitrary, 77L, 50)).isEqualTo(draw(arbitrary, 77L, 50));
    then(draw(arbitrary, 77L, 50)).isNotEqualTo(draw(arbitrary, 78L, 50));
  }

  @Test
  void drawn_reports_vary_in_edition_and_level() {
    List<Report> reports = draw(ReportArbitraries.reports(), 5L, 300);

    then(reports).extracting(Report::edition).contains(Edition.values());
    then(reports).extracting(r -> r.metadata().agency()).doesNotHaveDuplicates();
    then(reports.stream().filter(r -> Relations.newApplications(r) > 1000)).isNotEmpty();
  }

  @Test
  void rejects_empty_choices_and_impossible_ranges() {
    assertThatThrownBy(() -> ReportArbitraries.reports(new Edition[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one edition must be given");
    assertThatThrownBy(() -> ReportArbitraries.reports().levels())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one level must be given");
    assertThatThrownBy(() -> ReportArbitraries.series(2013, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first years must lie between 2014 and 2100 with the minimum at most the maximum but were 2013..2013");
    assertThatThrownBy(() -> ReportArbitraries.series(2099, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series starting up to 2099 with up to 3 years end after 2100");
    then(ReportArbitraries.series(2100, 1)).isNotNull();
    assertThatThrownBy(() -> ReportArbitraries.series().years(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number of years must be at least 1 and the minimum at most the maximum but was 3..2");
  }

  private static List<Report> draw(Arbitrary<Report> arbitrary, long seed, int count) {
    RandomGenerator<Report> generator = arbitrary.generator(1000);
    Random random = new Random(seed);
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(generator.next(random).value());
    }
    return out;
  }
}
