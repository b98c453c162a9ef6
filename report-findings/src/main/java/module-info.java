/**
 * The outcome of checking reports: {@link io.github.ogireport.findings.CheckedReport} (one checked input)
 * and its JSON {@link io.github.ogireport.findings.CheckedReportJson} (as {@code check --format json} and
 * the server write it); for people, {@link io.github.ogireport.findings.HtmlFindingsReport} draws checked
 * reports in the official layout with the cells of every finding marked, and
 * {@link io.github.ogireport.findings.FindingsTable} lists every finding as a row for CSV and XLSX spreadsheets;
 * {@link io.github.ogireport.findings.HtmlComparisonReport} draws one agency's two years side by side.
 */
module io.github.ogireport.findings {
  requires transitive io.github.ogireport.io;
  requires transitive io.github.ogireport.validation;
  requires transitive com.fasterxml.jackson.core; // CheckedReportJson's writeFinding takes a JsonGenerator
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports io.github.ogireport.findings;
}
