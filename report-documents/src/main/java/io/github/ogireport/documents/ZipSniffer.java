package io.github.ogireport.documents;

import java.nio.charset.StandardCharsets;

/**
 * Tells a DOCX from an XLSX package by the names of its main parts, which a zip file stores uncompressed
 * in its headers; nothing is inflated, so a zip bomb costs nothing here.
 */
final class ZipSniffer {
  private static final byte[] WORD = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WORD_DIR = "word/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EXCEL = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EXCEL_DIR = "xl/".getBytes(StandardCharsets.US_ASCII);

  private ZipSniffer() {}

  static DocumentFormat kind(byte[] zip) {
    if (Bytes.contains(zip, WORD)) {
      return DocumentFormat.DOCX;
    }
    if (Bytes.contains(zip, EXCEL)) {
      return DocumentFormat.XLSX;
    }
    if (Bytes.contains(zip, WORD_DIR)) {
      return DocumentFormat.DOCX;
    }
    if (Bytes.contains(zip, EXCEL_DIR)) {
      return DocumentFormat.XLSX;
    }
    return DocumentFormat.UNKNOWN_BINARY;
  }
}
