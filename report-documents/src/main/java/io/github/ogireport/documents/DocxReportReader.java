package io.github.ogireport.documents;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.text.TextReportReader;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a report from a Word document ({@code .docx}, Office Open XML) through Apache POI. The body is
 * turned into lines the way {@link io.github.ogireport.io.html.HtmlReportReader} turns a page into lines:
 * every paragraph outside tables is one text line; every table row is one line of the texts of the cells
 * that start in it, joined by TAB (a cell merged across columns, {@code gridSpan}, appears once, but an empty
 * one in a row with digits under columns the rows above give a cell each is one blank per column; the
 * continuation cells of a vertical merge, {@code vMerge}, are left out, so a merged cell's text belongs to
 * its first row); a cell's paragraphs are joined (a line break between two Chinese characters dropped);
 * a table nested in a cell gives its own lines after those of the enclosing table. The lines are read by
 * the text reader (its recognizers, findings and strict or lenient mode).
 *
 * <p>Provenance: a value in a table is at {@code table[t]/tr[r]/td[c]} ({@link Location#ofHtmlCell}:
 * 0-based table in document order, nested tables counted after the enclosing one, row, and the cell's
 * index among the row's {@code tc} elements); text outside tables is at {@code line N}, N being the
 * 1-based paragraph.
 *
 * <p>Before POI opens the package it is checked against the {@link DocumentLimits} (size, entries,
 * expansion and compression ratio); a package without {@code word/document.xml}, a truncated or broken
 * file gives a {@link TableFormatException}; limits give an {@link InputLimitException}. No other
 * exception escapes.
 *
 * @since 0.1
 */
public final class DocxReportReader {
  private final TextReportReader textReader;
  private final DocumentLimits limits;

  private DocxReportReader(TextReportReader textReader, DocumentLimits limits) {
    this.textReader = textReader;
    this.limits = limits;
  }

  /** A lenient reader with the default limits. */
  public static DocxReportReader lenient() {
    return using(TextReportReader.lenient(), DocumentLimits.DEFAULT);
  }

  /** A reader interpreting the lines with the given text reader, within the given limits. */
  public static DocxReportReader using(TextReportReader textReader, DocumentLimits limits) {
    return new DocxReportReader(Objects.requireNonNull(textReader, "textReader"),
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
   * Reads the bytes of a {@code .docx} file.
   *
   * @throws ReportException if they cannot be read or exceed a limit
   */
  public ReadResult read(byte[] docx) {
    return lines(docx).read(textReader);
  }

  /** The lines the document gives (for tests and for the PDF-style comparison of readings). */
  SourceLines lines(byte[] docx) {
    Inputs.checkSize(docx, "DOCX file", limits);
    if (!Inputs.checkZip(docx, "DOCX", limits).contains("word/document.xml")) {
      throw new TableFormatException("DOCX package has no word/document.xml", Location.unknown());
    }
    return Inputs.guarded("DOCX", () -> {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
        return new Walk(limits).document(doc);
      }
    });
  }

  /** One walk over a document's body. */
  private static final class Walk {
    private final DocumentLimits limits;
    private final SourceLines out = new SourceLines();
    private int paragraphs;
    private int tables;

    Walk(DocumentLimits limits) {
      this.limits = limits;
    }

    SourceLines document(XWPFDocument doc) {
      body(doc.getBodyElements());
      return out;
    }

    private void body(List<IBodyElement> elements) {
      for (IBodyElement e : elements) {
        if (e instanceof XWPFParagraph p) {
          paragraphs++;
          out.text(p.getText(), Location.ofLine(paragraphs, 0));
        } else if (e instanceof XWPFTable t) {
          table(t);
        } else if (e instanceof XWPFSDT sdt) {
          paragraphs++;
          out.text(sdt.getContent().getText(), Location.ofLine(paragraphs, 0));
        }
      }
    }

    private void table(XWPFTable table) {
      int index = tables++;
      List<XWPFTable> nested = new ArrayList<>();
      List<XWPFTableRow> rows = table.getRows();
      if (rows.size() > limits.maxTableRows()) {
        throw new InputLimitException("table has " + rows.size() + " rows, more than the limit of "
            + limits.maxTableRows(), Location.ofHtmlCell(index, limits.maxTableRows(), 0));
      }
      List<List<String>> rowTexts = new ArrayList<>(rows.size());
      List<int[]> starts = new ArrayList<>(rows.size());
      List<int[]> spans = new ArrayList<>(rows.size());
      for (int r = 0; r < rows.size(); r++) {
        List<XWPFTableCell> cells = rows.get(r).getTableCells();
        if (cells.size() > limits.maxRowCells()) {
          throw new InputLimitException("table row has " + cells.size() + " cells, more than the limit of "
              + limits.maxRowCells(), Location.ofHtmlCell(index, r, limits.maxRowCells()));
        }
        List<String> all = new ArrayList<>(cells.size());
        int[] start = new int[cells.size()];
        int[] span = new int[cells.size()];
        int column = 0;
        for (int c = 0; c < cells.size(); c++) {
          XWPFTableCell cell = cells.get(c);
          all.add(cellText(cell));
          start[c] = column;
          span[c] = Math.max(1, Math.min(gridSpan(cell), limits.maxRowCells()));
          column += span[c];
        }
        rowTexts.add(all);
        starts.add(start);
        spans.add(span);
        boolean digits = all.stream().anyMatch(Walk::hasDigit);
        List<String> texts = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
          XWPFTableCell cell = cells.get(c);
          nested.addAll(cell.getTables());
          if (isMergeContinuation(cell)) {
            continue;
          }
          // an empty cell of a row with digits, merged across columns that the rows above give a cell each
          // (merged blank cells), is one blank cell per column, so that the cells after it keep their columns
          int copies = digits && span[c] > 1 && all.get(c).isEmpty()
              && cellsAbove(r, start[c], span[c], rowTexts, starts, spans) == span[c] ? span[c] : 1;
          for (int k = 0; k < copies; k++) {
            texts.add(all.get(c));
            where.add(Location.ofHtmlCell(index, r, c));
          }
        }
        out.row(texts, where);
      }
      for (XWPFTable t : nested) {
        table(t);
      }
    }

    /**
     * The number of cells that cover the grid columns {@code [from, from + span)} in the nearest row above
     * {@code row} that gives them one cell each, or 0 when a cell with text spans them first (the header cell of
     * a wide column); rows where they lie under one empty merged cell are passed over.
     */
    private static int cellsAbove(int row, int from, int span, List<List<String>> texts, List<int[]> starts,
        List<int[]> spans) {
      for (int r = row - 1; r >= 0; r--) {
        int n = 0;
        boolean merged = false;
        int[] start = starts.get(r);
        for (int c = 0; c < start.length; c++) {
          int a = start[c];
          int b = a + spans.get(r)[c];
          if (b <= from || a >= from + span) {
            continue;
          }
          if (b - a > 1) {
            if (!texts.get(r).get(c).isEmpty()) {
              return 0;
            }
            merged = true; // (an empty merged cell, even one reaching past the columns: look further up)
          }
          n++;
        }
        if (n == 0) {
          return 0;
        }
        if (!merged) {
          return n;
        }
      }
      return 0;
    }

    private static boolean hasDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９')) {
          return true;
        }
      }
      return false;
    }

    private static boolean isMergeContinuation(XWPFTableCell cell) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      if (pr == null || pr.getVMerge() == null) {
        return false;
      }
      STMerge.Enum val = pr.getVMerge().getVal();
      return val == null || val == STMerge.CONTINUE;
    }

    private static String cellText(XWPFTableCell cell) {
      StringBuilder sb = new StringBuilder();
      for (XWPFParagraph p : cell.getParagraphs()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(p.getText());
      }
      return CellTexts.normalize(sb);
    }
  }

  /** The {@code gridSpan} of a cell, 1 when absent (for the writer's tests). */
  static int gridSpan(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || pr.getGridSpan() == null) {
      return 1;
    }
    BigInteger v = pr.getGridSpan().getVal();
    return v == null ? 1 : v.intValue();
  }
}
