package io.github.ogireport.findings;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.validation.ReportValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's bundled samples, read and validated as {@code check} does. */
final class Samples {
  static final Path DIR = Path.of("..", "samples");

  private Samples() {}

  private static final java.util.Map<String, CheckedReport> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The sample read and validated once per test run (checked reports are immutable). */
  static CheckedReport check(String name) {
    return CHECKED.computeIfAbsent(name, Samples::fresh);
  }

  /** The sample read and validated anew. */
  static CheckedReport fresh(String name) {
    Path file = DIR.resolve(name);
    TextReportReader text = TextReportReader.lenient();
    ReadResult read = name.endsWith(".html")
        ? HtmlReportReader.using(text::read).read(file)
        : text.read(file);
    return CheckedReport.of(file.getFileName().toString(), read, ReportValidator.standard().validate(read.report()));
  }

  /** Every sample file (text and HTML), in name order. */
  static List<String> names() {
    try (Stream<Path> files = Files.walk(DIR)) {
      return files.filter(Files::isRegularFile)
          .map(p -> DIR.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".txt") || n.endsWith(".html"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
