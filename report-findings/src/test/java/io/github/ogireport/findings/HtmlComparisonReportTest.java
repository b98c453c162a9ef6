package io.github.ogireport.findings;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.compare.ReportComparator;
import io.github.ogireport.validation.compare.ReportComparison;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** {@link HtmlComparisonReport}: two generated years of one agency side by side. */
final class HtmlComparisonReportTest {
  private static final TableType APPS = TableType.APPLICATIONS_2021;
  private static final String CARRIED_OVER = "/tables/applications_2021/rows/carried_over/total";
  private static final String CARRIED_FORWARD = "/tables/applications_2021/rows/carried_forward/total";

  /** The 2022 and 2023 reports of one generated agency (2021 format; the cross-year identities hold). */
  private static List<Report> years() {
    return ReportGenerator.builder().seed(5).build().series(0, 2022, 2);
  }

  private static String render(Report previous, Report current) {
    ReportComparison cmp = ReportComparator.standard().compare(previous, current);
    return HtmlComparisonReport.standard().render(cmp, "2022.json", "2023.json");
  }

  private static Report with(Report r, Table t) {
    return r.toBuilder().table(t).build();
  }

  /** The value a side shows for a cell: the cell as printed, 空 for a blank one. */
  private static String shown(Cell c) {
    return c.isBlank() ? "空blank" : c.toString();
  }

  @Test
  void every_cell_shows_both_years_and_the_change_and_changed_cells_are_marked() {
    List<Report> years = years();
    Table before = years.get(0).table(APPS).orElseThrow();
    // a known change: 本年新收 总计 is 7 more than last year
    long received = before.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).longValue();
    Table now = years.get(1).table(APPS).orElseThrow().toBuilder()
        .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, received + 7).build();
    Document page = Jsoup.parse(render(years.get(0), with(years.get(1), now)));

    Element table = page.selectFirst("table.compare[data-table=applications_2021]");
    then(table).isNotNull();
    Elements tds = table.select("td[data-row=new_received][data-col=total]");
    then(tds).hasSize(3);
    then(tds.get(0).hasClass("p")).isTrue();
    then(tds.get(0).text()).isEqualTo(Long.toString(received));
    then(tds.get(1).text()).isEqualTo(Long.toString(received + 7));
    then(tds.get(2).selectFirst(".abs").text()).isEqualTo("+7");
    if (received != 0) {
      then(tds.get(2).selectFirst(".rel")).isNotNull();
    }
    then(tds.eachAttr("data-change")).containsOnly("up");
    then(tds).allMatch(td -> td.hasClass("changed"));
    then(tds.get(1).attr("data-cell")).isEqualTo("/tables/applications_2021/rows/new_received/total");

    // every cell of the table: the values of the two reports, and changed exactly where they differ
    int differ = 0;
    for (TableRow row : now.rows()) {
      for (TableColumn col : now.columns()) {
        Cell p = before.cell(row, col);
        Cell c = now.cell(row, col);
        Elements cell = table.select("td[data-row=" + row.key() + "][data-col=" + col.key() + "]");
        then(cell.get(0).text()).as(row.key() + "/" + col.key()).isEqualTo(shown(p));
        then(cell.get(1).text()).as(row.key() + "/" + col.key()).isEqualTo(shown(c));
        boolean changed = !p.equals(c);
        differ += changed ? 1 : 0;
        then(cell.get(1).hasClass("changed")).as(row.key() + "/" + col.key()).isEqualTo(changed);
        if (!changed) {
          then(cell.get(2).attr("data-change")).isEqualTo("same");
        } else if (!p.isBlank() && !c.isBlank()) {
          then(cell.get(2).attr("data-change")).isEqualTo(c.longValue() > p.longValue() ? "up" : "down");
          then(cell.get(2).selectFirst(".abs").text())
              .isEqualTo((c.longValue() > p.longValue() ? "+" : "") + (c.longValue() - p.longValue()));
        }
      }
    }
    then(differ).isGreaterThan(1);
    then(table.select("td.c.changed")).hasSize(differ);
    then(page.selectFirst(".summary .agency.current").text()).isEqualTo(years.get(1).metadata().agency());
    then(page.selectFirst(".summary .year.previous").text()).isEqualTo("2022");
    then(page.selectFirst(".summary .year.current").text()).isEqualTo("2023");
    then(page.selectFirst(".summary .edition.current").attr("data-edition")).isEqualTo("2021");
    then(Integer.parseInt(page.selectFirst(".totals .changed-cells").text()))
        .isEqualTo(page.select("td.c.changed").size());
    then(page.selectFirst(".totals .errors").text()).isEqualTo("0");
    then(page.select("[data-rule]")).isEmpty();
  }

  @Test
  void blank_and_absent_sides_are_shown_and_a_change_to_blank_has_no_number() {
    List<Report> years = years();
    Table now = years.get(1).table(APPS).orElseThrow().toBuilder()
        .blank(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).build();
    Document page = Jsoup.parse(render(years.get(0), with(years.get(1), now)));
    Elements tds = page.select("td[data-row=new_received][data-col=total]");
    then(tds.get(1).hasClass("blank")).isTrue();
    then(tds.get(1).selectFirst(".zh").text()).isEqualTo("空");
    then(tds.eachAttr("data-change")).containsOnly("blank");
    then(tds.get(2).text()).isEmpty();

    // 2020 (2019 format) → 2021 (2021 format): section 二's tables differ, cells one year does not have are —
    List<Report> acrossEditions = ReportGenerator.builder().seed(5).build().series(0, 2020, 2);
    Document across = Jsoup.parse(render(acrossEditions.get(0), acrossEditions.get(1)));
    Elements absent = across.select("td.p.absent");
    then(absent).isNotEmpty();
    then(absent).allMatch(td -> td.text().equals("—") && !td.hasAttr("data-cell"));
    then(across.select("td.c.absent")).allMatch(td -> td.text().equals("—"));
  }

  @Test
  void a_carried_over_total_that_is_not_last_years_carried_forward_is_marked_in_both_years() {
    List<Report> years = years();
    Table t = years.get(1).table(APPS).orElseThrow();
    long carried = t.cell(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL).longValue();
    Report broken = with(years.get(1),
        t.toBuilder().count(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, carried + 1).build());
    Document page = Jsoup.parse(render(years.get(0), broken));

    Element current = page.selectFirst("td.c[data-cell='" + CARRIED_OVER + "']");
    then(current.attr("data-rule")).isEqualTo("cross-year.carry-over");
    then(current.hasClass("hl")).isTrue();
    then(current.hasClass("sev-error")).isTrue();
    Element previous = page.selectFirst("td.p[data-cell='" + CARRIED_FORWARD + "']");
    then(previous.attr("data-rule")).isEqualTo("cross-year.carry-over");
    then(page.select("td.c[data-rule]")).hasSize(1);

    Element item = page.selectFirst("li.finding[data-code='cross-year.carry-over']");
    then(item).isNotNull();
    then(current.attr("data-findings")).isEqualTo(item.id());
    then(item.selectFirst(".reported b").text()).isEqualTo(Long.toString(carried + 1));
    then(item.selectFirst(".computed b").text()).isEqualTo(Long.toString(carried));
    then(item.selectFirst(".message .zh").text()).isNotBlank();
    then(item.selectFirst(".message .en").text()).isNotBlank();
    then(item.selectFirst(".previous code").text()).contains(CARRIED_FORWARD);
    then(page.selectFirst(".totals .errors").text()).isEqualTo("1");
  }

  @Test
  void report_text_is_escaped() {
    String hostile = "<script>alert('x')</script>&\"人民政府\"<img src=x onerror=alert(1)>";
    List<Report> years = years();
    Report previous = years.get(0).toBuilder()
        .metadata(years.get(0).metadata().toBuilder().agency(hostile).build()).build();
    String html = HtmlComparisonReport.standard().render(
        ReportComparator.standard().compare(previous, years.get(1)), "<b>2022</b>.json", "2023.json");
    Document page = Jsoup.parse(html);

    then(page.select("script")).hasSize(1); // the page's own
    then(page.select("img")).isEmpty();
    then(page.selectFirst(".summary .agency.previous").text()).isEqualTo(hostile);
    then(page.selectFirst(".summary .source.previous").text()).isEqualTo("<b>2022</b>.json");
    then(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)");
    then(page.selectFirst(".note.agencies-differ")).isNotNull();
  }

  @Test
  void the_same_comparison_gives_the_same_page_whatever_the_locale_and_time_zone() {
    List<Report> years = years();
    String first = render(years.get(0), years.get(1));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      then(render(years.get(0), years.get(1))).isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
