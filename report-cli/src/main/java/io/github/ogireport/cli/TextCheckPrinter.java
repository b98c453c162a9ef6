package io.github.ogireport.cli;

import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.model.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/** The readable output of {@code check}: a block per report with Chinese and English labels. */
final class TextCheckPrinter implements CheckPrinter {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private final PrintWriter out;

  TextCheckPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void print(CheckedReport c) {
    out.println("== " + c.source());
    if (c.failure().isPresent()) {
      out.println("   无法读取 unreadable : " + c.problem().orElseThrow());
      out.println();
      return;
    }
    Report r = c.report().orElseThrow();
    int tables = 0;
    int cells = 0;
    int blank = 0;
    for (Table t : r.tableList()) {
      tables++;
      for (int i = 0; i < t.rows().size(); i++) {
        for (int j = 0; j < t.columns().size(); j++) {
          cells++;
          if (t.cell(i, j).isBlank()) {
            blank++;
          }
        }
      }
    }
    out.println("   版式 edition : " + r.edition().key() + " (" + r.edition().label() + ")"
        + (r.isMixedEdition() ? "  混合版式 mixed: " + r.tableList().stream()
            .map(t -> t.type().key()).collect(Collectors.joining(", ")) : ""));
    out.println("   机关 agency  : " + r.metadata().agency() + "  年度 year: " + r.metadata().year());
    out.println("   读取 read    : " + tables + " tables, " + cells + " cells (" + blank + " blank)");
    c.previous().ifPresent(p -> out.println("   上年 previous: " + (p.isPaired()
        ? p.source()
        : "未配对 unpaired: " + p.note())));
    if (c.noTable()) {
      out.println("   无统计表 no statistics table : no table could be read from this file (exit status 4)");
    }
    if (c.noValues()) {
      out.println("   无数值 no values : the statistics tables were found but hold no value (a blank form?)");
    }
    long shown = 0;
    for (Diagnostic d : c.diagnostics()) {
      if (d instanceof Finding f && f.severity() == Severity.INFO) {
        continue; // a validation rule a profile set to INFO: not shown
      }
      shown++;
      printFinding(out, d);
    }
    if (shown == 0) {
      out.println("   无问题 no findings");
    }
    out.println(String.format(Locale.ROOT, "   错误 errors: %d  警告 warnings: %d  不可判定 not evaluable: %d",
        c.errors(), c.warnings(), c.validation().map(v -> v.notEvaluable().size()).orElse(0)));
    out.println();
  }

  /** A finding (reader or validation) as check prints it: code, location and numbers, then the message in Chinese and English. */
  static void printFinding(PrintWriter out, Diagnostic d) {
    out.println(String.format(Locale.ROOT, "   %-7s %-32s %s%s",
        d.severity(), d.code(), d.location(), d instanceof Finding f ? numbers(f) : ""));
    out.println("           " + d.message(ZH));
    out.println("           " + d.message(EN));
    if (d instanceof Finding f && !f.blankCells().isEmpty()) {
      out.println("           空白单元格 blank cells: "
          + f.blankCells().stream().map(CellRef::path).collect(Collectors.joining(", ")));
    }
  }

  private static String numbers(Finding f) {
    StringBuilder sb = new StringBuilder();
    f.reported().ifPresent(v -> sb.append("  reported ").append(plain(v)));
    f.computed().ifPresent(v -> sb.append("  computed ").append(plain(v)));
    f.difference().ifPresent(v -> sb.append("  diff ").append(plain(v)));
    return sb.toString();
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  @Override
  public void summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable) {
    out.println(String.format(Locale.ROOT,
        "共 %d 份报告 reports: %d 有错误 with errors, %d 有警告 with warnings, %d 无法读取 unreadable%s",
        reports, withErrors, withWarnings, unreadable,
        withoutTable == 0 ? "" : String.format(Locale.ROOT, ", %d 无统计表 without a statistics table", withoutTable)));
  }
}
