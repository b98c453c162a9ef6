package io.github.ogireport.io.json;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.model.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads reports from newline-delimited JSON (NDJSON): one report per line, each as {@link ReportJson}
 * reads it, lines ended by {@code \n} (a {@code \r} before it is dropped). Lines holding only spaces and
 * tabs are skipped. The input is read one line at a time, so memory stays bounded by the longest line (at
 * most {@link JsonLimits#maxDocumentLength()} bytes, or characters for a {@link Reader}) however many
 * lines there are.
 *
 * <pre>{@code
 * try (NdjsonReportReader reports = NdjsonReportReader.open(Files.newInputStream(path))) {
 *   reports.stream().filter(r -> r.metadata().year() == 2023).forEach(...);
 * }
 * }</pre>
 *
 * <p>A line that cannot be read makes {@link #next()} throw a {@link ReportFormatException} (malformed
 * JSON or UTF-8, or a failing stream) or an {@link InputLimitException}, whose {@link Location#line()} is
 * that line's number (1-based) and whose JSON Pointer and column are those within the line (columns count
 * bytes for byte input). The bad line is consumed: iteration may go on with the next line, to skip bad
 * lines. Not thread-safe.
 *
 * @since 0.1
 */
public final class NdjsonReportReader implements Iterator<Report>, Closeable {
  private final Lines lines;
  private final ReportJson json;
  private long linesRead;
  private long lineNumber;
  private boolean exhausted;
  private boolean pending;
  private long pendingLineNumber;
  private ReportException pendingFailure;

  private NdjsonReportReader(Lines lines, ReportJson json) {
    this.lines = lines;
    this.json = Objects.requireNonNull(json, "json");
  }

  /** Returns a reader of UTF-8 NDJSON under the default limits. */
  public static NdjsonReportReader open(InputStream in) {
    return open(in, ReportJson.standard());
  }

  /** Returns a reader of UTF-8 NDJSON that reads each line with {@code json}. */
  public static NdjsonReportReader open(InputStream in, ReportJson json) {
    return new NdjsonReportReader(new ByteLines(Objects.requireNonNull(in, "in"), maxLine(json)), json);
  }

  /** Returns a reader of NDJSON text under the default limits. */
  public static NdjsonReportReader open(Reader in) {
    return open(in, ReportJson.standard());
  }

  /** Returns a reader of NDJSON text that reads each line with {@code json}. */
  public static NdjsonReportReader open(Reader in, ReportJson json) {
    return new NdjsonReportReader(new CharLines(Objects.requireNonNull(in, "in"), maxLine(json)), json);
  }

  private static int maxLine(ReportJson json) {
    return (int) Math.min(json.limits().maxDocumentLength(), Integer.MAX_VALUE - 16);
  }

  /** True if another non-blank line follows (which {@link #next()} may still find malformed). */
  @Override
  public boolean hasNext() {
    if (!pending && pendingFailure == null) {
      advance();
    }
    return pending || pendingFailure != null;
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
    pending = false;
    pendingFailure = null;
    if (failure != null) {
      throw failure;
    }
    return lines.parse(json, lineNumber);
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
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the NDJSON input", e);
    }
  }

  /** Reads up to the next non-blank line, or a failure into {@link #pendingFailure}. */
  private void advance() {
    while (!exhausted) {
      long number = linesRead + 1;
      Status status;
      try {
        status = lines.read();
      } catch (IOException e) {
        exhausted = true;
        pendingLineNumber = number;
        pendingFailure = new ReportFormatException(
            "could not read the input: " + e, Location.ofJsonPath("", clamp(number), 0), e);
        return;
      }
      if (status == Status.END) {
        exhausted = true;
        return;
      }
      linesRead = number;
      if (status == Status.TOO_LONG) {
        pendingLineNumber = number;
        pendingFailure = new InputLimitException(
            "line longer than the document limit of " + lines.maxLength(),
            Location.ofJsonPath("", clamp(number), lines.maxLength() + 1));
        return;
      }
      if (status == Status.LINE) {
        pending = true;
        pendingLineNumber = number;
        return;
      }
    }
  }

  private static int clamp(long line) {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }

  private enum Status {
    LINE,
    BLANK,
    TOO_LONG,
    END
  }

  /** The lines of an input, one kept at a time, without terminators. */
  private abstract static class Lines implements Closeable {
    private final int maxLength;

    Lines(int maxLength) {
      this.maxLength = maxLength;
    }

    int maxLength() {
      return maxLength;
    }

    /** Reads the next line; the excess of a line longer than the limit is skipped, not kept. */
    abstract Status read() throws IOException;

    /** Reads the line last read as a report. */
    abstract Report parse(ReportJson json, long lineNumber);

    static boolean isBlank(int c) {
      return c == ' ' || c == '\t' || c == '\r';
    }
  }

  /** Lines of UTF-8 bytes, split on the byte {@code \n}, which no multi-byte UTF-8 sequence contains. */
  private static final class ByteLines extends Lines {
    private static final int INITIAL = 1 << 12;
    private static final int KEEP = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int end;
    private boolean eof;
    private byte[] line = new byte[INITIAL];
    private int length;

    ByteLines(InputStream in, int maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    Status read() throws IOException {
      if (line.length > KEEP) {
        line = new byte[INITIAL];
      }
      length = 0;
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (position == end) {
          if (eof) {
            break;
          }
          end = in.read(buffer, 0, buffer.length);
          position = 0;
          if (end <= 0) {
            end = 0;
            eof = true;
            break;
          }
        }
        any = true;
        int start = position;
        while (position < end && buffer[position] != '\n') {
          position++;
        }
        int n = position - start;
        if (!tooLong) {
          if ((long) length + n > maxLength() + 1L) {
            tooLong = true;
          } else {
            if (length + n > line.length) {
              line = Arrays.copyOf(line, Math.max(length + n, Math.min(line.length * 2, maxLength() + 1)));
            }
            System.arraycopy(buffer, start, line, length, n);
            length += n;
          }
        }
        if (position < end) {
          position++;
          break;
        }
      }
      if (!any) {
        return Status.END;
      }
      if (tooLong) {
        return Status.TOO_LONG;
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      if (length > maxLength()) {
        return Status.TOO_LONG;
      }
      for (int i = 0; i < length; i++) {
        if (!isBlank(line[i])) {
          return Status.LINE;
        }
      }
      return Status.BLANK;
    }

    @Override
    Report parse(ReportJson json, long lineNumber) {
      return json.readLine(line, length, lineNumber);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Lines of a character stream. */
  private static final class CharLines extends Lines {
    private static final int KEEP = 1 << 16;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int end;
    private boolean eof;
    private boolean first = true;
    private StringBuilder line = new StringBuilder();

    CharLines(Reader in, int maxLength) {
      super(maxLength);
      this.in = in;
    }

    @Override
    Status read() throws IOException {
      if (line.capacity() > KEEP) {
        line = new StringBuilder();
      }
      line.setLength(0);
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (position == end) {
          if (eof) {
            break;
          }
          end = in.read(buffer, 0, buffer.length);
          position = 0;
          if (end <= 0) {
            end = 0;
            eof = true;
            break;
          }
        }
        any = true;
        int start = position;
        while (position < end && buffer[position] != '\n') {
          position++;
        }
        int n = position - start;
        if (!tooLong) {
          if ((long) line.length() + n > maxLength() + 1L) {
            tooLong = true;
            line.setLength(0);
          } else {
            line.append(buffer, start, n);
          }
        }
        if (position < end) {
          position++;
          break;
        }
      }
      if (!any) {
        return Status.END;
      }
      if (first && line.length() > 0 && line.charAt(0) == '\uFEFF') {
        line.deleteCharAt(0);
      }
      first = false;
      if (tooLong) {
        return Status.TOO_LONG;
      }
      if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
      }
      if (line.length() > maxLength()) {
        return Status.TOO_LONG;
      }
      for (int i = 0; i < line.length(); i++) {
        if (!isBlank(line.charAt(i))) {
          return Status.LINE;
        }
      }
      return Status.BLANK;
    }

    @Override
    Report parse(ReportJson json, long lineNumber) {
      return json.readLine(line.toString(), lineNumber);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
