package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The title's agency and year over every layout family (titles wrapped anywhere by converters, behind a
 * page's breadcrumb, at the start of a flattened page): each is exactly the generated one, or the placeholder
 * with a {@code reader.missing-metadata} finding; never another agency or year. At least 99% are read.
 */
class LayoutMetadataTest {
  private static final int REPORTS = 200;

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("io.github.ogireport.io.text.LayoutFamiliesReadTest#families")
  void the_agency_and_year_are_the_titles_or_missing_with_a_finding(LayoutFamily family, Edition edition) {
    ReportGenerator g = ReportGenerator.builder().seed(77L + edition.ordinal()).edition(edition).narrative(true).build();
    LayoutRenderer renderer = LayoutRenderer.of(family);
    List<String> wrong = new ArrayList<>();
    int read = 0;
    int n = 0;
    for (int i = 0; i < REPORTS; i++) {
      Report report = g.generate(i);
      if (!renderer.accepts(report)) {
        continue;
      }
      n++;
      ReadResult r = TextReportReader.lenient().read(renderer.render(report, 500L + i).text());
      String agency = r.report().metadata().agency();
      int year = r.report().metadata().year();
      boolean missing = r.findings().stream().anyMatch(f -> f.code().equals("reader.missing-metadata"));
      boolean agencyRight = agency.equals(report.metadata().agency());
      boolean yearRight = year == report.metadata().year();
      if (agencyRight && yearRight) {
        read++;
      } else if (!missing || (!agencyRight && !agency.equals("未知机关"))) {
        wrong.add("report " + i + ": " + agency + " " + year + " for " + report.metadata().agency() + " "
            + report.metadata().year());
      }
    }
    then(wrong).as("agencies or years read wrong").isEmpty();
    then(n).isPositive();
    then(read * 100.0 / n).as("share of titles read").isGreaterThanOrEqualTo(99.0);
  }
}
