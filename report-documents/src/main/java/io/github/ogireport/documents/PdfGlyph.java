package io.github.ogireport.documents;

/**
 * One glyph of a PDF page's text layer: its text and box in PDF units from the page's top left corner
 * (rotation applied).
 */
record PdfGlyph(String text, float x, float y, float width, float height) {
  float right() {
    return x + width;
  }

  boolean isSpace() {
    return text.isBlank();
  }
}
