/**
 * The outcome of checking reports, for people and for machines.
 * {@link io.github.ogireport.findings.CheckedReport} is the one outcome of checking one input (a report,
 * its reader's findings and its validation result, whether it came from a published document, its
 * previous-year pairing; or why and where it could not be read);
 * {@link io.github.ogireport.findings.CheckedReportJson} writes it as the JSON of
 * {@code ogi-report check --format json} and of the server's {@code POST /api/check};
 * {@link io.github.ogireport.findings.HtmlFindingsReport} renders checked reports as one self-contained
 * HTML page in the official layout with the cells of every finding marked;
 * {@link io.github.ogireport.findings.FindingsTable} lists every finding as a row, written as CSV by
 * {@link io.github.ogireport.findings.FindingsCsvWriter} and as XLSX by
 * {@link io.github.ogireport.findings.FindingsXlsxWriter};
 * {@link io.github.ogireport.findings.HtmlComparisonReport} renders one agency's two years side by side
 * (a {@link io.github.ogireport.validation.compare.ReportComparison}) with the cross-year findings marked.
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
 * String json = CheckedReportJson.write(checked);                       // one line, as check --format json
 * }</pre>
 */
package io.github.ogireport.findings;
