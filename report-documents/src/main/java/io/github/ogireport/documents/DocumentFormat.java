package io.github.ogireport.documents;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of file {@link DocumentReaders} tells apart, by content first: {@code %PDF}; a zip package
 * with {@code word/} or {@code xl/} entries; an OLE2 compound file ({@code D0 CF 11 E0}) holding a
 * {@code WordDocument} or {@code Workbook} stream; else text (HTML, JSON or plain text, sniffed from its
 * first characters).
 *
 * @since 0.1
 */
public enum DocumentFormat {
  /** A PDF. */
  PDF,
  /** A Word document, Office Open XML. */
  DOCX,
  /** A Word 97–2003 document. */
  DOC,
  /** An Excel workbook, Office Open XML. */
  XLSX,
  /** An Excel 97–2003 workbook. */
  XLS,
  /** An HTML page. */
  HTML,
  /** The SDK's JSON. */
  JSON,
  /** Plain text (also Markdown). */
  TEXT,
  /** A zip or OLE2 file that is none of the above. */
  UNKNOWN_BINARY;

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  /** True if the bytes start like a zip file. */
  static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7);
  }

  static boolean isOle2(byte[] b) {
    if (b.length < OLE2.length) {
      return false;
    }
    for (int i = 0; i < OLE2.length; i++) {
      if (b[i] != OLE2[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean isPdf(byte[] b) {
    // a PDF may have a few bytes of junk before its header; readers accept it within the first KiB
    int n = Math.min(b.length, 1024);
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  /**
   * The format of the bytes, by content; the file name's extension decides only between formats the
   * content cannot tell apart (none today; it is kept for messages).
   */
  public static DocumentFormat detect(byte[] bytes, String fileName) {
    if (isPdf(bytes)) {
      return PDF;
    }
    if (isZip(bytes)) {
      return ZipSniffer.kind(bytes);
    }
    if (isOle2(bytes)) {
      return Ole2Sniffer.kind(bytes);
    }
    return text(bytes, fileName);
  }

  private static DocumentFormat text(byte[] bytes, String fileName) {
    int n = Math.min(bytes.length, 4096);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    String trimmed = head.stripLeading();
    if (trimmed.startsWith("\u00ef\u00bb\u00bf")) {
      trimmed = trimmed.substring(3).stripLeading();
    }
    if (head.contains("<html") || head.contains("<table") || head.contains("<!doctype html")) {
      return HTML;
    }
    if (trimmed.startsWith("{")) {
      return JSON;
    }
    return TEXT;
  }
}
