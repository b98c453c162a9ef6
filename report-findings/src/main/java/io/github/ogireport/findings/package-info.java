/**
 * Findings for people: {@link io.github.ogireport.findings.HtmlFindingsReport} renders checked reports
 * ({@link io.github.ogireport.findings.CheckedReport}: a report, its reader's findings and its validation
 * result) as one self-contained HTML page in the official layout with the cells of every finding marked;
 * {@link io.github.ogireport.findings.FindingsTable} lists every finding as a row, written as CSV by
 * {@link io.github.ogireport.findings.FindingsCsvWriter} and as XLSX by
 * {@link io.github.ogireport.findings.FindingsXlsxWriter}.
 *
 * <pre>{@code
 * ReadResult read = TextReportReader.lenient().read(Path.of("report.txt"));
 * ValidationResult result = ReportValidator.standard().validate(read.report());
 * CheckedReport checked = CheckedReport.of("report.txt", read, result);
 *
 * String page = HtmlFindingsReport.standard().render(List.of(checked)); // one self-contained page
 * FindingsTable table = FindingsTable.of(List.of(checked));            // one row per finding
 * byte[] csv = FindingsCsvWriter.create().write(table);                 // UTF-8 with BOM
 * byte[] xlsx = FindingsXlsxWriter.create().write(table);
 * }</pre>
 */
package io.github.ogireport.findings;
