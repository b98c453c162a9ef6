package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** How a sheet becomes lines: numbers without {@code .0}, formulas by their cached value, merged regions once. */
class WorkbookCellsTest {
  @Test
  void numbers_formulas_and_merged_regions_print_as_a_reader_wants_them() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("表");
      Row head = sheet.createRow(0);
      head.createCell(0).setCellValue("行政复议");
      head.createCell(3).setCellValue("行政诉讼");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      Row values = sheet.createRow(1);
      values.createCell(0).setCellValue(3119.0);
      values.createCell(1).setCellValue(12.5);
      values.createCell(2).setCellFormula("A2+1");
      values.createCell(3).setCellValue(1e15);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      xlsx = out.toByteArray();
    }
    SourceLines lines = WorkbookReportReader.lenient().lines(xlsx);
    then(lines.lines()).containsExactly("行政复议\t行政诉讼", "3119\t12.5\t3120\t1000000000000000");
    then(lines.locate(1, 2)).isEqualTo(Location.ofHtmlCell(0, 0, 3));
    then(lines.locate(2, 3)).isEqualTo(Location.ofHtmlCell(0, 1, 2));
  }

  @Test
  void numbers_print_without_a_trailing_zero_or_an_exponent() {
    then(WorkbookReportReader.number(3119.0)).isEqualTo("3119");
    then(WorkbookReportReader.number(0.0)).isEqualTo("0");
    then(WorkbookReportReader.number(96171.6)).isEqualTo("96171.6");
    then(WorkbookReportReader.number(1.0E7)).isEqualTo("10000000");
    then(WorkbookReportReader.number(Double.NaN)).isEmpty();
  }
}
