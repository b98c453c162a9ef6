package io.github.ogireport.io.text;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.List;
import java.util.Objects;

/**
 * Renders a report in the official table layout as plain, tab-separated text: a title line with the
 * agency and year, the narrative sections under their headings, and each table as a caption, its header
 * lines and one line per row (label, then one cell per column). Blank cells are written as {@code —} so
 * that reading the text back with {@link TextReportReader} gives an equal report (agency, year, edition,
 * narrative sections and every cell; optional metadata such as the title or source is not written).
 * Deterministic and thread-safe.
 *
 * <pre>{@code
 * String text = TextReportWriter.write(report);
 * Report again = TextReportReader.lenient().read(text).report();
 * }</pre>
 *
 * @since 0.1
 */
public final class TextReportWriter {
  /** The marker written for a blank cell. */
  public static final String BLANK = "—";

  private TextReportWriter() {}

  /** Returns the report as text, lines ending with {@code \n}. */
  public static String write(Report report) {
    Objects.requireNonNull(report, "report");
    StringBuilder out = new StringBuilder();
    out.append(report.metadata().agency()).append(report.metadata().year()).append("年政府信息公开工作年度报告\n\n");
    List<NarrativeSection> narrative = report.narrative();
    for (NarrativeSection n : narrative) {
      if (n.section() == ReportSection.UNCLASSIFIED) {
        narrative(out, n);
      }
    }
    for (NarrativeSection n : narrative) {
      if (n.section() == ReportSection.OVERVIEW) {
        narrative(out, n);
      }
    }
    boolean section2 = false;
    for (Table t : report.tableList()) {
      if (t.type().section() == ReportSection.ACTIVE_DISCLOSURE) {
        if (!section2) {
          out.append(ReportSection.ACTIVE_DISCLOSURE.label()).append("\n\n");
          section2 = true;
        }
        section2(out, t);
      }
    }
    for (Table t : report.tableList()) {
      if (t.type().section() == ReportSection.APPLICATIONS) {
        out.append(ReportSection.APPLICATIONS.label()).append("\n\n");
        applications(out, t);
      }
    }
    report.table(TableType.REVIEW_LITIGATION).ifPresent(t -> {
      out.append(ReportSection.REVIEW_LITIGATION.label()).append("\n\n");
      review(out, t);
    });
    for (NarrativeSection n : narrative) {
      if (n.section() == ReportSection.PROBLEMS || n.section() == ReportSection.OTHER_MATTERS) {
        narrative(out, n);
      }
    }
    report.table(TableType.LEGACY_STATISTICS).ifPresent(t -> legacy(out, t));
    return out.toString();
  }

  private static void narrative(StringBuilder out, NarrativeSection n) {
    String heading = n.heading().isEmpty() ? n.section().label() : n.heading();
    if (!heading.isEmpty()) {
      out.append(heading).append('\n');
    }
    if (!n.text().isEmpty()) {
      out.append(n.text()).append('\n');
    }
    out.append('\n');
  }

  private static void section2(StringBuilder out, Table t) {
    TableType type = t.type();
    out.append(type.caption()).append('\n');
    out.append("信息内容");
    for (TableColumn c : type.columns()) {
      out.append('\t').append(c.label());
    }
    out.append('\n');
    for (TableRow r : t.rows()) {
      out.append(r.label());
      for (TableColumn c : type.columns()) {
        out.append('\t').append(cell(t.cell(r, c)));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void applications(StringBuilder out, Table t) {
    out.append(ApplicationRow.CORNER_NOTE).append("\t申请人情况\n");
    out.append("\t自然人\t").append(ApplicantColumn.ORGANIZATION_GROUP_LABEL).append("\t\t\t\t\t总计\n");
    out.append("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n");
    ApplicationRow.Category lastCategory = null;
    for (TableRow r : t.rows()) {
      ApplicationRow row = (ApplicationRow) r;
      if (row == ApplicationRow.GRANTED) {
        out.append(ApplicationRow.OUTCOME_GROUP_LABEL).append('\t');
      }
      ApplicationRow.Category category = row.category().orElse(null);
      if (category != null && category != lastCategory) {
        out.append(category.label()).append('\t');
      }
      lastCategory = category;
      out.append(row.label());
      for (TableColumn c : t.columns()) {
        out.append('\t').append(cell(t.cell(r, c)));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void review(StringBuilder out, Table t) {
    out.append(ReviewRow.REVIEW.label()).append("\t\t\t\t\t").append(ReviewRow.LITIGATION_GROUP_LABEL).append('\n');
    StringBuilder second = new StringBuilder();
    for (ReviewColumn c : ReviewColumn.values()) {
      second.append(c.label()).append('\t');
    }
    second.append(ReviewRow.LITIGATION_DIRECT.label()).append("\t\t\t\t\t").append(ReviewRow.LITIGATION_AFTER_REVIEW.label());
    out.append(second).append('\n');
    StringBuilder third = new StringBuilder("\t\t\t\t");
    for (int g = 0; g < 2; g++) {
      for (ReviewColumn c : ReviewColumn.values()) {
        third.append('\t').append(c.label());
      }
    }
    out.append(third).append('\n');
    StringBuilder values = new StringBuilder();
    for (TableRow r : t.rows()) {
      for (TableColumn c : t.columns()) {
        if (values.length() > 0) {
          values.append('\t');
        }
        values.append(cell(t.cell(r, c)));
      }
    }
    out.append(values).append("\n\n");
  }

  private static void legacy(StringBuilder out, Table t) {
    boolean cumulative = false;
    for (TableRow r : t.rows()) {
      cumulative |= !t.cell(r, LegacyColumn.CUMULATIVE).isBlank();
    }
    out.append(TableType.LEGACY_STATISTICS.caption()).append('\n');
    out.append("统计指标\t单位\t").append(LegacyColumn.VALUE.label());
    if (cumulative) {
      out.append('\t').append(LegacyColumn.CUMULATIVE.label());
    }
    out.append('\n');
    for (TableRow r : t.rows()) {
      String unit = r instanceof LegacyIndicator li ? li.unit().orElse("")
          : r instanceof CustomRow cr ? cr.unit().orElse("") : "";
      out.append(r.label()).append('\t').append(unit).append('\t').append(cell(t.cell(r, LegacyColumn.VALUE)));
      if (cumulative) {
        out.append('\t').append(cell(t.cell(r, LegacyColumn.CUMULATIVE)));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  static String cell(Cell c) {
    if (c.isBlank()) {
      return BLANK;
    }
    if (c.isInteger()) {
      return Long.toString(c.longValue());
    }
    Amount a = c.amount().orElseThrow();
    return a.value().toPlainString() + a.unit().label();
  }
}
