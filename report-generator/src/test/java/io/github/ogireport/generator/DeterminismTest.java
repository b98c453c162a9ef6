package io.github.ogireport.generator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

final class DeterminismTest {

  @Test
  void the_same_seed_and_options_give_equal_reports() {
    ReportGenerator a = ReportGenerator.builder().seed(42L).blanks(BlankStyle.MIXED).build();
    ReportGenerator b = ReportGenerator.builder().seed(42L).blanks(BlankStyle.MIXED).build();

    then(a.stream(500).toList()).isEqualTo(b.stream(500).toList());
  }

  @Test
  void a_report_does_not_depend_on_the_reports_generated_before_it() {
    ReportGenerator generator = ReportGenerator.builder().seed(42L).build();

    Report direct = generator.generate(137);
    Report streamed = generator.stream().skip(137).findFirst().orElseThrow();
    generator.stream(1000).forEach(r -> { });

    then(streamed).isEqualTo(direct);
    then(generator.generate(137)).isEqualTo(direct);
    then(generator.stream(1000).parallel().toList()).isEqualTo(generator.stream(1000).toList());
  }

  @Test
  void different_indexes_and_seeds_give_different_reports() {
    ReportGenerator generator = ReportGenerator.builder().seed(42L).edition(Edition.V2021).build();
    List<Report> reports = generator.stream(1000).toList();

    then(reports).doesNotHaveDuplicates();
    then(ReportGenerator.builder().seed(43L).edition(Edition.V2021).build().generate(0))
        .isNotEqualTo(generator.generate(0));
  }

  @Test
  void reports_do_not_depend_on_the_default_locale_or_time_zone() {
    ReportGenerator generator = ReportGenerator.builder().seed(2024L).blanks(BlankStyle.MIXED).build();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    List<Report> reference;
    List<Report> elsewhere;
    List<Report> seriesReference;
    List<Report> seriesElsewhere;
    try {
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      reference = generator.stream(300).toList();
      seriesReference = generator.series(2016, 8);
      Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      elsewhere = generator.stream(300).toList();
      seriesElsewhere = generator.series(2016, 8);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }

    then(elsewhere).isEqualTo(reference);
    then(seriesElsewhere).isEqualTo(seriesReference);
  }

  @Test
  void the_random_generator_is_splitmix64_as_specified() {
    // the JDK's SplittableRandom implements the same published algorithm: an independent reference
    for (long seed : new long[] {0L, 1L, -1L, 42L, Long.MIN_VALUE}) {
      Rng rng = new Rng(seed);
      SplittableRandom reference = new SplittableRandom(seed);
      for (int i = 0; i < 100; i++) {
        then(rng.nextLong()).isEqualTo(reference.nextLong());
      }
    }
  }

  @Test
  void the_report_seed_mixes_seed_and_index() {
    ReportGenerator g = ReportGenerator.builder().seed(42L).build();

    then(g.reportSeed(0)).isNotEqualTo(g.reportSeed(1));
    then(g.reportSeed(1)).isNotEqualTo(ReportGenerator.builder().seed(43L).build().reportSeed(0));
    then(g.reportSeed(5)).isEqualTo(ReportGenerator.builder().seed(42L).edition(Edition.LEGACY).build().reportSeed(5));
  }

  @Test
  void the_source_records_seed_and_index_unless_switched_off() {
    ReportGenerator g = ReportGenerator.builder().seed(42L).build();

    then(g.generate(7).metadata().source()).contains("ogi-report-generator:seed=42;index=7");
    then(g.toBuilder().recordSource(false).build().generate(7).metadata().source()).isEmpty();
  }

  @Test
  void the_options_are_kept_and_copied_by_to_builder() {
    ReportGenerator g = ReportGenerator.builder().seed(5L).edition(Edition.V2019).level(AgencyLevel.COUNTY)
        .blanks(BlankStyle.ZERO_ROWS).narrative(false).build();
    ReportGenerator copy = g.toBuilder().build();

    then(copy.seed()).isEqualTo(5L);
    then(copy.edition()).contains(Edition.V2019);
    then(copy.level()).contains(AgencyLevel.COUNTY);
    then(copy.blanks()).isEqualTo(BlankStyle.ZERO_ROWS);
    then(copy.narrative()).isFalse();
    then(copy.generate(3)).isEqualTo(g.generate(3));
    then(g.toBuilder().anyEdition().anyLevel().build().edition()).isEmpty();
  }

  @Test
  void rejects_a_negative_count() {
    ReportGenerator g = ReportGenerator.builder().build();

    assertThatThrownBy(() -> g.stream(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative but was -1");
  }

  @Test
  void the_edition_of_a_year_follows_the_notices() {
    then(ReportGenerator.editionOf(2014)).isEqualTo(Edition.LEGACY);
    then(ReportGenerator.editionOf(2018)).isEqualTo(Edition.LEGACY);
    then(ReportGenerator.editionOf(2019)).isEqualTo(Edition.V2019);
    then(ReportGenerator.editionOf(2020)).isEqualTo(Edition.V2019);
    then(ReportGenerator.editionOf(2021)).isEqualTo(Edition.V2021);
    then(ReportGenerator.editionOf(2025)).isEqualTo(Edition.V2021);
  }
}
