/**
 * Writers of the official table layout: {@link io.github.ogireport.io.table.HtmlReportWriter} (a printable
 * HTML document with the official merged header cells), {@link io.github.ogireport.io.table.MarkdownReportWriter}
 * (GitHub-flavoured tables) and {@link io.github.ogireport.io.table.CellsCsvWriter} (one CSV line per cell).
 */
package io.github.ogireport.io.table;
