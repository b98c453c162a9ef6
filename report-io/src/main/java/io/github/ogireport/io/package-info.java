/**
 * Shared types of the readers and writers: the {@link io.github.ogireport.io.ReportException} family
 * (malformed input, always with a {@link io.github.ogireport.model.Location}), and the
 * {@link io.github.ogireport.io.ReadResult} of the readers of published reports.
 */
package io.github.ogireport.io;
