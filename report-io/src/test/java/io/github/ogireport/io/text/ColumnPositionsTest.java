package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ColumnPositionsTest {
  private static final Path TOTAL_ONLY = Path.of("src/test/resources/layouts/v2021-pdf-layout-total-only-rows.txt");
  /** The row of the fixture that prints only its 总计 (4), right-aligned under the 总计 column. */
  private static final String OTHER_ROW = "    3.其他" + " ".repeat(103) + "4";

  @Test
  void wide_characters_count_two_display_columns() {
    then(ColumnPositions.displayWidth("总计12", 0, 4)).isEqualTo(6);
    then(ColumnPositions.displayWidth("（一）ab", 0, 5)).isEqualTo(8);
    then(ColumnPositions.displayWidth("\uD840\uDC00x", 0, 3)).isEqualTo(3);
    then(ColumnPositions.displayWidth("“三”", 0, 3)).isEqualTo(4);
  }

  @Test
  void a_value_under_the_total_column_is_read_as_the_total() throws IOException {
    String text = Files.readString(TOTAL_ONLY, StandardCharsets.UTF_8);
    then(text).contains(OTHER_ROW + "\n");

    ReadResult r = TextReportReader.lenient().read(text);

    then(cell(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(4));
    then(cell(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.blank());
    then(r.findings()).anyMatch(f -> f.code().equals("reader.placed-by-column-position")
        && f.severity() == Severity.WARNING);
  }

  @Test
  void a_value_standing_between_two_columns_is_not_placed_by_position() throws IOException {
    String text = Files.readString(TOTAL_ONLY, StandardCharsets.UTF_8);
    // five display columns left: in the gap between the 其他 and 总计 columns, near neither
    String shifted = text.replace(OTHER_ROW + "\n", "    3.其他" + " ".repeat(98) + "4\n");
    then(shifted).isNotEqualTo(text);

    ReadResult r = TextReportReader.lenient().read(shifted);

    then(cell(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    // several columns could hold the value: undecided, a warning naming the row's cells
    then(r.findings()).anyMatch(f -> f.code().equals("reader.cell-count-mismatch")
        && f.severity() == Severity.WARNING && f.names(io.github.ogireport.model.CellRef.of(
            TableType.APPLICATIONS_2021, ApplicationRow.OTHER_OTHER, ApplicantColumn.TOTAL)));
  }

  @Test
  void positions_are_not_used_when_the_rows_are_not_aligned_in_columns() {
    String text = String.join("\n",
        "石桥村2023年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "一、本年新收政府信息公开申请数量  5  0  0  0  0  0  5",
        "二、上年结转政府信息公开申请数量    1  0  0  0  0  0  1",
        "（一）予以公开  9",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）    2  0  0  0  0  0  2",
        "");

    ReadResult r = TextReportReader.lenient().read(text);

    then(r.findings()).noneMatch(f -> f.code().equals("reader.placed-by-column-position"));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.cell-count-mismatch")
        && f.severity() == Severity.WARNING && f.names(io.github.ogireport.model.CellRef.of(
            TableType.APPLICATIONS_2019, ApplicationRow.GRANTED, ApplicantColumn.TOTAL)));
  }

  private static final Path HEADER_ONLY =
      Path.of("src/test/resources/layouts/v2021-pdf-layout-total-only-header-positions.txt");
  /** The row of that fixture that prints only its 总计 (2), right-aligned under the 总计 header label. */
  private static final String HEADER_OTHER_ROW = "    3.其他" + " ".repeat(103) + "2";

  @Test
  void with_no_complete_row_a_lone_value_goes_under_its_header_label() throws IOException {
    String text = Files.readString(HEADER_ONLY, StandardCharsets.UTF_8);
    then(text).contains(HEADER_OTHER_ROW + "\n");
    // the same value moved under the 自然人 label
    String moved = text.replace(HEADER_OTHER_ROW + "\n", "    3.其他" + " ".repeat(43) + "2\n");

    ReadResult r = TextReportReader.lenient().read(moved);

    then(cell(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(2));
    then(cell(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
  }

  @Test
  void with_no_complete_row_a_value_between_two_header_labels_is_left_blank() throws IOException {
    String text = Files.readString(HEADER_ONLY, StandardCharsets.UTF_8);
    // five display columns left of the 总计 label, past the 其他 label
    String shifted = text.replace(HEADER_OTHER_ROW + "\n", "    3.其他" + " ".repeat(96) + "2\n");
    then(shifted).isNotEqualTo(text);

    ReadResult r = TextReportReader.lenient().read(shifted);

    then(cell(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.blank());
    then(cell(r, ApplicantColumn.OTHER_ORGANIZATION)).isEqualTo(Cell.blank());
    // several columns could hold the value: undecided, a warning naming the row's cells
    then(r.findings()).anyMatch(f -> f.code().equals("reader.cell-count-mismatch")
        && f.severity() == Severity.WARNING && f.names(io.github.ogireport.model.CellRef.of(
            TableType.APPLICATIONS_2021, ApplicationRow.OTHER_OTHER, ApplicantColumn.TOTAL)));
  }

  @Test
  void with_a_header_label_missing_the_header_positions_are_not_used() throws IOException {
    String text = Files.readString(HEADER_ONLY, StandardCharsets.UTF_8);
    String moved = text.replace(HEADER_OTHER_ROW + "\n", "    3.其他" + " ".repeat(43) + "2\n")
        .replace("自然人    ", "个人      ");
    then(moved).doesNotContain("自然人");

    ReadResult r = TextReportReader.lenient().read(moved);

    then(cell(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.blank());
    then(r.findings()).noneMatch(f -> f.code().equals("reader.placed-by-column-position")
        && f.message().contains("3.其他"));
  }

  private static Cell cell(ReadResult r, ApplicantColumn c) {
    return r.report().cell(io.github.ogireport.model.CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.OTHER_OTHER, c))
        .orElseThrow();
  }
}
