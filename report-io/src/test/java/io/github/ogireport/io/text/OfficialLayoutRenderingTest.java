package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.generator.layout.Rendered;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The generator's {@link LayoutFamily#OFFICIAL} layout is the official TAB layout: the text reader reads
 * every rendering into the expected report's tables, edition, agency and year.
 */
class OfficialLayoutRenderingTest {
  @Property(tries = 150)
  void official_layout_renderings_read_back_into_the_expected_report(
      @ForAll Edition edition, @ForAll BlankStyle blanks, @ForAll @LongRange(min = 0, max = 100_000) long index) {
    Report report = ReportGenerator.builder().seed(11).edition(edition).blanks(blanks).build().generate(index);
    Rendered rendered = LayoutRenderer.of(LayoutFamily.OFFICIAL).render(report, index);

    Report read = TextReportReader.lenient().read(rendered.text()).report();

    then(read.tables()).isEqualTo(rendered.expected().tables());
    then(read.edition()).isEqualTo(rendered.expected().edition());
    then(read.metadata().agency()).isEqualTo(report.metadata().agency());
    then(read.metadata().year()).isEqualTo(report.metadata().year());
  }
}
