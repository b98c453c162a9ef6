package io.github.ogireport.findings;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FindingsCsvWriterTest {
  private static final FindingsCsvWriter CSV = FindingsCsvWriter.create();

  private static FindingsTable.Row row(String agency, String messageZh, String messageEn, BigDecimal difference) {
    return new FindingsTable.Row("a.txt", FindingsTable.Origin.VALIDATION, agency, Optional.of(2020), "2019",
        "review.total", "ERROR", "/tables/review_litigation/rows/review/total",
        List.of("/tables/review_litigation/rows/review/total", "/tables/review_litigation/rows/review/upheld"),
        Optional.of(BigDecimal.valueOf(9)), Optional.of(BigDecimal.valueOf(18)), Optional.ofNullable(difference),
        messageZh, messageEn);
  }

  private static String csv(FindingsTable.Row... rows) throws Exception {
    StringBuilder sb = new StringBuilder();
    CSV.writeHeader(sb);
    CSV.writeRows(List.of(rows), sb);
    return sb.toString();
  }

  /** A small RFC 4180 parser written for the test: records of fields. */
  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        then(c).as("bare CR, LF or quote at " + i).isNotIn('\r', '\n', '"');
        field.append(c);
      }
      i++;
    }
    then(field.length() == 0 && record.isEmpty()).as("the last line ends with CRLF").isTrue();
    return records;
  }

  @Test
  void starts_with_a_byte_order_mark_and_the_header() throws Exception {
    String text = csv();

    then(text).startsWith("\uFEFFsource,origin,agency,year,edition,rule,severity,location,cells,reported,computed,"
        + "difference,message_zh,message_en\r\n");
    byte[] bytes = CSV.write(FindingsTable.of(List.of()));
    then(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void commas_quotes_and_line_breaks_are_quoted_and_read_back() throws Exception {
    String agency = "某县\"人民\",政府";
    String zh = "第一行\r\n第二行\n第三行";
    String en = "a, \"b\"";
    String text = csv(row(agency, zh, en, BigDecimal.valueOf(-9)));

    List<List<String>> records = parse(text.substring(1));

    then(records).hasSize(2);
    List<String> r = records.get(1);
    then(r).hasSize(FindingsTable.COLUMNS.size());
    then(r.get(2)).isEqualTo(agency);
    then(r.get(12)).isEqualTo(zh);
    then(r.get(13)).isEqualTo(en);
    then(r.get(8)).isEqualTo("/tables/review_litigation/rows/review/total; /tables/review_litigation/rows/review/upheld");
    then(text).contains(",\"某县\"\"人民\"\",政府\",");
  }

  @Test
  void text_that_a_spreadsheet_would_evaluate_is_neutralised_but_numbers_keep_their_sign() throws Exception {
    List<List<String>> records = parse(csv(
        row("=HYPERLINK(\"http://x\",\"y\")", "+1 件", "-cmd|' /C calc'!A0", BigDecimal.valueOf(-9)),
        row("@SUM(A1)", "\tTab", "\rCR", null)).substring(1));

    List<String> first = records.get(1);
    then(first.get(2)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    then(first.get(12)).isEqualTo("'+1 件");
    then(first.get(13)).isEqualTo("'-cmd|' /C calc'!A0");
    then(first.get(11)).isEqualTo("-9");
    then(first.get(3)).isEqualTo("2020");
    List<String> second = records.get(2);
    then(second.get(2)).isEqualTo("'@SUM(A1)");
    then(second.get(12)).isEqualTo("'\tTab");
    then(second.get(13)).isEqualTo("'\rCR");
    then(second.get(11)).isEmpty();
    for (List<String> r : records.subList(1, records.size())) {
      for (int c = 0; c < r.size(); c++) {
        if (c != 11) {
          then(r.get(c)).as(FindingsTable.COLUMNS.get(c)).doesNotStartWith("=").doesNotStartWith("+")
              .doesNotStartWith("-").doesNotStartWith("@");
        }
      }
    }
  }

  @Test
  void an_unreadable_input_is_one_row() {
    FindingsTable table = FindingsTable.of(List.of(CheckedReport.unreadable("gone.pdf", "no such file: gone.pdf")));

    List<List<String>> records = parse(new String(CSV.write(table), StandardCharsets.UTF_8).substring(1));

    then(records).hasSize(2);
    then(records.get(1)).containsExactly("gone.pdf", "input", "", "", "", FindingsTable.UNREADABLE_CODE, "ERROR", "",
        "", "", "", "", "no such file: gone.pdf", "no such file: gone.pdf");
  }

  @Test
  void the_samples_give_one_line_per_finding_and_the_same_bytes_twice() {
    List<CheckedReport> reports = new ArrayList<>();
    int expected = 0;
    for (String name : Samples.names()) {
      CheckedReport c = Samples.check(name);
      reports.add(c);
      expected += c.validation().orElseThrow().findings().size() + c.read().orElseThrow().findings().size();
    }

    byte[] bytes = CSV.write(FindingsTable.of(reports));
    String text = new String(bytes, StandardCharsets.UTF_8);

    then(parse(text.substring(1))).hasSize(1 + expected);
    then(CSV.write(FindingsTable.of(reports))).isEqualTo(bytes);
    then(text).contains("seed-004-zhangdian-2020.txt,validation,张店区人民政府,2020,2019,review.total,ERROR,"
        + "/tables/review_litigation/rows/review/total,");
    then(text).contains(",9,18,-9,");
  }
}
