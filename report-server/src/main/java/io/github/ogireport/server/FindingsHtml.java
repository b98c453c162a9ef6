package io.github.ogireport.server;

import io.github.ogireport.documents.CheckedReport;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.validation.Finding;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The HTML findings report of a checked report, one self-contained page. Until the report-findings
 * module's renderer is merged, a plain page: the summary, the findings (each row carrying
 * {@code data-rule}) and the tables as read.
 */
@Component
class FindingsHtml {
  String render(CheckedReport c) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"UTF-8\"><title>")
        .append(escape(c.source())).append("</title><style>")
        .append("body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #999;padding:2px 6px}.ERROR{background:#fdd}.WARNING{background:#ffd}")
        .append("</style></head><body>");
    sb.append("<h1>").append(escape(c.source())).append("</h1>");
    sb.append("<p class=\"summary\" data-status=\"").append(c.status()).append("\">")
        .append(c.status()).append(": ").append(c.errors()).append(" errors, ").append(c.warnings())
        .append(" warnings</p>");
    sb.append("<table class=\"findings\"><tr><th>rule</th><th>severity</th><th>location</th><th>reported</th>")
        .append("<th>computed</th><th>message</th></tr>");
    for (ReaderFinding f : c.read().findings()) {
      sb.append("<tr class=\"").append(f.severity().name()).append("\" data-rule=\"").append(escape(f.code()))
          .append("\"><td>").append(escape(f.code())).append("</td><td>").append(f.severity().name())
          .append("</td><td>").append(escape(f.location().toString())).append("</td><td></td><td></td><td>")
          .append(escape(f.message())).append("</td></tr>");
    }
    for (Finding f : c.validation().findings()) {
      sb.append("<tr class=\"").append(f.severity().name()).append("\" data-rule=\"").append(escape(f.ruleId()))
          .append("\" data-cells=\"");
      for (CellRef ref : f.cells()) {
        sb.append(escape(ref.path())).append(' ');
      }
      sb.append("\"><td>").append(escape(f.ruleId())).append("</td><td>").append(f.severity().name())
          .append("</td><td>").append(escape(f.location().jsonPath())).append("</td><td>")
          .append(f.reported().map(d -> d.toPlainString()).orElse("")).append("</td><td>")
          .append(f.computed().map(d -> d.toPlainString()).orElse("")).append("</td><td>")
          .append(escape(f.message(Locale.SIMPLIFIED_CHINESE))).append("<br>")
          .append(escape(f.message(Locale.ENGLISH))).append("</td></tr>");
    }
    sb.append("</table>");
    String tables = HtmlReportWriter.create().write(c.read().report());
    int body = tables.indexOf("<body>");
    int end = tables.lastIndexOf("</body>");
    sb.append(body >= 0 && end > body ? tables.substring(body + 6, end) : "");
    sb.append("</body></html>");
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
