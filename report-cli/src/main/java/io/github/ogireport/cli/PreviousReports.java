package io.github.ogireport.cli;

import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import io.github.ogireport.validation.compare.AgencyNames;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The previous year's reports of {@code check --previous DIR}, by agency (its {@link AgencyNames} key)
 * and year: every report the directory holds, read as {@code check} reads inputs.
 */
final class PreviousReports {
  private record Key(String agency, int year) {}

  private record Entry(String source, Report report) {}

  private final Path dir;
  private final Map<Key, List<Entry>> byKey;

  private PreviousReports(Path dir, Map<Key, List<Entry>> byKey) {
    this.dir = dir;
    this.byKey = byKey;
  }

  /**
   * Reads every report of {@code dir}; files that cannot be read are named on {@code err} and left out
   * (a report they would have paired is then listed as unpaired).
   *
   * @return the reports, or {@code null} (after a message on {@code err}) if {@code dir} is not a directory
   */
  static PreviousReports read(Path dir, ReportJson json, TextReportReader text, HtmlReportReader html, int threads,
      PrintWriter err) {
    if (!Files.isDirectory(dir)) {
      err.println("ogi-report check: --previous " + dir + " is not a directory");
      return null;
    }
    List<Inputs.Skipped> skipped = new ArrayList<>();
    List<Inputs.Input> inputs = Inputs.expand(List.of(dir), skipped);
    Map<Key, List<Entry>> byKey = new HashMap<>();
    OrderedParallel.map(CheckCommand.tasks(inputs, json, text, html, CheckCommand.Checker.reading()), threads,
        OrderedParallel::callUnchecked, c -> {
          if (c.failure().isPresent()) {
            err.println("previous: cannot read " + c.source() + " (left out): " + c.problem().orElseThrow());
            return;
          }
          Report r = c.report().orElseThrow();
          byKey.computeIfAbsent(key(r.metadata().agency(), r.metadata().year()), k -> new ArrayList<>())
              .add(new Entry(c.source(), r));
        });
    return new PreviousReports(dir, byKey);
  }

  private static Key key(String agency, int year) {
    return new Key(AgencyNames.normalise(agency), year);
  }

  /**
   * A checker that validates each report against the previous-year report of its agency when there is
   * exactly one, and on its own otherwise, recording the pairing.
   */
  CheckCommand.Checker checker(ReportValidator validator) {
    return (source, read, published) -> {
      Report r = read.report();
      List<Entry> found = byKey.getOrDefault(key(r.metadata().agency(), r.metadata().year() - 1), List.of());
      if (found.size() == 1) {
        Entry p = found.get(0);
        ValidationResult v = validator.validate(r, p.report());
        return new CheckedReport(source, read, null, v, published, CheckedReport.Previous.paired(p.source()));
      }
      String note = found.isEmpty()
          ? "no report of " + r.metadata().agency() + " " + (r.metadata().year() - 1) + " in " + dir
          : found.size() + " reports of " + r.metadata().agency() + " " + (r.metadata().year() - 1) + " in " + dir
              + ": " + String.join(", ", found.stream().map(Entry::source).toList());
      return new CheckedReport(source, read, null, validator.validate(r), published,
          CheckedReport.Previous.unpaired(note));
    };
  }
}
