package io.github.ogireport.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON read and write throughput of {@link ReportJson} against plain Jackson databind on
 * {@link PlainReport}, an equivalent plain shape of the same bytes; and read plus full validation, whose
 * target is at least 0.8× the plain read. All reads start from the same UTF-8 bytes; all writes go to a
 * reused byte stream.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
  /** The edition of the generated reports. */
  @Param({"LEGACY", "V2019", "V2021"})
  public Edition edition;

  private final ReportJson json = ReportJson.standard();
  private final ReportValidator validator = ReportValidator.standard();
  private final JsonMapper plainMapper = PlainReport.mapper();
  private final ObjectReader plainReader = plainMapper.readerFor(PlainReport.class);
  private final ObjectWriter plainWriter = plainMapper.writerFor(PlainReport.class);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);

  private Report[] reports;
  private byte[][] bytes;
  private PlainReport[] plain;
  private int next;

  /** Generates the reports, writes their JSON, reads it into the plain shape and checks both round trips. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    reports = Inputs.reports(edition);
    bytes = new byte[Inputs.POOL][];
    plain = new PlainReport[Inputs.POOL];
    for (int i = 0; i < Inputs.POOL; i++) {
      out.reset();
      json.write(reports[i], out);
      bytes[i] = out.toByteArray();
      plain[i] = plainReader.readValue(bytes[i]);
      if (!json.read(bytes[i]).equals(reports[i])) {
        throw new IllegalStateException("JSON round trip lost data for report " + i);
      }
      if (!Arrays.equals(plainWriter.writeValueAsBytes(plain[i]), bytes[i])) {
        throw new IllegalStateException("the plain shape does not give the same bytes for report " + i);
      }
      if (validator.validate(reports[i]).hasErrors()) {
        throw new IllegalStateException("generated report " + i + " is not valid");
      }
    }
  }

  /** Average size of the prepared JSON documents, in bytes. */
  double averageBytes() {
    return Arrays.stream(bytes).mapToInt(b -> b.length).average().orElse(0);
  }

  /** Reads a report with {@link ReportJson#read(byte[])}. */
  @Benchmark
  public Report read() {
    next = Inputs.next(next);
    return json.read(bytes[next]);
  }

  /** Baseline of {@link #read()}: databind reads the same bytes into {@link PlainReport}. */
  @Benchmark
  public PlainReport plainRead() throws IOException {
    next = Inputs.next(next);
    return plainReader.readValue(bytes[next]);
  }

  /** Reads a report and runs the full rule catalogue on it. */
  @Benchmark
  public void readAndValidate(Blackhole bh) {
    next = Inputs.next(next);
    Report report = json.read(bytes[next]);
    bh.consume(report);
    bh.consume(validator.validate(report));
  }

  /** Writes a report with {@link ReportJson#write(Report, java.io.OutputStream)}. */
  @Benchmark
  public int write() {
    next = Inputs.next(next);
    out.reset();
    json.write(reports[next], out);
    return out.size();
  }

  /** Baseline of {@link #write()}: databind writes the equivalent {@link PlainReport}. */
  @Benchmark
  public int plainWrite() throws IOException {
    next = Inputs.next(next);
    out.reset();
    plainWriter.writeValue(out, plain[next]);
    return out.size();
  }
}
