package io.github.ogireport.benchmarks;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Edition;
import java.util.ArrayList;
import java.util.List;
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
 * Reports per second of {@link TextReportReader#lenient()} on 2021-format reports of seed size (the
 * generated reports with narrative whose rendered text is 2,500–6,600 characters) in the damaged layouts
 * of the generator's renderers, against splitting the same text into lines and cells. Targets: at least
 * 5,000 reports/s on one core and at least 0.1× the split. {@link #adversarialGluedRow()} reads a report whose
 * first section 三 row is one run of 40 ones (the splitter's worst kind of input: many partial sums fit);
 * its search is bounded by {@code Splitter.NODE_BUDGET} nodes per row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LayoutReaderBenchmark {
  /** The layout family. */
  @Param({"OFFICIAL", "FLATTENED", "MARKDOWN"})
  public LayoutFamily family;

  private final TextReportReader reader = TextReportReader.lenient();
  private String[] texts;
  private String adversarial;
  private int next;

  /** Renders seed-sized reports of the family. */
  @Setup(Level.Trial)
  public void setUp() {
    ReportGenerator g = ReportGenerator.builder().seed(Inputs.SEED).edition(Edition.V2021).narrative(true).build();
    List<String> out = new ArrayList<>();
    for (long i = 0; out.size() < Inputs.POOL && i < 100_000; i++) {
      String t = LayoutRenderer.of(family).render(g.generate(i), i).text();
      if (t.length() >= 2_500 && t.length() <= 6_600) {
        out.add(t);
      }
    }
    if (out.size() < Inputs.POOL) {
      throw new IllegalStateException("only " + out.size() + " seed-sized texts for " + family);
    }
    texts = out.toArray(String[]::new);
    String flat = LayoutRenderer.of(LayoutFamily.FLATTENED).render(g.generate(0), 0).text();
    int at = flat.indexOf("本年新收政府信息公开申请数量");
    int digits = at + "本年新收政府信息公开申请数量".length();
    int end = digits;
    while (end < flat.length() && Character.isDigit(flat.charAt(end))) {
      end++;
    }
    adversarial = at < 0 ? flat : flat.substring(0, digits) + "1".repeat(40) + flat.substring(end);
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
    for (String line : texts[next].split("\n", -1)) {
      bh.consume(line.split("\t", -1));
    }
  }

  /** Reads a flattened report whose first section 三 row is a run of 40 ones. */
  @Benchmark
  public ReadResult adversarialGluedRow() {
    return reader.read(adversarial);
  }
}
