package io.github.ogireport.io.text;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The section 三 column order read from a repeated header in the cell-per-line layout (V4). */
class ColumnOrderTest {
  private static final Path CELL_PER_LINE = Path.of("src/test/resources/layouts/v2021-word-cell-per-line.txt");
  /** The last row of section 三 in that fixture, in the official column order. */
  private static final String LAST_ROW =
      "\t四、结转下年度继续办理\n\t71\n\t1\n\t0\n\t0\n\t0\n\t0\n\t72\n";

  @Test
  void a_repeated_header_with_the_total_first_reorders_the_rows_under_it() throws IOException {
    String text = Files.readString(CELL_PER_LINE, StandardCharsets.UTF_8);
    then(text).contains(LAST_ROW);
    String reordered = text.replace(LAST_ROW, "\t申请人情况\n\n\t总计\n\t自然人\n\t商业企业\n\t科研机构\n\t社会公益\n"
        + "\t组织\n\t法律服务机构\n\t其他\n\n\t四、结转下年度继续办理\n\t72\n\t71\n\t1\n\t0\n\t0\n\t0\n\t0\n");

    ReadResult r = TextReportReader.lenient().read(reordered);

    then(cell(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(71));
    then(cell(r, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(1));
    then(cell(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(72));
    then(r.report().cell(CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.NEW_RECEIVED,
        ApplicantColumn.NATURAL_PERSON)).orElseThrow()).isEqualTo(Cell.of(1234));
    then(r.findings()).anyMatch(f -> f.code().equals("reader.columns-reordered"));
  }

  @Test
  void a_repeated_two_level_header_keeps_the_official_order() throws IOException {
    String text = Files.readString(CELL_PER_LINE, StandardCharsets.UTF_8);
    String repeated = text.replace(LAST_ROW, "\t申请人情况\n\n\t自然人\n\t法人或其他组织\n\t总计\n\t商业企业\n\t科研机构\n"
        + "\t社会公益组织\n\t法律服务机构\n\t其他\n\n" + LAST_ROW);

    ReadResult r = TextReportReader.lenient().read(repeated);

    then(cell(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(71));
    then(cell(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(72));
    then(r.findings()).noneMatch(f -> f.code().equals("reader.columns-reordered"));
  }

  @Test
  void a_short_row_under_a_reordering_header_is_reported() throws IOException {
    String text = Files.readString(CELL_PER_LINE, StandardCharsets.UTF_8);
    String reordered = text.replace(LAST_ROW, "\t申请人情况\n\n\t总计\n\t自然人\n\t商业企业\n\t科研机构\n\t社会公益\n"
        + "\t组织\n\t法律服务机构\n\t其他\n\n\t四、结转下年度继续办理\n\t72\n\t71\n");

    ReadResult r = TextReportReader.lenient().read(reordered);

    then(r.findings()).anyMatch(f -> f.code().equals("reader.columns-reordered")
        && f.severity() == io.github.ogireport.model.Severity.WARNING
        && f.message().contains("四、结转下年度继续办理"));
  }

  private static Cell cell(ReadResult r, ApplicantColumn c) {
    return r.report().cell(CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.CARRIED_FORWARD, c))
        .orElseThrow();
  }
}
