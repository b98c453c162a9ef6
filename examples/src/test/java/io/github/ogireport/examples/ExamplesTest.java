package io.github.ogireport.examples;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ExamplesTest {

  @Test
  void the_quick_start_round_trips_its_report() {
    List<Object> run = QuickStart.run();

    then(run.get(2)).isEqualTo(run.get(0));
    then((String) run.get(1)).contains("\"edition\":\"2021\"").contains("\"review_litigation\"");
  }

  @Test
  void the_example_report_has_no_error_finding() {
    Report report = BuildReportExample.buildReport();

    ValidationResult result = ReportValidator.standard().validate(report);

    then(result.errors()).isEmpty();
  }

  @Test
  void the_readme_snippet_is_the_tagged_region_of_the_quick_start_source() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/io/github/ogireport/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    String region = source.substring(
        source.indexOf("// tag::quick-start[]") + "// tag::quick-start[]".length(),
        source.indexOf("// end::quick-start[]"));
    String quickStart = readme.substring(readme.indexOf("## Quick start"));
    String snippet = quickStart.substring(
        quickStart.indexOf("```java") + "```java".length(), quickStart.indexOf("```", quickStart.indexOf("```java") + 7));

    then(normalise(snippet)).isEqualTo(normalise(region));
  }

  /** The code's lines, stripped, without blank lines and imports (the README snippet carries its imports). */
  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("import "))
        .collect(Collectors.joining("\n"));
  }
}
