package io.github.ogireport.findings;

import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.table.OfficialGrid;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Table;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.NotEvaluable;
import io.github.ogireport.validation.Rule;
import io.github.ogireport.validation.RuleCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders checked reports as one self-contained HTML page for people: every report drawn in the official
 * layout of its edition, every cell a finding involves marked, the findings listed with the rule, the
 * reported and computed numbers and the message, the reader's findings at their cells, the rules that
 * could not be evaluated explained, and a summary on top. With more than one report the page starts with
 * an index (one row per report, sortable by any column) that links to each report further down.
 *
 * <p>The page needs nothing from outside: its style sheet and script are inline, and it prints (a print
 * style sheet starts each report on a new page, shows the findings' numbers in the marked cells and
 * hides the controls). Chinese is shown first; a button switches every text of the page to English and
 * back. Hovering over, focusing or clicking a marked cell shows its findings.
 *
 * <p>Markup that other programs may rely on: each value cell is a {@code td} with {@code data-cell}, the
 * cell's JSON Pointer ({@link CellRef#path()}); a cell some validation finding involves has the class
 * {@code hl} and {@code data-rule}, the ids of those findings' rules separated by spaces in finding
 * order (exactly {@code data-rule="review.total"} when one rule is involved); a cell a reader finding
 * names has the class {@code hl} and {@code data-reader}, the codes. A report is a {@code section} with
 * {@code class="report"}, {@code id="report-N"} (N from 1, in the order given) and {@code data-status}.
 *
 * <p>All text of the reports (agency, labels, messages) is escaped; the same reports always give the
 * same text, whatever the locale, time zone or clock. Thread-safe.
 *
 * <pre>{@code
 * String page = HtmlFindingsReport.standard().render(List.of(checked));
 * }</pre>
 *
 * @since 0.1
 */
public final class HtmlFindingsReport {
  private static final HtmlFindingsReport STANDARD = new HtmlFindingsReport();

  private HtmlFindingsReport() {}

  /** Returns the renderer. */
  public static HtmlFindingsReport standard() {
    return STANDARD;
  }

  /** The page of one checked report. */
  public String render(CheckedReport report) {
    return render(List.of(Objects.requireNonNull(report, "report")));
  }

  /** The page of some checked reports, with an index on top when there is more than one. */
  public String render(List<CheckedReport> reports) {
    StringBuilder sb = new StringBuilder(1 << 16);
    try {
      render(reports, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString();
  }

  /** Appends the page of some checked reports. */
  public void render(List<CheckedReport> reports, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    Page page = page();
    for (CheckedReport r : reports) {
      page.add(r);
    }
    page.writeTo(out);
  }

  /**
   * A page built one report at a time: each report is rendered when added, and only its HTML is kept
   * (not the report), so a batch can be rendered as it is checked.
   */
  public Page page() {
    return new Page();
  }

  /** A page in progress; not thread-safe. */
  public static final class Page {
    private final List<String> sections = new ArrayList<>();
    private final List<IndexRow> index = new ArrayList<>();

    private Page() {}

    /** Renders a report into the page. */
    public Page add(CheckedReport report) {
      Objects.requireNonNull(report, "report");
      String id = "report-" + (sections.size() + 1);
      sections.add(new ReportSection(report, id).render());
      index.add(IndexRow.of(report, id));
      return this;
    }

    /** The number of reports added. */
    public int size() {
      return sections.size();
    }

    /** Appends the whole page. */
    public void writeTo(Appendable out) throws IOException {
      String title = sections.size() == 1 ? index.get(0).title : null;
      Fragments.pageStart(out, title == null
              ? "检查结果 Findings (" + sections.size() + ")"
              : "检查结果 Findings: " + title,
          "政府信息公开工作年度报告检查结果", "Findings on annual reports on open government information", "");
      if (sections.size() > 1) {
        writeIndex(out);
      } else if (sections.isEmpty()) {
        out.append("<p class=\"empty\">").append(bi("没有报告。", "No report.")).append("</p>\n");
      }
      for (String s : sections) {
        out.append(s);
      }
      Fragments.pageEnd(out);
    }

    private void writeIndex(Appendable out) throws IOException {
      Map<CheckedReport.Status, Integer> counts = new LinkedHashMap<>();
      for (CheckedReport.Status s : CheckedReport.Status.values()) {
        counts.put(s, 0);
      }
      for (IndexRow r : index) {
        counts.merge(r.status, 1, Integer::sum);
      }
      out.append("<section id=\"index\" class=\"index\">\n<h2>")
          .append(bi("报告一览", "Reports")).append(" (").append(Integer.toString(index.size())).append(")</h2>\n");
      out.append("<p class=\"totals\">");
      boolean first = true;
      for (Map.Entry<CheckedReport.Status, Integer> e : counts.entrySet()) {
        if (e.getValue() == 0) {
          continue;
        }
        out.append(first ? "" : " · ").append("<span class=\"status status-").append(e.getKey().key()).append("\">")
            .append(bi(e.getKey().chinese(), e.getKey().english())).append("</span> ")
            .append(Integer.toString(e.getValue()));
        first = false;
      }
      out.append("</p>\n<p class=\"hint no-print\">")
          .append(bi("点击列标题排序。", "Click a column header to sort.")).append("</p>\n");
      out.append("<table class=\"index sortable\">\n<thead><tr>")
          .append("<th data-type=\"number\" aria-sort=\"ascending\">#</th>")
          .append("<th data-type=\"text\">").append(bi("机关", "Agency")).append("</th>")
          .append("<th data-type=\"number\">").append(bi("年度", "Year")).append("</th>")
          .append("<th data-type=\"text\">").append(bi("版式", "Edition")).append("</th>")
          .append("<th data-type=\"number\">").append(bi("状态", "Status")).append("</th>")
          .append("<th data-type=\"number\">").append(bi("错误", "Errors")).append("</th>")
          .append("<th data-type=\"number\">").append(bi("警告", "Warnings")).append("</th>")
          .append("<th data-type=\"text\">").append(bi("来源", "Source")).append("</th>")
          .append("</tr></thead>\n<tbody>\n");
      int n = 0;
      for (IndexRow r : index) {
        n++;
        out.append("<tr class=\"status-").append(r.status.key()).append("\">")
            .append("<td data-key=\"").append(Integer.toString(n)).append("\">").append(Integer.toString(n)).append("</td>")
            .append("<td>").append(Texts.html(r.agency)).append("</td>")
            .append("<td data-key=\"").append(r.year).append("\">").append(r.year).append("</td>")
            .append("<td>").append(Texts.html(r.edition)).append("</td>")
            .append("<td data-key=\"").append(Integer.toString(r.status.ordinal())).append("\"><span class=\"status status-")
            .append(r.status.key()).append("\">").append(bi(r.status.chinese(), r.status.english())).append("</span></td>")
            .append("<td data-key=\"").append(Integer.toString(r.errors)).append("\">").append(Integer.toString(r.errors)).append("</td>")
            .append("<td data-key=\"").append(Integer.toString(r.warnings)).append("\">").append(Integer.toString(r.warnings)).append("</td>")
            .append("<td><a href=\"#").append(r.id).append("\">").append(Texts.html(r.source)).append("</a></td>")
            .append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }
  }

  /** What the index shows of a report. */
  private record IndexRow(String id, String source, String title, String agency, String year, String edition,
      CheckedReport.Status status, int errors, int warnings) {
    static IndexRow of(CheckedReport c, String id) {
      Report r = c.report().orElse(null);
      return new IndexRow(id, c.source(),
          r == null ? c.source() : OfficialGrid.title(r),
          r == null ? "" : r.metadata().agency(),
          r == null ? "" : Integer.toString(r.metadata().year()),
          r == null ? "" : r.edition().key(),
          c.status(), c.errors(), c.warnings());
    }
  }

  /** {@code <span class="zh">…</span><span class="en">…</span>}, both escaped ({@link Fragments#bi}). */
  static String bi(String zh, String en) {
    return Fragments.bi(zh, en);
  }

  /** The findings that involve one cell. */
  private static final class Marks {
    final List<String> ids = new ArrayList<>(); // the list items' ids, in finding order
    final Set<String> rules = new LinkedHashSet<>();
    final Set<String> codes = new LinkedHashSet<>();
    final List<String> refs = new ArrayList<>(); // the findings' numbers: F1, R2
    Severity worst;
    boolean total;
    boolean blank;

    void severity(Severity s) {
      if (worst == null || s.compareTo(worst) < 0) {
        worst = s;
      }
    }
  }

  /** One report's section of the page. */
  private static final class ReportSection {
    private final CheckedReport checked;
    private final String id;
    private final StringBuilder out = new StringBuilder(1 << 15);
    private final Map<CellRef, Marks> marks = new HashMap<>();
    private final Set<CellRef> drawn = new HashSet<>();

    ReportSection(CheckedReport checked, String id) {
      this.checked = checked;
      this.id = id;
    }

    String render() {
      CheckedReport.Status status = checked.status();
      out.append("<section class=\"report status-").append(status.key()).append("\" id=\"").append(id)
          .append("\" data-status=\"").append(status.key()).append("\">\n");
      if (checked.report().isEmpty()) {
        out.append("<h2>").append(Texts.html(checked.source())).append("</h2>\n");
        summaryStart();
        summaryRow("状态", "Status", statusHtml(status));
        summaryRow("原因", "Reason", "<span class=\"problem\">" + Texts.html(checked.problem().orElse("")) + "</span>");
        out.append("</table>\n</section>\n");
        return out.toString();
      }
      Report report = checked.report().get();
      collectMarks();
      out.append("<h2>").append(Texts.html(OfficialGrid.title(report))).append("</h2>\n");
      summary(report, status);
      if (status == CheckedReport.Status.NO_TABLE) {
        out.append("<p class=\"no-table\">").append(bi(
            "未能从此文件读出统计表（例如没有文字层的扫描件，或只有正文）。",
            "No statistics table could be read from this file (a scan without a text layer, or prose only)."))
            .append("</p>\n");
      }
      if (status == CheckedReport.Status.NO_VALUES) {
        out.append("<p class=\"no-table\">").append(bi(
            "找到了统计表，但表中没有任何数值（例如空白的表式模板）。",
            "The statistics tables were found but hold no value (a blank form, for example)."))
            .append("</p>\n");
      }
      for (OfficialGrid.Part part : OfficialGrid.parts(report)) {
        if (part instanceof OfficialGrid.TablePart t) {
          out.append("<h3>").append(Texts.html(t.section().label())).append("</h3>\n");
          for (Table table : t.tables()) {
            table(table);
          }
        }
      }
      findings();
      readerFindings();
      notEvaluable();
      out.append("</section>\n");
      return out.toString();
    }

    private void collectMarks() {
      int n = 0;
      for (Finding f : checked.findings()) {
        n++;
        String fid = id + "-f" + n;
        String location = f.location().jsonPath();
        Set<CellRef> blank = new HashSet<>(f.blankCells());
        for (CellRef c : f.cells()) {
          Marks m = marks.computeIfAbsent(c, k -> new Marks());
          if (!m.ids.contains(fid)) {
            m.ids.add(fid);
            m.refs.add("F" + n);
          }
          m.rules.add(f.ruleId());
          m.severity(f.severity());
          m.total |= c.path().equals(location);
          m.blank |= blank.contains(c);
        }
      }
      n = 0;
      for (ReaderFinding f : checked.readerFindings()) {
        n++;
        String fid = id + "-r" + n;
        for (CellRef c : f.cells()) {
          Marks m = marks.computeIfAbsent(c, k -> new Marks());
          if (!m.ids.contains(fid)) {
            m.ids.add(fid);
            m.refs.add("R" + n);
          }
          m.codes.add(f.code());
          m.severity(f.severity());
        }
      }
    }

    private void summaryStart() {
      out.append("<table class=\"summary\">\n");
      summaryRow("来源", "Source", "<span class=\"source\">" + Texts.html(checked.source()) + "</span>");
    }

    private void summaryRow(String zh, String en, String valueHtml) {
      out.append("<tr><th>").append(bi(zh, en)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private void summary(Report report, CheckedReport.Status status) {
      summaryStart();
      summaryRow("机关", "Agency", "<span class=\"agency\">" + Texts.html(report.metadata().agency()) + "</span>");
      summaryRow("年度", "Year", "<span class=\"year\">" + report.metadata().year() + "</span>");
      String edition = "<span class=\"edition\" data-edition=\"" + Texts.html(report.edition().key()) + "\">"
          + bi(report.edition().label(), report.edition().englishName()) + "</span>"
          + (report.isMixedEdition() ? " " + bi("（混合版式）", "(mixed edition)") : "");
      summaryRow("版式", "Edition", edition);
      summaryRow("状态", "Status", statusHtml(status));
      int notEvaluable = checked.validation().map(v -> v.notEvaluable().size()).orElse(0);
      summaryRow("问题", "Findings",
          "<span class=\"count sev-error\">" + bi("错误", "errors") + " <b class=\"errors\">" + checked.errors() + "</b></span> · "
              + "<span class=\"count sev-warning\">" + bi("警告", "warnings") + " <b class=\"warnings\">" + checked.warnings() + "</b></span> · "
              + "<span class=\"count sev-info\">" + bi("提示", "info") + " <b class=\"infos\">" + checked.infos() + "</b></span> · "
              + "<span class=\"count\">" + bi("不可判定", "not evaluable") + " <b class=\"not-evaluable\">" + notEvaluable + "</b></span>");
      out.append("</table>\n");
    }

    private static String statusHtml(CheckedReport.Status status) {
      return "<span class=\"status status-" + status.key() + "\">" + bi(status.chinese(), status.english()) + "</span>";
    }

    private void table(Table table) {
      OfficialGrid grid = OfficialGrid.of(table);
      out.append("<div class=\"table-wrap\"><table class=\"form\" data-table=\"")
          .append(Texts.html(table.type().key())).append("\">\n<thead>\n");
      rows(table, grid.head());
      out.append("</thead>\n<tbody>\n");
      rows(table, grid.body());
      out.append("</tbody>\n</table></div>\n");
    }

    private void rows(Table table, List<List<OfficialGrid.Cell>> rows) {
      for (List<OfficialGrid.Cell> row : rows) {
        out.append("<tr>");
        for (OfficialGrid.Cell cell : row) {
          String tag = cell.header() ? "th" : "td";
          out.append('<').append(tag);
          if (cell.rowspan() > 1) {
            out.append(" rowspan=\"").append(cell.rowspan()).append('"');
          }
          if (cell.colspan() > 1) {
            out.append(" colspan=\"").append(cell.colspan()).append('"');
          }
          if (cell.isValue()) {
            CellRef ref = new CellRef(table.type(), cell.row().orElseThrow(), cell.column().orElseThrow());
            drawn.add(ref);
            valueAttributes(ref);
          } else if (!cell.header()) {
            out.append(" class=\"label\"");
          }
          out.append('>').append(Texts.html(cell.text())).append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
      }
    }

    private void valueAttributes(CellRef ref) {
      Marks m = marks.get(ref);
      if (m == null) {
        out.append(" class=\"v\" data-cell=\"").append(Texts.html(ref.path())).append('"');
        return;
      }
      out.append(" class=\"v hl sev-").append(m.worst.name().toLowerCase(java.util.Locale.ROOT))
          .append(m.total ? " role-total" : m.rules.isEmpty() ? "" : " role-part")
          .append(m.blank ? " blank" : "")
          .append(m.codes.isEmpty() ? "" : " reader")
          .append("\" data-cell=\"").append(Texts.html(ref.path())).append('"');
      if (!m.rules.isEmpty()) {
        out.append(" data-rule=\"").append(Texts.html(String.join(" ", m.rules))).append('"');
      }
      if (!m.codes.isEmpty()) {
        out.append(" data-reader=\"").append(Texts.html(String.join(" ", m.codes))).append('"');
      }
      out.append(" data-findings=\"").append(String.join(" ", m.ids)).append('"')
          .append(" data-refs=\"").append(String.join(",", m.refs)).append('"')
          .append(" tabindex=\"0\"");
    }

    private boolean anyDrawn(List<CellRef> cells) {
      for (CellRef c : cells) {
        if (drawn.contains(c)) {
          return true;
        }
      }
      return false;
    }

    private void findings() {
      List<Finding> findings = checked.findings();
      out.append("<h3 class=\"list-title\">").append(bi("校验发现", "Validation findings"))
          .append(" (").append(findings.size()).append(")</h3>\n");
      if (findings.isEmpty()) {
        out.append("<p class=\"none\">").append(bi("各项勾稽关系均成立（或不可判定，见下）。",
            "Every relation holds (or could not be evaluated, see below).")).append("</p>\n");
        return;
      }
      out.append("<ol class=\"findings\">\n");
      int n = 0;
      for (Finding f : findings) {
        n++;
        Fragments.findingItem(out, id + "-f" + n, n, f, anyDrawn(f.cells()));
      }
      out.append("</ol>\n");
    }

    private void readerFindings() {
      List<ReaderFinding> findings = checked.readerFindings();
      if (findings.isEmpty()) {
        return;
      }
      out.append("<h3 class=\"list-title\">").append(bi("读取发现", "Reader findings"))
          .append(" (").append(findings.size()).append(")</h3>\n<ol class=\"reader-findings\">\n");
      int n = 0;
      for (ReaderFinding f : findings) {
        n++;
        out.append("<li id=\"").append(id).append("-r").append(n).append("\" class=\"finding sev-")
            .append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\" data-code=\"")
            .append(Texts.html(f.code())).append("\">");
        out.append("<span class=\"ref\">R").append(n).append("</span> ").append(severityHtml(f.severity()))
            .append(" <code class=\"rule\">").append(Texts.html(f.code())).append("</code>");
        out.append("<div class=\"message\">")
            .append(bi(f.message(Texts.ZH), f.message(Texts.EN))).append("</div>");
        out.append("<div class=\"where\">").append(bi("输入中的位置", "In the input")).append(" <code>")
            .append(bi(f.location().describe(Texts.ZH), f.location().describe(Texts.EN))).append("</code>");
        if (!f.cells().isEmpty()) {
          out.append(" ").append(bi("单元格", "cells")).append(" <code>").append(Texts.html(joinPaths(f.cells())))
              .append("</code>");
          if (!anyDrawn(f.cells())) {
            out.append(" ").append(bi("（不在所列表格中）", "(not in the tables shown)"));
          }
        }
        out.append("</div></li>\n");
      }
      out.append("</ol>\n");
    }

    private void notEvaluable() {
      List<NotEvaluable> list = checked.validation().map(v -> v.notEvaluable()).orElse(List.of());
      if (list.isEmpty()) {
        return;
      }
      Map<String, List<NotEvaluable>> byRule = new LinkedHashMap<>();
      for (NotEvaluable n : list) {
        byRule.computeIfAbsent(n.ruleId(), k -> new ArrayList<>()).add(n);
      }
      out.append("<details class=\"not-evaluable\"><summary>").append(bi("不可判定的规则", "Rules not evaluable"))
          .append(" (").append(byRule.size()).append(" / ").append(list.size()).append(")</summary>\n<p>")
          .append(bi(
              "以下关系所需的单元格有一侧全部为空（或正文未写明可比较的数字），既不能判定成立，也不能判定不成立：空白不等于零，不作零计。",
              "These relations could not be evaluated: every cell of one side is blank (or the text states no number to compare), "
                  + "so they neither hold nor fail. A blank cell is not zero and is not counted as zero."))
          .append("</p>\n<table class=\"ne\"><thead><tr><th>").append(bi("规则", "Rule")).append("</th><th>")
          .append(bi("说明", "Meaning")).append("</th><th>").append(bi("原因", "Reason")).append("</th><th>")
          .append(bi("实例", "Instances")).append("</th><th>").append(bi("位置", "Locations"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, List<NotEvaluable>> e : byRule.entrySet()) {
        List<NotEvaluable> instances = e.getValue();
        Rule rule = RuleCatalogue.rule(e.getKey()).orElse(null);
        Set<NotEvaluable.Reason> reasons = new LinkedHashSet<>();
        instances.forEach(n -> reasons.add(n.reason()));
        out.append("<tr data-code=\"").append(Texts.html(e.getKey())).append("\"><td><code>")
            .append(Texts.html(e.getKey())).append("</code></td><td>")
            .append(rule == null ? "" : bi(rule.title(Texts.ZH), rule.title(Texts.EN))).append("</td><td>");
        boolean first = true;
        for (NotEvaluable.Reason r : reasons) {
          out.append(first ? "" : "; ").append(reason(r));
          first = false;
        }
        out.append("</td><td>").append(instances.size()).append("</td><td><code>");
        int shown = 0;
        for (NotEvaluable n : instances) {
          if (shown == 5) {
            out.append(" …");
            break;
          }
          out.append(shown == 0 ? "" : " ").append(Texts.html(n.location()));
          shown++;
        }
        out.append("</code></td></tr>\n");
      }
      out.append("</tbody></table>\n</details>\n");
    }

    private static String reason(NotEvaluable.Reason r) {
      return switch (r) {
        case BLANK_CELLS -> bi("一侧的单元格全部为空", "every cell of one side is blank");
        case NO_NUMBER_IN_TEXT -> bi("正文未写明数字", "the text states no number");
      };
    }

    private static String joinPaths(List<CellRef> cells) {
      return Fragments.joinPaths(cells);
    }
  }

  private static String severityHtml(Severity s) {
    return Fragments.severityHtml(s);
  }
}
