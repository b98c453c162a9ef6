package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Section 三 as a PDF text extractor prints it when it loses the spaces between cells: each row's values glued
 * into one digit run, and the letters of the merged row heading 三、本年度办理结果, printed top to bottom in its
 * cell, interleaved with the rows one per line (or glued to them when line breaks are lost too). The 年 of
 * that heading after a row's digits is not the unit of a date. Figures and the narrative are invented; labels
 * are the official form's.
 */
final class PdfReadingOrderTest {
  /** Natural persons and commercial enterprises per row; every other applicant column is 0. */
  private static final Map<ApplicationRow, int[]> VALUES = new EnumMap<>(ApplicationRow.class);

  static {
    VALUES.put(ApplicationRow.NEW_RECEIVED, new int[] {30, 1});
    VALUES.put(ApplicationRow.CARRIED_OVER, new int[] {2, 0});
    VALUES.put(ApplicationRow.GRANTED, new int[] {10, 0});
    VALUES.put(ApplicationRow.PARTIALLY_GRANTED, new int[] {5, 0});
    VALUES.put(ApplicationRow.DENIED_LAW_FORBIDDEN, new int[] {13, 1});
    VALUES.put(ApplicationRow.TOTAL, new int[] {28, 1});
    VALUES.put(ApplicationRow.CARRIED_FORWARD, new int[] {4, 0});
  }

  private static final java.util.List<ApplicationRow> ROWS = TableType.APPLICATIONS_2021.rows().stream()
      .map(ApplicationRow.class::cast).toList();

  private static final String HEADING_LETTERS = "三、本年度办理结果";

  /** The report's text: lines joined by {@code separator} ("\n", or "" when line breaks are lost). */
  private static String text(String separator) {
    StringBuilder b = new StringBuilder();
    String[] head = {"示例市生态环境局2023年政府信息公开工作年度报告", "一、总体情况", "本局依法做好政府信息公开工作，主动回应社会关切。",
        "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人总计", "商业企科研机社会公益法律服务", "其他", "业构组织机构"};
    for (String h : head) {
      b.append(h).append(separator);
    }
    ApplicationRow.Category category = null;
    int letter = 0;
    for (ApplicationRow row : ROWS) {
      if (row.category().isPresent() && row.category().get() != category) {
        category = row.category().get();
        b.append(category.label()).append(separator);
      }
      int[] v = VALUES.getOrDefault(row, new int[] {0, 0});
      b.append(row.label()).append(v[0]).append(v[1]).append("0000").append(v[0] + v[1]).append(separator);
      if (row.isOutcome() && row != ApplicationRow.TOTAL && letter < HEADING_LETTERS.length()) {
        b.append(HEADING_LETTERS.charAt(letter++)).append(separator);
      }
    }
    b.append("五、存在的主要问题及改进情况").append(separator).append("培训还需加强。").append(separator);
    return b.toString();
  }

  @ParameterizedTest(name = "lines joined by [{0}]")
  @ValueSource(strings = {"\n", ""})
  void every_glued_row_is_split_by_its_sum_and_the_heading_letters_are_not_dates(String separator) {
    String text = text(separator);
    then(text).contains("131000014" + (separator.isEmpty() ? "年" : "\n年"));

    ReadResult r = TextReportReader.lenient().read(text);

    Table t = r.report().table(TableType.APPLICATIONS_2021).orElseThrow();
    for (ApplicationRow row : ROWS) {
      int[] v = VALUES.getOrDefault(row, new int[] {0, 0});
      for (ApplicantColumn c : ApplicantColumn.values()) {
        long expected = c == ApplicantColumn.NATURAL_PERSON ? v[0] : c == ApplicantColumn.COMMERCIAL_ENTERPRISE ? v[1]
            : c == ApplicantColumn.TOTAL ? v[0] + v[1] : 0;
        then(t.cell(row, c)).as("%s / %s", row.label(), c.label()).isEqualTo(Cell.of(expected));
      }
    }
    then(r.findings()).noneSatisfy(f -> then(f.code()).isEqualTo("reader.note-number"));
  }
}
