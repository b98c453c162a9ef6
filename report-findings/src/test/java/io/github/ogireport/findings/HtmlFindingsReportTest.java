package io.github.ogireport.findings;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

final class HtmlFindingsReportTest {
  private static final HtmlFindingsReport HTML = HtmlFindingsReport.standard();
  private static final String REVIEW = "/tables/review_litigation/rows/review/";

  private static Document parse(String html) {
    return Jsoup.parse(html);
  }

  @Test
  void seed_004_marks_the_review_total_and_the_four_parts_it_sums() {
    Document page = parse(HTML.render(Samples.check("seed-004-zhangdian-2020.txt")));

    Elements total = page.select("td[data-rule=review.total].role-total");
    then(total).hasSize(1);
    then(total.attr("data-cell")).isEqualTo(REVIEW + "total");
    then(total.text()).isEqualTo("9");
    then(total.hasClass("hl")).isTrue();
    for (String part : List.of("upheld", "corrected", "other", "pending")) {
      Element cell = page.selectFirst("td[data-cell=" + REVIEW + part + "]");
      then(cell).as(part).isNotNull();
      then(cell.hasClass("hl")).as(part).isTrue();
      then(cell.attr("data-rule").split(" ")).as(part).contains("review.total");
    }
    then(page.select("td.hl")).hasSize(5);
    then(page.select("td[data-cell=" + REVIEW + "upheld]").text()).isEqualTo("14");
  }

  @Test
  void the_finding_at_a_marked_cell_lists_rule_numbers_and_both_messages() {
    Document page = parse(HTML.render(Samples.check("seed-004-zhangdian-2020.txt")));

    Element total = page.selectFirst("td[data-cell=" + REVIEW + "total]");
    Element finding = page.getElementById(total.attr("data-findings"));
    then(finding).isNotNull();
    then(finding.attr("data-code")).isEqualTo("review.total");
    then(finding.select(".reported b").text()).isEqualTo("9");
    then(finding.select(".computed b").text()).isEqualTo("18");
    then(finding.select(".difference b").text()).isEqualTo("-9");
    then(finding.select(".message .zh").text()).isNotBlank().containsPattern("\\p{IsHan}");
    then(finding.select(".message .en").text()).isNotBlank().doesNotContainPattern("^\\p{IsHan}");
    then(page.select(".summary .errors").text()).isEqualTo("1");
    then(page.select(".summary .agency").text()).isEqualTo("张店区人民政府");
    then(page.select(".summary .year").text()).isEqualTo("2020");
    then(page.select(".summary .edition").attr("data-edition")).isEqualTo("2019");
    then(page.select("section.report").attr("data-status")).isEqualTo("errors");
  }

  @Test
  void a_consistent_sample_has_no_marked_cell() {
    CheckedReport checked = Samples.check("f01-huaian-2024.layout.txt");
    then(checked.findings()).isEmpty();
    then(checked.readerFindings()).isEmpty();

    Document page = parse(HTML.render(checked));

    then(page.select("td.v")).hasSizeGreaterThan(150);
    then(page.select("td.hl, [data-rule], [data-reader]")).isEmpty();
    then(page.select("section.report").attr("data-status")).isEqualTo("ok");
  }

  @Test
  void generated_valid_reports_of_every_edition_have_no_marked_cell_and_every_cell_drawn_once() {
    ReportValidator validator = ReportValidator.standard();
    for (Edition edition : Edition.values()) {
      ReportGenerator generator = ReportGenerator.builder().seed(12).edition(edition).build();
      for (long i = 0; i < 3; i++) {
        Report report = generator.generate(i);
        ValidationResult result = validator.validate(report);
        then(result.findings()).as(edition + " " + i).isEmpty();

        Document page = parse(HTML.render(CheckedReport.of("generated-" + i, report, result)));

        then(page.select("td.hl")).as(edition + " " + i).isEmpty();
        List<String> drawn = page.select("td[data-cell]").eachAttr("data-cell");
        then(drawn).as(edition + " " + i).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cells(report));
      }
    }
  }

  /** The cells the official layout prints: all of them, but a legacy 累计 column only when it is filled. */
  private static List<String> cells(Report report) {
    List<String> paths = new ArrayList<>();
    for (Table t : report.tableList()) {
      boolean cumulative = false;
      for (TableRow r : t.rows()) {
        cumulative |= t.type() == TableType.LEGACY_STATISTICS && !t.cell(r, LegacyColumn.CUMULATIVE).isBlank();
      }
      for (TableRow r : t.rows()) {
        for (TableColumn c : t.columns()) {
          if (c == LegacyColumn.CUMULATIVE && !cumulative) {
            continue;
          }
          paths.add(CellRef.of(t.type(), r, c).path());
        }
      }
    }
    return paths;
  }

  @Test
  void reader_findings_are_shown_at_their_cells_and_in_a_list() {
    CheckedReport checked = Samples.check("seed-001-xiangyun-2020.txt");
    List<ReaderFinding> withCells = checked.readerFindings().stream().filter(f -> !f.cells().isEmpty()).toList();
    then(withCells).isNotEmpty();

    Document page = parse(HTML.render(checked));

    for (ReaderFinding f : withCells) {
      for (CellRef c : f.cells()) {
        Element cell = page.selectFirst("td[data-cell=" + c.path() + "]");
        then(cell).as(c.path()).isNotNull();
        then(cell.hasClass("hl")).isTrue();
        then(cell.attr("data-reader").split(" ")).contains(f.code());
      }
    }
    then(page.select("ol.reader-findings > li")).hasSize(checked.readerFindings().size());
    then(page.select("ol.findings > li")).hasSize(checked.findings().size());
  }

  @Test
  void rules_not_evaluable_are_explained_one_row_per_rule() {
    CheckedReport checked = Samples.check("seed-003-jincheng-2020.txt");
    ValidationResult result = checked.validation().orElseThrow();
    Set<String> rules = new TreeSet<>();
    result.notEvaluable().forEach(n -> rules.add(n.ruleId()));
    then(rules).isNotEmpty();

    Document page = parse(HTML.render(checked));

    Elements rows = page.select("details.not-evaluable table.ne tbody tr");
    then(new TreeSet<>(rows.eachAttr("data-code"))).isEqualTo(rules);
    then(rows).hasSize(rules.size());
    then(page.select("details.not-evaluable p .zh").text()).contains("空白不等于零");
    then(page.select(".summary .not-evaluable").text()).isEqualTo(Integer.toString(result.notEvaluable().size()));
  }

  @Test
  void findings_without_cells_are_listed() {
    CheckedReport checked = Samples.check("f03-hongze-2024.layout.txt");
    long withoutCells = checked.findings().stream().filter(f -> f.cells().isEmpty()).count();
    then(withoutCells).isPositive();

    Document page = parse(HTML.render(checked));

    then(page.select("ol.findings > li")).hasSize(checked.findings().size());
    then(page.select("ol.findings > li .where .zh:contains(不对应单元格)")).hasSize((int) withoutCells);
  }

  @Test
  void a_custom_legacy_row_is_drawn_with_its_label_and_its_finding_marked() {
    CustomRow extra = CustomRow.of("extra_requests", "其中：来信申请数", Optional.of("件"));
    Table table = Table.builder(TableType.LEGACY_STATISTICS)
        .count(LegacyIndicator.L1_1, LegacyColumn.VALUE, 3)
        .addCustomRow(extra)
        .count(extra, LegacyColumn.VALUE, 10)
        .count(extra, LegacyColumn.CUMULATIVE, 5)
        .build();
    Report report = Report.builder()
        .metadata(ReportMetadata.of("某县人民政府", 2017))
        .edition(Edition.LEGACY)
        .table(table)
        .build();
    ValidationResult result = ReportValidator.standard().validate(report);
    then(result.findings("legacy.custom-value-within-cumulative")).hasSize(1);

    Document page = parse(HTML.render(CheckedReport.of("custom", report, result)));

    then(page.select("table.form td.label:containsOwn(其中：来信申请数)")).hasSize(1);
    Element value = page.selectFirst("td[data-cell=/tables/legacy_statistics/rows/extra_requests/value]");
    then(value).isNotNull();
    then(value.text()).isEqualTo("10");
    then(value.attr("data-rule").split(" ")).contains("legacy.custom-value-within-cumulative");
    then(page.selectFirst("td[data-cell=/tables/legacy_statistics/rows/extra_requests/cumulative]").hasClass("hl"))
        .isTrue();
  }

  @Test
  void hostile_text_is_escaped() {
    String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>&amp;";
    Report valid = ReportGenerator.builder().seed(3).edition(Edition.V2021).build().generate(0);
    Report report = valid.toBuilder()
        .metadata(valid.metadata().toBuilder().agency(hostile).title(hostile).build())
        .table(valid.table(TableType.REVIEW_LITIGATION).orElseThrow().toBuilder()
            .count(ReviewRow.REVIEW, io.github.ogireport.model.ReviewColumn.TOTAL, 999_999)
            .build())
        .build();
    ValidationResult result = ReportValidator.standard().validate(report);
    then(result.findings()).isNotEmpty();
    CheckedReport a = CheckedReport.of(hostile, report, result);

    String html = HTML.render(List.of(a, a));
    Document page = parse(html);

    then(html).doesNotContain("<script>alert").doesNotContain("<img");
    then(page.select("script")).hasSize(1);
    then(page.select("img, [onerror]")).isEmpty();
    then(page.select(".summary .agency").first().text()).isEqualTo(hostile);
    then(page.select("table.index tbody td:eq(1)").first().text()).isEqualTo(hostile);
    then(page.select("h2").eachText()).contains(hostile);
  }

  @Test
  void the_same_reports_give_the_same_bytes() {
    List<CheckedReport> first = new ArrayList<>();
    List<CheckedReport> second = new ArrayList<>();
    for (String name : Samples.names()) {
      first.add(Samples.fresh(name));
      second.add(Samples.fresh(name));
    }

    then(HTML.render(second)).isEqualTo(HTML.render(first));
  }

  @Test
  void the_index_has_one_row_per_report_and_every_link_resolves() {
    List<CheckedReport> reports = new ArrayList<>();
    for (String name : Samples.names()) {
      reports.add(Samples.check(name));
    }
    reports.add(CheckedReport.unreadable("missing.txt", "no such file: missing.txt"));

    Document page = parse(HTML.render(reports));

    Elements rows = page.select("table.index.sortable tbody tr");
    then(rows).hasSize(reports.size());
    then(page.select("section.report")).hasSize(reports.size());
    for (int i = 0; i < rows.size(); i++) {
      Element link = rows.get(i).selectFirst("a[href]");
      then(link.attr("href")).startsWith("#");
      Element target = page.getElementById(link.attr("href").substring(1));
      then(target).as(link.attr("href")).isNotNull();
      then(target.tagName()).isEqualTo("section");
      then(link.text()).isEqualTo(reports.get(i).source());
      then(rows.get(i).select("td").get(4).attr("data-key"))
          .isEqualTo(Integer.toString(reports.get(i).status().ordinal()));
      then(rows.get(i).select("td").get(5).text()).isEqualTo(Integer.toString(reports.get(i).errors()));
    }
    then(page.select("table.index thead th[data-type]")).hasSize(8);
    then(page.select("section#report-" + reports.size()).attr("data-status")).isEqualTo("unreadable");
  }

  @Test
  void the_page_is_self_contained() {
    Document page = parse(HTML.render(List.of(Samples.check("seed-004-zhangdian-2020.txt"),
        Samples.check("seed-002-gaocheng-2018-legacy.txt"))));

    then(page.select("link, img, iframe, object, embed, script[src], [src]")).isEmpty();
    then(page.select("style")).hasSize(1);
    then(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    then(page.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    then(page.select("style").html()).contains("@media print");
    then(page.select("#lang-toggle")).hasSize(1);
  }

  @Test
  void every_text_is_given_in_both_languages() {
    Document page = parse(HTML.render(Samples.check("seed-004-zhangdian-2020.txt")));

    Elements zh = page.select("span.zh");
    Elements en = page.select("span.en");
    then(zh).hasSameSizeAs(en).isNotEmpty();
    for (Element z : zh) {
      Element next = z.nextElementSibling();
      then(next).isNotNull();
      then(next.hasClass("en")).as(z.text()).isTrue();
    }
  }
}
