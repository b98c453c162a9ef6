package io.github.ogireport.io.html;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.text.TextReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads a report published as a web page. The page is turned into lines by {@link HtmlLines} (charset
 * detection, {@code rowspan}/{@code colspan} expansion, {@code &nbsp;} blanks, cells in logical order)
 * and the lines are interpreted by a {@link LineReader}, normally the text reader, with every position
 * mapped back to its HTML cell ({@link Location#ofHtmlCell}). The result's findings start with those of
 * the HTML conversion.
 *
 * <p>Any input gives a {@link ReadResult} or a {@link ReportException}: a {@link TableFormatException}
 * for a page that cannot be read, an {@link InputLimitException} for one beyond the limits of
 * {@link HtmlLines}.
 *
 * @since 0.1
 */
public final class HtmlReportReader {
  /** Interprets lines of published report text, as {@link TextReportReader#read(List, BiFunction)} does. */
  @FunctionalInterface
  public interface LineReader {
    /**
     * Reads the report in the lines.
     *
     * @param lines the lines, table rows with TAB-separated cells
     * @param locator maps a 1-based line and a 1-based cell number (the TAB-separated field) to where it
     *     came from
     * @return the report with provenance and findings
     * @throws ReportException if the lines cannot be read
     */
    ReadResult read(List<String> lines, BiFunction<Integer, Integer, Location> locator);
  }

  private final LineReader lineReader;
  private final HtmlLimits limits;

  private HtmlReportReader(LineReader lineReader, HtmlLimits limits) {
    this.lineReader = lineReader;
    this.limits = limits;
  }

  /**
   * Returns a builder: lenient, with {@link HtmlLimits#DEFAULT}, the lines read by a lenient
   * {@link TextReportReader}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this reader reads within. */
  public HtmlLimits limits() {
    return limits;
  }

  /** Returns a lenient reader: reader findings are reported and reading goes on. */
  public static HtmlReportReader lenient() {
    return using(TextReportReader.lenient()::read);
  }

  /** Returns a strict reader: a reader finding of severity warning or error raises {@link TableFormatException}. */
  public static HtmlReportReader strict() {
    return using(TextReportReader.strict()::read);
  }

  /** Returns a reader that interprets the lines of the page with the given line reader. */
  public static HtmlReportReader using(LineReader lineReader) {
    return new HtmlReportReader(Objects.requireNonNull(lineReader, "lineReader"), HtmlLimits.DEFAULT);
  }

  /**
   * Reads a page given as bytes, in the charset it declares or is detected in.
   *
   * @throws ReportException if the page cannot be read
   */
  public ReadResult read(byte[] html) {
    return interpret(HtmlLines.parse(html, limits));
  }

  /**
   * Reads a page given as text.
   *
   * @throws ReportException if the page cannot be read
   */
  public ReadResult read(String html) {
    return interpret(HtmlLines.parse(html, limits));
  }

  /**
   * Reads a page from a file.
   *
   * @throws InputLimitException if the file is larger than {@link HtmlLimits#maxInputBytes()} (checked
   *     before it is read) or the page exceeds another of the reader's {@link #limits()}
   * @throws ReportException if the file cannot be read or the page cannot be read
   */
  public ReadResult read(Path file) {
    try {
      // the size first: a page beyond the limit is never read into memory
      long size = Files.size(file);
      if (size > limits.maxInputBytes()) {
        throw tooLarge(file, size);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(limits.maxInputBytes() + 1);
      }
      if (bytes.length > limits.maxInputBytes()) {
        throw tooLarge(file, bytes.length); // it grew while it was read
      }
      return read(bytes);
    } catch (IOException e) {
      throw new TableFormatException("cannot read " + file + ": " + e.getMessage(), Location.unknown(), e);
    }
  }

  private InputLimitException tooLarge(Path file, long size) {
    return new InputLimitException("HTML file " + file + " has " + size + " bytes, more than the limit of "
        + limits.maxInputBytes(), Location.unknown());
  }

  /**
   * Reads a page from a stream (read to its end, not closed).
   *
   * @throws IOException if the stream fails
   * @throws ReportException if the page cannot be read
   */
  public ReadResult read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(limits.maxInputBytes() + 1);
    return read(bytes);
  }

  private ReadResult interpret(HtmlLines lines) {
    ReadResult result;
    try {
      result = lineReader.read(lines.lines(), (line, cell) -> lines.locateCell(line, cell - 1));
    } catch (ReportException e) {
      throw e;
    } catch (RuntimeException e) {
      // a defect of the line reader must still surface as the library's exception
      throw new TableFormatException(
          "the page could not be read: " + e.getClass().getSimpleName(), Location.unknown(), e);
    }
    if (lines.findings().isEmpty()) {
      return result;
    }
    List<ReaderFinding> findings = new ArrayList<>(lines.findings());
    findings.addAll(result.findings());
    return new ReadResult(result.report(), result.provenance(), findings);
  }

  /** Builds an {@link HtmlReportReader}, as {@link TextReportReader#builder()} builds a text reader. */
  public static final class Builder {
    private boolean strict;
    private LineReader lineReader;
    private HtmlLimits limits = HtmlLimits.DEFAULT;

    private Builder() {}

    /**
     * Strict mode: a reader finding of severity warning or error raises {@link TableFormatException};
     * default false. Ignored when a {@link #lineReader(LineReader)} is set.
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The limits of the HTML stage (page size, nodes, columns, grid positions); default
     * {@link HtmlLimits#DEFAULT}.
     */
    public Builder limits(HtmlLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Interprets the page's lines with the given line reader, for example a {@link TextReportReader} built
     * with limits of its own ({@code TextReportReader.builder().maxTableNumbers(…).build()::read}).
     */
    public Builder lineReader(LineReader lineReader) {
      this.lineReader = Objects.requireNonNull(lineReader, "lineReader");
      return this;
    }

    /** Returns the reader. */
    public HtmlReportReader build() {
      LineReader lines = lineReader != null
          ? lineReader
          : (strict ? TextReportReader.strict() : TextReportReader.lenient())::read;
      return new HtmlReportReader(lines, limits);
    }
  }
}
