package io.github.ogireport.documents;

import io.github.ogireport.io.table.OfficialGrid;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an Excel workbook ({@code .xlsx}) of one sheet in the official layout: the title,
 * the narrative lines and every table's header and body rows, merged cells as merged regions. Counts are
 * numeric cells; signed changes ({@code +3}) and amounts (which keep their printed scale, {@code 12.50})
 * are text cells. Deterministic bytes. {@link WorkbookReportReader} reads back equal tables.
 *
 * @since 0.1
 */
public final class XlsxReportWriter {
  private static final Pattern PLAIN_COUNT = Pattern.compile("0|[1-9][0-9]{0,14}");

  private XlsxReportWriter() {}

  /** Returns the writer (stateless, thread-safe). */
  public static XlsxReportWriter standard() {
    return new XlsxReportWriter();
  }

  /**
   * Returns a writer.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static XlsxReportWriter create() {
    return standard();
  }

  /** The {@code .xlsx} bytes of a report. */
  public byte[] write(Report report) {
    Objects.requireNonNull(report, "report");
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(wb, report);
      Zips.fixProperties(wb.getProperties().getCoreProperties());
      wb.write(out);
      return Zips.normalize(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written in memory
    }
  }

  /** Fills a workbook of any kind (also an Excel 97 {@code HSSFWorkbook}) with the report's sheet. */
  static void fill(org.apache.poi.ss.usermodel.Workbook wb, Report report) {
      Sheet sheet = wb.createSheet("报告");
      int[] next = {0};
      text(sheet, next, OfficialGrid.title(report));
      for (OfficialGrid.Part part : OfficialGrid.parts(report)) {
        if (part instanceof OfficialGrid.NarrativePart n) {
          if (!n.narrative().heading().isEmpty()) {
            text(sheet, next, n.narrative().heading());
          }
          for (String line : n.lines()) {
            if (!line.isBlank()) {
              text(sheet, next, line);
            }
          }
        } else if (part instanceof OfficialGrid.TablePart t) {
          text(sheet, next, t.section().label());
          for (Table table : t.tables()) {
            table(sheet, next, OfficialGrid.of(table));
          }
        }
      }
  }

  private static void text(Sheet sheet, int[] next, String text) {
    sheet.createRow(next[0]++).createCell(0).setCellValue(text);
  }

  private static void table(Sheet sheet, int[] next, OfficialGrid grid) {
    List<List<OfficialGrid.Cell>> rows = grid.rows();
    int top = next[0];
    boolean[][] taken = new boolean[rows.size()][grid.width()];
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(top + r);
      int c = 0;
      for (OfficialGrid.Cell cell : rows.get(r)) {
        while (c < grid.width() && taken[r][c]) {
          c++;
        }
        for (int dr = 0; dr < cell.rowspan() && r + dr < rows.size(); dr++) {
          for (int dc = 0; dc < cell.colspan() && c + dc < grid.width(); dc++) {
            taken[r + dr][c + dc] = true;
          }
        }
        Cell x = row.createCell(c);
        if (cell.isValue() && PLAIN_COUNT.matcher(cell.text()).matches()) {
          x.setCellValue(Long.parseLong(cell.text()));
        } else if (!cell.text().isEmpty()) {
          x.setCellValue(cell.text());
        }
        if (cell.rowspan() > 1 || cell.colspan() > 1) {
          sheet.addMergedRegionUnsafe(new CellRangeAddress(top + r, top + r + cell.rowspan() - 1, c,
              c + cell.colspan() - 1));
        }
        c += cell.colspan();
      }
    }
    next[0] = top + rows.size();
  }
}
