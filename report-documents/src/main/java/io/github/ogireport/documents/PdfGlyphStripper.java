package io.github.ogireport.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page with their positions ({@link TextPosition#getXDirAdj()},
 * {@link TextPosition#getYDirAdj()}), page by page; the text layout itself is left to {@link PdfLayout}.
 */
final class PdfGlyphStripper extends PDFTextStripper {
  private final List<List<PdfGlyph>> pages = new ArrayList<>();
  private final List<float[]> sizes = new ArrayList<>();

  PdfGlyphStripper() {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
    setPageEnd("\f");
  }

  private String plain = "";

  /** Collects the glyphs of each page, in the order PDFBox gives them, and the plain text. */
  List<List<PdfGlyph>> pages(PDDocument doc) throws IOException {
    pages.clear();
    sizes.clear();
    plain = getText(doc);
    return pages;
  }

  /**
   * The plain text PDFBox makes of the document (sorted by position, pages ended by a form feed), as
   * the text reader's token-stream reading wants it.
   */
  String plainText() {
    return plain;
  }

  /** The width and height of each page. */
  List<float[]> sizes() {
    return sizes;
  }

  @Override
  protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
    pages.add(new ArrayList<>());
    var box = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    sizes.add(turned ? new float[] {box.getHeight(), box.getWidth()} : new float[] {box.getWidth(), box.getHeight()});
    super.startPage(page);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    List<PdfGlyph> page = pages.get(pages.size() - 1);
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null || u.isEmpty()) {
        continue;
      }
      float h = Math.max(p.getHeightDir(), 0.1f);
      float w = Math.max(p.getWidthDirAdj(), 0.1f);
      if (Float.isFinite(p.getXDirAdj()) && Float.isFinite(p.getYDirAdj())) {
        page.add(new PdfGlyph(u, p.getXDirAdj(), p.getYDirAdj(), w, h));
      }
    }
    super.writeString(text, positions);
  }
}
