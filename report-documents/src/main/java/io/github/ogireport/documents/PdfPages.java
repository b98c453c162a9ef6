package io.github.ogireport.documents;

import io.github.ogireport.io.table.OfficialGrid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The page flow of {@link PdfReportWriter}: landscape A4 pages filled top to bottom, numbered at the foot. */
final class PdfPages implements AutoCloseable {
  private static final float WIDTH = PDRectangle.A4.getHeight();
  private static final float HEIGHT = PDRectangle.A4.getWidth();
  private static final float MARGIN = 40;
  private static final float TEXT_SIZE = 10;
  private static final float MAX_TABLE_SIZE = 8;
  private static final float MIN_TABLE_SIZE = 3;
  private static final String BLANK = "—";

  private final PDDocument doc;
  private final PDType0Font font;
  private PDPageContentStream content;
  private float y;
  private int pages;

  PdfPages(PDDocument doc, PDType0Font font) {
    this.doc = doc;
    this.font = font;
  }

  void title(String text) throws IOException {
    ensure(32);
    String t = printable(text);
    float w = width(t) * 16;
    show(t, Math.max(MARGIN, (WIDTH - w) / 2), y + 20, 16);
    y += 32;
  }

  void heading(String text) throws IOException {
    ensure(22);
    show(printable(text), MARGIN, y + 15, 11);
    y += 22;
  }

  /** A paragraph, wrapped to the page's width. */
  void paragraph(String text) throws IOException {
    String t = printable(text);
    float max = (WIDTH - 2 * MARGIN) / TEXT_SIZE;
    int start = 0;
    while (start < t.length()) {
      int end = start;
      float w = 0;
      while (end < t.length()) {
        int cp = t.codePointAt(end);
        float cw = width(new String(Character.toChars(cp)));
        if (w + cw > max && end > start) {
          break;
        }
        w += cw;
        end += Character.charCount(cp);
      }
      ensure(TEXT_SIZE * 1.6f);
      show(t.substring(start, end), MARGIN, y + TEXT_SIZE * 1.2f, TEXT_SIZE);
      y += TEXT_SIZE * 1.6f;
      start = end;
    }
  }

  /** A table: a ruled grid, every cell's text on one line in its first row. */
  void grid(OfficialGrid grid) throws IOException {
    List<List<OfficialGrid.Cell>> rows = grid.rows();
    List<Placed> placed = place(grid, rows);
    float[] need = columnWidths(grid.width(), placed);
    float total = 0;
    for (float n : need) {
      total += n;
    }
    float size = Math.max(MIN_TABLE_SIZE, Math.min(MAX_TABLE_SIZE, (WIDTH - 2 * MARGIN) / total));
    float rowHeight = size * 2;
    float[] left = new float[grid.width() + 1];
    left[0] = MARGIN;
    for (int c = 0; c < grid.width(); c++) {
      left[c + 1] = left[c] + need[c] * size;
    }
    float tableHeight = rowHeight * rows.size();
    if (y + tableHeight > HEIGHT - MARGIN && tableHeight <= HEIGHT - 2 * MARGIN) {
      newPage();
    }
    float[] top = new float[rows.size()];
    int[] pageOf = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      ensure(rowHeight);
      top[r] = y;
      pageOf[r] = pages;
      for (Placed p : placed) {
        if (p.row() == r) {
          int lastRow = Math.min(rows.size(), r + p.cell().rowspan());
          float height = rowHeight * (lastRow - r);
          float x0 = left[p.column()];
          float x1 = left[Math.min(grid.width(), p.column() + p.cell().colspan())];
          content.setLineWidth(0.4f);
          content.addRect(x0, HEIGHT - y - Math.min(height, HEIGHT - MARGIN - y), x1 - x0,
              Math.min(height, HEIGHT - MARGIN - y));
          content.stroke();
          String text = p.text();
          if (!text.isEmpty()) {
            show(text, x0 + size * 0.8f, y + size * 1.35f, size);
          }
        }
      }
      y += rowHeight;
    }
    y += size * 2;
  }

  /** A cell at its grid position, with the text it prints. */
  private record Placed(OfficialGrid.Cell cell, int row, int column, String text) {}

  private List<Placed> place(OfficialGrid grid, List<List<OfficialGrid.Cell>> rows) {
    boolean[][] taken = new boolean[rows.size()][grid.width()];
    List<Placed> placed = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
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
        String text = cell.isValue() && cell.text().isEmpty() ? BLANK : printable(cell.text());
        placed.add(new Placed(cell, r, Math.min(c, grid.width() - 1), text));
        c += cell.colspan();
      }
    }
    return placed;
  }

  /** The width of every column at font size 1: the widest single-column text, then spans widened. */
  private float[] columnWidths(int width, List<Placed> placed) throws IOException {
    float[] need = new float[width];
    java.util.Arrays.fill(need, 2f);
    for (Placed p : placed) {
      if (p.cell().colspan() == 1) {
        need[p.column()] = Math.max(need[p.column()], width(p.text()) + 1.6f);
      }
    }
    List<Placed> spans = new ArrayList<>(placed.stream().filter(p -> p.cell().colspan() > 1).toList());
    spans.sort(Comparator.comparingInt(p -> p.cell().colspan()));
    for (Placed p : spans) {
      int last = Math.min(width, p.column() + p.cell().colspan()) - 1;
      float sum = 0;
      for (int c = p.column(); c <= last; c++) {
        sum += need[c];
      }
      float deficit = width(p.text()) + 1.6f - sum;
      if (deficit > 0) {
        need[last] += deficit;
      }
    }
    return need;
  }

  private void ensure(float height) throws IOException {
    if (content == null || y + height > HEIGHT - MARGIN) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    endPage();
    PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
    doc.addPage(page);
    content = new PDPageContentStream(doc, page);
    pages++;
    y = MARGIN;
  }

  private void endPage() throws IOException {
    if (content != null) {
      String number = "- " + pages + " -";
      show(number, (WIDTH - width(number) * 9) / 2, HEIGHT - 18, 9);
      content.close();
      content = null;
    }
  }

  /** Text at a baseline measured from the page's top. */
  private void show(String text, float x, float baselineFromTop, float size) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, HEIGHT - baselineFromTop);
    content.showText(text);
    content.endText();
  }

  /** The width of a text at font size 1. */
  private float width(String text) throws IOException {
    return font.getStringWidth(text) / 1000f;
  }

  /** The text with every character the font cannot show replaced by {@code ?}. */
  private String printable(String text) {
    try {
      font.encode(text);
      return text;
    } catch (IOException | IllegalArgumentException e) {
      StringBuilder sb = new StringBuilder();
      text.codePoints().forEach(cp -> {
        String s = new String(Character.toChars(cp));
        try {
          font.encode(s);
          sb.append(s);
        } catch (IOException | IllegalArgumentException x) {
          sb.append('?');
        }
      });
      return sb.toString();
    }
  }

  @Override
  public void close() throws IOException {
    endPage();
  }
}
