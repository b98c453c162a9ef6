package io.github.ogireport.io;

import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reproducers of reading defects: each failed before its fix. */
class ReliabilityReproducersTest {

  /** A 2021 section 三 with the given first row (seven values after the label). */
  static List<String> section3(String newReceivedValues) {
    List<String> lines = new ArrayList<>(List.of(
        "示例县人民政府2023年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        "一、本年新收政府信息公开申请数量\t" + newReceivedValues,
        "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2",
        "三、本年度办理结果\t（一）予以公开\t10\t2\t0\t0\t0\t0\t12",
        "（七）总计\t30\t3\t0\t0\t1\t0\t34",
        "四、结转下年度继续办理\t2\t2\t0\t0\t0\t0\t4",
        "五、存在的主要问题及改进情况",
        "无。"));
    return lines;
  }

  static String html(List<String> lines) {
    StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    boolean inTable = false;
    for (String line : lines) {
      if (line.indexOf('\t') < 0) {
        if (inTable) {
          sb.append("</table>");
          inTable = false;
        }
        sb.append("<p>").append(line).append("</p>");
        continue;
      }
      if (!inTable) {
        sb.append("<table>");
        inTable = true;
      }
      sb.append("<tr>");
      for (String cell : line.split("\t", -1)) {
        sb.append("<td>").append(cell).append("</td>");
      }
      sb.append("</tr>");
    }
    if (inTable) {
      sb.append("</table>");
    }
    return sb.append("</body></html>").toString();
  }

  private static Cell newReceived(ReadResult r, ApplicantColumn c) {
    return r.report().tables().entrySet().stream().filter(e -> e.getKey().name().startsWith("APPLICATIONS"))
        .findFirst().orElseThrow().getValue().cell(ApplicationRow.NEW_RECEIVED, c);
  }

  @Test
  void arabic_indic_and_devanagari_digits_read_as_their_values_in_text_and_html() {
    List<String> arabic = section3("٣٠\t٥\t٠\t٠\t١\t٠\t٣٦");
    List<String> devanagari = section3("३०\t५\t०\t०\t१\t०\t३६");
    for (List<String> lines : List.of(arabic, devanagari)) {
      ReadResult text = TextReportReader.lenient().read(String.join("\n", lines));
      ReadResult page = HtmlReportReader.lenient().read(html(lines));
      for (ReadResult r : List.of(text, page)) {
        then(newReceived(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(30));
        then(newReceived(r, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(5));
        then(newReceived(r, ApplicantColumn.LEGAL_SERVICE_INSTITUTION)).isEqualTo(Cell.of(1));
        then(newReceived(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(36));
      }
    }
  }

  static String section2(String item, String header, String row) {
    return "某镇2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（" + item + "）项\n信息内容\t"
        + header + "\n" + row + "\n五、存在的主要问题及改进情况\n无。\n";
  }

  static Cell licensing(ReadResult r) {
    return r.report().table(TableType.ITEM5_2021).orElseThrow()
        .cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS_THIS_YEAR);
  }

  static Cell procurement(ReadResult r) {
    return r.report().tables().entrySet().stream().filter(e -> e.getKey().name().startsWith("ITEM9"))
        .findFirst().orElseThrow().getValue()
        .cell(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"137163件次|137163", "137163（项）|137163", "13.7万|137000", "137163*|137163",
      "1.37万件|13700", "137163①|137163"})
  void a_count_with_a_unit_or_a_footnote_mark_is_read_with_the_unit_applied(String printed, long value) {
    ReadResult r = TextReportReader.lenient().read(section2("五", "本年处理决定数量", "行政许可\t" + printed));

    then(licensing(r)).isEqualTo(Cell.of(value));
    then(r.findings()).extracting(ReaderFinding::code).doesNotContain("reader.empty-row", "reader.unplaced-number");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"¥4332.8|4332.8|YUAN", "4332.8千元|4332800|YUAN", "4332.8万元|4332.8|WAN_YUAN",
      "4332.8万|4332.8|WAN_YUAN"})
  void an_amount_with_a_currency_sign_or_unit_is_read_in_that_unit(String printed, String value, AmountUnit unit) {
    ReadResult r = TextReportReader.lenient().read(section2("九", "采购项目数量\t采购总金额", "政府集中采购\t5\t" + printed));

    then(procurement(r)).isEqualTo(Cell.amount(new BigDecimal(value), unit));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "行政许可\t约5422|五|本年处理决定数量|reader.approximate-value",
      "行政许可\t近5422|五|本年处理决定数量|reader.approximate-value",
      "行政许可\t5000余|五|本年处理决定数量|reader.approximate-value",
      "行政许可\t137,16|五|本年处理决定数量|reader.invalid-value",
      "行政许可\t13.75678万|五|本年处理决定数量|reader.invalid-value",
      "政府集中采购\t5\t约4332.8万元|九|采购项目数量\t采购总金额|reader.approximate-value",
      "政府集中采购\t5\t约为4332.8万元|九|采购项目数量\t采购总金额|reader.approximate-value"})
  void an_approximation_or_a_malformed_number_is_an_error_naming_its_cell_and_left_blank(String row, String item,
      String header, String code) {
    String text = section2(item.replace("\\t", "\t"), header.replace("\\t", "\t"), row.replace("\\t", "\t"));
    ReadResult r = TextReportReader.lenient().read(text);

    CellRef cell = item.equals("五")
        ? CellRef.of(TableType.ITEM5_2021, Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS_THIS_YEAR)
        : CellRef.of(r.report().tables().keySet().stream().filter(t -> t.name().startsWith("ITEM9")).findFirst()
            .orElseThrow(), Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT);
    then(r.report().table(cell.table()).orElseThrow().cell(cell.row(), cell.column())).isEqualTo(Cell.blank());
    then(r.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo(code);
      then(f.severity()).isEqualTo(Severity.ERROR);
      then(f.names(cell)).isTrue();
    });
    then(r.findings()).extracting(ReaderFinding::code).doesNotContain("reader.empty-row");
    then(catchThrowable(() -> TextReportReader.strict().read(text))).isInstanceOf(TableFormatException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"5422（件）|5422", "5422*|5422", "5422件|5422", "5422①|5422",
      "5422 件|5422"})
  void a_section_three_value_with_a_unit_or_footnote_mark_keeps_its_column(String printed, long value) {
    ReadResult r = TextReportReader.lenient().read(String.join("\n", section3(printed + "\t5\t0\t0\t1\t0\t5428")));

    then(newReceived(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(value));
    then(newReceived(r, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(5));
    then(newReceived(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(5428));
  }

  @Test
  void a_section_three_approximation_is_an_error_and_the_row_is_not_shifted() {
    ReadResult r = TextReportReader.lenient().read(String.join("\n", section3("约5422\t5\t0\t0\t1\t0\t5428")));

    then(newReceived(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.blank());
    then(newReceived(r, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(5));
    then(newReceived(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(5428));
    then(r.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.approximate-value");
      then(f.arguments()).contains("约5422");
    });
  }

  @Test
  void a_sup_or_sub_in_an_html_cell_is_a_footnote_mark_dropped_from_the_number_and_reported() {
    ReadResult r = HtmlReportReader.lenient().read(html(section3("<sup>1</sup>30\t5\t0\t0\t1\t0\t36<sub>2</sub>")));

    then(newReceived(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(30));
    then(newReceived(r, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(5));
    then(newReceived(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(36));
    then(r.findings()).filteredOn(f -> f.code().equals("reader.footnote-mark")).hasSize(2)
        .allSatisfy(f -> then(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void digits_in_a_button_select_svg_input_noscript_or_template_in_a_cell_are_reported_with_the_cell() {
    for (String hidden : List.of("<button>30</button>", "<select><option>30</option></select>",
        "<svg><text>30</text></svg>", "<input value=\"30\">", "<noscript>30</noscript>",
        "<template>30</template>")) {
      ReadResult r = HtmlReportReader.lenient().read(html(section3(hidden + "\t5\t0\t0\t1\t0\t36")));

      then(r.findings()).as(hidden).anySatisfy(f -> {
        then(f.code()).isEqualTo("reader.hidden-content");
        then(f.severity()).isEqualTo(Severity.WARNING);
        then(f.location()).isEqualTo(Location.ofHtmlCell(0, 3, 1));
      });
    }
  }

  @Test
  void a_utf16_page_without_bom_and_a_utf8_page_declared_latin1_are_read_with_an_encoding_finding() {
    String page = html(section3("30\t5\t0\t0\t1\t0\t36"));
    byte[] utf16 = page.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] latin1 = page.replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    for (byte[] bytes : List.of(utf16, latin1)) {
      ReadResult r = HtmlReportReader.lenient().read(bytes);

      then(newReceived(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(30));
      then(newReceived(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(36));
      then(r.findings()).anySatisfy(f -> {
        then(f.code()).isEqualTo("reader.encoding");
        then(f.severity()).isEqualTo(Severity.INFO);
      });
    }
  }

  // ------------------------------------------------------------------ fuzzing: errors on lines are located

  @Test
  void undecodable_text_is_refused_at_its_first_byte_that_is_not_utf8() {
    byte[] bytes = "第一行\n第二行 \u0001".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    bad[bytes.length] = (byte) 0xFF; // not UTF-8, and with the zero byte below not GB18030 either
    bad[bytes.length + 1] = (byte) 0x00;

    Throwable e = catchThrowable(() -> TextReportReader.lenient().read(bad));

    then(e).isInstanceOf(TableFormatException.class);
    then(((ReportException) e).location()).isEqualTo(Location.ofLine(2, 6));
  }

  @Test
  void html_with_bytes_that_are_not_utf8_names_the_line_of_the_first() {
    byte[] head = "<html><head><meta charset=\"utf-8\"></head>\n<body>\n<p>ab".getBytes(
        java.nio.charset.StandardCharsets.UTF_8);
    byte[] html = java.util.Arrays.copyOf(head, head.length + 1);
    html[head.length] = (byte) 0xC3; // a lead byte without its continuation

    ReadResult r = HtmlReportReader.lenient().read(html);

    then(r.findings()).filteredOn(f -> f.code().equals("html.malformed-bytes"))
        .singleElement().extracting(ReaderFinding::location).isEqualTo(Location.ofLine(3, 6));
  }

  @Test
  void json_in_an_encoding_jackson_cannot_detect_fails_on_its_first_line() {
    byte[] bytes = {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'}; // an unsupported UCS-4 byte order

    Throwable e = catchThrowable(() -> io.github.ogireport.io.json.ReportJson.standard().read(bytes));

    then(e).isInstanceOf(ReportFormatException.class);
    then(((ReportException) e).location().line()).isEqualTo(1);
  }

  @Test
  void two_numbers_in_one_html_cell_are_reported_not_silently_shifted_or_dropped() {
    io.github.ogireport.model.Report report = io.github.ogireport.generator.ReportGenerator.builder().seed(7)
        .edition(io.github.ogireport.model.Edition.V2019).build().generate(11);
    String html = io.github.ogireport.io.table.HtmlReportWriter.create().write(report);
    CellRef ref = CellRef.parse("/tables/applications_2019/rows/partially_granted/commercial_enterprise")
        .orElseThrow();
    String[] at = HtmlReportReader.lenient().read(html).provenance().get(ref).toString()
        .replaceAll("[^0-9]+", " ").strip().split(" ");
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    org.jsoup.nodes.Element td = doc.select("table").get(Integer.parseInt(at[0])).select("tr")
        .get(Integer.parseInt(at[1])).children().get(Integer.parseInt(at[2]));
    td.text(td.text() + " 886");

    ReadResult r = HtmlReportReader.lenient().read(doc.outerHtml());

    then(r.findings()).as("%s", r.findings())
        .anySatisfy(f -> then(f.arguments().contains("886") || f.names(ref)).isTrue());
  }
}
