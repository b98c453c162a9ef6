package io.github.ogireport.documents;

import io.github.ogireport.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the glyphs of PDF pages into the lines the text reader reads: glyphs whose baselines lie within
 * about half a character's height form a line; within a line, a gap wider than about one character
 * (0.9 of the wider neighbouring glyph) ends a cell. Page numbers ({@code — 3 —},
 * {@code - 3 -}, {@code 第3页}, {@code 第3页 共6页}, a bare number or {@code 3/6} in the top or bottom
 * margin) are removed. Pages follow each other, so a table continued on the next page goes on in the
 * next lines.
 */
final class PdfLayout {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^[-—–－─_\\s]*\\d{1,4}[-—–－─_\\s]*$|^[-—–－\\s]*\\d{1,4}\\s*/\\s*\\d{1,4}[-—–－\\s]*$");
  private static final Pattern PAGE_WORDS = Pattern.compile(
      "^[-—–－\\s]*第\\s*\\d{1,4}\\s*页(\\s*[,，/、]?\\s*共\\s*\\d{1,4}\\s*页)?[-—–－\\s]*$"
          + "|^[-—–－\\s]*共\\s*\\d{1,4}\\s*页\\s*[,，/、]?\\s*第\\s*\\d{1,4}\\s*页[-—–－\\s]*$");
  /** The share of the page height at its top and bottom where a bare number is a page number. */
  private static final float MARGIN = 0.1f;

  /** A cell of a line: its text and where its first glyph is. */
  record PdfCell(String text, float x, float y) {}

  /** A line of cells on a page. */
  record PdfLine(int page, float y, List<PdfCell> cells) {
    String text() {
      StringBuilder sb = new StringBuilder();
      for (PdfCell c : cells) {
        sb.append(c.text());
      }
      return sb.toString();
    }
  }

  private PdfLayout() {}

  /** The lines of all pages, page numbers removed; {@code pageHeights} gives each page's height. */
  static List<PdfLine> lines(List<List<PdfGlyph>> pages, List<float[]> pageSizes) {
    List<PdfLine> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      float height = p < pageSizes.size() ? pageSizes.get(p)[1] : 842f;
      for (PdfLine line : pageLines(p + 1, pages.get(p))) {
        if (!isPageNumber(line, height)) {
          out.add(line);
        }
      }
    }
    return out;
  }

  static boolean isPageNumber(PdfLine line, float pageHeight) {
    String t = line.text().strip();
    if (PAGE_WORDS.matcher(t).matches()) {
      return true;
    }
    boolean margin = line.y() < pageHeight * MARGIN || line.y() > pageHeight * (1 - MARGIN);
    return margin && PAGE_NUMBER.matcher(t).matches();
  }

  /** The lines of one page, top to bottom. */
  static List<PdfLine> pageLines(int page, List<PdfGlyph> glyphs) {
    List<PdfGlyph> sorted = new ArrayList<>();
    for (PdfGlyph g : glyphs) {
      if (!g.isSpace()) {
        sorted.add(g);
      }
    }
    sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
    List<List<PdfGlyph>> groups = new ArrayList<>();
    List<PdfGlyph> current = null;
    double sumY = 0;
    float size = 0;
    for (PdfGlyph g : sorted) {
      float s = size(g);
      if (current != null) {
        double meanY = sumY / current.size();
        if (g.y() - meanY <= 0.45 * Math.min(size, s) + 0.5) {
          current.add(g);
          sumY += g.y();
          size = Math.max(size, s);
          continue;
        }
      }
      current = new ArrayList<>();
      current.add(g);
      groups.add(current);
      sumY = g.y();
      size = s;
    }
    List<PdfLine> lines = new ArrayList<>(groups.size());
    for (List<PdfGlyph> group : groups) {
      lines.add(line(page, group));
    }
    return lines;
  }

  /** The size of a glyph: its height, or its width for a wide (Chinese) glyph, whose height PDFBox often underestimates. */
  private static float size(PdfGlyph g) {
    char c = g.text().charAt(0);
    return CellTexts.isWide(c) ? Math.max(g.height(), g.width()) : Math.max(g.height(), g.width() * 1.6f);
  }

  private static PdfLine line(int page, List<PdfGlyph> group) {
    group.sort(Comparator.comparingDouble(PdfGlyph::x));
    List<PdfCell> cells = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    PdfGlyph first = null;
    PdfGlyph previous = null;
    float y = group.get(0).y();
    for (PdfGlyph g : group) {
      if (previous != null && g.x() - previous.right() > 0.9f * Math.max(previous.width(), g.width())) {
        cells.add(new PdfCell(text.toString(), first.x(), first.y()));
        text.setLength(0);
        first = null;
      }
      if (first == null) {
        first = g;
      }
      text.append(g.text());
      previous = g;
    }
    cells.add(new PdfCell(text.toString(), first.x(), first.y()));
    return new PdfLine(page, y, cells);
  }

  /** The lines as text-reader lines: cells joined by TAB, each cell located on its page. */
  static SourceLines sourceLines(List<PdfLine> lines) {
    SourceLines out = new SourceLines();
    for (PdfLine line : lines) {
      List<String> texts = new ArrayList<>(line.cells().size());
      List<Location> where = new ArrayList<>(line.cells().size());
      for (PdfCell c : line.cells()) {
        texts.add(c.text().replace('\t', ' '));
        where.add(Location.ofPage(line.page(), c.x(), c.y()));
      }
      out.row(texts, where);
    }
    return out;
  }
}
