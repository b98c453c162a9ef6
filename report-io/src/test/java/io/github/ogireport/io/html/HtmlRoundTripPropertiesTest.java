package io.github.ogireport.io.html;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.table.ReportArbitraries;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the HTML writer wrote, the HTML reader reads back: the same tables (every cell, blanks
 * included), edition, agency and year. Reports come from the project's generator (every blank style) and
 * from the harsher test-local {@link ReportArbitraries} (isolated values, custom rows, mixed editions).
 */
class HtmlRoundTripPropertiesTest {
  private static HtmlReportReader reader() {
    return HtmlReportReader.lenient();
  }

  @Property(tries = 2000)
  void generated_legacy_reports_read_back_equal(@ForAll long index) {
    roundTrip(generated(Edition.LEGACY, index));
  }

  @Property(tries = 2000)
  void generated_2019_reports_read_back_equal(@ForAll long index) {
    roundTrip(generated(Edition.V2019, index));
  }

  @Property(tries = 2000)
  void generated_2021_reports_read_back_equal(@ForAll long index) {
    roundTrip(generated(Edition.V2021, index));
  }

  @Provide
  Arbitrary<Report> legacyReports() {
    return ReportArbitraries.printableReports(Edition.LEGACY);
  }

  @Provide
  Arbitrary<Report> reports2019() {
    return ReportArbitraries.printableReports(Edition.V2019);
  }

  @Provide
  Arbitrary<Report> reports2021() {
    return ReportArbitraries.printableReports(Edition.V2021);
  }

  @Provide
  Arbitrary<Report> mixedReports() {
    return ReportArbitraries.mixedReports();
  }

  @Property(tries = 2000)
  void legacy_reports_read_back_equal(@ForAll("legacyReports") Report report) {
    roundTrip(report);
  }

  @Property(tries = 2000)
  void reports_of_2019_read_back_equal(@ForAll("reports2019") Report report) {
    roundTrip(report);
  }

  @Property(tries = 2000)
  void reports_of_2021_read_back_equal(@ForAll("reports2021") Report report) {
    roundTrip(report);
  }

  @Property(tries = 500)
  void mixed_edition_reports_read_back_equal(@ForAll("mixedReports") Report report) {
    roundTrip(report);
  }

  @Property(tries = 300)
  void mutated_pages_give_a_report_or_the_librarys_exception(@ForAll("reports2021") Report report,
      @ForAll long seed) {
    String html = HtmlFuzzPropertiesTest.mutate(HtmlReportWriter.standard().write(report), new java.util.Random(seed));
    try {
      then(reader().read(html)).isNotNull();
    } catch (ReportException e) {
      // a defect of the text reader is wrapped with its cause; the reader itself should throw its own
      then(e.getCause()).as("wrapped defect of the line reader").isNull();
    }
  }

  private static java.util.Optional<Edition> printedEdition(Report report) {
    for (io.github.ogireport.model.ReportSection section : java.util.List.of(
        io.github.ogireport.model.ReportSection.APPLICATIONS,
        io.github.ogireport.model.ReportSection.ACTIVE_DISCLOSURE,
        io.github.ogireport.model.ReportSection.LEGACY_STATISTICS)) {
      java.util.Optional<Edition> e = report.tableList().stream()
          .filter(t -> t.type().section() == section && t.type().editions().size() == 1)
          .map(t -> t.type().editions().iterator().next())
          .reduce((first, later) -> section == io.github.ogireport.model.ReportSection.APPLICATIONS ? later : first);
      if (e.isPresent()) {
        return e;
      }
    }
    return java.util.Optional.empty();
  }

  /** A generated report of the edition, with a blank style and an index drawn from {@code index}. */
  private static Report generated(Edition edition, long index) {
    BlankStyle blanks = BlankStyle.values()[(int) Math.floorMod(index, (long) BlankStyle.values().length)];
    return ReportGenerator.builder().seed(1L).edition(edition).blanks(blanks).build()
        .generate(Math.floorMod(index, 1_000_000L));
  }

  private static void roundTrip(Report report) {
    ReadResult result = reader().read(HtmlReportWriter.standard().write(report));

    then(result.report().tables()).isEqualTo(report.tables());
    // The edition is read from the printed tables (section 三, else section 二, else the legacy form);
    // a report whose tables do not show it (none, or only section 四) cannot carry it through HTML.
    printedEdition(report).ifPresent(e -> then(result.report().edition()).isEqualTo(e));
    then(result.report().metadata().agency()).isEqualTo(report.metadata().agency());
    then(result.report().metadata().year()).isEqualTo(report.metadata().year());
  }
}
