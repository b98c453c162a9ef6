package io.github.ogireport.generator.layout;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

final class LayoutDeterminismTest {

  @Test
  void the_same_report_and_seed_give_the_same_bytes() {
    for (Edition e : Edition.values()) {
      for (Report report : Samples.reports(e, 4)) {
        for (LayoutFamily f : LayoutFamily.forEdition(e)) {
          Rendered a = LayoutRenderer.of(f).render(report, 77L);
          Rendered b = LayoutRenderer.of(f).render(report, 77L);
          then(b.text().getBytes(StandardCharsets.UTF_8)).as(f + " " + e).isEqualTo(a.text().getBytes(StandardCharsets.UTF_8));
          then(b.expected()).isEqualTo(a.expected());
          then(b.damage()).isEqualTo(a.damage());
          then(a.family()).isEqualTo(f);
        }
      }
    }
  }

  @Test
  void renderings_do_not_depend_on_the_default_locale_or_time_zone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Report report = Samples.report(Edition.LEGACY, 3);
    Report modern = Samples.report(Edition.V2021, 3);
    try {
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      String[] reference = render(report, modern);
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      then(render(report, modern)).isEqualTo(reference);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static String[] render(Report legacy, Report modern) {
    LayoutFamily[] families = LayoutFamily.values();
    String[] out = new String[families.length * 2];
    for (int i = 0; i < families.length; i++) {
      out[2 * i] = LayoutRenderer.of(families[i]).render(legacy, 5L).text();
      out[2 * i + 1] = families[i].appliesTo(Edition.V2021)
          ? LayoutRenderer.of(families[i]).render(modern, 5L).text() : "";
    }
    return out;
  }

  @Test
  void different_seeds_give_different_damage() {
    for (Edition e : Edition.values()) {
      Report report = Samples.report(e, 1);
      for (LayoutFamily f : LayoutFamily.forEdition(e)) {
        if (f == LayoutFamily.OFFICIAL) {
          continue;
        }
        Set<String> texts = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
          texts.add(LayoutRenderer.of(f).render(report, seed).text());
        }
        then(texts).as(f + " " + e).hasSizeGreaterThanOrEqualTo(5);
      }
    }
  }

  @Test
  void the_official_layout_uses_no_random_choice_but_differs_between_reports() {
    Report a = Samples.report(Edition.V2019, 0);
    Report b = Samples.report(Edition.V2019, 1);
    LayoutRenderer official = LayoutRenderer.of(LayoutFamily.OFFICIAL);

    then(official.render(a, 1L).text()).isEqualTo(official.render(a, 2L).text());
    then(official.render(a, 1L).text()).isNotEqualTo(official.render(b, 1L).text());
    then(official.render(a, 1L).expected()).isEqualTo(a);
    then(official.render(a, 1L).damage()).isEmpty();
  }

  @Test
  void the_provincial_family_renders_legacy_reports_only() {
    then(LayoutFamily.forEdition(Edition.LEGACY)).containsExactly(LayoutFamily.values());
    then(LayoutFamily.forEdition(Edition.V2021)).doesNotContain(LayoutFamily.LEGACY_PROVINCIAL).hasSize(6);
    then(LayoutFamily.LEGACY_PROVINCIAL.editions()).containsExactly(Edition.LEGACY);
    LayoutRenderer provincial = LayoutRenderer.of(LayoutFamily.LEGACY_PROVINCIAL);
    then(provincial.accepts(Samples.report(Edition.LEGACY, 0))).isTrue();
    then(provincial.accepts(Samples.report(Edition.V2019, 0))).isFalse();
    assertThatThrownBy(() -> provincial.render(Samples.report(Edition.V2019, 0), 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEGACY_PROVINCIAL");
  }
}
