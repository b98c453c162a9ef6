package io.github.ogireport.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.findings.HtmlComparisonReport;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.NotEvaluable;
import io.github.ogireport.validation.compare.CellComparison;
import io.github.ogireport.validation.compare.ReportComparator;
import io.github.ogireport.validation.compare.ReportComparison;
import io.github.ogireport.validation.compare.Side;
import io.github.ogireport.validation.compare.TableComparison;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code ogi-report compare PREVIOUS CURRENT}: one agency's two years side by side, with the cross-year findings. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the previous year's report with the current year's (one report each, any input check reads): "
          + "every cell side by side with the change, blank cells (not 0) and cells one year does not have "
          + "told apart, then the findings of the cross-year rules.",
      "--format html writes one self-contained HTML page: per column the previous value, the current value and "
          + "the change, changed cells marked, the cells of each cross-year finding marked and the findings listed. "
          + "-o FILE writes the output to FILE through a temporary file moved into place.",
      "Exit status: 0 no cross-year error finding; 1 a cross-year error finding (for example 上年结转 ≠ last "
          + "year's 结转下年度, or years that are not consecutive); 2 a report could not be read (or bad usage); "
          + "3 out of memory or stack; 4 a published file gave no statistics table. With -o, 2 also when FILE could "
          + "not be written (FILE is then left as it was)."
    })
final class CompareCommand implements Callable<Integer> {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PREVIOUS", description = "The previous year's report.")
  Path previousPath;

  @Parameters(index = "1", paramLabel = "CURRENT", description = "The current year's report.")
  Path currentPath;

  @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (json: one JSON object; html: one self-contained page).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE (replaced only when the comparison completes) instead of standard output.")
  Path output;

  @picocli.CommandLine.ParentCommand OgiReport parent;

  @Option(names = "--changed-only", description = "Show only the cells that differ between the years (text and json; the html page shows every cell and marks the changed ones).")
  boolean changedOnly;

  @Option(names = "--strict", description = "Fail on reader findings (strict reader mode).")
  boolean strict;

  enum Format { text, json, html }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String same = Streams.sameFile(output, List.of(previousPath, currentPath));
    if (same != null) {
      err.println("ogi-report compare: " + same);
      return OgiReport.FAILURE;
    }
    if (output == null) {
      return compare(spec.commandLine().getOut(), err);
    }
    try (Streams.Output target = Streams.open(output, parent.stdout())) {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8), false);
      int status = compare(out, err);
      if (status == OgiReport.FAILURE) {
        return status; // nothing was compared: the output file is left as it was
      }
      out.flush();
      if (out.checkError()) {
        throw new Streams.OutputException("cannot write " + output, null);
      }
      target.commit();
      return status;
    } catch (Streams.OutputException e) {
      err.println("ogi-report compare: " + e.getMessage());
      return OgiReport.FAILURE;
    } catch (IOException e) {
      err.println("ogi-report compare: cannot write " + output + ": " + Streams.describe(e));
      return OgiReport.FAILURE;
    }
  }

  /** Reads both reports and writes the comparison to {@code out}; the exit status. */
  private int compare(PrintWriter out, PrintWriter err) {
    TextReportReader text = strict ? TextReportReader.strict() : TextReportReader.lenient();
    HtmlReportReader html = HtmlReportReader.using(text::read);
    ReportJson json = ReportJson.standard();
    CheckedReport previous = readOne(previousPath, "PREVIOUS", json, text, html, err);
    CheckedReport current = readOne(currentPath, "CURRENT", json, text, html, err);
    if (previous == null || current == null) {
      return OgiReport.FAILURE;
    }
    ReportComparison cmp = ReportComparator.standard().compare(previous.report().orElseThrow(), current.report().orElseThrow());
    switch (format) {
      case json -> out.println(json(cmp, previous.source(), current.source()));
      case html -> out.print(HtmlComparisonReport.standard().render(cmp, previous.source(), current.source()));
      case text -> text(out, cmp, previous.source(), current.source());
    }
    out.flush();
    for (CheckedReport c : List.of(previous, current)) {
      if (c.noTable()) {
        err.println(c.source() + ": no statistics table could be read");
      }
      if (c.errors() > 0) {
        err.println(c.source() + ": the reader found " + c.errors() + " error finding" + (c.errors() == 1 ? "" : "s")
            + " (cells it could not read are blank); run check on it");
      }
    }
    if (previous.noTable() || current.noTable()) {
      return OgiReport.NO_TABLE;
    }
    return cmp.crossYearErrors().isEmpty() ? OgiReport.OK : OgiReport.FINDINGS;
  }

  /** Reads the one report of {@code path}, or says on {@code err} why not and returns {@code null}. */
  private static CheckedReport readOne(Path path, String role, ReportJson json, TextReportReader text,
      HtmlReportReader html, PrintWriter err) {
    if (Files.isDirectory(path)) {
      err.println("ogi-report compare: " + role + " " + path + " is a directory; name one report file");
      return null;
    }
    List<CheckedReport> read = new ArrayList<>();
    OrderedParallel.map(CheckCommand.tasks(Inputs.expand(List.of(path)), json, text, html,
        CheckCommand.Checker.reading()), 1, OrderedParallel::callUnchecked, read::add);
    if (read.size() != 1) {
      err.println("ogi-report compare: " + role + " " + path + " holds " + read.size() + " reports; name a file "
          + "of one report");
      return null;
    }
    CheckedReport c = read.get(0);
    if (c.failure().isPresent()) {
      err.println("ogi-report compare: " + c.source() + ": " + c.problem().orElseThrow());
      return null;
    }
    return c;
  }

  private List<CellComparison> shown(TableComparison t) {
    return changedOnly ? t.changedCells() : t.cells();
  }

  // ---------------------------------------------------------------------------------------------------
  // text

  private void text(PrintWriter out, ReportComparison cmp, String previousSource, String currentSource) {
    out.println("上年 previous: " + describe(cmp.previous()) + "  " + previousSource);
    out.println("本年 current : " + describe(cmp.current()) + "  " + currentSource);
    if (!cmp.sameAgency()) {
      out.println("注意 note    : 机关名称不同 the agencies differ");
    }
    if (!cmp.consecutiveYears()) {
      out.println("注意 note    : 年度不相邻 the years are not consecutive");
    }
    out.println("空白 = 空白单元格 blank cell (not 0); — = 该年报告无此单元格 not in that year's report");
    int cells = 0;
    int changed = 0;
    for (TableComparison t : cmp.tables()) {
      cells += t.cells().size();
      changed += t.changedCells().size();
      List<CellComparison> shown = shown(t);
      if (shown.isEmpty()) {
        continue;
      }
      out.println();
      String heading = t.section().label().endsWith(t.caption()) ? t.section().label() : t.section().label() + " " + t.caption();
      out.println("== " + heading + "  (" + t.previousType().map(TableType::key).orElse("—") + " → "
          + t.currentType().map(TableType::key).orElse("—") + ")");
      out.println("   " + pad("行 row", 40) + pad("列 column", 16) + left("上年 previous", 16) + left("本年 current", 16)
          + left("变化 change", 14) + left("变化率 %", 10));
      TableRow lastRow = null;
      for (CellComparison c : shown) {
        String rowLabel = c.row() == lastRow ? "" : rowLabel(c.row());
        lastRow = c.row();
        out.println("   " + pad(rowLabel, 40) + pad(c.column().label(), 16)
            + left(value(c.previous()), 16) + left(value(c.current()), 16)
            + left(c.change().map(CompareCommand::signed).orElse(""), 14)
            + left(c.relativeChange().map(CompareCommand::percent).orElse(""), 10));
      }
    }
    out.println();
    List<Finding> findings = cmp.crossYearFindings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    out.println("跨年度检查 cross-year findings: " + findings.size());
    for (Finding f : findings) {
      TextCheckPrinter.printFinding(out, f);
    }
    long errors = cmp.crossYearErrors().size();
    out.println(String.format(Locale.ROOT,
        "共 %d 个单元格 cells, %d 个有变化 changed; 跨年度 cross-year: %d 错误 errors, %d 警告 warnings, %d 不可判定 not evaluable",
        cells, changed, errors, findings.size() - errors, cmp.crossYearNotEvaluable().size()));
  }

  private static String describe(Report r) {
    return r.metadata().agency() + " " + r.metadata().year() + " (" + r.edition().key() + ")";
  }

  private static String rowLabel(TableRow row) {
    if (row instanceof ApplicationRow a && a.category().isPresent()) {
      return a.category().get().label() + " " + a.label();
    }
    return row.label();
  }

  private static String value(Optional<Cell> cell) {
    if (cell.isEmpty()) {
      return "—";
    }
    return cell.get().isBlank() ? "空白" : cell.get().toString();
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }

  private static String percent(BigDecimal v) {
    BigDecimal p = v.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
    return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
  }

  /** Display columns: CJK and full-width characters take two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
          || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
          || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000) ? 2 : 1;
    }
    return w;
  }

  /** {@code s} and spaces to {@code columns} display columns (at least one space after it). */
  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(1, columns - width(s)));
  }

  /** Spaces and {@code s}, right-aligned in {@code columns} display columns. */
  static String left(String s, int columns) {
    return " ".repeat(Math.max(1, columns - width(s))) + s;
  }

  // ---------------------------------------------------------------------------------------------------
  // JSON

  private String json(ReportComparison cmp, String previousSource, String currentSource) {
    StringWriter sw = new StringWriter(1 << 14);
    try (JsonGenerator g = FACTORY.createGenerator(sw)) {
      g.writeStartObject();
      report(g, "previous", cmp.previous(), previousSource);
      report(g, "current", cmp.current(), currentSource);
      g.writeBooleanField("consecutiveYears", cmp.consecutiveYears());
      g.writeBooleanField("sameAgency", cmp.sameAgency());
      g.writeArrayFieldStart("tables");
      int cells = 0;
      int changed = 0;
      for (TableComparison t : cmp.tables()) {
        cells += t.cells().size();
        changed += t.changedCells().size();
        g.writeStartObject();
        g.writeStringField("previousTable", t.previousType().map(TableType::key).orElse(null));
        g.writeStringField("currentTable", t.currentType().map(TableType::key).orElse(null));
        g.writeStringField("section", t.section().key());
        g.writeStringField("caption", t.caption());
        g.writeArrayFieldStart("cells");
        for (CellComparison c : shown(t)) {
          cell(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("crossYearFindings");
      for (Finding f : cmp.crossYearFindings()) {
        JsonCheckPrinter.writeFinding(g, f);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("crossYearNotEvaluable");
      for (NotEvaluable n : cmp.crossYearNotEvaluable()) {
        g.writeStartObject();
        g.writeStringField("rule", n.ruleId());
        g.writeStringField("location", n.location());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("cells", cells);
      g.writeNumberField("changed", changed);
      g.writeNumberField("crossYearErrors", cmp.crossYearErrors().size());
      g.writeNumberField("crossYearWarnings",
          cmp.crossYearFindings().stream().filter(f -> f.severity() == Severity.WARNING).count());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  private static void report(JsonGenerator g, String name, Report r, String source) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("source", source);
    g.writeStringField("agency", r.metadata().agency());
    g.writeNumberField("year", r.metadata().year());
    g.writeStringField("edition", r.edition().key());
    g.writeEndObject();
  }

  private static void cell(JsonGenerator g, CellComparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("row", c.row().key());
    g.writeStringField("column", c.column().key());
    g.writeStringField("rowLabel", rowLabel(c.row()));
    g.writeStringField("columnLabel", c.column().label());
    g.writeStringField("previousPath", c.previousRef().map(CellRef::path).orElse(null));
    g.writeStringField("currentPath", c.currentRef().map(CellRef::path).orElse(null));
    g.writeStringField("previousSide", c.previousSide().key());
    g.writeStringField("currentSide", c.currentSide().key());
    g.writeStringField("previousCell", c.previousSide() == Side.FILLED ? c.previous().orElseThrow().toString() : null);
    g.writeStringField("currentCell", c.currentSide() == Side.FILLED ? c.current().orElseThrow().toString() : null);
    JsonCheckPrinter.writeNumber(g, "previous", c.previousValue());
    JsonCheckPrinter.writeNumber(g, "current", c.currentValue());
    JsonCheckPrinter.writeNumber(g, "change", c.change());
    JsonCheckPrinter.writeNumber(g, "relativeChange", c.relativeChange());
    g.writeBooleanField("changed", c.isChanged());
    g.writeEndObject();
  }
}
