/**
 * Reading and writing reports as plain text: {@link io.github.ogireport.io.text.TextReportReader} reads
 * text copied or extracted from Word, PDF and web pages; {@link io.github.ogireport.io.text.TextReportWriter}
 * renders a report in the official table layout as tab-separated text that the reader reads back.
 */
package io.github.ogireport.io.text;
