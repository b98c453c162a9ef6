package io.github.ogireport.findings;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Severity;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.Rule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The pieces of HTML the pages share: the page's head and foot, two-language texts, findings as list items. */
final class Fragments {
  private Fragments() {}

  /** {@code <span class="zh">…</span><span class="en">…</span>}, both escaped. */
  static String bi(String zh, String en) {
    return "<span class=\"zh\">" + Texts.html(zh) + "</span><span class=\"en\">" + Texts.html(en) + "</span>";
  }

  /** The severity in both languages. */
  static String severityHtml(Severity s) {
    String label = switch (s) {
      case ERROR -> bi("错误", "error");
      case WARNING -> bi("警告", "warning");
      case INFO -> bi("提示", "info");
    };
    return "<span class=\"sev\">" + label + "</span>";
  }

  /** The lower-case name of a severity, as used in class names: {@code sev-error}. */
  static String key(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Appends everything up to and including {@code <main>}: the document head with the inline style sheet
   * ({@link Assets#CSS} and {@code extraCss}) and the bar with the application's name and the buttons.
   */
  static void pageStart(Appendable out, String title, String appZh, String appEn, String extraCss) throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ogi-report\">\n<title>")
        .append(Texts.html(title))
        .append("</title>\n<style>\n").append(Assets.CSS).append(extraCss).append("</style>\n</head>\n<body>\n");
    out.append("<header class=\"bar\"><span class=\"app\">")
        .append(bi(appZh, appEn))
        .append("</span><button type=\"button\" id=\"lang-toggle\" data-zh=\"English\" data-en=\"中文\">English</button>")
        .append("<button type=\"button\" id=\"print\">").append(bi("打印", "Print")).append("</button></header>\n");
    out.append("<main>\n");
  }

  /** Appends everything after the content: the end of {@code <main>}, the popup and the inline script. */
  static void pageEnd(Appendable out) throws IOException {
    out.append("</main>\n<div id=\"popup\" role=\"tooltip\" hidden></div>\n<script>\n")
        .append(Assets.JS).append("</script>\n</body>\n</html>\n");
  }

  /**
   * Appends a validation finding as a list item with the id {@code itemId} and the number {@code F<n>}:
   * severity, rule, title, the reported and computed numbers, the messages, the location, the previous
   * year's cells and the rule's explanation. {@code cellsShown} is false when none of its cells is drawn.
   */
  static void findingItem(StringBuilder out, String itemId, int n, Finding f, boolean cellsShown) {
    Rule rule = f.rule();
    out.append("<li id=\"").append(itemId).append("\" class=\"finding sev-").append(key(f.severity()))
        .append("\" data-code=\"").append(Texts.html(f.ruleId())).append("\">");
    out.append("<span class=\"ref\">F").append(n).append("</span> ").append(severityHtml(f.severity()))
        .append(" <code class=\"rule\">").append(Texts.html(f.ruleId())).append("</code> <span class=\"title\">")
        .append(bi(rule.title(Texts.ZH), rule.title(Texts.EN))).append("</span>");
    if (f.reported().isPresent() || f.computed().isPresent()) {
      out.append("<div class=\"numbers\">");
      number(out, "填报", "reported", f.reported().orElse(null), "reported");
      out.append(" · ");
      number(out, "计算", "computed", f.computed().orElse(null), "computed");
      if (f.difference().isPresent()) {
        out.append(" · ");
        number(out, "差额", "difference", f.difference().get(), "difference");
      }
      out.append("</div>");
    }
    out.append("<div class=\"message\">").append(bi(f.message(Texts.ZH), f.message(Texts.EN))).append("</div>");
    out.append("<div class=\"where\">").append(bi("位置", "Location")).append(" <code>")
        .append(Texts.html(f.location().toString())).append("</code>");
    if (f.cells().isEmpty()) {
      out.append(" ").append(bi("（涉及整份报告，不对应单元格）", "(about the report as a whole, no cell)"));
    } else if (!cellsShown) {
      out.append(" ").append(bi("（单元格不在所列表格中）", "(its cells are not in the tables shown)"));
    }
    out.append("</div>");
    if (!f.previousCells().isEmpty()) {
      out.append("<div class=\"previous\">").append(bi("上年报告的单元格", "Cells of the previous year's report"))
          .append(" <code>").append(Texts.html(joinPaths(f.previousCells()))).append("</code></div>");
    }
    out.append("<div class=\"explanation\">").append(bi(rule.explanation(Texts.ZH), rule.explanation(Texts.EN)))
        .append("</div>");
    out.append("</li>\n");
  }

  private static void number(StringBuilder out, String zh, String en, BigDecimal value, String cls) {
    out.append("<span class=\"").append(cls).append("\">").append(bi(zh, en)).append(" <b>")
        .append(value == null ? "—" : value.toPlainString()).append("</b></span>");
  }

  /** The cells' JSON Pointers separated by spaces. */
  static String joinPaths(List<CellRef> cells) {
    StringBuilder sb = new StringBuilder();
    for (CellRef c : cells) {
      sb.append(sb.length() == 0 ? "" : " ").append(c.path());
    }
    return sb.toString();
  }
}
