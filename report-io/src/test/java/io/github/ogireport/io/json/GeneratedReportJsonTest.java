package io.github.ogireport.io.json;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.TimeZone;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The JSON form over reports of the generator module: the round trip holds for 10,000 generated reports
 * of each edition (random indexes of one seeded generator, all blank styles mixed), and a seed gives
 * byte-identical JSON in every run, locale and time zone.
 */
final class GeneratedReportJsonTest {
  private static final ReportJson JSON = ReportJson.standard();
  private static final long SEED = 20_240_601L;

  private static ReportGenerator generator(Edition edition) {
    return ReportGenerator.builder().seed(SEED).edition(edition).blanks(BlankStyle.MIXED).build();
  }

  private static final ReportGenerator LEGACY = generator(Edition.LEGACY);
  private static final ReportGenerator V2019 = generator(Edition.V2019);
  private static final ReportGenerator V2021 = generator(Edition.V2021);

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void json_round_trip_holds_for_generated_legacy_reports(@ForAll @LongRange(min = 0) long index) {
    assertRoundTrip(LEGACY.generate(index));
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void json_round_trip_holds_for_generated_2019_reports(@ForAll @LongRange(min = 0) long index) {
    assertRoundTrip(V2019.generate(index));
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void json_round_trip_holds_for_generated_2021_reports(@ForAll @LongRange(min = 0) long index) {
    assertRoundTrip(V2021.generate(index));
  }

  private static void assertRoundTrip(Report report) {
    then(JSON.read(JSON.write(report))).isEqualTo(report);
  }

  @Test
  void the_same_seed_gives_byte_identical_json_in_two_runs_and_under_another_locale_and_time_zone() {
    byte[] first = generatedNdjson();
    byte[] second = generatedNdjson();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    byte[] elsewhere;
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      elsewhere = generatedNdjson();
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }

    then(first).hasSizeGreaterThan(100_000);
    then(second).isEqualTo(first);
    then(elsewhere).isEqualTo(first);
  }

  /** 300 reports of each edition from a new generator of one seed, as NDJSON bytes. */
  private static byte[] generatedNdjson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonReportWriter writer = NdjsonReportWriter.open(out)) {
      for (Edition edition : Edition.values()) {
        generator(edition).stream(300).forEach(writer::write);
      }
    }
    return out.toByteArray();
  }
}
