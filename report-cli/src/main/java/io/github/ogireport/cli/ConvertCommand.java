package io.github.ogireport.cli;

import io.github.ogireport.model.Severity;
import io.github.ogireport.documents.DocumentFormat;
import io.github.ogireport.documents.DocumentLimits;
import io.github.ogireport.documents.DocumentReaders;
import io.github.ogireport.documents.DocxReportWriter;
import io.github.ogireport.documents.PdfReportWriter;
import io.github.ogireport.documents.XlsxReportWriter;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi-report convert FILE --to json|markdown|html|csv|text|docx|xlsx|pdf}. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a report (text, Markdown, HTML, JSON, PDF, Word .docx/.doc, Excel .xlsx/.xls; chosen by "
          + "content first) and writes it as JSON, Markdown, HTML, the long cells CSV, tab-separated text, "
          + "Word (docx), Excel (xlsx) or PDF (needs a CJK TrueType font, see README). An NDJSON input is "
          + "streamed (constant memory) to NDJSON or CSV.",
      "The output file is replaced only when the conversion succeeded; an output that is the input is refused.",
      "Exit status: 0 converted, 1 converted but the reader found ERROR findings, 2 the input could not be "
          + "read or the output not written (or bad usage), 3 out of memory or stack, 4 converted but no "
          + "statistics table could be read from the published file.",
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

  enum Target { json, markdown, html, csv, text, docx, xlsx, pdf }

  @picocli.CommandLine.ParentCommand OgiReport parent;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String same = Streams.sameFile(output, List.of(input));
    if (same != null) {
      err.println("ogi-report convert: " + same);
      return OgiReport.FAILURE;
    }
    if (Inputs.kindOf(input) == InputKind.NDJSON && to != Target.json && to != Target.csv) {
      err.println("an NDJSON input converts to json (NDJSON) or csv; --to " + to + " takes one report");
      return OgiReport.FAILURE;
    }
    try {
      if (Inputs.kindOf(input) == InputKind.NDJSON) {
        return streamNdjson(err);
      }
      // read first: nothing is opened for writing before the input has been read
      ReadResult read = read();
      if (to == Target.pdf) {
        PdfReportWriter.standard().checkFont(); // before the output is opened
      }
      read.findings().forEach(f -> err.println(f.severity() + " " + f.code() + " " + f.location() + " " + f.message()));
      try (Streams.Output target = Streams.open(output, parent.stdout())) {
        OutputStream out = new BufferedOutputStream(target.stream(), 1 << 16);
        write(read, out);
        out.flush();
        target.commit();
      }
      if (published && read.report().tableList().isEmpty()) {
        err.println(input + ": no statistics table could be read");
        return OgiReport.NO_TABLE;
      }
      boolean errors = read.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
      return errors ? OgiReport.FINDINGS : OgiReport.OK;
    } catch (ReportException e) {
      err.println(input + ": " + e.getMessage());
      return OgiReport.FAILURE;
    } catch (Streams.OutputException e) {
      err.println("ogi-report convert: " + e.getMessage());
      return OgiReport.FAILURE;
    } catch (PdfReportWriter.FontUnavailableException e) {
      err.println("ogi-report convert: " + e.getMessage());
      return OgiReport.FAILURE;
    }
  }

  private boolean published;

  private ReadResult read() {
    TextReportReader text = strict ? TextReportReader.strict() : TextReportReader.lenient();
    byte[] bytes = CheckCommand.readAll(input, CheckCommand.maxBytes(input, ReportJson.standard()));
    String name = input.getFileName() == null ? "" : input.getFileName().toString();
    published = DocumentReaders.format(bytes, name) != DocumentFormat.JSON;
    return DocumentReaders.using(text, DocumentLimits.DEFAULT).read(bytes, name);
  }

  private void write(ReadResult read, OutputStream out) throws IOException {
    Report report = read.report();
    switch (to) {
      case json -> {
        ReportJson.standard().write(report, out);
        out.write('\n');
      }
      case csv -> CellsCsvWriter.standard().write(read, out);
      case html -> HtmlReportWriter.standard().write(report, out);
      case markdown -> out.write(MarkdownReportWriter.standard().write(report).getBytes(StandardCharsets.UTF_8));
      case text -> out.write(TextReportWriter.write(report).getBytes(StandardCharsets.UTF_8));
      case docx -> out.write(DocxReportWriter.standard().write(report));
      case xlsx -> out.write(XlsxReportWriter.standard().write(report));
      case pdf -> out.write(PdfReportWriter.standard().write(report));
    }
  }

  private int streamNdjson(PrintWriter err) throws IOException {
    Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
    long n = 0;
    try (InputStream in = open(input);
        NdjsonReportReader reader = NdjsonReportReader.open(in);
        Streams.Output target = Streams.open(output, parent.stdout())) {
      OutputStream out = new BufferedOutputStream(target.stream(), 1 << 16);
      if (to == Target.json) {
        NdjsonReportWriter writer = NdjsonReportWriter.open(out);
        while (reader.hasNext()) {
          writer.write(reader.next());
          bar.step(++n);
        }
        writer.flush();
      } else {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CellsCsvWriter csv = CellsCsvWriter.standard();
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
      out.flush();
      target.commit();
    }
    bar.done(n);
    return OgiReport.OK;
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new ReportException("no such file: " + file, Location.unknown(), e);
    } catch (IOException e) {
      throw new ReportException("cannot read " + file + ": " + Streams.describe(e), Location.unknown(), e);
    }
  }
}
