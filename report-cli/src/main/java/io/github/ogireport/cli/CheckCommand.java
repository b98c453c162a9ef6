package io.github.ogireport.cli;

import io.github.ogireport.documents.DocumentFormat;
import io.github.ogireport.documents.DocumentLimits;
import io.github.ogireport.documents.DocumentReaders;
import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.io.html.HtmlLines;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import picocli.CommandLine;
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
          + "and prints what was read and the findings. With --previous DIR, each report is also checked "
          + "against its agency's report of the year before found in DIR (the cross-year rules).",
      "--format html writes one self-contained HTML page (the reports in the official layout, the cells of "
          + "every finding marked; an index first when there are several reports); csv and xlsx one row per "
          + "finding. -o FILE writes the output to FILE through a temporary file moved into place (xlsx needs -o).",
      "Exit status: 0 no error finding, 1 error findings, 2 an input could not be read (or bad usage, or the "
          + "output could not be written), 3 out of memory or stack, 4 a published file without a statistics table."
    })
final class CheckCommand implements Callable<Integer> {
  /**
   * The largest text input read whole, in bytes: four bytes for each of the text reader's default
   * 8,000,000 characters (the reader applies its own character limit after decoding).
   */
  static final long MAX_TEXT_BYTES = 4L * 8_000_000;

  /** The most bytes of NDJSON lines read but not yet parsed, over all workers together. */
  private static final int IN_FLIGHT_KIB = 64 << 10;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Report files or directories (walked for .txt .html .htm .json .ndjson .jsonl .pdf .docx .doc .xlsx .xls, and files whose content is PDF, Word or Excel; .md files are read when named; the files skipped are listed on standard error).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (json: one JSON object per report and line; html: one page for all reports; csv, xlsx: one row per finding).")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE (replaced only when the check completes) instead of standard output; required for xlsx.")
  Path output;

  @picocli.CommandLine.ParentCommand OgiReport parent;

  @Option(names = "--strict", description = "Fail on reader findings instead of reading on (strict reader mode).")
  boolean strict;

  @Option(names = "--only-findings", description = "Print only reports that have findings (and the summary).")
  boolean onlyFindings;

  @Option(names = "--threads", description = "Worker threads, 1 to " + OgiReport.MAX_THREADS + " (default: available processors, at most " + OgiReport.MAX_THREADS + ").")
  Integer threads;

  @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when standard error is a terminal).")
  Boolean progress;

  @Option(names = "--previous", paramLabel = "DIR", description = "Previous year's reports: each report is paired with the report in DIR of the same agency (name compared without spaces, widths or case) and the year before, and checked against it with the cross-year rules; reports without one are listed on standard error.")
  Path previous;

  enum OutputFormat { text, json, html, csv, xlsx }

  @Override
  public Integer call() throws IOException {
    if (threads != null && (threads < 1 || threads > OgiReport.MAX_THREADS)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be between 1 and " + OgiReport.MAX_THREADS + " but was " + threads);
    }
    if (format == OutputFormat.xlsx && output == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format xlsx writes a binary file: name it with -o FILE");
    }
    PrintWriter err = spec.commandLine().getErr();
    String same = Streams.sameFile(output, paths);
    if (same != null) {
      err.println("ogi-report check: " + same);
      return OgiReport.FAILURE;
    }
    // the inputs are listed before the output's temporary file exists (a walk would find it)
    List<Inputs.Skipped> skipped = new java.util.ArrayList<>();
    List<Inputs.Input> inputs = withoutOutput(Inputs.expand(paths, skipped), skipped);
    for (Inputs.Skipped s : skipped) {
      err.println("skipped " + s.path() + ": " + s.reason());
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      int status = check(inputs, out, err, null);
      out.flush();
      return status;
    }
    try (Streams.Output target = Streams.open(output, parent.stdout())) {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8), false);
      int status = check(inputs, out, err, target.stream());
      out.flush();
      if (out.checkError()) {
        throw new Streams.OutputException("cannot write " + output, null);
      }
      target.commit();
      return status;
    } catch (Streams.OutputException e) {
      err.println("ogi-report check: " + e.getMessage());
      return OgiReport.FAILURE;
    }
  }

  private CheckPrinter printer(PrintWriter out, OutputStream bytes) {
    return switch (format) {
      case text -> new TextCheckPrinter(out);
      case json -> new JsonCheckPrinter(out);
      case html -> new FindingsCheckPrinter.Html(out);
      case csv -> new FindingsCheckPrinter.Csv(out);
      case xlsx -> new FindingsCheckPrinter.Xlsx(bytes);
    };
  }

  private int check(List<Inputs.Input> inputs, PrintWriter out, PrintWriter err, OutputStream bytes)
      throws IOException {
    ReportValidator validator = ReportValidator.standard();
    TextReportReader textReader = strict ? TextReportReader.strict() : TextReportReader.lenient();
    HtmlReportReader htmlReader = HtmlReportReader.using(textReader::read);
    ReportJson json = ReportJson.standard();
    CheckPrinter printer = printer(out, bytes);
    try {
      return check(inputs, printer, err, validator, textReader, htmlReader, json);
    } finally {
      printer.close();
    }
  }

  private int check(List<Inputs.Input> inputs, CheckPrinter printer, PrintWriter err, ReportValidator validator,
      TextReportReader textReader, HtmlReportReader htmlReader, ReportJson json) throws IOException {
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
    int[] totals = new int[5]; // reports, with errors, with warnings, unreadable, without a table
    int workers = threads != null
        ? threads
        : Math.min(OgiReport.MAX_THREADS, Runtime.getRuntime().availableProcessors());

    Checker checker = Checker.validating(validator);
    List<String> unpaired = new java.util.ArrayList<>();
    if (previous != null) {
      PreviousReports earlier = PreviousReports.read(previous, json, textReader, htmlReader, workers, err);
      if (earlier == null) {
        return OgiReport.FAILURE;
      }
      checker = earlier.checker(validator);
    }
    Iterator<Callable<CheckedReport>> tasks = tasks(inputs, json, textReader, htmlReader, checker);
    OrderedParallel.map(tasks, workers, OrderedParallel::callUnchecked, checked -> {
      checked.previous().filter(p -> !p.isPaired())
          .ifPresent(p -> unpaired.add(checked.source() + " (" + p.note() + ")"));
      totals[0]++;
      if (checked.failure().isPresent()) {
        totals[3]++;
      }
      if (checked.errors() > 0) {
        totals[1]++;
      }
      if (checked.warnings() > 0) {
        totals[2]++;
      }
      if (checked.noTable()) {
        totals[4]++;
      }
      if (!onlyFindings || checked.hasFindings()) {
        printer.print(checked);
      }
      bar.step(totals[0]);
    });
    bar.done(totals[0]);
    printer.summary(totals[0], totals[1], totals[2], totals[3], totals[4]);
    if (format != OutputFormat.text && format != OutputFormat.json) {
      new TextCheckPrinter(err).summary(totals[0], totals[1], totals[2], totals[3], totals[4]);
    }
    if (!unpaired.isEmpty()) {
      err.println("无上年报告 without a previous-year report in " + previous + " (" + unpaired.size() + "):");
      unpaired.forEach(u -> err.println("  " + u));
    }
    if (totals[3] > 0) {
      return OgiReport.FAILURE;
    }
    if (totals[4] > 0) {
      return OgiReport.NO_TABLE;
    }
    return totals[1] > 0 ? OgiReport.FINDINGS : OgiReport.OK;
  }

  /** The inputs without the output file (a directory walk would find the report of an earlier run). */
  private List<Inputs.Input> withoutOutput(List<Inputs.Input> inputs, List<Inputs.Skipped> skipped) {
    if (output == null || !Files.exists(output)) {
      return inputs;
    }
    List<Inputs.Input> kept = new java.util.ArrayList<>(inputs.size());
    for (Inputs.Input input : inputs) {
      boolean same;
      try {
        same = Files.exists(input.path()) && Files.isSameFile(input.path(), output);
      } catch (IOException e) {
        same = false; // an input that cannot be examined is read, and reported if it cannot be
      }
      if (same) {
        skipped.add(new Inputs.Skipped(input.path(), "it is the output file (-o)"));
      } else {
        kept.add(input);
      }
    }
    return kept;
  }


  /** What is done with each report read: validated (check), or only kept (aggregate, compare, --previous). */
  interface Checker {
    /** The outcome for one report read from {@code source}. */
    CheckedReport check(String source, ReadResult read, boolean published);

    /** Validates each report on its own. */
    static Checker validating(ReportValidator validator) {
      return (source, read, published) ->
          new CheckedReport(source, read, null, validator.validate(read.report()), published);
    }

    /** Only reads: the outcome has no validation result. */
    static Checker reading() {
      return (source, read, published) -> new CheckedReport(source, read, null, null, published);
    }
  }

  /**
   * One task per report of the input files (a file, or a line of an NDJSON file), in input order:
   * reads it with the readers {@code check} uses and hands what was read to {@code checker}; an input
   * that cannot be read gives an {@linkplain CheckedReport#unreadable(String, ReportException) unreadable} outcome.
   */
  static Iterator<Callable<CheckedReport>> tasks(
      List<Inputs.Input> files,
      ReportJson json,
      TextReportReader text,
      HtmlReportReader html,
      Checker checker) {
    Semaphore inFlight = new Semaphore(IN_FLIGHT_KIB);
    long maxLine = json.limits().maxDocumentLength();
    return new Iterator<>() {
      private int next;
      private NdjsonLines lines;
      private Callable<CheckedReport> pending; // an NDJSON file that could not be opened or read on

      @Override
      public boolean hasNext() {
        while (true) {
          if (pending != null) {
            return true;
          }
          if (lines != null) {
            if (lines.hasNext()) {
              return true;
            }
            ReportException failure = lines.failure();
            Path f = lines.file();
            lines.close();
            lines = null;
            if (failure != null) {
              pending = () -> CheckedReport.unreadable(f.toString(), failure);
              return true;
            }
          }
          if (next >= files.size()) {
            return false;
          }
          Inputs.Input input = files.get(next);
          Path f = input.path();
          if (input.failure() != null || Inputs.kindOf(f) != InputKind.NDJSON) {
            return true;
          }
          next++;
          try {
            lines = new NdjsonLines(f, maxLine);
          } catch (ReportException e) {
            pending = () -> CheckedReport.unreadable(f.toString(), e);
            return true;
          }
        }
      }

      @Override
      public Callable<CheckedReport> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (pending != null) {
          Callable<CheckedReport> p = pending;
          pending = null;
          return p;
        }
        if (lines != null) {
          NdjsonLines.Line line = lines.next();
          String label = lines.file() + ":" + line.number();
          if (line.failure() != null) {
            return () -> CheckedReport.unreadable(label, line.failure());
          }
          int permits = Math.max(1, Math.min(IN_FLIGHT_KIB, line.bytes().length >> 10));
          inFlight.acquireUninterruptibly(permits);
          return () -> {
            Report r;
            try {
              r = readLine(json, line);
            } catch (ReportException e) {
              return CheckedReport.unreadable(label, e);
            } finally {
              inFlight.release(permits);
            }
            return checker.check(label, new ReadResult(r, Map.of(), List.of()), false);
          };
        }
        Inputs.Input input = files.get(next++);
        if (input.failure() != null) {
          ReportException e = new ReportException(
              "cannot read " + input.path() + " (skipped): " + Streams.describe(input.failure()),
              Location.unknown(), input.failure());
          return () -> CheckedReport.unreadable(input.path().toString(), e);
        }
        Path f = input.path();
        return () -> checkFile(f, json, text, html, checker);
      }
    };
  }

  /**
   * Reads an NDJSON line as a report; a failure is located on the line's number in the file (the JSON
   * Pointer and column are those within the line), as {@code NdjsonReportReader} locates it.
   *
   * @throws ReportFormatException if the line is not a report
   * @throws InputLimitException if the line exceeds a limit
   */
  static Report readLine(ReportJson json, NdjsonLines.Line line) {
    try {
      return json.read(line.bytes());
    } catch (InputLimitException e) {
      throw new InputLimitException(e.problem(), onLine(e.location(), line.number()), e);
    } catch (ReportFormatException e) {
      throw new ReportFormatException(e.problem(), onLine(e.location(), line.number()), e);
    } catch (ReportException e) {
      throw new ReportException(e.problem(), onLine(e.location(), line.number()), e);
    }
  }

  private static Location onLine(Location within, long number) {
    int line = (int) Math.min(number, Integer.MAX_VALUE);
    return Location.ofJsonPath(within.jsonPath() == null ? "" : within.jsonPath(), line, within.column());
  }

  private static CheckedReport checkFile(
      Path f, ReportJson json, TextReportReader text, HtmlReportReader html, Checker checker) {
    String label = f.toString();
    try {
      byte[] bytes = readAll(f, maxBytes(f, json));
      boolean published = DocumentReaders.format(bytes, f.getFileName().toString()) != DocumentFormat.JSON;
      ReadResult read = DocumentReaders.using(text, DocumentLimits.DEFAULT).read(bytes, f.getFileName().toString());
      return checker.check(label, read, published);
    } catch (ReportException e) {
      return CheckedReport.unreadable(label, e);
    }
  }

  /** The largest file of its kind (by name) that is read; PDF, Word and Excel files up to 64 MiB. */
  static long maxBytes(Path f, ReportJson json) {
    return switch (Inputs.kindOf(f)) {
      case JSON -> json.limits().maxDocumentLength();
      case HTML -> HtmlLines.MAX_INPUT_BYTES;
      case DOCUMENT -> DocumentLimits.DEFAULT.maxFileBytes();
      default -> Inputs.looksLikeDocument(f) ? DocumentLimits.DEFAULT.maxFileBytes() : MAX_TEXT_BYTES;
    };
  }

  /**
   * Reads a whole file of at most {@code limit} bytes, checking its size before reading anything (and
   * reading no more than the limit should it grow meanwhile).
   *
   * @throws InputLimitException if the file is larger than the limit
   * @throws ReportException if the file cannot be read
   */
  static byte[] readAll(Path f, long limit) {
    try {
      long size = Files.size(f);
      if (size > limit) {
        throw tooLarge(f, size, limit);
      }
      try (InputStream in = Files.newInputStream(f)) {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
          throw tooLarge(f, bytes.length, limit);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new ReportException("no such file: " + f, Location.unknown(), e);
    } catch (IOException e) {
      throw new ReportException("cannot read " + f + ": " + Streams.describe(e), Location.unknown(), e);
    }
  }

  private static InputLimitException tooLarge(Path f, long size, long limit) {
    return new InputLimitException(
        f + " has " + size + " bytes, more than the limit of " + limit, Location.ofLine(1, 0));
  }

  /**
   * Reads an NDJSON file line by line as UTF-8 bytes, skipping blank lines, without holding more than
   * one line: a line longer than the limit is skipped as it is read (never buffered whole) and returned
   * as an {@link InputLimitException}. A failing read ends the file with {@link #failure()}.
   */
  static final class NdjsonLines implements Iterator<NdjsonLines.Line>, AutoCloseable {
    /** A line: its bytes, or why it was refused. */
    record Line(long number, byte[] bytes, ReportException failure) {}

    private final Path file;
    private final InputStream in;
    private final long maxLine;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private boolean eof;
    private long number;
    private Line next;
    private ReportException failure;

    NdjsonLines(Path file, long maxLine) {
      this.file = file;
      this.maxLine = maxLine;
      try {
        this.in = Files.newInputStream(file);
      } catch (NoSuchFileException e) {
        throw new ReportException("no such file: " + file, Location.unknown(), e);
      } catch (IOException e) {
        throw new ReportException("cannot read " + file + ": " + Streams.describe(e), Location.unknown(), e);
      }
    }

    Path file() {
      return file;
    }

    /** Why reading the file stopped before its end, or {@code null}. */
    ReportException failure() {
      return failure;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (eof || failure != null) {
          return false;
        }
        try {
          next = readLine();
        } catch (IOException e) {
          failure = new ReportException("cannot read " + file + " after line " + number + ": "
              + Streams.describe(e), Location.ofLine((int) Math.min(number + 1, Integer.MAX_VALUE), 0), e);
          return false;
        }
      }
      return true;
    }

    /** The next non-blank line, or null at the end. */
    private Line readLine() throws IOException {
      byte[] line = new byte[256];
      int length = 0;
      long total = 0;
      boolean any = false;
      while (true) {
        if (position == end) {
          end = in.read(buffer, 0, buffer.length);
          position = 0;
          if (end <= 0) {
            end = 0;
            eof = true;
            break;
          }
        }
        any = true;
        int start = position;
        while (position < end && buffer[position] != '\n') {
          position++;
        }
        int n = position - start;
        total += n;
        if (total <= maxLine + 1) {
          if (length + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(length + n, line.length * 2L), maxLine + 1));
          }
          System.arraycopy(buffer, start, line, length, n);
          length += n;
        }
        if (position < end) {
          position++; // the '\n'
          number++;
          Line l = line(line, length, total);
          if (l != null) {
            return l;
          }
          line = new byte[256];
          length = 0;
          total = 0;
          any = false;
        }
      }
      if (!any) {
        return null;
      }
      number++;
      return line(line, length, total);
    }

    private Line line(byte[] line, int length, long total) {
      if (total > 0 && total <= maxLine + 1 && line[length - 1] == '\r') {
        length--;
        total--;
      }
      if (total > maxLine) {
        return new Line(number, null, new InputLimitException(
            "line " + number + " of " + file + " is longer than the limit of " + maxLine + " bytes",
            Location.ofJsonPath("", (int) Math.min(number, Integer.MAX_VALUE), (int) Math.min(maxLine + 1, Integer.MAX_VALUE))));
      }
      for (int i = 0; i < length; i++) {
        byte b = line[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return new Line(number, Arrays.copyOf(line, length), null);
        }
      }
      return null; // blank
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
        in.close();
      } catch (IOException e) {
        // nothing was written: a failing close of an input loses nothing
      }
    }
  }
}
