package io.github.ogireport.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ogireport.model.Report;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes reports as newline-delimited JSON (NDJSON): each report as the compact JSON of
 * {@link ReportJson#write(Report)} followed by {@code \n}. Output is buffered and written as it goes, so
 * memory does not grow with the number of reports. Not thread-safe.
 *
 * <pre>{@code
 * try (NdjsonReportWriter out = NdjsonReportWriter.open(Files.newOutputStream(path))) {
 *   reports.forEach(out::write);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class NdjsonReportWriter implements Closeable, Flushable {
  private final Closeable target;
  private final JsonGenerator generator;
  private long count;

  private NdjsonReportWriter(Closeable target, JsonGenerator generator) {
    this.target = target;
    this.generator = generator;
    // one report per line: the line break is written after each report instead of Jackson's separator
    generator.setRootValueSeparator(null);
  }

  /** Returns a writer of UTF-8 NDJSON to {@code out}. */
  public static NdjsonReportWriter open(OutputStream out) {
    return open(out, ReportJson.standard());
  }

  /** Returns a writer of UTF-8 NDJSON to {@code out}, configured by {@code json}. */
  public static NdjsonReportWriter open(OutputStream out, ReportJson json) {
    Objects.requireNonNull(out, "out");
    try {
      return new NdjsonReportWriter(out, json.factory().createGenerator(out, JsonEncoding.UTF8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the NDJSON output", e);
    }
  }

  /** Returns a writer of NDJSON text to {@code out}. */
  public static NdjsonReportWriter open(Writer out) {
    return open(out, ReportJson.standard());
  }

  /** Returns a writer of NDJSON text to {@code out}, configured by {@code json}. */
  public static NdjsonReportWriter open(Writer out, ReportJson json) {
    Objects.requireNonNull(out, "out");
    try {
      return new NdjsonReportWriter(out, json.factory().createGenerator(out));
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the NDJSON output", e);
    }
  }

  /**
   * Writes one report as one line.
   *
   * @return this writer
   * @throws UncheckedIOException if writing fails
   */
  public NdjsonReportWriter write(Report report) {
    Objects.requireNonNull(report, "report");
    try {
      ModelSerializers.writeReport(report, generator);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("could not write report " + (count + 1), e);
    }
    count++;
    return this;
  }

  /** The number of reports written so far. */
  public long count() {
    return count;
  }

  /**
   * Writes buffered output through to the underlying stream and flushes it.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not flush the NDJSON output", e);
    }
  }

  /**
   * Flushes and closes the underlying stream.
   *
   * @throws UncheckedIOException if flushing or closing fails
   */
  @Override
  public void close() {
    try {
      try {
        generator.close();
      } finally {
        target.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the NDJSON output", e);
    }
  }
}
