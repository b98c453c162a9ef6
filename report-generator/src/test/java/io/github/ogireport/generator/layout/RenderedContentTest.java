package io.github.ogireport.generator.layout;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Every rendering carries the title, narrative and every value of the expected report. */
final class RenderedContentTest {

  @Provide
  Arbitrary<Edition> editions() {
    return Arbitraries.of(Edition.class);
  }

  @Property(tries = 60)
  void every_value_appears_as_a_number_token_in_printed_order(
      @ForAll("editions") Edition edition, @ForAll LayoutFamily family, @ForAll long seed) {
    if (!family.appliesTo(edition)) {
      return;
    }
    Report report = Samples.report(edition, Math.floorMod(seed, 50));
    Rendered r = LayoutRenderer.of(family).render(report, seed);
    if (glued(r)) {
      return;
    }
    List<String> tokens = Samples.tokens(r.text());
    if (family == LayoutFamily.LEGACY_PROVINCIAL) {
      // provincial forms reorder rows: each value is a token, in any order
      then(tokens).as(r.damage().toString()).containsAll(Samples.values(r.expected()));
    } else {
      then(Samples.firstMissing(Samples.values(r.expected()), tokens)).as(family + " " + r.damage()).isNull();
    }
  }

  /** True if the rendering glues cells, so that values are digit runs rather than tokens. */
  private static boolean glued(Rendered r) {
    return r.damage().stream().anyMatch(d -> d.contains("glued"));
  }

  @Property(tries = 40)
  void every_rendering_has_the_title_and_narrative(
      @ForAll("editions") Edition edition, @ForAll LayoutFamily family, @ForAll long seed) {
    if (!family.appliesTo(edition)) {
      return;
    }
    Report report = Samples.report(edition, Math.floorMod(seed, 20));
    Rendered r = LayoutRenderer.of(family).render(report, seed);
    String flat = r.text().replace("\n", "").replace(" ", "");
    then(flat).contains(report.metadata().agency().replace(" ", ""))
        .contains(Integer.toString(report.metadata().year()));
    then(flat).containsAnyOf("政府信息公开", "政务信息公开").contains("年度报告");
    for (NarrativeSection n : report.narrative()) {
      then(flat).as(family + " " + n.section()).contains(n.text().replace(" ", "").substring(0, 8));
    }
    then(r.expected().metadata()).isEqualTo(report.metadata());
    if (family != LayoutFamily.LEGACY_PROVINCIAL) {
      then(r.expected()).isEqualTo(report);
    }
  }

  @Test
  void a_report_without_narrative_gets_short_paragraphs_also_in_the_expected_report() {
    Report bare = ReportGenerator.builder().seed(3).edition(Edition.V2021).narrative(false).build().generate(0);
    then(bare.narrative()).isEmpty();

    Rendered r = LayoutRenderer.of(LayoutFamily.OFFICIAL).render(bare, 1L);

    then(r.expected().narrative()).extracting(NarrativeSection::section)
        .containsExactly(ReportSection.OVERVIEW, ReportSection.PROBLEMS, ReportSection.OTHER_MATTERS);
    then(r.expected().tables()).isEqualTo(bare.tables());
    for (NarrativeSection n : r.expected().narrative()) {
      then(r.text()).contains(n.section().label()).contains(n.text());
    }
  }

  @Test
  void blank_cells_are_never_printed_as_zero() {
    // every cell blank and no narrative figures: no token 0 may appear anywhere
    for (Edition e : Edition.values()) {
      Report full = ReportGenerator.builder().seed(5).edition(e).narrative(false).build().generate(0);
      Report.Builder b = full.toBuilder();
      full.tables().keySet().forEach(t -> b.table(Table.blank(t)));
      Report blank = b.build();
      for (LayoutFamily f : LayoutFamily.forEdition(e)) {
        for (long seed = 0; seed < 5; seed++) {
          Rendered r = LayoutRenderer.of(f).render(blank, seed);
          then(Samples.tokens(r.text())).as(f + " " + e).doesNotContain("0");
        }
      }
    }
  }
}
