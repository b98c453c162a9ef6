/**
 * Findings for people: {@link io.github.ogireport.findings.HtmlFindingsReport} draws checked reports in
 * the official layout with the cells of every finding marked, and {@link io.github.ogireport.findings.FindingsTable}
 * lists every finding as a row for CSV and XLSX spreadsheets.
 */
module io.github.ogireport.findings {
  requires transitive io.github.ogireport.io;
  requires transitive io.github.ogireport.validation;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports io.github.ogireport.findings;
}
