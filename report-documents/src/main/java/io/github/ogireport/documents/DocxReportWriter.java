package io.github.ogireport.documents;

import io.github.ogireport.io.table.OfficialGrid;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a report as a Word document ({@code .docx}) in the official layout: the title, the narrative
 * sections and every table with its header rows and merged cells ({@code gridSpan} across columns,
 * {@code vMerge} down rows) as {@link OfficialGrid} lays them out, in the printed order of
 * {@link io.github.ogireport.io.table.HtmlReportWriter}. Blank cells are empty. The output is
 * deterministic: the same report gives the same bytes (fixed zip entry times, no dates in the document
 * properties). {@link DocxReportReader} reads back equal tables.
 *
 * @since 0.1
 */
public final class DocxReportWriter {
  private static final String FONT = "SimSun";

  private DocxReportWriter() {}

  /** Returns the writer (stateless, thread-safe). */
  public static DocxReportWriter standard() {
    return new DocxReportWriter();
  }

  /**
   * Returns a writer.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static DocxReportWriter create() {
    return standard();
  }

  /** The {@code .docx} bytes of a report. */
  public byte[] write(Report report) {
    Objects.requireNonNull(report, "report");
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(doc, OfficialGrid.title(report), true, 16).setAlignment(ParagraphAlignment.CENTER);
      for (OfficialGrid.Part part : OfficialGrid.parts(report)) {
        if (part instanceof OfficialGrid.NarrativePart n) {
          if (!n.narrative().heading().isEmpty()) {
            paragraph(doc, n.narrative().heading(), true, 12);
          }
          for (String line : n.lines()) {
            if (!line.isBlank()) {
              paragraph(doc, line, false, 12);
            }
          }
        } else if (part instanceof OfficialGrid.TablePart t) {
          paragraph(doc, t.section().label(), true, 12);
          for (Table table : t.tables()) {
            table(doc, OfficialGrid.of(table));
            doc.createParagraph();
          }
        }
      }
      Zips.fixProperties(doc.getProperties().getCoreProperties());
      doc.write(out);
      return Zips.normalize(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written in memory
    }
  }

  /** Writes the {@code .docx} of a report to a stream (not closed). */
  public void write(Report report, OutputStream out) throws IOException {
    out.write(write(report));
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, int size) {
    XWPFParagraph p = doc.createParagraph();
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontFamily(FONT);
    run.setFontSize(size);
    return p;
  }

  private static void table(XWPFDocument doc, OfficialGrid grid) {
    XWPFTable table = doc.createTable();
    table.removeRow(0);
    CTTblGrid tblGrid = table.getCTTbl().getTblGrid() == null
        ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    int colWidth = 9000 / grid.width();
    for (int c = 0; c < grid.width(); c++) {
      tblGrid.addNewGridCol().setW(BigInteger.valueOf(colWidth));
    }
    List<List<OfficialGrid.Cell>> rows = grid.rows();
    // for every grid position the cell covering it, and whether it starts there
    OfficialGrid.Cell[][] owner = new OfficialGrid.Cell[rows.size()][grid.width()];
    boolean[][] start = new boolean[rows.size()][grid.width()];
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (OfficialGrid.Cell cell : rows.get(r)) {
        while (c < grid.width() && owner[r][c] != null) {
          c++;
        }
        for (int dr = 0; dr < cell.rowspan() && r + dr < rows.size(); dr++) {
          for (int dc = 0; dc < cell.colspan() && c + dc < grid.width(); dc++) {
            owner[r + dr][c + dc] = cell;
          }
        }
        start[r][c] = true;
        c += cell.colspan();
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.insertNewTableRow(r);
      int c = 0;
      while (c < grid.width()) {
        OfficialGrid.Cell cell = owner[r][c];
        XWPFTableCell tc = row.addNewTableCell();
        CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        int span = cell == null ? 1 : cell.colspan();
        pr.addNewTcW().setW(BigInteger.valueOf((long) colWidth * span));
        if (span > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (cell != null && cell.rowspan() > 1) {
          pr.addNewVMerge().setVal(start[r][c] ? STMerge.RESTART : STMerge.CONTINUE);
        }
        if (cell != null && start[r][c]) {
          XWPFParagraph p = tc.getParagraphs().get(0);
          if (cell.header() || cell.isValue()) {
            p.setAlignment(ParagraphAlignment.CENTER);
          }
          XWPFRun run = p.createRun();
          run.setText(cell.text());
          run.setBold(cell.header());
          run.setFontFamily(FONT);
          run.setFontSize(9);
        }
        c += span;
      }
    }
  }
}
