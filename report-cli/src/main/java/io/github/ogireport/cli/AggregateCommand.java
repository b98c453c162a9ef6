package io.github.ogireport.cli;

import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import io.github.ogireport.validation.aggregate.Aggregate;
import io.github.ogireport.validation.aggregate.AggregationException;
import io.github.ogireport.validation.aggregate.OmittedCustomRow;
import io.github.ogireport.validation.aggregate.PartialCell;
import io.github.ogireport.validation.aggregate.ReportAggregator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code ogi-report aggregate INPUTS... -o total.json}: sums reports of one edition and year into one. */
@Command(
    name = "aggregate",
    mixinStandardHelpOptions = true,
    description = {
      "Sums the tables of several reports of one edition and one year (any input check reads) into one "
          + "report and writes it as JSON. A cell blank in every report stays blank; a cell blank in some "
          + "reports is the sum of the others and is listed as partial on standard error, with the reports "
          + "that left it blank. Narrative is not summed.",
      "Nothing is written unless every input was read and the reports share one edition and one year; the "
          + "output file is replaced only when the aggregate was written completely.",
      "Exit status: 0 aggregated, no error finding; 1 aggregated, but the total or a report has an error "
          + "finding; 2 an input could not be read, the reports mix editions or years, a sum overflows, the "
          + "output could not be written (or bad usage); 3 out of memory or stack; 4 a published file gave no "
          + "statistics table (nothing written)."
    })
final class AggregateCommand implements Callable<Integer> {
  /** How many sources a partial cell's line names before "and N more". */
  static final int NAMED_SOURCES = 5;

  /** How many cells a line of partial cells names before "and N more". */
  static final int NAMED_CELLS = 3;

  @Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand OgiReport parent;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Report files or directories, as for check.")
  List<Path> paths;

  @Option(names = {"-o", "--output"}, description = "Output JSON file (default: standard output).")
  Path output;

  @Option(names = "--agency", paramLabel = "NAME", defaultValue = "汇总", description = "Agency name of the aggregate report (default: ${DEFAULT-VALUE}).")
  String agency;

  @Option(names = "--assume-unit", paramLabel = "UNIT", description = "Unit of amounts printed without one: ${COMPLETION-CANDIDATES} (default: none; such amounts are left out and their cells listed as partial).")
  Unit assumeUnit;

  @Option(names = "--list-partial", description = "List every partial cell on its own line (default: the cells one table leaves blank in the same reports on one line).")
  boolean listPartial;

  @Option(names = "--strict", description = "Fail on reader findings (strict reader mode).")
  boolean strict;

  @Option(names = "--threads", description = "Worker threads for reading, 1 to " + OgiReport.MAX_THREADS + " (default: available processors, at most " + OgiReport.MAX_THREADS + ").")
  Integer threads;

  @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when standard error is a terminal).")
  Boolean progress;

  enum Unit {
    yuan(AmountUnit.YUAN),
    wan_yuan(AmountUnit.WAN_YUAN);

    final AmountUnit unit;

    Unit(AmountUnit unit) {
      this.unit = unit;
    }
  }

  /** Stops reading at the first report the aggregate refuses. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (threads != null && (threads < 1 || threads > OgiReport.MAX_THREADS)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be between 1 and " + OgiReport.MAX_THREADS + " but was " + threads);
    }
    if (agency.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--agency must not be blank");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Skipped> skipped = new ArrayList<>();
    List<Inputs.Input> inputs = Inputs.expand(paths, skipped);
    for (Inputs.Skipped s : skipped) {
      err.println("skipped " + s.path() + ": " + s.reason());
    }
    String same = Streams.sameFile(output, inputs.stream().map(Inputs.Input::path).toList());
    if (same != null) {
      err.println("ogi-report aggregate: " + same);
      return OgiReport.FAILURE;
    }
    ReportAggregator aggregator = assumeUnit == null
        ? ReportAggregator.standard()
        : ReportAggregator.builder().assumedUnit(assumeUnit.unit).build();
    ReportAggregator.Accumulator accumulator = aggregator.accumulator(agency);
    ReportValidator validator = ReportValidator.standard();
    TextReportReader text = strict ? TextReportReader.strict() : TextReportReader.lenient();
    HtmlReportReader html = HtmlReportReader.using(text::read);
    ReportJson json = ReportJson.standard();
    int workers = threads != null
        ? threads
        : Math.min(OgiReport.MAX_THREADS, Runtime.getRuntime().availableProcessors());
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);

    List<String> sources = new ArrayList<>();
    List<String> withErrors = new ArrayList<>();
    int[] counts = new int[3]; // read, unreadable, without a table
    AggregationException[] refused = new AggregationException[1];
    String[] refusedSource = new String[1];
    try {
      OrderedParallel.map(CheckCommand.tasks(inputs, json, text, html, CheckCommand.Checker.validating(validator)),
          workers, OrderedParallel::callUnchecked, c -> {
            bar.step(++counts[0]);
            if (c.failure().isPresent()) {
              counts[1]++;
              err.println("cannot read " + c.source() + ": " + c.problem().orElseThrow());
              return;
            }
            if (c.noTable()) {
              counts[2]++;
              err.println(c.source() + ": no statistics table could be read");
              return;
            }
            if (c.errors() > 0) {
              withErrors.add(c.source());
            }
            try {
              accumulator.add(c.report().orElseThrow());
            } catch (AggregationException e) {
              refused[0] = e;
              refusedSource[0] = c.source();
              throw new Refused();
            }
            sources.add(c.source());
          });
    } catch (Refused e) {
      err.println("ogi-report aggregate: " + refusedSource[0] + " cannot be summed with the reports before it: "
          + refused[0].getMessage() + "; nothing written");
      return OgiReport.FAILURE;
    }
    bar.done(counts[0]);
    if (counts[1] > 0) {
      err.println("ogi-report aggregate: " + counts[1] + (counts[1] == 1 ? " input" : " inputs")
          + " could not be read; nothing written");
      return OgiReport.FAILURE;
    }
    if (counts[2] > 0) {
      err.println("ogi-report aggregate: " + counts[2] + (counts[2] == 1 ? " published file" : " published files")
          + " gave no statistics table; nothing written");
      return OgiReport.NO_TABLE;
    }
    if (accumulator.count() == 0) {
      err.println("ogi-report aggregate: no report to aggregate");
      return OgiReport.FAILURE;
    }
    Aggregate total;
    try {
      total = accumulator.aggregate();
    } catch (AggregationException e) {
      String at = e.source().isPresent() ? " (from " + sources.get(e.source().getAsInt()) + " on)" : "";
      err.println("ogi-report aggregate: " + e.getMessage() + at + "; nothing written");
      return OgiReport.FAILURE;
    }
    try (Streams.Output target = Streams.open(output, parent.stdout())) {
      OutputStream out = new BufferedOutputStream(target.stream(), 1 << 16);
      json.write(total.report(), out);
      out.write('\n');
      out.flush();
      target.commit();
    } catch (Streams.OutputException e) {
      err.println("ogi-report aggregate: " + e.getMessage());
      return OgiReport.FAILURE;
    }
    ValidationResult validation = validator.validate(total.report());
    summary(err, total, sources, validation, withErrors);
    return validation.hasErrors() || !withErrors.isEmpty() ? OgiReport.FINDINGS : OgiReport.OK;
  }

  private void summary(PrintWriter err, Aggregate total, List<String> sources, ValidationResult validation,
      List<String> withErrors) {
    Report r = total.report();
    err.println(String.format(Locale.ROOT, "汇总 aggregated %d %s (edition %s, year %d) as %s%s",
        total.sourceCount(), total.sourceCount() == 1 ? "report" : "reports", r.edition().key(),
        r.metadata().year(), r.metadata().agency(), output == null ? "" : " → " + output));
    err.println("部分单元格 partial cells (blank in some reports, summed over the others): " + total.partialCells().size());
    if (listPartial) {
      for (PartialCell p : total.partialCells()) {
        err.println("  " + p.cell().path() + "  " + sourcesOf(p, sources));
      }
    } else {
      // cells of one table left blank by the same reports, on one line
      Map<List<Object>, List<PartialCell>> groups = new LinkedHashMap<>();
      for (PartialCell p : total.partialCells()) {
        groups.computeIfAbsent(List.of(p.cell().table(), p.blankSources(), p.unitlessSources()),
            k -> new ArrayList<>()).add(p);
      }
      for (List<PartialCell> group : groups.values()) {
        PartialCell first = group.get(0);
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < group.size() && i < NAMED_CELLS; i++) {
          PartialCell p = group.get(i);
          cells.append(i == 0 ? "" : ", ").append(p.cell().row().key()).append('/').append(p.cell().column().key());
        }
        if (group.size() > NAMED_CELLS) {
          cells.append(" and ").append(group.size() - NAMED_CELLS).append(" more");
        }
        err.println("  " + first.cell().table().key() + ": " + group.size() + (group.size() == 1 ? " cell (" : " cells (")
            + cells + ")  " + sourcesOf(first, sources));
      }
    }
    if (!total.omittedCustomRows().isEmpty()) {
      err.println("未汇总的自定义行 custom rows left out (not in every report): " + total.omittedCustomRows().size());
      for (OmittedCustomRow o : total.omittedCustomRows()) {
        err.println("  " + o.table().key() + " " + o.label() + o.unit().map(u -> " (" + u + ")").orElse("")
            + "  in " + o.sources().size() + " of " + o.sourceCount() + ": " + names(o.sources(), sources));
      }
    }
    List<Finding> shown = validation.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    err.println(String.format(Locale.ROOT, "汇总表的发现 findings of the total: %d errors, %d warnings",
        validation.errors().size(), validation.warnings().size()));
    for (Finding f : shown) {
      TextCheckPrinter.printFinding(err, f);
      List<PartialCell> partial = f.cells().stream().map(total::partial).flatMap(java.util.Optional::stream).toList();
      if (!partial.isEmpty()) {
        err.println("           部分单元格 partial cells: "
            + String.join(", ", partial.stream().map(p -> p.cell().path()).toList()));
      }
    }
    if (!withErrors.isEmpty()) {
      err.println("有错误的报告 reports with error findings (run check on them): " + withErrors.size());
      withErrors.forEach(s -> err.println("  " + s));
    }
  }

  private static String sourcesOf(PartialCell p, List<String> sources) {
    StringBuilder line = new StringBuilder("filled in ").append(p.filledSources()).append(" of ").append(p.sourceCount());
    if (!p.blankSources().isEmpty()) {
      line.append("; blank in ").append(names(p.blankSources(), sources));
    }
    if (!p.unitlessSources().isEmpty()) {
      line.append("; no unit (left out) in ").append(names(p.unitlessSources(), sources));
    }
    return line.toString();
  }

  /** The sources at the given indexes, at most {@link #NAMED_SOURCES} of them, then how many more. */
  static String names(List<Integer> indexes, List<String> sources) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < indexes.size() && i < NAMED_SOURCES; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(sources.get(indexes.get(i)));
    }
    if (indexes.size() > NAMED_SOURCES) {
      sb.append(" and ").append(indexes.size() - NAMED_SOURCES).append(" more");
    }
    return sb.toString();
  }
}
