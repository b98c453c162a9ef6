package io.github.ogireport.benchmarks;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Edition;
import java.nio.charset.StandardCharsets;
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
 * Reports per second of {@link TextReportReader#lenient()} on 2021-format reports of seed size (2,500–6,600
 * characters: the generator's reports rendered by its layout renderers, their narrative grown to that size), against
 * splitting the same text into lines and cells: from a {@code String} ({@link #read()} against {@link #lineSplit})
 * and from the report's UTF-8 bytes ({@link #readBytes()} against {@link #lineSplitBytes}, which decodes them
 * first, as the reader does). Targets: at least 5,000 reports/s on one core and at least 0.1× a plain line split
 * of the same bytes. {@link #adversarialGluedRow()} reads a report whose
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
  private byte[][] bytes;
  private String adversarial;
  private int next;

  /** Renders seed-sized reports of the family. */
  @Setup(Level.Trial)
  public void setUp() {
    ReportGenerator g = ReportGenerator.builder().seed(Inputs.SEED).edition(Edition.V2021).narrative(true).build();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Inputs.POOL; i++) {
      String t = LayoutRenderer.of(family).render(g.generate(i), i).text();
      out.add(seedSized(t, 2_500 + (i * 397) % 4_100, family != LayoutFamily.FLATTENED));
    }
    texts = out.toArray(String[]::new);
    bytes = new byte[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
    }
    String flat = LayoutRenderer.of(LayoutFamily.FLATTENED).render(g.generate(0), 0).text();
    int at = flat.indexOf("本年新收政府信息公开申请数量");
    int digits = at + "本年新收政府信息公开申请数量".length();
    int end = digits;
    while (end < flat.length() && Character.isDigit(flat.charAt(end))) {
      end++;
    }
    adversarial = at < 0 ? flat : flat.substring(0, digits) + "1".repeat(40) + flat.substring(end);
  }

  /** Sentences of the kind a report's 总体情况 is made of (written for these benchmarks; no figures). */
  private static final String[] SENTENCES = {
    "本机关坚持以公开为常态、不公开为例外，持续完善政府信息公开工作机制。",
    "围绕群众关切的重点领域，及时发布政策文件并同步开展解读。",
    "进一步规范依申请公开办理流程，做到登记、审核、答复、归档各环节有据可查。",
    "加强政府网站和政务新媒体建设，优化栏目设置，提升信息检索的便利性。",
    "组织开展业务培训，提高工作人员的保密审查意识和答复规范化水平。",
  };

  /**
   * The text grown to about {@code target} characters by narrative placed before section 二 (the generated
   * narrative is shorter than the published reports'), so that the reader works on inputs of seed size.
   */
  static String seedSized(String text, int target, boolean lineBreaks) {
    int at = text.indexOf("主动公开政府信息情况");
    at = at < 2 ? text.length() / 3 : at - 2;
    StringBuilder filler = new StringBuilder();
    for (int k = 0; text.length() + filler.length() < target; k++) {
      filler.append(SENTENCES[k % SENTENCES.length]);
      if (lineBreaks && k % 3 == 2) {
        filler.append('\n');
      }
    }
    return text.substring(0, at) + filler + (lineBreaks ? "\n" : "") + text.substring(at);
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

  /**
   * Reads one report from its UTF-8 bytes, as a file or a request body reaches the reader: the encoding
   * detected ({@link TextReportReader#read(byte[])}), then the reading of {@link #read()}.
   */
  @Benchmark
  public ReadResult readBytes() {
    next = Inputs.next(next);
    return reader.read(bytes[next]);
  }

  /**
   * Baseline of {@link #readBytes()}: a plain line split of the same bytes (decoded as UTF-8 by the String
   * constructor, then split into lines and each line into TAB-separated cells, as {@link #lineSplit}).
   */
  @Benchmark
  public void lineSplitBytes(Blackhole bh) {
    next = Inputs.next(next);
    Inputs.lineSplit(new String(bytes[next], StandardCharsets.UTF_8), bh);
  }

  /** Reads a flattened report whose first section 三 row is a run of 40 ones. */
  @Benchmark
  public ReadResult adversarialGluedRow() {
    return reader.read(adversarial);
  }
}
