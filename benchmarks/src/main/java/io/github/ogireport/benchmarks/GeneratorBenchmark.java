package io.github.ogireport.benchmarks;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
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

/**
 * Valid reports per second of {@link ReportGenerator#generate(long)} (blanks as real reports leave them,
 * with narrative), target at least 50,000/s. The index cycles through 65,536 reports of the fixed seed;
 * that the reports are valid is checked by the other benchmarks' setup and the generator's own tests.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeneratorBenchmark {
  /** The edition of the generated reports. */
  @Param({"LEGACY", "V2019", "V2021"})
  public Edition edition;

  private ReportGenerator generator;
  private long index;

  /** Builds the generator. */
  @Setup(Level.Trial)
  public void setUp() {
    generator = Inputs.generator(edition);
  }

  /** Generates one report. */
  @Benchmark
  public Report generate() {
    index = (index + 1) & 0xFFFF;
    return generator.generate(index);
  }
}
