package io.github.ogireport.cli;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.generator.layout.Rendered;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.json.NdjsonReportWriter;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.FaultInjector;
import io.github.ogireport.validation.FaultyReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ogi-report generate --edition E --count N --seed S [--fault RULE_ID] [--layout FAMILY -o DIR]}:
 * writes NDJSON, or with {@code --layout} one rendered text and its expected report per report.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes reproducible generated reports as NDJSON (one report per line): the same options give the "
          + "same bytes on any machine.",
      "With --fault, every report breaks exactly the named rule; its metadata source names the rule.",
      "With --layout FAMILY, -o names a directory: report i is written as report-<i>.txt (the report rendered "
          + "in that layout family, UTF-8) and report-<i>.json (the report a correct reader reads from it)."
    })
final class GenerateCommand implements Callable<Integer> {
  private static final int MAX_TRIES_PER_REPORT = 1000;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.ParentCommand OgiReport parent;

  @Option(names = "--edition", required = true, description = "legacy, 2019 or 2021.")
  String edition;

  @Option(names = "--count", defaultValue = "1", description = "How many reports (default: ${DEFAULT-VALUE}).")
  long count;

  @Option(names = "--seed", defaultValue = "0", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--blanks", defaultValue = "NONE", description = "Blank cells as real reports leave them: ${COMPLETION-CANDIDATES}.")
  BlankStyle blanks;

  @Option(names = "--fault", paramLabel = "RULE_ID", description = "Break exactly this rule in every report (see docs/rules.md).")
  String fault;

  @Option(names = {"-o", "--output"}, description = "Output file (default: standard output); with --layout, the output directory.")
  Path output;

  @Option(names = "--layout", paramLabel = "FAMILY", description = "Render each report as text in this layout family: ${COMPLETION-CANDIDATES}.")
  LayoutFamily layout;

  @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when standard error is a terminal).")
  Boolean progress;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Edition> e = Edition.fromKey(edition.toLowerCase(Locale.ROOT));
    if (e.isEmpty()) {
      err.println("unknown edition '" + edition + "': use legacy, 2019 or 2021");
      return OgiReport.FAILURE;
    }
    if (count < 0) {
      err.println("--count must not be negative but was " + count);
      return OgiReport.FAILURE;
    }
    if (fault != null && !FaultInjector.supportedRules().contains(fault)) {
      err.println("no fault injector for rule '" + fault + "'; supported: " + FaultInjector.supportedRules());
      return OgiReport.FAILURE;
    }
    if (layout != null) {
      if (output == null) {
        err.println("--layout needs -o DIR: the directory the text and JSON files are written to");
        return OgiReport.FAILURE;
      }
      if (Files.exists(output) && !Files.isDirectory(output)) {
        err.println("-o " + output + " is an existing file, not a directory; it is left untouched");
        return OgiReport.FAILURE;
      }
      if (!layout.appliesTo(e.get())) {
        err.println("layout " + layout + " renders reports of edition " + layout.editions().iterator().next().key()
            + " only, not " + e.get().key());
        return OgiReport.FAILURE;
      }
    }
    ReportGenerator generator = ReportGenerator.builder().seed(seed).edition(e.get()).blanks(blanks).build();
    if (layout != null) {
      return writeLayouts(generator, err, e.get());
    }
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
    try (Streams.Output target = Streams.open(output, parent.stdout())) {
      OutputStream out = new BufferedOutputStream(target.stream(), 1 << 16);
      NdjsonReportWriter writer = NdjsonReportWriter.open(out);
      long[] index = {0};
      for (long n = 0; n < count; n++) {
        Optional<Report> next = next(generator, index);
        if (next.isEmpty()) {
          err.println("rule '" + fault + "' cannot be broken in reports of edition " + e.get().key());
          return OgiReport.FAILURE;
        }
        Report report = next.get();
        writer.write(report);
        bar.step(n + 1);
      }
      writer.flush();
      out.flush();
      target.commit();
      bar.done(count);
    } catch (Streams.OutputException ex) {
      err.println("ogi-report generate: " + ex.getMessage());
      return OgiReport.FAILURE;
    }
    return OgiReport.OK;
  }

  /**
   * The next report of the sequence, from {@code index[0]} on: the generated report, or with --fault the next
   * one the rule can be broken in (its metadata source naming the rule); empty if none within the tries.
   */
  private Optional<Report> next(ReportGenerator generator, long[] index) {
    if (fault == null) {
      return Optional.of(generator.generate(index[0]++));
    }
    Optional<FaultyReport> faulty = Optional.empty();
    for (int tries = 0; faulty.isEmpty() && tries < MAX_TRIES_PER_REPORT; tries++, index[0]++) {
      faulty = FaultInjector.inject(generator.generate(index[0]), fault, generator.reportSeed(index[0]));
    }
    return faulty.map(f -> f.report().toBuilder()
        .metadata(f.report().metadata().toBuilder()
            .source("ogi-report generate --seed " + seed + " --fault " + fault + ": " + f.description())
            .build())
        .build());
  }

  /**
   * Writes report-<i>.txt (the rendered text) and report-<i>.json (the expected report) for every report
   * into the output directory, each through a temporary file moved into place.
   */
  private int writeLayouts(ReportGenerator generator, PrintWriter err, Edition edition) throws IOException {
    Files.createDirectories(output);
    LayoutRenderer renderer = LayoutRenderer.of(layout);
    ReportJson json = ReportJson.standard();
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
    long[] index = {0};
    for (long n = 0; n < count; n++) {
      long at = index[0];
      Optional<Report> report = next(generator, index);
      if (report.isEmpty()) {
        err.println("rule '" + fault + "' cannot be broken in reports of edition " + edition.key());
        return OgiReport.FAILURE;
      }
      Rendered rendered = renderer.render(report.get(), generator.reportSeed(at));
      writeAtomically(output.resolve("report-" + n + ".txt"), rendered.text().getBytes(StandardCharsets.UTF_8));
      writeAtomically(output.resolve("report-" + n + ".json"),
          json.write(rendered.expected()).getBytes(StandardCharsets.UTF_8));
      bar.step(n + 1);
    }
    bar.done(count);
    return OgiReport.OK;
  }

  /** Writes a temporary file in the target's directory, then moves it into place. */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
