/**
 * Readers and writers of the files agencies publish: {@link io.github.ogireport.documents.PdfReportReader},
 * {@link io.github.ogireport.documents.DocxReportReader}, {@link io.github.ogireport.documents.DocReportReader},
 * {@link io.github.ogireport.documents.WorkbookReportReader}, the entry point
 * {@link io.github.ogireport.documents.DocumentReaders} that picks one by content, and the writers
 * {@link io.github.ogireport.documents.DocxReportWriter}, {@link io.github.ogireport.documents.XlsxReportWriter}
 * and {@link io.github.ogireport.documents.PdfReportWriter}.
 */
package io.github.ogireport.documents;
