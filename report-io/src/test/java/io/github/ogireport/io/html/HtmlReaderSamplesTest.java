package io.github.ogireport.io.html;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.samples.SampleExpectation;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the bundled HTML samples is read as the expectation says. */
class HtmlReaderSamplesTest {
  static Stream<SampleExpectation> htmlSamples() {
    return SampleExpectation.all().stream().filter(SampleExpectation::isHtml);
  }

  @ParameterizedTest
  @MethodSource("htmlSamples")
  void every_cell_of_the_sample_is_read_as_expected(SampleExpectation expectation) {
    ReadResult result = HtmlReportReader.lenient().read(expectation.sample());

    then(result.report().edition()).isEqualTo(expectation.edition());
    then(expectation.mismatches(result.report())).isEmpty();
    then(result.provenance().values()).allSatisfy(l -> then(l.htmlCell()).isNotNull());
  }
}
