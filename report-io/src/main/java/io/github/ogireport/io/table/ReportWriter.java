package io.github.ogireport.io.table;

import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders a report as a document (HTML, Markdown, …). Implementations write to an {@link Appendable};
 * the other forms are derived from it. Implementations are stateless and thread-safe.
 *
 * @since 0.1
 */
public interface ReportWriter {
  /**
   * Appends the document of a report.
   *
   * @throws IOException if {@code out} fails
   */
  void write(Report report, Appendable out) throws IOException;

  /** Returns the document of a report. */
  default String write(Report report) {
    StringBuilder sb = new StringBuilder(16_384);
    try {
      write(report, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws
    }
    return sb.toString();
  }

  /**
   * Writes the document of a report, encoded in UTF-8, to a stream (which is flushed, not closed).
   *
   * @throws IOException if the stream fails
   */
  default void write(Report report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    write(report, w);
    w.flush();
  }
}
