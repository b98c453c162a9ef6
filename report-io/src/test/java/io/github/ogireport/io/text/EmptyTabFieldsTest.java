package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tables copied out of a word processor or spreadsheet print one TAB-separated field per column and leave a
 * blank cell as an empty field: {@code 2.其他法律行政法规禁止公开⇥⇥0⇥0⇥0⇥⇥0⇥}. Such a row is not short of
 * cells; each field stands in its column, trailing empty fields included. These cases gave wrong values
 * (shifted rows, a page number taken for a total) before the reader recognised such tables.
 */
final class EmptyTabFieldsTest {
  private static final int REPORTS = 40;

  private static Report generated(Edition edition, BlankStyle blanks, int index) {
    return ReportGenerator.builder().seed(77L).edition(edition).blanks(blanks).build().generate(index);
  }

  /** The official layout with every blank marker of a TAB-separated line written as an empty field. */
  private static String emptyFields(Report r) {
    return TextReportWriter.write(r).lines().map(line -> {
      if (line.indexOf('\t') < 0) {
        return line;
      }
      List<String> fields = new ArrayList<>();
      for (String f : line.split("\t", -1)) {
        fields.add(f.equals(TextReportWriter.BLANK) ? "" : f);
      }
      return String.join("\t", fields);
    }).collect(Collectors.joining("\n", "", "\n"));
  }

  private static void thenEveryTableIsRead(Report r, ReadResult read, String text) {
    for (Table t : r.tableList()) {
      then(read.report().table(t.type())).as("%s of\n%s", t.type().key(), text).contains(t);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Edition.class, names = {"V2019", "V2021"})
  void every_empty_field_is_a_blank_cell_in_its_own_column(Edition edition) {
    boolean trailing = false;
    boolean leading = false;
    boolean reviewStartsEmpty = false;
    for (int i = 0; i < REPORTS; i++) {
      Report r = generated(edition, BlankStyle.ZERO_CELLS, i);
      String text = emptyFields(r);
      trailing |= text.lines().anyMatch(l -> l.startsWith("2.") && l.endsWith("\t"));
      leading |= text.lines().anyMatch(l -> l.startsWith("二、上年结转") && l.contains("数量\t\t"));
      reviewStartsEmpty |= text.lines().anyMatch(l -> l.matches("\t[\t0-9]*[0-9][\t0-9]*"));

      thenEveryTableIsRead(r, TextReportReader.lenient().read(text), text);
    }
    then(trailing).as("some row ends in empty fields").isTrue();
    then(leading).as("some row starts with an empty field").isTrue();
    then(reviewStartsEmpty).as("some section 四 value row starts with an empty field").isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Edition.class, names = {"V2019", "V2021"})
  void a_page_number_after_a_row_printed_blank_is_no_cell_of_it(Edition edition) {
    int tried = 0;
    for (int i = 0; i < REPORTS && tried < 10; i++) {
      Report r = generated(edition, BlankStyle.ZERO_ROWS, i);
      String text = TextReportWriter.write(r);
      String blankRow = text.lines()
          .filter(l -> l.startsWith("2.") && l.endsWith("\t—\t—\t—\t—\t—\t—\t—"))
          .findFirst().orElse(null);
      if (blankRow == null) {
        continue;
      }
      tried++;
      String paged = text.replace(blankRow + "\n", blankRow + "\n3\n");
      int pageLine = paged.lines().toList().indexOf("3") + 1;

      ReadResult read = TextReportReader.lenient().read(paged);

      thenEveryTableIsRead(r, read, paged);
      then(read.findings()).as(paged).anyMatch(f -> f.code().equals("reader.stray-number-dropped")
          && f.location().line() == pageLine);
    }
    then(tried).as("reports with a row printed blank").isGreaterThan(2);
  }

  @ParameterizedTest
  @EnumSource(value = Edition.class, names = {"V2019", "V2021"})
  void a_row_label_recognised_only_by_its_numbers_keeps_the_empty_fields_before_them(Edition edition) {
    String label = ApplicationRow.DENIED_ENFORCEMENT_FILE.label();
    String damaged = label.replace("执法", "于法"); // one character replaced: matched when a number follows
    boolean leading = false;
    for (int i = 0; i < REPORTS; i++) {
      Report r = generated(edition, BlankStyle.ZERO_CELLS, i);
      String text = emptyFields(r).replace(label + "\t", damaged + "\t");
      then(text).contains(damaged);
      leading |= text.contains(damaged + "\t\t");

      ReadResult read = TextReportReader.lenient().read(text);

      TableType t = edition == Edition.V2019 ? TableType.APPLICATIONS_2019 : TableType.APPLICATIONS_2021;
      then(read.report().table(t)).as(text).contains(r.table(t).orElseThrow());
    }
    then(leading).as("the damaged row starts with an empty field in some report").isTrue();
  }

  @org.junit.jupiter.api.Test
  void a_page_number_after_a_legacy_row_printing_its_value_field_empty_is_not_its_value() {
    int tried = 0;
    for (int i = 0; i < REPORTS && tried < 10; i++) {
      Report r = generated(Edition.LEGACY, BlankStyle.ZERO_CELLS, i);
      String text = emptyFields(r);
      List<String> lines = text.lines().toList();
      int at = -1;
      for (int k = 0; k < lines.size(); k++) {
        // a row with its unit and an empty value field: 2.传真申请数⇥件⇥
        if (lines.get(k).matches("[0-9]\\.[^\t]+\t[^\t]+\t") && k + 1 < lines.size()) {
          at = k;
          break;
        }
      }
      if (at < 0) {
        continue;
      }
      tried++;
      List<String> paged = new ArrayList<>(lines);
      paged.add(at + 1, "7");
      String withPage = String.join("\n", paged) + "\n";

      ReadResult read = TextReportReader.lenient().read(withPage);

      thenEveryTableIsRead(r, read, withPage);
      int pageLine = at + 2;
      then(read.findings()).as(withPage).anyMatch(f -> f.code().equals("reader.unplaced-number")
          && f.location().line() == pageLine);
    }
    then(tried).as("legacy reports with a value field printed empty").isGreaterThan(2);
  }
}
