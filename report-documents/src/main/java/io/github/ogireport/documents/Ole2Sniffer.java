package io.github.ogireport.documents;

import java.nio.charset.StandardCharsets;

/**
 * Tells a Word 97–2003 document from an Excel 97–2003 workbook by the name of its main stream
 * ({@code WordDocument}; {@code Workbook} or {@code Book}), stored in UTF-16LE in the compound file's
 * directory; nothing is parsed.
 */
final class Ole2Sniffer {
  private static final byte[] WORD = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
  private static final byte[] WORKBOOK = "Workbook".getBytes(StandardCharsets.UTF_16LE);
  private static final byte[] BOOK = "Book\0".getBytes(StandardCharsets.UTF_16LE);

  private Ole2Sniffer() {}

  static DocumentFormat kind(byte[] ole2) {
    if (Bytes.contains(ole2, WORD)) {
      return DocumentFormat.DOC;
    }
    if (Bytes.contains(ole2, WORKBOOK) || Bytes.contains(ole2, BOOK)) {
      return DocumentFormat.XLS;
    }
    return DocumentFormat.UNKNOWN_BINARY;
  }
}
