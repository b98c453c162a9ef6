package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Write-then-read over the project's report generator: every generated report, of every edition and
 * blank style, reads back equal (the text format carries the agency and year of the metadata, not its
 * optional title, division code or source).
 */
class GeneratedRoundTripTest {
  @Property(tries = 2000)
  void generated_2019_reports_read_back_equal(@ForAll @LongRange(min = 0, max = 1_000_000) long index,
      @ForAll BlankStyle blanks) {
    roundTrip(generator(Edition.V2019, blanks).generate(index));
  }

  @Property(tries = 2000)
  void generated_2021_reports_read_back_equal(@ForAll @LongRange(min = 0, max = 1_000_000) long index,
      @ForAll BlankStyle blanks) {
    roundTrip(generator(Edition.V2021, blanks).generate(index));
  }

  @Property(tries = 2000)
  void generated_legacy_reports_read_back_equal(@ForAll @LongRange(min = 0, max = 1_000_000) long index,
      @ForAll BlankStyle blanks) {
    roundTrip(generator(Edition.LEGACY, blanks).generate(index));
  }

  private static ReportGenerator generator(Edition edition, BlankStyle blanks) {
    return ReportGenerator.builder().seed(20240601L).edition(edition).blanks(blanks).build();
  }

  private static void roundTrip(Report generated) {
    Report original = generated.toBuilder()
        .metadata(ReportMetadata.of(generated.metadata().agency(), generated.metadata().year()))
        .build();
    String text = TextReportWriter.write(original);

    ReadResult read = TextReportReader.lenient().read(text);

    then(read.report()).as(text).isEqualTo(original);
    then(read.findings()).as(text).noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
