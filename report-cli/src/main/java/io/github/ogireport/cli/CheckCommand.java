package io.github.ogireport.cli;

import io.github.ogireport.io.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi-report check FILE|DIR...}: reads, detects the edition, validates and reports. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads each report (text, HTML, JSON or NDJSON), detects its edition, validates every relation "
          + "and prints what was read and the findings.",
      "Exit status: 0 no error finding, 1 error findings, 2 an input could not be read."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Report files or directories (walked for .txt .html .htm .json .ndjson .jsonl).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (json: one JSON object per report and line).")
  OutputFormat format;

  @Option(names = "--strict", description = "Fail on reader findings instead of reading on (strict reader mode).")
  boolean strict;

  @Option(names = "--only-findings", description = "Print only reports that have findings (and the summary).")
  boolean onlyFindings;

  @Option(names = "--threads", description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when standard error is a terminal).")
  Boolean progress;

  enum OutputFormat { text, json }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportValidator validator = ReportValidator.standard();
    TextReportReader textReader = strict ? TextReportReader.strict() : TextReportReader.lenient();
    HtmlReportReader htmlReader = HtmlReportReader.using(textReader::read);
    ReportJson json = ReportJson.standard();
    CheckPrinter printer = format == OutputFormat.json ? new JsonCheckPrinter(out) : new TextCheckPrinter(out);
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
    int[] totals = new int[4]; // reports, with errors, with warnings, unreadable
    int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();

    Iterator<Callable<Checked>> tasks = tasks(Inputs.expand(paths), json, textReader, htmlReader, validator);
    OrderedParallel.map(tasks, workers, OrderedParallel::callUnchecked, checked -> {
      totals[0]++;
      if (checked.failure() != null) {
        totals[3]++;
      }
      if (checked.errors() > 0) {
        totals[1]++;
      }
      if (checked.warnings() > 0) {
        totals[2]++;
      }
      if (!onlyFindings || checked.hasFindings()) {
        printer.print(checked);
      }
      bar.step(totals[0]);
    });
    bar.done(totals[0]);
    printer.summary(totals[0], totals[1], totals[2], totals[3]);
    out.flush();
    if (totals[3] > 0) {
      return OgiReport.FAILURE;
    }
    return totals[1] > 0 ? OgiReport.FINDINGS : OgiReport.OK;
  }

  private static Iterator<Callable<Checked>> tasks(
      List<Path> files,
      ReportJson json,
      TextReportReader text,
      HtmlReportReader html,
      ReportValidator validator) {
    return new Iterator<>() {
      private int next;
      private NdjsonLines lines;
      private Callable<Checked> pending; // an NDJSON file that could not be opened

      @Override
      public boolean hasNext() {
        while (true) {
          if (lines != null) {
            if (lines.hasNext()) {
              return true;
            }
            lines.close();
            lines = null;
          }
          if (next >= files.size()) {
            return false;
          }
          Path f = files.get(next);
          if (Inputs.kindOf(f) != InputKind.NDJSON) {
            return true;
          }
          next++;
          try {
            lines = new NdjsonLines(f);
          } catch (ReportException e) {
            pending = () -> Checked.failed(f.toString(), e);
            return true;
          }
        }
      }

      @Override
      public Callable<Checked> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (pending != null) {
          Callable<Checked> p = pending;
          pending = null;
          return p;
        }
        if (lines != null) {
          NdjsonLines.Line line = lines.next();
          String label = lines.file() + ":" + line.number();
          return () -> {
            try {
              Report r = json.read(line.text());
              return check(label, new ReadResult(r, Map.of(), List.of()), validator);
            } catch (ReportException e) {
              return Checked.failed(label, e);
            }
          };
        }
        Path f = files.get(next++);
        return () -> checkFile(f, json, text, html, validator);
      }
    };
  }

  private static Checked checkFile(
      Path f, ReportJson json, TextReportReader text, HtmlReportReader html, ReportValidator validator) {
    String label = f.toString();
    try {
      byte[] bytes = readAll(f);
      ReadResult read = switch (Inputs.kindOf(f)) {
        case JSON -> new ReadResult(json.read(bytes), Map.of(), List.of());
        case HTML -> html.read(bytes);
        default -> text.read(bytes);
      };
      return check(label, read, validator);
    } catch (ReportException e) {
      return Checked.failed(label, e);
    }
  }

  static byte[] readAll(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      throw new ReportException("no such file: " + f, Location.unknown(), e);
    } catch (IOException e) {
      throw new ReportException("cannot read " + f + ": " + e.getMessage(), Location.unknown(), e);
    }
  }

  private static Checked check(String label, ReadResult read, ReportValidator validator) {
    return new Checked(label, read, null, validator.validate(read.report()));
  }

  /** Reads an NDJSON file line by line, skipping blank lines, without holding more than one line. */
  static final class NdjsonLines implements Iterator<NdjsonLines.Line>, AutoCloseable {
    record Line(long number, String text) {}

    private final Path file;
    private final BufferedReader reader;
    private long number;
    private Line next;

    NdjsonLines(Path file) {
      this.file = file;
      try {
        InputStream in = Files.newInputStream(file);
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      } catch (IOException e) {
        throw new ReportException("cannot read " + file + ": " + e.getMessage(), Location.unknown(), e);
      }
    }

    Path file() {
      return file;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null) {
          String s = reader.readLine();
          if (s == null) {
            return false;
          }
          number++;
          if (!s.isBlank()) {
            next = new Line(number, s);
          }
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Line next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Line l = next;
      next = null;
      return l;
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
