package io.github.ogireport.findings;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

final class FindingsXlsxWriterTest {
  private static List<CheckedReport> samples() {
    List<CheckedReport> reports = new ArrayList<>();
    for (String name : Samples.names()) {
      reports.add(Samples.check(name));
    }
    return reports;
  }

  @Test
  void the_workbook_holds_exactly_one_row_per_finding_of_the_samples() throws Exception {
    List<CheckedReport> reports = samples();
    int expected = 0;
    for (CheckedReport c : reports) {
      expected += c.validation().orElseThrow().findings().size() + c.read().orElseThrow().findings().size();
    }
    then(expected).isGreaterThan(50);

    byte[] xlsx = FindingsXlsxWriter.create().write(FindingsTable.of(reports));

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      then(wb.getNumberOfSheets()).isEqualTo(1);
      XSSFSheet sheet = wb.getSheet("findings");
      then(sheet.getLastRowNum()).isEqualTo(expected); // rows 1..expected after the header row 0
      then(sheet.getPhysicalNumberOfRows()).isEqualTo(expected + 1);
      Row header = sheet.getRow(0);
      for (int c = 0; c < FindingsTable.COLUMNS.size(); c++) {
        then(header.getCell(c).getStringCellValue()).isEqualTo(FindingsTable.COLUMNS.get(c));
      }
      then(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      then(sheet.getPaneInformation().isFreezePane()).isTrue();
      then(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      then(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N" + (expected + 1));

      Row review = null;
      for (Row r : sheet) {
        if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("seed-004-zhangdian-2020.txt")) {
          review = r;
        }
      }
      then(review).isNotNull();
      then(review.getCell(5).getStringCellValue()).isEqualTo("review.total");
      then(review.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      then(review.getCell(3).getNumericCellValue()).isEqualTo(2020.0);
      then(review.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
      then(review.getCell(9).getNumericCellValue()).isEqualTo(9.0);
      then(review.getCell(10).getNumericCellValue()).isEqualTo(18.0);
      then(review.getCell(11).getNumericCellValue()).isEqualTo(-9.0);
      then(review.getCell(12).getStringCellValue()).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void the_same_table_gives_the_same_bytes() {
    FindingsTable table = FindingsTable.of(samples());

    then(FindingsXlsxWriter.create().write(table)).isEqualTo(FindingsXlsxWriter.create().write(table));
  }

  @Test
  void rows_past_a_sheet_go_on_in_the_next_sheet_with_the_same_header() throws Exception {
    FindingsTable table = FindingsTable.of(List.of(Samples.check("seed-001-xiangyun-2020.txt")));
    then(table.size()).isEqualTo(40);

    byte[] xlsx = FindingsXlsxWriter.withRowsPerSheet(15).write(table);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      then(wb.getNumberOfSheets()).isEqualTo(3);
      then(wb.getSheetName(1)).isEqualTo("findings 2");
      int rows = 0;
      for (int s = 0; s < 3; s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        then(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("source");
        rows += sheet.getLastRowNum();
      }
      then(rows).isEqualTo(40);
      then(wb.getSheetAt(2).getLastRowNum()).isEqualTo(10);
    }
  }

  @Test
  void control_characters_lone_surrogates_and_formulas_are_kept_as_text() throws Exception {
    String hostile = "=1+2\u0001\u0008<b>&\uD800x\uFFFE";
    FindingsTable.Row row = new FindingsTable.Row("a.txt", FindingsTable.Origin.READER, hostile, Optional.of(2020),
        "2021", "reader.x", "WARNING", "line 1", List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        hostile, "-" + hostile);

    byte[] xlsx = FindingsXlsxWriter.create().write(FindingsTable.copyOf(List.of(row)));

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row r = wb.getSheetAt(0).getRow(1);
      then(r.getCell(2).getCellType()).isEqualTo(CellType.STRING);
      then(r.getCell(2).getStringCellValue()).startsWith("=1+2").contains("<b>&");
      then(r.getCell(13).getCellType()).isEqualTo(CellType.STRING);
      then(r.getCell(9)).isNull();
    }
  }

  @Test
  void a_text_longer_than_a_cell_holds_is_cut() {
    String longText = "长".repeat(40_000);

    then(FindingsXlsxWriter.fit(longText)).hasSize(FindingsXlsxWriter.MAX_CELL_TEXT).endsWith("…");
    then(FindingsXlsxWriter.fit("short")).isEqualTo("short");
  }
}
