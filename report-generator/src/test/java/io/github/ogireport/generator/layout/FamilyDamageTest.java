package io.github.ogireport.generator.layout;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each family really carries the damage it names. */
final class FamilyDamageTest {
  private static final Pattern FOOTER = Pattern.compile("— [0-9]+ —");
  private static final Pattern SEPARATOR = Pattern.compile("\\|(---\\|)+");

  private static Table applications(Report r) {
    return r.table(r.edition() == Edition.V2019 ? TableType.APPLICATIONS_2019 : TableType.APPLICATIONS_2021)
        .orElseThrow();
  }

  private static String blankMarker(Rendered r) {
    String d = Samples.damage(r, "blank cells written as ");
    return d.substring(d.indexOf("written as ") + "written as ".length());
  }

  @Test
  void flattened_tables_are_on_one_line_with_glued_digit_runs() {
    int glued = 0;
    int spaced = 0;
    for (Edition e : List.of(Edition.V2019, Edition.V2021)) {
      for (int i = 0; i < 12; i++) {
        Report report = Samples.report(e, i);
        Rendered r = LayoutRenderer.of(LayoutFamily.FLATTENED).render(report, 1000L + i);
        String text = r.text();
        int start = text.indexOf(ApplicationRow.CORNER_NOTE);
        int end = text.indexOf(ApplicationRow.CARRIED_FORWARD.label());
        then(start).as(r.damage().toString()).isPositive();
        then(text.substring(start, end)).as("no line break inside section 三").doesNotContain("\n").doesNotContain("\t");
        Table t = applications(r.expected());
        String marker = blankMarker(r);
        if (!Samples.damage(r, "glued").isEmpty()) {
          glued++;
          String compact = text.replace(" ", "");
          List<TableRow> rows = t.rows();
          for (int k = 0; k < rows.size(); k++) {
            String values = joined(t, rows.get(k), marker, "");
            then(compact).as(rows.get(k).key()).contains(rows.get(k).label() + values);
            if (k + 1 < rows.size() && sameGroup(rows.get(k), rows.get(k + 1))) {
              String last = values.substring(values.length() - cellText(t, rows.get(k), ApplicantColumnLast.get(), marker).length());
              then(compact).as("next row's numbering glued to the digits").contains(last + rows.get(k + 1).label());
            }
          }
        } else {
          spaced++;
          for (TableRow row : t.rows()) {
            then(text).contains(row.label() + " " + joined(t, row, marker, " "));
          }
        }
      }
    }
    then(glued).isPositive();
    then(spaced).isPositive();
  }

  /** True if the second row continues the first one's sub-group, so no group label comes between them. */
  private static boolean sameGroup(TableRow a, TableRow b) {
    ApplicationRow x = (ApplicationRow) a;
    ApplicationRow y = (ApplicationRow) b;
    return x.category().isPresent() && x.category().equals(y.category());
  }

  /** The last applicant column (总计). */
  private static final class ApplicantColumnLast {
    static TableColumn get() {
      return io.github.ogireport.model.ApplicantColumn.TOTAL;
    }
  }

  private static String cellText(Table t, TableRow row, TableColumn c, String marker) {
    return t.cell(row, c).isBlank() ? marker : Samples.text(t.cell(row, c));
  }

  private static String joined(Table t, TableRow row, String marker, String separator) {
    List<String> cells = new ArrayList<>();
    for (TableColumn c : t.columns()) {
      cells.add(cellText(t, row, c, marker));
    }
    return String.join(separator, cells);
  }

  @Test
  void markdown_has_pipe_rows_separators_and_fragments() {
    int placeholders = 0;
    int detached = 0;
    int truncated = 0;
    int wrongHeaders = 0;
    for (Edition e : Edition.values()) {
      for (int i = 0; i < 10; i++) {
        Report report = Samples.report(e, i);
        Rendered r = LayoutRenderer.of(LayoutFamily.MARKDOWN).render(report, 50L + i);
        List<String> lines = Arrays.asList(r.text().split("\n"));
        long separators = lines.stream().filter(l -> SEPARATOR.matcher(l).matches()).count();
        long pipes = lines.stream().filter(l -> l.startsWith("| ") && l.endsWith(" |")).count();
        then(separators).as("more pipe tables than tables: fragments").isGreaterThan(report.tables().size());
        then(pipes).isGreaterThanOrEqualTo(report.tables().values().stream().mapToLong(t -> t.rows().size()).sum());
        then(lines.stream().anyMatch(l -> FOOTER.matcher(l).matches())).isTrue();
        if (e != Edition.LEGACY) {
          then(lines).anyMatch(l -> l.equals("## " + ReportSection.APPLICATIONS.label()) || l.equals(ReportSection.APPLICATIONS.label()));
        }
        // a footer inside a table: between two pipe rows
        boolean footerInside = false;
        for (int k = 1; k + 1 < lines.size(); k++) {
          footerInside |= FOOTER.matcher(lines.get(k)).matches() && lines.get(k - 1).startsWith("|")
              && lines.subList(k + 1, Math.min(lines.size(), k + 5)).stream().anyMatch(l -> l.startsWith("|"));
        }
        then(footerInside).as(r.damage().toString()).isTrue();
        placeholders += r.text().contains("| " + MarkdownLayout.PLACEHOLDER + "1 |") ? 1 : 0;
        detached += Samples.damage(r, "detached").isEmpty() ? 0 : 1;
        truncated += Samples.damage(r, "truncated").isEmpty() ? 0 : 1;
        wrongHeaders += Samples.damage(r, "wrong header").isEmpty() ? 0 : 1;
        for (String d : r.damage()) {
          if (d.startsWith("markdown: label detached from its values: ")) {
            String label = d.substring("markdown: label detached from its values: ".length());
            then(lines).as("detached label on its own line(s)").anyMatch(l -> !l.startsWith("|") && label.startsWith(l));
          }
        }
      }
    }
    then(placeholders).isPositive();
    then(detached).isPositive();
    then(truncated).isPositive();
    then(wrongHeaders).isPositive();
  }

  @Test
  void detached_prints_the_labels_before_the_value_rows() {
    for (Edition e : List.of(Edition.V2019, Edition.V2021)) {
      for (int i = 0; i < 8; i++) {
        Rendered r = LayoutRenderer.of(LayoutFamily.DETACHED).render(Samples.report(e, i), 7L + i);
        List<String> lines = Arrays.asList(r.text().split("\n"));
        Table t = applications(r.expected());
        int firstLabel = lines.indexOf(ApplicationRow.NEW_RECEIVED.label());
        int lastLabel = lines.indexOf(ApplicationRow.CARRIED_FORWARD.label());
        then(firstLabel).isPositive();
        then(lastLabel).isGreaterThan(firstLabel);
        String marker = blankMarker(r);
        String values = joined(t, ApplicationRow.CARRIED_FORWARD, marker, " ");
        int valueLine = -1;
        for (int k = 0; k < lines.size(); k++) {
          if (lines.get(k).replace('\t', ' ').equals(values)) {
            valueLine = k;
          }
        }
        then(valueLine).as("the last row's values on a line of their own after the labels").isGreaterThan(lastLabel);
        if (Samples.damage(r, "applications").contains("blocks")) {
          continue;
        }
        for (TableRow row : t.rows()) {
          int at = lines.indexOf(row.label());
          then(at).as(row.key()).isBetween(firstLabel, lastLabel);
        }
        String firstValues = joined(t, ApplicationRow.NEW_RECEIVED, marker, " ");
        then(lines.get(lastLabel + 1).replace('\t', ' ')).isEqualTo(firstValues);
      }
    }
  }

  @Test
  void page_breaks_fall_inside_tables_and_repeat_the_section_3_header() {
    int repeated = 0;
    for (Edition e : Edition.values()) {
      for (int i = 0; i < 10; i++) {
        Report report = Samples.report(e, i);
        Rendered r = LayoutRenderer.of(LayoutFamily.PAGE_BREAKS).render(report, 300L + i);
        List<String> lines = Arrays.asList(r.text().split("\n", -1));
        Table largest = report.tableList().stream().max((a, b) -> a.rows().size() - b.rows().size()).orElseThrow();
        int first = indexStartingWith(lines, largest.rows().get(0).label(), 0);
        int last = indexStartingWith(lines, largest.rows().get(largest.rows().size() - 1).label(), first);
        then(first).isPositive();
        boolean brk = false;
        for (String l : lines.subList(first, last)) {
          brk |= FOOTER.matcher(l).matches() || l.equals("\f") || l.matches("[0-9]+");
        }
        then(brk).as("a page break inside " + largest.type().key() + " " + r.damage()).isTrue();
        if (!Samples.damage(r, "header repeated").isEmpty()) {
          repeated++;
          then(r.text().split(Pattern.quote(ApplicationRow.CORNER_NOTE), -1).length - 1).isGreaterThanOrEqualTo(2);
        }
      }
    }
    then(repeated).isPositive();
  }

  private static int indexStartingWith(List<String> lines, String prefix, int from) {
    for (int k = from; k < lines.size(); k++) {
      if (lines.get(k).startsWith(prefix) || lines.get(k).contains("\t" + prefix)) {
        return k;
      }
    }
    return -1;
  }

  @Test
  void label_noise_damages_labels_and_headings_but_not_values() {
    int headingsDamaged = 0;
    for (Edition e : List.of(Edition.V2019, Edition.V2021)) {
      for (int i = 0; i < 10; i++) {
        Report report = Samples.report(e, i);
        Rendered r = LayoutRenderer.of(LayoutFamily.LABEL_NOISE).render(report, 40L + i);
        Rendered clean = LayoutRenderer.of(LayoutFamily.OFFICIAL).render(report, 40L + i);
        then(r.text()).isNotEqualTo(clean.text());
        Table t = applications(report);
        long intact = t.rows().stream().filter(row -> r.text().contains(row.label() + "\t")).count();
        then(intact).as("some labels are damaged: " + r.damage()).isLessThan(t.rows().size());
        // the values of every row are untouched: the clean line's value cells end some noisy line
        // (blank cells compared as empty: the noisy text may leave them empty)
        List<String> noisy = Arrays.stream(r.text().split("\n")).map(l -> l.replace("—", "")).toList();
        for (String line : clean.text().split("\n")) {
          String first = line.split("\t", -1)[0];
          if (t.rows().stream().anyMatch(row -> row.label().equals(first))) {
            String values = line.substring(line.lastIndexOf(first) + first.length()).replace("—", "");
            then(noisy).anyMatch(l -> l.endsWith(values));
          }
        }
        for (ReportSection s : ReportSection.values()) {
          if (!s.label().isEmpty() && clean.text().contains(s.label() + "\n") && !r.text().contains(s.label() + "\n")) {
            headingsDamaged++;
          }
        }
      }
    }
    then(headingsDamaged).isPositive();
  }
}
