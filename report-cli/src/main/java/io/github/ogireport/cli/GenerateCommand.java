package io.github.ogireport.cli;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.json.NdjsonReportWriter;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.FaultInjector;
import io.github.ogireport.validation.FaultyReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ogi-report generate --edition E --count N --seed S [--fault RULE_ID]}: writes NDJSON. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes reproducible generated reports as NDJSON (one report per line): the same options give the "
          + "same bytes on any machine.",
      "With --fault, every report breaks exactly the named rule; its metadata source names the rule."
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

  @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
  Path output;

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
    ReportGenerator generator = ReportGenerator.builder().seed(seed).edition(e.get()).blanks(blanks).build();
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
    try (Streams.Output target = Streams.open(output, parent.stdout())) {
      OutputStream out = new BufferedOutputStream(target.stream(), 1 << 16);
      NdjsonReportWriter writer = NdjsonReportWriter.open(out);
      long index = 0;
      for (long n = 0; n < count; n++) {
        Report report;
        if (fault == null) {
          report = generator.generate(index++);
        } else {
          Optional<FaultyReport> faulty = Optional.empty();
          for (int tries = 0; faulty.isEmpty() && tries < MAX_TRIES_PER_REPORT; tries++, index++) {
            faulty = FaultInjector.inject(generator.generate(index), fault, generator.reportSeed(index));
          }
          if (faulty.isEmpty()) {
            err.println("rule '" + fault + "' cannot be broken in reports of edition " + e.get().key());
            return OgiReport.FAILURE;
          }
          Report r = faulty.get().report();
          report = r.toBuilder()
              .metadata(r.metadata().toBuilder()
                  .source("ogi-report generate --seed " + seed + " --fault " + fault + ": "
                      + faulty.get().description())
                  .build())
              .build();
        }
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
}
