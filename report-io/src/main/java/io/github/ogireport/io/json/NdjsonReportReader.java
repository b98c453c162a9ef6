package io.github.ogireport.io.json;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.Location;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.model.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads reports from newline-delimited JSON (NDJSON): one report per line, each as {@link ReportJson}
 * reads it, lines ended by {@code \n} (a {@code \r} before it is dropped). Lines holding only whitespace
 * are skipped. The input is read one line at a time, so memory stays bounded by the longest line (at
 * most {@link JsonLimits#maxDocumentLength()} characters) however many lines there are.
 *
 * <pre>{@code
 * try (NdjsonReportReader reports = NdjsonReportReader.open(Files.newInputStream(path))) {
 *   reports.stream().filter(r -> r.metadata().year() == 2023).forEach(...);
 * }
 * }</pre>
 *
 * <p>A line that cannot be read makes {@link #next()} throw a {@link ReportFormatException} or an
 * {@link InputLimitException} whose {@link Location#line()} is that line's number (1-based) and whose
 * column and JSON Pointer are those within the line. The bad line is consumed: iteration may go on with
 * the next line, to skip bad lines. Not thread-safe.
 *
 * @since 0.1
 */
public final class NdjsonReportReader implements Iterator<Report>, Closeable {
  private static final int BUFFER = 8192;
  private static final int KEEP_CAPACITY = 1 << 16;

  private final Reader in;
  private final ReportJson json;
  private final int maxLineLength;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int end;
  private boolean exhausted;
  private StringBuilder line = new StringBuilder();
  private long linesRead;
  private long lineNumber;
  private String pending;
  private long pendingLineNumber;
  private ReportException pendingFailure;

  private NdjsonReportReader(Reader in, ReportJson json) {
    this.in = Objects.requireNonNull(in, "in");
    this.json = Objects.requireNonNull(json, "json");
    this.maxLineLength = (int) Math.min(json.limits().maxDocumentLength(), Integer.MAX_VALUE - 16);
  }

  /** Returns a reader of UTF-8 NDJSON under the default limits; malformed UTF-8 is an error. */
  public static NdjsonReportReader open(InputStream in) {
    return open(in, ReportJson.standard());
  }

  /** Returns a reader of UTF-8 NDJSON that reads each line with {@code json}. */
  public static NdjsonReportReader open(InputStream in, ReportJson json) {
    Objects.requireNonNull(in, "in");
    return new NdjsonReportReader(
        new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)),
        json);
  }

  /** Returns a reader of NDJSON text under the default limits. */
  public static NdjsonReportReader open(Reader in) {
    return open(in, ReportJson.standard());
  }

  /** Returns a reader of NDJSON text that reads each line with {@code json}. */
  public static NdjsonReportReader open(Reader in, ReportJson json) {
    return new NdjsonReportReader(in, json);
  }

  /** True if another non-blank line follows (which {@link #next()} may still find malformed). */
  @Override
  public boolean hasNext() {
    if (pending == null && pendingFailure == null) {
      advance();
    }
    return pending != null || pendingFailure != null;
  }

  /**
   * Returns the report on the next non-blank line.
   *
   * @throws ReportFormatException if the line is not a report, or the input cannot be read
   * @throws InputLimitException if the line exceeds a limit
   * @throws NoSuchElementException if no line is left
   */
  @Override
  public Report next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more reports after line " + linesRead);
    }
    lineNumber = pendingLineNumber;
    ReportException failure = pendingFailure;
    String text = pending;
    pending = null;
    pendingFailure = null;
    if (failure != null) {
      throw failure;
    }
    return json.readLine(text, lineNumber);
  }

  /** The 1-based line number of the report (or failure) last returned by {@link #next()}; 0 before. */
  public long lineNumber() {
    return lineNumber;
  }

  /** Returns the remaining reports as a sequential stream; closing the stream closes this reader. */
  public Stream<Report> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * Closes the underlying input.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    exhausted = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the NDJSON input", e);
    }
  }

  /** Reads up to the next non-blank line into {@link #pending}, or a failure into {@link #pendingFailure}. */
  private void advance() {
    while (!exhausted) {
      long number = linesRead + 1;
      boolean tooLong;
      try {
        tooLong = readLine();
      } catch (IOException e) {
        exhausted = true;
        pendingLineNumber = number;
        String problem = e instanceof CharacterCodingException
            ? "malformed UTF-8 input: " + e
            : "could not read the input: " + e;
        pendingFailure = new ReportFormatException(problem, Location.ofJsonPath("", clamp(number), 0), e);
        return;
      }
      if (exhausted && line.length() == 0 && !tooLong) {
        return;
      }
      linesRead = number;
      if (tooLong) {
        pendingLineNumber = number;
        pendingFailure = new InputLimitException(
            "line of more than " + maxLineLength + " characters exceeds the document limit",
            Location.ofJsonPath("", clamp(number), maxLineLength + 1));
        return;
      }
      if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
        line.deleteCharAt(0);
      }
      if (!isBlank(line)) {
        pending = line.toString();
        pendingLineNumber = number;
        if (line.capacity() > KEEP_CAPACITY) {
          line = new StringBuilder();
        }
        return;
      }
    }
  }

  /**
   * Reads one line into {@link #line} without its terminator; returns true if it was longer than the
   * limit (its excess is skipped, not kept). Sets {@link #exhausted} at the end of input.
   */
  private boolean readLine() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    while (true) {
      if (position == end) {
        end = in.read(buffer, 0, BUFFER);
        position = 0;
        if (end <= 0) {
          end = 0;
          exhausted = true;
          break;
        }
      }
      int start = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      if (!tooLong) {
        int length = position - start;
        if (line.length() + length > maxLineLength + 1) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buffer, start, length);
        }
      }
      if (position < end) {
        position++; // the '\n'
        break;
      }
    }
    if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    if (!tooLong && line.length() > maxLineLength) {
      tooLong = true;
      line.setLength(0);
    }
    return tooLong;
  }

  private static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static int clamp(long line) {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }
}
