package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lays a report out as a {@link Doc} in the official wording and order, every word taken from the model's
 * catalogues: title {@code <agency><year>年政府信息公开工作年度报告}, the narrative under its headings, section
 * 二's captions 第二十条第（X）项 with their header and rows, section 三 with its corner note, three header
 * lines and group labels, section 四 with its two-level header and one line of 15 values, and the legacy
 * form.
 */
final class Official {
  /** The words after agency and year in the official title. */
  static final String TITLE_SUFFIX = "年" + "政府信息公开工作年度报告";

  private Official() {}

  /** The official title of a report. */
  static String title(Report report) {
    return report.metadata().agency() + report.metadata().year() + TITLE_SUFFIX;
  }

  /** The report's content in the official layout. */
  static Doc doc(Report report) {
    List<Doc.Part> parts = new ArrayList<>();
    List<NarrativeSection> narrative = report.narrative();
    narrative(parts, narrative, ReportSection.UNCLASSIFIED);
    narrative(parts, narrative, ReportSection.OVERVIEW);
    boolean section2 = false;
    for (Table t : report.tableList()) {
      if (t.type().section() == ReportSection.ACTIVE_DISCLOSURE) {
        if (!section2) {
          parts.add(new Doc.Heading(ReportSection.ACTIVE_DISCLOSURE.label(), true));
          section2 = true;
        }
        parts.add(section2(t));
      }
    }
    for (Table t : report.tableList()) {
      if (t.type().section() == ReportSection.APPLICATIONS) {
        parts.add(new Doc.Heading(ReportSection.APPLICATIONS.label(), true));
        parts.add(applications(t));
      }
    }
    report.table(TableType.REVIEW_LITIGATION).ifPresent(t -> {
      parts.add(new Doc.Heading(ReportSection.REVIEW_LITIGATION.label(), true));
      parts.add(review(t));
    });
    narrative(parts, narrative, ReportSection.PROBLEMS);
    narrative(parts, narrative, ReportSection.OTHER_MATTERS);
    report.table(TableType.LEGACY_STATISTICS).ifPresent(t -> parts.add(legacy(t)));
    return new Doc(title(report), parts);
  }

  private static void narrative(List<Doc.Part> parts, List<NarrativeSection> all, ReportSection section) {
    for (NarrativeSection n : all) {
      if (n.section() != section) {
        continue;
      }
      String heading = n.heading().isEmpty() ? n.section().label() : n.heading();
      if (!heading.isEmpty()) {
        parts.add(new Doc.Heading(heading, section != ReportSection.UNCLASSIFIED));
      }
      for (String line : n.text().split("\n")) {
        if (!line.isBlank()) {
          parts.add(new Doc.Paragraph(line));
        }
      }
    }
  }

  static Doc.Grid section2(Table t) {
    TableType type = t.type();
    List<String> header = new ArrayList<>();
    header.add(OfficialForm.SECTION2_LABEL_HEADER);
    for (TableColumn c : type.columns()) {
      header.add(c.label());
    }
    List<Doc.Row> rows = new ArrayList<>();
    for (TableRow r : t.rows()) {
      List<String> values = new ArrayList<>();
      for (TableColumn c : type.columns()) {
        AmountUnit headerUnit = c instanceof Section2Column s ? s.headerUnit() : AmountUnit.UNSPECIFIED;
        values.add(cell(t.cell(r, c), headerUnit));
      }
      rows.add(new Doc.Row(r, List.of(r.label()), "", values));
    }
    return new Doc.Grid(type, type.caption(), List.of(header), rows);
  }

  static Doc.Grid applications(Table t) {
    List<List<String>> header = new ArrayList<>();
    header.add(List.of(ApplicationRow.CORNER_NOTE, OfficialForm.APPLICANT_GROUP_LABEL));
    List<String> second = new ArrayList<>(List.of("", ApplicantColumn.NATURAL_PERSON.label(),
        ApplicantColumn.ORGANIZATION_GROUP_LABEL));
    second.addAll(Collections.nCopies(4, ""));
    second.add(ApplicantColumn.TOTAL.label());
    header.add(second);
    List<String> third = new ArrayList<>(List.of("", ""));
    for (ApplicantColumn c : ApplicantColumn.values()) {
      if (c.isOrganization()) {
        third.add(c.label());
      }
    }
    third.add("");
    header.add(third);
    List<Doc.Row> rows = new ArrayList<>();
    ApplicationRow.Category last = null;
    for (TableRow r : t.rows()) {
      ApplicationRow row = (ApplicationRow) r;
      List<String> labels = new ArrayList<>();
      if (row == ApplicationRow.GRANTED) {
        labels.add(ApplicationRow.OUTCOME_GROUP_LABEL);
      }
      ApplicationRow.Category category = row.category().orElse(null);
      if (category != null && category != last) {
        labels.add(category.label());
      }
      last = category;
      labels.add(row.label());
      List<String> values = new ArrayList<>();
      for (TableColumn c : t.columns()) {
        values.add(cell(t.cell(r, c), AmountUnit.UNSPECIFIED));
      }
      rows.add(new Doc.Row(r, labels, "", values));
    }
    return new Doc.Grid(t.type(), "", header, rows);
  }

  static Doc.Grid review(Table t) {
    List<List<String>> header = new ArrayList<>();
    List<String> first = new ArrayList<>();
    first.add(ReviewRow.REVIEW.label());
    first.addAll(Collections.nCopies(4, ""));
    first.add(ReviewRow.LITIGATION_GROUP_LABEL);
    header.add(first);
    List<String> second = new ArrayList<>();
    for (ReviewColumn c : ReviewColumn.values()) {
      second.add(c.label());
    }
    second.add(ReviewRow.LITIGATION_DIRECT.label());
    second.addAll(Collections.nCopies(4, ""));
    second.add(ReviewRow.LITIGATION_AFTER_REVIEW.label());
    header.add(second);
    List<String> third = new ArrayList<>(Collections.nCopies(5, ""));
    for (int g = 0; g < 2; g++) {
      for (ReviewColumn c : ReviewColumn.values()) {
        third.add(c.label());
      }
    }
    header.add(third);
    List<String> values = new ArrayList<>();
    for (TableRow r : t.rows()) {
      for (TableColumn c : t.columns()) {
        values.add(cell(t.cell(r, c), AmountUnit.UNSPECIFIED));
      }
    }
    return new Doc.Grid(t.type(), "", header, List.of(new Doc.Row(null, List.of(), "", values)));
  }

  /** True if the legacy table has a cumulative value anywhere (then the column is printed). */
  static boolean hasCumulative(Table t) {
    for (TableRow r : t.rows()) {
      if (!t.cell(r, LegacyColumn.CUMULATIVE).isBlank()) {
        return true;
      }
    }
    return false;
  }

  static Doc.Grid legacy(Table t) {
    boolean cumulative = hasCumulative(t);
    List<String> header = new ArrayList<>(List.of(
        OfficialForm.LEGACY_INDICATOR_HEADERS.get(0), OfficialForm.LEGACY_UNIT_HEADERS.get(0),
        LegacyColumn.VALUE.label()));
    if (cumulative) {
      header.add(LegacyColumn.CUMULATIVE.label());
    }
    List<Doc.Row> rows = new ArrayList<>();
    for (TableRow r : t.rows()) {
      String unit = unit(r);
      AmountUnit printed = AmountUnit.fromKey(unit).orElse(AmountUnit.UNSPECIFIED);
      List<String> values = new ArrayList<>();
      values.add(cell(t.cell(r, LegacyColumn.VALUE), printed));
      if (cumulative) {
        values.add(cell(t.cell(r, LegacyColumn.CUMULATIVE), printed));
      }
      rows.add(new Doc.Row(r, List.of(r.label()), unit, values));
    }
    return new Doc.Grid(t.type(), TableType.LEGACY_STATISTICS.caption(), List.of(header), rows);
  }

  /** The unit printed in a legacy row's unit column, or empty. */
  static String unit(TableRow r) {
    if (r instanceof LegacyIndicator li) {
      return li.unit().orElse("");
    }
    if (r instanceof CustomRow cr) {
      return cr.unit().orElse("");
    }
    return "";
  }

  /**
   * The printed text of a cell: empty for a blank cell (never 0), the integer, or the amount (with its unit
   * unless it is the unit the header or the unit column already prints).
   */
  static String cell(Cell c, AmountUnit printedUnit) {
    if (c.isBlank()) {
      return "";
    }
    if (c.isInteger()) {
      return Long.toString(c.longValue());
    }
    Amount a = c.amount().orElseThrow();
    String number = a.value().toPlainString();
    return a.unit() == printedUnit || a.unit() == AmountUnit.UNSPECIFIED ? number : number + a.unit().label();
  }
}
