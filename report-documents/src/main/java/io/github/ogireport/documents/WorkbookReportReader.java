package io.github.ogireport.documents;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.text.TextReportReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a report from an Excel workbook, {@code .xlsx} or {@code .xls} (POI's {@code WorkbookFactory}).
 * Every sheet, in order, gives one line per row: the texts of its cells from the first column to the
 * last, joined by TAB, the cells covered by a merged region left out except its first (as an HTML cell
 * with {@code rowspan}/{@code colspan});
 * Numbers print without a trailing {@code .0} ({@code 12.5}, {@code 3119}), formulas by their cached
 * value, dates as {@code yyyy-MM-dd}; nothing depends on the locale. The lines are read by the text
 * reader.
 *
 * <p>Provenance: {@code table[s]/tr[r]/td[c]} ({@link Location#ofHtmlCell}), with the 0-based sheet,
 * row and column. Limits ({@link DocumentLimits}): file size, zip package checks for {@code .xlsx},
 * rows per sheet and cells per row; a broken file gives a {@link TableFormatException}.
 *
 * @since 0.1
 */
public final class WorkbookReportReader {
  private final TextReportReader textReader;
  private final DocumentLimits limits;

  private WorkbookReportReader(TextReportReader textReader, DocumentLimits limits) {
    this.textReader = textReader;
    this.limits = limits;
  }

  /** A lenient reader with the default limits. */
  public static WorkbookReportReader lenient() {
    return using(TextReportReader.lenient(), DocumentLimits.DEFAULT);
  }

  /** A reader interpreting the lines with the given text reader, within the given limits. */
  public static WorkbookReportReader using(TextReportReader textReader, DocumentLimits limits) {
    return new WorkbookReportReader(Objects.requireNonNull(textReader, "textReader"),
        Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a file.
   *
   * @throws ReportException if it cannot be read or exceeds a limit
   */
  public ReadResult read(Path file) {
    return read(Inputs.readFile(file, limits));
  }

  /**
   * Reads the bytes of an {@code .xlsx} or {@code .xls} file.
   *
   * @throws ReportException if they cannot be read or exceed a limit
   */
  public ReadResult read(byte[] workbook) {
    return lines(workbook).read(textReader);
  }

  SourceLines lines(byte[] bytes) {
    Inputs.checkSize(bytes, "workbook", limits);
    if (DocumentFormat.isZip(bytes)) {
      Set<String> names = Inputs.checkZip(bytes, "XLSX", limits);
      if (!names.contains("xl/workbook.xml")) {
        throw new TableFormatException("XLSX package has no xl/workbook.xml", Location.unknown());
      }
    }
    return Inputs.guarded("Excel", () -> {
      try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
        SourceLines out = new SourceLines();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
          sheet(wb.getSheetAt(s), s, out);
        }
        return out;
      }
    });
  }

  private void sheet(Sheet sheet, int index, SourceLines out) {
    int last = sheet.getLastRowNum();
    if (last + 1 > limits.maxTableRows()) {
      throw new InputLimitException("sheet has " + (last + 1) + " rows, more than the limit of "
          + limits.maxTableRows(), Location.ofHtmlCell(index, limits.maxTableRows(), 0));
    }
    Set<Long> covered = new HashSet<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      long size = (long) (region.getLastRow() - region.getFirstRow() + 1)
          * (region.getLastColumn() - region.getFirstColumn() + 1);
      if (size > (long) limits.maxTableRows() * limits.maxRowCells()) {
        throw new InputLimitException("merged region " + region.formatAsString() + " is larger than a sheet may be",
            Location.ofHtmlCell(index, region.getFirstRow(), region.getFirstColumn()));
      }
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          if (r != region.getFirstRow() || c != region.getFirstColumn()) {
            covered.add(key(r, c));
          }
        }
      }
    }
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null || row.getLastCellNum() <= 0) {
        out.text("", Location.ofHtmlCell(index, r, 0));
        continue;
      }
      int width = row.getLastCellNum();
      if (width > limits.maxRowCells()) {
        throw new InputLimitException("row has " + width + " cells, more than the limit of "
            + limits.maxRowCells(), Location.ofHtmlCell(index, r, limits.maxRowCells()));
      }
      List<String> texts = new ArrayList<>();
      List<Location> where = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        if (covered.contains(key(r, c))) {
          continue;
        }
        texts.add(text(row.getCell(c)));
        where.add(Location.ofHtmlCell(index, r, c));
      }
      out.row(texts, where);
    }
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  /** The printed text of a cell, independent of locale. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> CellTexts.normalize(cell.getStringCellValue());
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : number(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  /** A double as printed: {@code 3119}, {@code 12.5}, never {@code 3119.0} or an exponent. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
