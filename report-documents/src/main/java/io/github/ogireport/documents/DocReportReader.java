package io.github.ogireport.documents;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.text.TextReportReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads a report from a Word 97–2003 document ({@code .doc}) through POI's HWPF. Paragraphs outside
 * tables are text lines; each table row is one line of the texts of its cells joined by TAB, the
 * continuation cells of horizontal and vertical merges left out (as {@link DocxReportReader} does). The
 * lines are read by the text reader.
 *
 * <p>Provenance: {@code table[t]/tr[r]/td[c]} for table cells, {@code line N} (N the 1-based paragraph)
 * elsewhere. A broken file gives a {@link TableFormatException}, limits an {@link InputLimitException}.
 *
 * @since 0.1
 */
public final class DocReportReader {
  private final TextReportReader textReader;
  private final DocumentLimits limits;

  private DocReportReader(TextReportReader textReader, DocumentLimits limits) {
    this.textReader = textReader;
    this.limits = limits;
  }

  /** A lenient reader with the default limits. */
  public static DocReportReader lenient() {
    return using(TextReportReader.lenient(), DocumentLimits.DEFAULT);
  }

  /** A reader interpreting the lines with the given text reader, within the given limits. */
  public static DocReportReader using(TextReportReader textReader, DocumentLimits limits) {
    return new DocReportReader(Objects.requireNonNull(textReader, "textReader"),
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
   * Reads the bytes of a {@code .doc} file.
   *
   * @throws ReportException if they cannot be read or exceed a limit
   */
  public ReadResult read(byte[] doc) {
    return lines(doc).read(textReader);
  }

  SourceLines lines(byte[] bytes) {
    Inputs.checkSize(bytes, "DOC file", limits);
    return Inputs.guarded("DOC", () -> {
      try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
        return walk(doc.getRange());
      }
    });
  }

  private SourceLines walk(Range range) {
    SourceLines out = new SourceLines();
    int tables = 0;
    int n = range.numParagraphs();
    for (int i = 0; i < n; i++) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table table;
        try {
          table = range.getTable(p);
        } catch (IllegalArgumentException e) {
          out.text(p.text().replace('\u0007', '\t'), Location.ofLine(i + 1, 0));
          continue;
        }
        table(table, tables++, out);
        i += Math.max(0, table.numParagraphs() - 1);
      } else {
        out.text(p.text(), Location.ofLine(i + 1, 0));
      }
    }
    return out;
  }

  private void table(Table table, int index, SourceLines out) {
    if (table.numRows() > limits.maxTableRows()) {
      throw new InputLimitException("table has " + table.numRows() + " rows, more than the limit of "
          + limits.maxTableRows(), Location.ofHtmlCell(index, limits.maxTableRows(), 0));
    }
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      if (row.numCells() > limits.maxRowCells()) {
        throw new InputLimitException("table row has " + row.numCells() + " cells, more than the limit of "
            + limits.maxRowCells(), Location.ofHtmlCell(index, r, limits.maxRowCells()));
      }
      List<String> texts = new ArrayList<>();
      List<Location> where = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        boolean continuation = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
            || (cell.isMerged() && !cell.isFirstMerged());
        if (continuation) {
          continue;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cell.numParagraphs(); k++) {
          if (k > 0) {
            sb.append('\n');
          }
          sb.append(cell.getParagraph(k).text());
        }
        texts.add(CellTexts.normalize(sb));
        where.add(Location.ofHtmlCell(index, r, c));
      }
      out.row(texts, where);
    }
  }
}
