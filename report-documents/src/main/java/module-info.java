/**
 * Reading and writing the files agencies publish: PDF (PDFBox), Word ({@code .docx}, {@code .doc}) and
 * Excel ({@code .xlsx}, {@code .xls}) through Apache POI. Every reader returns the SDK's
 * {@link io.github.ogireport.io.ReadResult}; the tables are interpreted by the text reader of report-io.
 */
module io.github.ogireport.documents {
  requires transitive io.github.ogireport.io;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.scratchpad;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;

  exports io.github.ogireport.documents;
}
