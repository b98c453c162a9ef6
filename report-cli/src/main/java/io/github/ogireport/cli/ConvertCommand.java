package io.github.ogireport.cli;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.NdjsonReportReader;
import io.github.ogireport.io.json.NdjsonReportWriter;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.table.CellsCsvWriter;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.io.table.MarkdownReportWriter;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.io.text.TextReportWriter;
import io.github.ogireport.model.Report;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi-report convert FILE --to json|markdown|html|csv|text}. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a report (text, HTML, JSON) and writes it as JSON, Markdown, HTML, the long cells CSV or "
          + "tab-separated text. An NDJSON input is streamed (constant memory) to NDJSON or CSV.",
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The report to convert.")
  Path input;

  @Option(names = "--to", required = true, description = "Target format: ${COMPLETION-CANDIDATES}.")
  Target to;

  @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
  Path output;

  @Option(names = "--strict", description = "Fail on reader findings (strict reader mode).")
  boolean strict;

  @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: when standard error is a terminal).")
  Boolean progress;

  enum Target { json, markdown, html, csv, text }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (OutputStream raw = Streams.open(output);
        OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
      if (Inputs.kindOf(input) == InputKind.NDJSON) {
        return streamNdjson(out, err);
      }
      ReadResult read = read();
      read.findings().forEach(f -> err.println(f.severity() + " " + f.code() + " " + f.location() + " " + f.message()));
      write(read, out);
      out.flush();
      return OgiReport.OK;
    } catch (ReportException e) {
      err.println(input + ": " + e.getMessage());
      return OgiReport.FAILURE;
    }
  }

  private ReadResult read() {
    byte[] bytes = CheckCommand.readAll(input);
    TextReportReader text = strict ? TextReportReader.strict() : TextReportReader.lenient();
    return switch (Inputs.kindOf(input)) {
      case JSON -> new ReadResult(ReportJson.standard().read(bytes), Map.of(), List.of());
      case HTML -> HtmlReportReader.using(text::read).read(bytes);
      default -> text.read(bytes);
    };
  }

  private void write(ReadResult read, OutputStream out) throws IOException {
    Report report = read.report();
    switch (to) {
      case json -> {
        ReportJson.standard().write(report, out);
        out.write('\n');
      }
      case csv -> CellsCsvWriter.create().write(read, out);
      case html -> HtmlReportWriter.create().write(report, out);
      case markdown -> out.write(MarkdownReportWriter.create().write(report).getBytes(StandardCharsets.UTF_8));
      case text -> out.write(TextReportWriter.write(report).getBytes(StandardCharsets.UTF_8));
    }
  }

  private int streamNdjson(OutputStream out, PrintWriter err) throws IOException {
    if (to != Target.json && to != Target.csv) {
      err.println("an NDJSON input converts to json (NDJSON) or csv; --to " + to + " takes one report");
      return OgiReport.FAILURE;
    }
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
    long n = 0;
    try (InputStream in = Files.newInputStream(input);
        NdjsonReportReader reader = NdjsonReportReader.open(in)) {
      if (to == Target.json) {
        NdjsonReportWriter writer = NdjsonReportWriter.open(out);
        while (reader.hasNext()) {
          writer.write(reader.next());
          bar.step(++n);
        }
        writer.flush();
      } else {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CellsCsvWriter csv = CellsCsvWriter.create();
        StringBuilder sb = new StringBuilder(32_768);
        while (reader.hasNext()) {
          sb.setLength(0);
          csv.write(reader.next(), sb);
          // the header line is written once, before the first report's cells
          int body = n == 0 ? 0 : sb.indexOf("\r\n") + 2;
          w.append(sb, body, sb.length());
          bar.step(++n);
        }
        w.flush();
      }
    }
    bar.done(n);
    return OgiReport.OK;
  }
}
