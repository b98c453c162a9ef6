package io.github.ogireport.findings;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.NotEvaluable;
import io.github.ogireport.validation.compare.CellComparison;
import io.github.ogireport.validation.compare.ReportComparison;
import io.github.ogireport.validation.compare.Side;
import io.github.ogireport.validation.compare.TableComparison;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a {@link ReportComparison}, one agency's reports of two years, as one self-contained HTML page
 * for people: a summary on top (agency, the two years and editions, the number of changed cells, the
 * cross-year errors and warnings), then every table of either year in printed order with the official
 * row labels and, for every column, the previous year's value, the current year's value and the change
 * (absolute, and relative when the previous value is not zero), then the findings of the cross-year
 * rules with the reported and computed numbers and the messages.
 *
 * <p>The page shares the look, the language switch (Chinese first, a button switches to English), the
 * print style and the popups of {@link HtmlFindingsReport}; it needs nothing from outside.
 *
 * <p>Markup that other programs may rely on: each compared cell is three {@code td}s (classes {@code p},
 * {@code c} and {@code d}: previous, current, change), each with {@code data-row} and {@code data-col},
 * the keys of the cell's row and column, and {@code data-change}: {@code up} or {@code down} when both
 * years have a value and it rose or fell, {@code same} when the years do not differ, {@code blank} when
 * they differ but no change can be computed (one side blank or not in that year's report, or an amount
 * printed without a unit); the {@code td}s of a changed cell also have the class {@code changed}. A
 * blank side shows 空 (class {@code blank}), a side that year's report does not have shows — (class
 * {@code absent}). The {@code p} and {@code c} cells have {@code data-cell}, the cell's JSON Pointer in
 * that year's report, when that report has the cell. A cell a cross-year finding involves (in the
 * current report, or in the previous report for the finding's previous cells) has the class {@code hl}
 * and {@code data-rule}, the ids of those findings' rules separated by spaces in finding order. Each
 * table is a {@code table class="compare"} with {@code data-table}, the key of its type (the current
 * year's, else the previous year's).
 *
 * <p>All report text (agencies, sources, labels, messages) is escaped; the same comparison always gives
 * the same text, whatever the locale, time zone or clock. Thread-safe.
 *
 * <pre>{@code
 * ReportComparison cmp = ReportComparator.standard().compare(report2022, report2023);
 * String page = HtmlComparisonReport.standard().render(cmp, "2022.txt", "2023.txt");
 * }</pre>
 *
 * @since 0.2
 */
public final class HtmlComparisonReport {
  private static final HtmlComparisonReport STANDARD = new HtmlComparisonReport();

  private HtmlComparisonReport() {}

  /** Returns the renderer. */
  public static HtmlComparisonReport standard() {
    return STANDARD;
  }

  /**
   * The page of a comparison.
   *
   * @param previousSource where the previous year's report was read from (a file name), shown as given
   * @param currentSource where the current year's report was read from
   */
  public String render(ReportComparison comparison, String previousSource, String currentSource) {
    StringBuilder sb = new StringBuilder(1 << 16);
    try {
      render(comparison, previousSource, currentSource, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString();
  }

  /** Appends the page of a comparison. */
  public void render(ReportComparison comparison, String previousSource, String currentSource, Appendable out)
      throws IOException {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(previousSource, "previousSource");
    Objects.requireNonNull(currentSource, "currentSource");
    Objects.requireNonNull(out, "out");
    String body = new Body(comparison, previousSource, currentSource).render();
    Report p = comparison.previous();
    Report c = comparison.current();
    Fragments.pageStart(out, "年度对比 Comparison: " + c.metadata().agency() + " " + p.metadata().year() + "–"
            + c.metadata().year(),
        "政府信息公开工作年度报告年度对比", "Year-over-year comparison of annual reports on open government information",
        Assets.COMPARISON_CSS);
    out.append(body);
    Fragments.pageEnd(out);
  }

  /** The cross-year findings that involve one cell of one year. */
  private static final class Marks {
    final List<String> ids = new ArrayList<>();
    final Set<String> rules = new LinkedHashSet<>();
    final List<String> refs = new ArrayList<>();
    Severity worst;

    void add(String id, String ref, Finding f) {
      if (!ids.contains(id)) {
        ids.add(id);
        refs.add(ref);
      }
      rules.add(f.ruleId());
      if (worst == null || f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
    }
  }

  /** The content of the page. */
  private static final class Body {
    private static final String ID = "cmp";

    private final ReportComparison cmp;
    private final String previousSource;
    private final String currentSource;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Map<CellRef, Marks> previousMarks = new HashMap<>();
    private final Map<CellRef, Marks> currentMarks = new HashMap<>();
    private final Set<CellRef> drawn = new HashSet<>();
    private final List<Finding> findings;

    Body(ReportComparison cmp, String previousSource, String currentSource) {
      this.cmp = cmp;
      this.previousSource = previousSource;
      this.currentSource = currentSource;
      this.findings = cmp.crossYearFindings();
    }

    String render() {
      collectMarks();
      Report p = cmp.previous();
      Report c = cmp.current();
      out.append("<section class=\"comparison\" id=\"").append(ID).append("\" data-consecutive=\"")
          .append(cmp.consecutiveYears()).append("\" data-same-agency=\"").append(cmp.sameAgency()).append("\">\n");
      out.append("<h2>").append(Texts.html(c.metadata().agency())).append(' ')
          .append(p.metadata().year()).append(" → ").append(c.metadata().year()).append(' ')
          .append(Fragments.bi("年度对比", "year over year")).append("</h2>\n");
      summary();
      out.append("<p class=\"legend\">").append(Fragments.bi(
          "每列依次为上年值、本年值和变化（差额；上年值不为零时另列变化率）。空 = 空白单元格（不等于 0）；— = 该年报告没有此单元格。",
          "Each column shows the previous year's value, the current year's and the change (the difference, and the "
              + "relative change when the previous value is not zero). 空 = a blank cell (not 0); — = that year's "
              + "report does not have the cell.")).append("</p>\n");
      for (TableComparison t : cmp.tables()) {
        table(t);
      }
      findingList();
      notEvaluable();
      out.append("</section>\n");
      return out.toString();
    }

    private void collectMarks() {
      int n = 0;
      for (Finding f : findings) {
        n++;
        String id = ID + "-f" + n;
        String ref = "F" + n;
        for (CellRef r : f.cells()) {
          currentMarks.computeIfAbsent(r, k -> new Marks()).add(id, ref, f);
        }
        for (CellRef r : f.previousCells()) {
          previousMarks.computeIfAbsent(r, k -> new Marks()).add(id, ref, f);
        }
      }
    }

    private void summary() {
      Report p = cmp.previous();
      Report c = cmp.current();
      out.append("<table class=\"summary\">\n");
      out.append("<tr><th></th><th>").append(Fragments.bi("上年", "Previous year")).append("</th><th>")
          .append(Fragments.bi("本年", "Current year")).append("</th></tr>\n");
      out.append("<tr><th>").append(Fragments.bi("来源", "Source")).append("</th><td class=\"source previous\">")
          .append(Texts.html(previousSource)).append("</td><td class=\"source current\">")
          .append(Texts.html(currentSource)).append("</td></tr>\n");
      out.append("<tr><th>").append(Fragments.bi("机关", "Agency")).append("</th><td class=\"agency previous\">")
          .append(Texts.html(p.metadata().agency())).append("</td><td class=\"agency current\">")
          .append(Texts.html(c.metadata().agency())).append("</td></tr>\n");
      out.append("<tr><th>").append(Fragments.bi("年度", "Year")).append("</th><td class=\"year previous\">")
          .append(p.metadata().year()).append("</td><td class=\"year current\">").append(c.metadata().year())
          .append("</td></tr>\n");
      out.append("<tr><th>").append(Fragments.bi("版式", "Edition")).append("</th>");
      for (Report r : List.of(p, c)) {
        out.append("<td class=\"edition ").append(r == p ? "previous" : "current").append("\" data-edition=\"")
            .append(Texts.html(r.edition().key())).append("\">")
            .append(Fragments.bi(r.edition().label(), r.edition().englishName()))
            .append(r.isMixedEdition() ? " " + Fragments.bi("（混合版式）", "(mixed edition)") : "").append("</td>");
      }
      out.append("</tr>\n</table>\n");
      int cells = 0;
      int changed = 0;
      for (TableComparison t : cmp.tables()) {
        cells += t.cells().size();
        changed += t.changedCells().size();
      }
      long errors = count(Severity.ERROR);
      long warnings = count(Severity.WARNING);
      out.append("<p class=\"totals\">").append(Fragments.bi("单元格", "cells")).append(" <b class=\"cells\">")
          .append(cells).append("</b> · ").append(Fragments.bi("有变化", "changed")).append(" <b class=\"changed-cells\">")
          .append(changed).append("</b> · <span class=\"count sev-error\">").append(Fragments.bi("跨年度错误", "cross-year errors"))
          .append(" <b class=\"errors\">").append(errors).append("</b></span> · <span class=\"count sev-warning\">")
          .append(Fragments.bi("跨年度警告", "cross-year warnings")).append(" <b class=\"warnings\">").append(warnings)
          .append("</b></span> · <span class=\"count\">").append(Fragments.bi("不可判定", "not evaluable"))
          .append(" <b class=\"not-evaluable\">").append(cmp.crossYearNotEvaluable().size()).append("</b></span></p>\n");
      if (!cmp.sameAgency()) {
        out.append("<p class=\"note agencies-differ\">").append(Fragments.bi("注意：两份报告的机关名称不同。",
            "Note: the two reports name different agencies.")).append("</p>\n");
      }
      if (!cmp.consecutiveYears()) {
        out.append("<p class=\"note years-not-consecutive\">").append(Fragments.bi(
            "注意：两份报告的年度不相邻，跨年度关系不适用。",
            "Note: the years are not consecutive, so the cross-year relations do not apply.")).append("</p>\n");
      }
    }

    private long count(Severity s) {
      return findings.stream().filter(f -> f.severity() == s).count();
    }

    private void table(TableComparison t) {
      String heading = t.section().label().endsWith(t.caption())
          ? t.section().label() : t.section().label() + " " + t.caption();
      out.append("<h3>").append(Texts.html(heading)).append(" <span class=\"types\">")
          .append(Texts.html(t.previousType().map(TableType::key).orElse("—"))).append(" → ")
          .append(Texts.html(t.currentType().map(TableType::key).orElse("—"))).append("</span></h3>\n");
      List<TableColumn> columns = t.columns();
      out.append("<div class=\"table-wrap\"><table class=\"compare\" data-table=\"")
          .append(Texts.html(t.type().key())).append("\">\n<thead>\n<tr><th rowspan=\"2\">")
          .append(Fragments.bi("项目", "Item")).append("</th>");
      for (TableColumn col : columns) {
        out.append("<th colspan=\"3\" data-col=\"").append(Texts.html(col.key())).append("\">")
            .append(Texts.html(col.label())).append("</th>");
      }
      out.append("</tr>\n<tr>");
      for (int i = 0; i < columns.size(); i++) {
        out.append("<th class=\"p\">").append(Fragments.bi("上年", "prev.")).append("</th><th class=\"c\">")
            .append(Fragments.bi("本年", "curr.")).append("</th><th class=\"d\">")
            .append(Fragments.bi("变化", "change")).append("</th>");
      }
      out.append("</tr>\n</thead>\n<tbody>\n");
      for (TableRow row : t.rows()) {
        out.append("<tr data-row=\"").append(Texts.html(row.key())).append("\"><td class=\"label\">")
            .append(Texts.html(rowLabel(row))).append("</td>");
        for (TableColumn col : columns) {
          Optional<CellComparison> cell = t.cell(row, col);
          if (cell.isEmpty()) {
            out.append("<td class=\"none\" colspan=\"3\"></td>");
          } else {
            cell(cell.get());
          }
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table></div>\n");
    }

    private static String rowLabel(TableRow row) {
      if (row instanceof ApplicationRow a && a.category().isPresent()) {
        return a.category().get().label() + " " + a.label();
      }
      return row.label();
    }

    private void cell(CellComparison c) {
      String change = change(c);
      String common = " data-row=\"" + Texts.html(c.row().key()) + "\" data-col=\"" + Texts.html(c.column().key())
          + "\" data-change=\"" + change + "\"";
      String changed = c.isChanged() ? " changed" : "";
      side("p", c.previousSide(), c.previous(), c.previousRef(), previousMarks, changed, common);
      side("c", c.currentSide(), c.current(), c.currentRef(), currentMarks, changed, common);
      out.append("<td class=\"d").append(changed).append(" change-").append(change).append('"').append(common).append('>');
      if (c.change().isPresent()) {
        out.append("<span class=\"abs\">").append(signed(c.change().get())).append("</span>");
        c.relativeChange().ifPresent(r -> out.append(" <span class=\"rel\">").append(percent(r)).append("</span>"));
      }
      out.append("</td>");
    }

    private void side(String cls, Side side, Optional<Cell> cell, Optional<CellRef> ref, Map<CellRef, Marks> marks,
        String changed, String common) {
      Marks m = ref.map(marks::get).orElse(null);
      ref.ifPresent(drawn::add);
      out.append("<td class=\"").append(cls).append(changed).append(' ').append(side.key());
      if (m != null) {
        out.append(" hl sev-").append(Fragments.key(m.worst));
      }
      out.append('"').append(common);
      if (ref.isPresent()) {
        out.append(" data-cell=\"").append(Texts.html(ref.get().path())).append('"');
      }
      if (m != null) {
        out.append(" data-rule=\"").append(Texts.html(String.join(" ", m.rules))).append('"')
            .append(" data-findings=\"").append(String.join(" ", m.ids)).append('"')
            .append(" data-refs=\"").append(String.join(",", m.refs)).append('"')
            .append(" tabindex=\"0\"");
      }
      out.append('>');
      switch (side) {
        case FILLED -> out.append(Texts.html(cell.orElseThrow().toString()));
        case BLANK -> out.append(Fragments.bi("空", "blank"));
        case ABSENT -> out.append("—");
      }
      out.append("</td>");
    }

    /** {@code up}, {@code down}, {@code same} or {@code blank}; see the class comment. */
    private static String change(CellComparison c) {
      if (!c.isChanged()) {
        return "same";
      }
      Optional<BigDecimal> d = c.change();
      if (d.isEmpty()) {
        return "blank";
      }
      return d.get().signum() > 0 ? "up" : d.get().signum() < 0 ? "down" : "same";
    }

    private void findingList() {
      out.append("<h3 class=\"list-title\">").append(Fragments.bi("跨年度检查发现", "Cross-year findings"))
          .append(" (").append(findings.size()).append(")</h3>\n");
      if (findings.isEmpty()) {
        out.append("<p class=\"none\">").append(Fragments.bi("各项跨年度关系均成立（或不可判定）。",
            "Every cross-year relation holds (or could not be evaluated).")).append("</p>\n");
        return;
      }
      out.append("<ol class=\"findings\">\n");
      int n = 0;
      for (Finding f : findings) {
        n++;
        boolean shown = f.cells().stream().anyMatch(drawn::contains)
            || f.previousCells().stream().anyMatch(drawn::contains);
        Fragments.findingItem(out, ID + "-f" + n, n, f, shown);
      }
      out.append("</ol>\n");
    }

    private void notEvaluable() {
      List<NotEvaluable> list = cmp.crossYearNotEvaluable();
      if (list.isEmpty()) {
        return;
      }
      out.append("<details class=\"not-evaluable\"><summary>").append(Fragments.bi("不可判定的跨年度关系",
          "Cross-year relations not evaluable")).append(" (").append(list.size()).append(")</summary>\n<p>")
          .append(Fragments.bi("所需单元格有一侧全部为空：空白不等于零，不作零计。",
              "Every cell of one side is blank: a blank cell is not zero and is not counted as zero."))
          .append("</p>\n<ul class=\"ne\">\n");
      for (NotEvaluable ne : list) {
        out.append("<li data-code=\"").append(Texts.html(ne.ruleId())).append("\"><code>").append(Texts.html(ne.ruleId()))
            .append("</code> <code>").append(Texts.html(ne.location())).append("</code></li>\n");
      }
      out.append("</ul>\n</details>\n");
    }
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }

  private static String percent(BigDecimal v) {
    BigDecimal p = v.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
    return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
  }
}
