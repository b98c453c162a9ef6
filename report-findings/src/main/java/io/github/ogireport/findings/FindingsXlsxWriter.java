package io.github.ogireport.findings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link FindingsTable} as an Excel workbook ({@code .xlsx}): a sheet {@code findings} with a
 * bold header row of {@link FindingsTable#COLUMNS}, frozen, an auto filter over all columns, and one row
 * per finding; {@code year}, {@code reported}, {@code computed} and {@code difference} are numeric
 * cells, everything else text cells (which a spreadsheet never evaluates, so no formula can be
 * injected). A text longer than a cell can hold (32,767 characters) is cut with {@code …}. Past
 * 1,048,575 findings the rows go on in sheets {@code findings 2}, {@code findings 3}… with the same
 * header. The same table gives the same bytes (fixed entry times, no creation date).
 *
 * <p>Rows are streamed (POI's SXSSF: at most 100 rows in memory, the rest in compressed temporary
 * files that {@link Session#close()} deletes; the finished package passes through one more temporary
 * file, deleted at once), so a large batch fits in little memory:
 *
 * <pre>{@code
 * try (FindingsXlsxWriter.Session s = FindingsXlsxWriter.create().open()) {
 *   for (CheckedReport r : reports) {
 *     s.add(FindingsTable.rows(r));
 *   }
 *   s.finish(out);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class FindingsXlsxWriter {
  /** The most finding rows in one sheet (the format's 1,048,576 rows, less the header). */
  public static final int MAX_ROWS_PER_SHEET = 1_048_575;

  /** The most characters a cell holds. */
  static final int MAX_CELL_TEXT = 32_767;

  private static final FileTime FIXED = FileTime.fromMillis(1_767_225_600_000L); // 2026-01-01T00:00:00Z

  /** Column widths, in characters, in the order of the columns. */
  private static final int[] WIDTHS = {28, 10, 24, 6, 7, 30, 9, 40, 50, 10, 10, 10, 60, 60};

  private final int rowsPerSheet;

  private FindingsXlsxWriter(int rowsPerSheet) {
    this.rowsPerSheet = rowsPerSheet;
  }

  /** Returns a writer. */
  public static FindingsXlsxWriter create() {
    return new FindingsXlsxWriter(MAX_ROWS_PER_SHEET);
  }

  /** A writer with smaller sheets, to test the overflow into further sheets. */
  static FindingsXlsxWriter withRowsPerSheet(int rows) {
    return new FindingsXlsxWriter(rows);
  }

  /** The {@code .xlsx} bytes of a table. */
  public byte[] write(FindingsTable table) {
    try (Session s = open(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      s.add(table.rows());
      s.finish(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a workbook written row by row. */
  public Session open() {
    return new Session();
  }

  /** A workbook in progress: {@link #add} rows, then {@link #finish}; {@link #close()} always. */
  public final class Session implements AutoCloseable {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true);
    private final CellStyle headerStyle;
    private SXSSFSheet sheet;
    private int sheets;
    private int rows; // finding rows in the current sheet
    private boolean finished;

    Session() {
      Font bold = workbook.createFont();
      bold.setBold(true);
      headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      newSheet();
    }

    private void newSheet() {
      if (sheet != null) {
        closeSheet();
      }
      sheets++;
      sheet = workbook.createSheet(sheets == 1 ? "findings" : "findings " + sheets);
      for (int c = 0; c < WIDTHS.length; c++) {
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      SXSSFRow header = sheet.createRow(0);
      for (int c = 0; c < FindingsTable.COLUMNS.size(); c++) {
        var cell = header.createCell(c);
        cell.setCellValue(FindingsTable.COLUMNS.get(c));
        cell.setCellStyle(headerStyle);
      }
      sheet.createFreezePane(0, 1);
      rows = 0;
    }

    private void closeSheet() {
      sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, FindingsTable.COLUMNS.size() - 1));
    }

    /** Appends rows. */
    public void add(List<FindingsTable.Row> list) {
      if (finished) {
        throw new IllegalStateException("the workbook is finished");
      }
      for (FindingsTable.Row row : list) {
        if (rows == rowsPerSheet) {
          newSheet();
        }
        rows++;
        SXSSFRow r = sheet.createRow(rows);
        List<String> texts = row.texts();
        for (int c = 0; c < texts.size(); c++) {
          int column = c;
          switch (FindingsTable.COLUMNS.get(c)) {
            case "year" -> row.year().ifPresent(y -> r.createCell(column).setCellValue(y));
            case "reported" -> number(r, c, row.reported());
            case "computed" -> number(r, c, row.computed());
            case "difference" -> number(r, c, row.difference());
            default -> {
              String t = texts.get(c);
              if (!t.isEmpty()) {
                r.createCell(c).setCellValue(fit(t));
              }
            }
          }
        }
      }
    }

    private void number(SXSSFRow r, int column, Optional<BigDecimal> value) {
      value.ifPresent(v -> r.createCell(column).setCellValue(v.doubleValue()));
    }

    /** Writes the workbook; nothing may be added afterwards. */
    public void finish(OutputStream out) throws IOException {
      Objects.requireNonNull(out, "out");
      if (finished) {
        throw new IllegalStateException("the workbook is finished");
      }
      finished = true;
      closeSheet();
      var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
      core.setCreated(Optional.empty());
      core.setCreator("ogi-report");
      // SXSSF's package is read back through its central directory (its local headers lack the sizes)
      Path temp = Files.createTempFile("ogi-findings-", ".xlsx");
      try {
        try (OutputStream file = Files.newOutputStream(temp)) {
          workbook.write(file);
        }
        normalize(temp, out);
      } finally {
        Files.deleteIfExists(temp);
      }
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
      workbook.close();
    }
  }

  /** Cuts a text longer than a cell holds. */
  static String fit(String text) {
    if (text.length() <= MAX_CELL_TEXT) {
      return text;
    }
    int end = MAX_CELL_TEXT - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** Copies a zip package with fixed entry times, so that the same rows give the same bytes. */
  private static void normalize(Path zip, OutputStream out) throws IOException {
    byte[] buffer = new byte[16384];
    ZipOutputStream z = new ZipOutputStream(new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's stream stays open
      }
    });
    try (ZipFile in = new ZipFile(zip.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setLastModifiedTime(FIXED);
        copy.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
        z.putNextEntry(copy);
        try (InputStream data = in.getInputStream(e)) {
          int n;
          while ((n = data.read(buffer)) > 0) {
            z.write(buffer, 0, n);
          }
        }
        z.closeEntry();
      }
    }
    z.close();
  }
}
