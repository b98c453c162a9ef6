/**
 * The JSON form of reports; the entry point is {@link io.github.ogireport.io.json.ReportJson}.
 *
 * <p>{@link io.github.ogireport.io.json.ReportJson} writes and reads one report, strictly and under
 * {@link io.github.ogireport.io.json.JsonLimits}; {@link io.github.ogireport.io.json.ReportJsonModule} is
 * the Jackson module behind it, for mappers of applications that embed reports (also found by the service
 * loader); {@link io.github.ogireport.io.json.NdjsonReportWriter} and
 * {@link io.github.ogireport.io.json.NdjsonReportReader} stream any number of reports one per line.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.standard();
 * String text = json.write(report);
 * Report back = json.read(text);
 * }</pre>
 *
 * <p>The JSON shape is documented, member by member, in the README of the {@code report-io} module.
 */
package io.github.ogireport.io.json;
