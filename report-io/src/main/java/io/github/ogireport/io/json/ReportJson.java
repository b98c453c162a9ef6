package io.github.ogireport.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes reports as JSON and reads them back: the entry point of the JSON format. Output is
 * deterministic (fixed member order, tables in {@link io.github.ogireport.model.TableType} order, rows
 * and columns in printed order, amounts in plain digits with their scale) and UTF-8; reading is strict
 * and {@code read(write(r)).equals(r)} holds for every report whose strings fit the limits.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.standard();
 * String text = json.write(report);
 * Report back = json.read(text);      // equal to report
 * }</pre>
 *
 * <p>Every problem with the input raises a {@link ReportFormatException} (bad syntax, a wrong type, an
 * unknown table, row, column, edition, unit or member, a missing required member, a number out of
 * range, a duplicate key, trailing content, empty input) or, for input beyond the {@link JsonLimits},
 * an {@link InputLimitException}. Its {@link Location} carries the JSON Pointer of the offending value
 * (for a cell, {@link io.github.ogireport.model.CellRef#path()}) and the line and column of its token;
 * columns count characters for text input and bytes for byte input. No Jackson or other runtime
 * exception escapes a read.
 *
 * <p>Instances are immutable and thread-safe. Readers never close the streams they are given.
 *
 * @since 0.1
 */
public final class ReportJson {
  /** The value of the {@code format} member that every report document starts with. */
  public static final String FORMAT = "ogi-report/1";

  /**
   * The most custom rows one table may declare ({@value}); more raise {@link InputLimitException}. This
   * is at least what the text and HTML readers produce under their default limits (a table holds at
   * most 5,000 numbers and each custom row they keep holds one), so that every report they read can be
   * written as JSON and read back. A report built in code with more custom rows is written but not
   * read back.
   */
  public static final int MAX_CUSTOM_ROWS = ModelDeserializers.MAX_CUSTOM_ROWS;

  private static final ReportJson STANDARD = new ReportJson(JsonLimits.standard());

  private final JsonLimits limits;
  private final JsonMapper mapper;
  private final ObjectReader reader;
  private final ObjectWriter writer;
  /**
   * The fast path for input that can be read twice (strings and byte arrays): a mapper like
   * {@link #mapper} but whose parser does not detect duplicate members (Jackson allocates a hash set for
   * every object of three members or more, most of the allocation of a read), the deserializers
   * detecting repeated members themselves instead. Any problem on the fast path, a repeated member
   * included, makes {@link #read(ParserSource, ParserSource, long)} read the input again the strict way,
   * which reports it exactly as before.
   */
  private final JsonMapper fastMapper;
  private final ObjectReader fastReader;

  private ReportJson(JsonLimits limits) {
    this.limits = limits;
    this.mapper = newMapper(limits, true);
    // the facade checks for trailing content itself, to report it in its own words
    this.reader = mapper.readerFor(Report.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.writer = mapper.writerFor(Report.class);
    this.fastMapper = newMapper(limits, false);
    this.fastReader = fastMapper.readerFor(Report.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withAttribute(ModelDeserializers.CHECK_DUPLICATES, Boolean.TRUE);
  }

  /** Returns the instance with the {@linkplain JsonLimits#standard() default limits}. */
  public static ReportJson standard() {
    return STANDARD;
  }

  /** Returns a builder, for an instance with other read limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an instance that reads under the given limits.
   *
   * @deprecated {@code with…} names only instance withers in the SDK: use
   *     {@code ReportJson.builder().limits(limits).build()}
   */
  @Deprecated(since = "0.1")
  public static ReportJson withLimits(JsonLimits limits) {
    return builder().limits(limits).build();
  }

  /** Builds a {@link ReportJson}. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.standard();

    private Builder() {}

    /** The read limits; default {@link JsonLimits#standard()}. */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Returns the instance. */
    public ReportJson build() {
      return new ReportJson(limits);
    }
  }

  /** The read limits; never {@code null}. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns a new mapper configured like this instance, for applications that embed reports in their own
   * JSON: the {@link ReportJsonModule} registered, the read limits, strict duplicate detection, failure on
   * trailing tokens, plain decimals, no default typing. Each call returns a new copy that the caller may
   * configure further.
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /** Returns the report as compact JSON. */
  public String write(Report report) {
    Objects.requireNonNull(report, "report");
    try {
      return writer.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write report: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes the report as compact UTF-8 JSON to {@code out}, and flushes it; does not close it.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void write(Report report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, report);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write report", e);
    }
  }

  /**
   * Writes the report as compact JSON to {@code out}, and flushes it; does not close it.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void write(Report report, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, report);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write report", e);
    }
  }

  /**
   * Reads a report.
   *
   * @throws ReportFormatException if the JSON is malformed or not a report
   * @throws InputLimitException if the JSON exceeds a limit
   */
  public Report read(String json) {
    Objects.requireNonNull(json, "json");
    checkLength(json.length(), "characters");
    return read(() -> fastMapper.createParser(json), () -> mapper.createParser(json), 0);
  }

  /**
   * Reads a report from UTF-8 (or UTF-16/32 with a byte order mark) bytes.
   *
   * @throws ReportFormatException if the JSON is malformed or not a report
   * @throws InputLimitException if the JSON exceeds a limit
   */
  public Report read(byte[] json) {
    Objects.requireNonNull(json, "json");
    checkLength(json.length, "bytes");
    return read(() -> fastMapper.createParser(json), () -> mapper.createParser(json), 0);
  }

  /**
   * Reads one report from a stream of UTF-8 bytes, to its end; does not close it.
   *
   * @throws ReportFormatException if the JSON is malformed or not a report, or reading the stream fails
   * @throws InputLimitException if the JSON exceeds a limit
   */
  public Report read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(() -> mapper.createParser(json), 0);
  }

  /**
   * Reads one report from a character stream, to its end; does not close it.
   *
   * @throws ReportFormatException if the JSON is malformed or not a report, or reading the stream fails
   * @throws InputLimitException if the JSON exceeds a limit
   */
  public Report read(Reader json) {
    Objects.requireNonNull(json, "json");
    return read(() -> mapper.createParser(json), 0);
  }

  /** Reads one line of NDJSON; locations carry {@code lineNumber} instead of the parser's line. */
  Report readLine(String line, long lineNumber) {
    return read(() -> fastMapper.createParser(line), () -> mapper.createParser(line), lineNumber);
  }

  /** Reads one line of UTF-8 NDJSON from {@code bytes[0, length)}; see {@link #readLine(String, long)}. */
  Report readLine(byte[] bytes, int length, long lineNumber) {
    return read(
        () -> fastMapper.createParser(bytes, 0, length), () -> mapper.createParser(bytes, 0, length), lineNumber);
  }

  JsonFactory factory() {
    return mapper.getFactory();
  }

  private void checkLength(long length, String unit) {
    if (length > limits.maxDocumentLength()) {
      throw new InputLimitException(
          "document of " + length + " " + unit + " exceeds the limit of " + limits.maxDocumentLength(),
          Location.ofJsonPath("", 0, 0));
    }
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /**
   * Reads on the fast path, and if anything there goes wrong (a repeated member, or any other problem)
   * reads again from {@code strict}, so that every problem is reported as the strict read reports it.
   */
  private Report read(ParserSource fast, ParserSource strict, long lineNumber) {
    Report report = readFast(fast);
    return report != null ? report : read(strict, lineNumber);
  }

  /** The report, or null if the input holds a problem of any kind: the strict read then reports it. */
  private Report readFast(ParserSource source) {
    JsonParser p = null;
    try {
      p = source.open();
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Report report = fastReader.readValue(p);
      return p.nextToken() == null ? report : null;
    } catch (IOException | RuntimeException e) {
      return null;
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // the parser owns no resource of ours: sources are never closed by it
        }
      }
    }
  }

  private Report read(ParserSource source, long lineNumber) {
    JsonParser p;
    try {
      p = source.open();
    } catch (IOException e) {
      throw new ReportFormatException("could not read the input: " + e, location("", null, lineNumber), e);
    }
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ReportFormatException(
            "no JSON content: the input is empty", location("", p.currentLocation(), lineNumber));
      }
      if (first != JsonToken.START_OBJECT) {
        throw new ReportFormatException(
            "a report must be an object but was " + JsonTokens.describe(p),
            location("", p.currentTokenLocation(), lineNumber));
      }
      Report report = reader.readValue(p);
      if (p.nextToken() != null) {
        throw new ReportFormatException(
            "trailing content after the report: " + JsonTokens.describe(p),
            location("", p.currentTokenLocation(), lineNumber));
      }
      return report;
    } catch (IOException e) {
      throw translate(e, p, lineNumber);
    } finally {
      try {
        p.close();
      } catch (IOException ignored) {
        // the parser owns no resource of ours: sources are never closed by it
      }
    }
  }

  /** Turns whatever Jackson or the source threw into the library's exception, with pointer and position. */
  private static ReportException translate(IOException e, JsonParser p, long lineNumber) {
    if (e instanceof ReportJsonProblem problem) {
      Location where = location(problem.pointer(), problem.getLocation(), lineNumber);
      return problem.isLimit()
          ? new InputLimitException(problem.getOriginalMessage(), where, e)
          : new ReportFormatException(problem.getOriginalMessage(), where, e);
    }
    String pointer = JsonTokens.pointer(p);
    if (e instanceof StreamConstraintsException limit) {
      JsonLocation at = limit.getLocation() != null ? limit.getLocation() : p.currentLocation();
      return new InputLimitException(limit.getOriginalMessage(), location(pointer, at, lineNumber), e);
    }
    if (e instanceof JsonProcessingException jackson) {
      JsonLocation at = jackson.getLocation() != null ? jackson.getLocation() : p.currentLocation();
      return new ReportFormatException(jackson.getOriginalMessage(), location(pointer, at, lineNumber), e);
    }
    return new ReportFormatException(
        "could not read the input: " + e, location(pointer, p.currentLocation(), lineNumber), e);
  }

  private static Location location(String pointer, JsonLocation at, long lineNumber) {
    // a line is always named: an input that fails before its first token (an encoding Jackson cannot
    // detect) fails on its first line
    int line = lineNumber > 0
        ? (int) Math.min(lineNumber, Integer.MAX_VALUE)
        : at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return Location.ofJsonPath(pointer, line, column);
  }

  /** The mapper; {@code strictDuplicates} false only for the fast path (see {@link #fastMapper}). */
  private static JsonMapper newMapper(JsonLimits limits, boolean strictDuplicates) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // UTF-8 output writes characters beyond the BMP as themselves, exactly like text output
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new ReportJsonModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .deactivateDefaultTyping()
        .build();
  }
}
