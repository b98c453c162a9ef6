package io.github.ogireport.benchmarks;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.io.text.TextReportWriter;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
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
 * Reports per second of {@link TextReportReader#lenient()} on the published-text form of generated
 * reports ({@link TextReportWriter}; 3–9 KB, the size of the seed reports), against the plainest possible
 * reading of the same {@code String}: splitting it into lines and each line into TAB-separated cells.
 * Targets: at least 2,000 reports/s on one core, and within 10× of the split (ratio at least 0.1).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextReaderBenchmark {
  /** The edition of the generated reports. */
  @Param({"LEGACY", "V2019", "V2021"})
  public Edition edition;

  private final TextReportReader reader = TextReportReader.lenient();
  private String[] texts;
  private int next;

  /** Generates the reports, writes their text, and checks that the reader gets their tables back. */
  @Setup(Level.Trial)
  public void setUp() {
    Report[] reports = Inputs.reports(edition);
    texts = new String[Inputs.POOL];
    for (int i = 0; i < Inputs.POOL; i++) {
      texts[i] = TextReportWriter.write(reports[i]);
      ReadResult result = reader.read(texts[i]);
      if (result.hasErrors() || !result.report().tables().equals(reports[i].tables())) {
        throw new IllegalStateException("the text reader does not read back the tables of report " + i);
      }
    }
  }

  /** Average length of the prepared texts, in characters. */
  double averageChars() {
    return Arrays.stream(texts).mapToInt(String::length).average().orElse(0);
  }

  /** Reads one report's text. */
  @Benchmark
  public ReadResult read() {
    next = Inputs.next(next);
    return reader.read(texts[next]);
  }

  /** Baseline of {@link #read()}: splits the same text into lines and each line into TAB-separated cells. */
  @Benchmark
  public void lineSplit(Blackhole bh) {
    next = Inputs.next(next);
    Inputs.lineSplit(texts[next], bh);
  }
}
