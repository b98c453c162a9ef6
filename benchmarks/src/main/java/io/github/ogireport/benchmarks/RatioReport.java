package io.github.ogireport.benchmarks;

import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportWriter;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module in one JMH run and prints, per edition, each measured figure, its
 * baseline measured in the same run, the ratio and the target, with MET or NOT MET; then the raw JMH
 * scores and the machine. The output is Markdown, ready for the module README.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.ogireport.benchmarks.RatioReport [options]
 *   --warmup N       warmup iterations per benchmark (default 3)
 *   --iterations N   measurement iterations per benchmark (default 5)
 *   --time S         seconds per iteration (default 1)
 *   --forks N        forked JVMs per benchmark (default 1)
 *   --include REGEX  benchmarks to run (default: all of this package)
 *   --result FILE    also write JMH's JSON results to FILE
 *   --prof NAME      add a JMH profiler, for example gc
 *   --smoke          run each benchmark once for 100 ms in this JVM, to check that every setup works
 * </pre>
 *
 * <p>JMH runs each benchmark on one thread, so every figure is per core.
 */
public final class RatioReport {
  private static final double VALIDATION_TARGET_NS = 2_000;
  private static final double TEXT_TARGET_PER_S = 2_000;
  private static final double GENERATOR_TARGET_PER_S = 50_000;

  private RatioReport() {}

  /** Runs the benchmarks with the given options (see the class documentation) and prints the report. */
  public static void main(String[] args) throws RunnerException, IOException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .forks(1)
        .warmupIterations(3)
        .measurementIterations(5)
        .warmupTime(TimeValue.seconds(1))
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xms1g", "-Xmx1g",
            "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory")
        .shouldFailOnError(true);
    String include = RatioReport.class.getPackageName().replace(".", "\\.") + "\\..*Benchmark.*";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> options.warmupIterations(Integer.parseInt(args[++i]));
        case "--iterations" -> options.measurementIterations(Integer.parseInt(args[++i]));
        case "--time" -> {
          TimeValue t = TimeValue.milliseconds(Math.round(Double.parseDouble(args[++i]) * 1000));
          options.warmupTime(t).measurementTime(t);
        }
        case "--forks" -> options.forks(Integer.parseInt(args[++i]));
        case "--include" -> include = args[++i];
        case "--result" -> options.result(args[++i]).resultFormat(ResultFormatType.JSON);
        case "--prof" -> options.addProfiler(args[++i]);
        case "--smoke" -> options.forks(0).warmupIterations(0).measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; expected --warmup, --iterations, --time, --forks, --include, --result, --prof or --smoke");
      }
    }
    options.include(include);
    boolean smoke = List.of(args).contains("--smoke");
    Instant started = Instant.now();
    Collection<RunResult> results = new Runner(options.build()).run();
    long seconds = Instant.now().getEpochSecond() - started.getEpochSecond();
    if (smoke) {
      System.out.println();
      System.out.println("SMOKE RUN: every setup and benchmark ran, but the figures below are cold and meaningless.");
    }
    print(results, started, seconds, System.out);
  }

  private static void print(Collection<RunResult> results, Instant started, long seconds, PrintStream out)
      throws IOException {
    Map<String, Result<?>> scores = new LinkedHashMap<>();
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark();
      String simple = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1);
      // the edition, or for the layout benchmarks the layout family
      String variant = r.getParams().getParam("edition");
      scores.put(simple + "/" + (variant != null ? variant : r.getParams().getParam("family")),
          r.getPrimaryResult());
    }
    out.println();
    out.println("## Ratios against the targets");
    out.println();
    out.println("Ratio = speed relative to the baseline measured in the same run (higher is faster).");
    out.println();
    out.println("| Edition or layout | Measure | Score | Baseline | Baseline score | Ratio | Target | Result |");
    out.println("|---|---|---:|---|---:|---:|---|---|");
    java.util.Set<String> variants = new java.util.LinkedHashSet<>();
    for (Edition e : Edition.values()) {
      variants.add(e.name());
    }
    for (String key : scores.keySet()) {
      variants.add(key.substring(key.indexOf('/') + 1));
    }
    for (String v : variants) {
      for (Line line : lines()) {
        line.print(scores, v, out);
      }
    }
    out.println();
    out.println("## Raw JMH scores (± 99.9% confidence half-width)");
    out.println();
    out.println("| Benchmark | Edition or layout | Score | Error | Unit |");
    out.println("|---|---|---:|---:|---|");
    for (Map.Entry<String, Result<?>> s : scores.entrySet()) {
      String[] key = s.getKey().split("/");
      Result<?> r = s.getValue();
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", key[0], key[1], number(r.getScore()),
          Double.isNaN(r.getScoreError()) ? "—" : number(r.getScoreError()), r.getScoreUnit());
    }
    out.println();
    out.println("## Inputs (average size of the " + Inputs.POOL + " reports rotated per edition)");
    out.println();
    out.println("| Edition | JSON bytes | Text characters | Text UTF-8 bytes |");
    out.println("|---|---:|---:|---:|");
    for (Edition e : Edition.values()) {
      Report[] reports = Inputs.reports(e);
      double jsonBytes = Stream.of(reports)
          .mapToInt(r -> ReportJson.standard().write(r).getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
      double textChars = Stream.of(reports).mapToInt(r -> TextReportWriter.write(r).length()).average().orElse(0);
      double textBytes = Stream.of(reports)
          .mapToInt(r -> TextReportWriter.write(r).getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
      out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f |%n", e, jsonBytes, textChars, textBytes);
    }
    out.println();
    out.println("## Machine");
    out.println();
    out.println("- date: " + DateTimeFormatter.ISO_INSTANT.format(started.atOffset(ZoneOffset.UTC).toInstant())
        + ", run took " + TimeUnit.SECONDS.toMinutes(seconds) + " min " + seconds % 60 + " s");
    out.println("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")");
    out.println("- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    out.println("- processors available: " + Runtime.getRuntime().availableProcessors()
        + cpuInfo("/proc/cpuinfo", "model name").map(m -> ", " + m).orElse(""));
    cpuInfo("/proc/meminfo", "MemTotal").ifPresent(m -> out.println("- memory: " + m));
    out.println("- JMH: one thread per benchmark (figures are per core), forked JVM with -Xms1g -Xmx1g");
  }

  private static Optional<String> cpuInfo(String file, String key) {
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(path)) {
      return lines.filter(l -> l.startsWith(key)).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim());
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static String number(double d) {
    if (Double.isNaN(d)) {
      return "—";
    }
    return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.0f" : "%,.2f", d);
  }

  /** Reports per second the reader must reach on seed-sized damaged layouts (issue: 5,000 per core). */
  static final double LAYOUT_TARGET_PER_S = 5_000;

  private static List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("JSON read", "JsonBenchmark.read", "plain Jackson read", "JsonBenchmark.plainRead",
        Goal.NONE, 0));
    lines.add(new Line("JSON write", "JsonBenchmark.write", "plain Jackson write", "JsonBenchmark.plainWrite",
        Goal.NONE, 0));
    lines.add(new Line("JSON read + full validation", "JsonBenchmark.readAndValidate", "plain Jackson read",
        "JsonBenchmark.plainRead", Goal.RATIO_AT_LEAST, 0.8));
    lines.add(new Line("validation, full catalogue", "ValidationBenchmark.validate", null, null,
        Goal.SCORE_AT_MOST, VALIDATION_TARGET_NS));
    lines.add(new Line("Bean Validation (Hibernate)", "ValidationBenchmark.beanValidation", "ReportValidator",
        "ValidationBenchmark.validate", Goal.NONE, 0));
    lines.add(new Line("text reader", "TextReaderBenchmark.read", null, null,
        Goal.SCORE_AT_LEAST, TEXT_TARGET_PER_S));
    lines.add(new Line("text reader vs split", "TextReaderBenchmark.read", "line + TAB split",
        "TextReaderBenchmark.lineSplit", Goal.RATIO_AT_LEAST, 0.1));
    lines.add(new Line("text reader, seed-sized layouts", "LayoutReaderBenchmark.read", null, null,
        Goal.SCORE_AT_LEAST, LAYOUT_TARGET_PER_S));
    lines.add(new Line("layouts vs split, in memory", "LayoutReaderBenchmark.read", "line + TAB split",
        "LayoutReaderBenchmark.lineSplit", Goal.RATIO_AT_LEAST, 0.1));
    lines.add(new Line("text reader, seed-sized layouts, from bytes", "LayoutReaderBenchmark.readBytes", null, null,
        Goal.SCORE_AT_LEAST, LAYOUT_TARGET_PER_S));
    lines.add(new Line("layouts vs split of the same bytes", "LayoutReaderBenchmark.readBytes",
        "UTF-8 decode + line + TAB split", "LayoutReaderBenchmark.lineSplitBytes", Goal.RATIO_AT_LEAST, 0.1));
    lines.add(new Line("adversarial glued row", "LayoutReaderBenchmark.adversarialGluedRow", null, null,
        Goal.NONE, 0));
    lines.add(new Line("generator", "GeneratorBenchmark.generate", null, null,
        Goal.SCORE_AT_LEAST, GENERATOR_TARGET_PER_S));
    lines.add(new Line("PDF reader", "DocumentBenchmark.pdfRead", "PDFBox PDFTextStripper",
        "DocumentBenchmark.pdfPlainText", Goal.NONE, 0));
    lines.add(new Line("DOCX reader", "DocumentBenchmark.docxRead", "POI open + XWPFWordExtractor",
        "DocumentBenchmark.docxPlainText", Goal.NONE, 0));
    lines.add(new Line("DOCX writer", "DocumentBenchmark.docxWrite", null, null, Goal.NONE, 0));
    return lines;
  }

  private enum Goal {
    NONE,
    RATIO_AT_LEAST,
    SCORE_AT_LEAST,
    SCORE_AT_MOST
  }

  /** One line of the ratio table: a measure, its baseline if any, and its target. */
  private record Line(String label, String method, String baselineLabel, String baseline, Goal goal,
      double target) {
    void print(Map<String, Result<?>> scores, String e, PrintStream out) {
      Result<?> score = scores.get(method + "/" + e);
      Result<?> base = baseline == null ? null : scores.get(baseline + "/" + e);
      if (score == null || (baseline != null && base == null)) {
        return;
      }
      double ratio = Double.NaN;
      if (base != null) {
        boolean timePerOp = score.getScoreUnit().endsWith("/op");
        ratio = timePerOp ? base.getScore() / score.getScore() : score.getScore() / base.getScore();
      }
      String unit = score.getScoreUnit();
      String targetText;
      boolean met;
      switch (goal) {
        case RATIO_AT_LEAST -> {
          targetText = "ratio ≥ " + number(target);
          met = ratio >= target;
        }
        case SCORE_AT_LEAST -> {
          targetText = "≥ " + number(target) + " " + unit;
          met = score.getScore() >= target;
        }
        case SCORE_AT_MOST -> {
          targetText = "≤ " + number(target) + " " + unit;
          met = score.getScore() <= target;
        }
        default -> {
          targetText = "—";
          met = true;
        }
      }
      out.printf(Locale.ROOT, "| %s | %s | %s %s | %s | %s | %s | %s | %s |%n", e, label, number(score.getScore()),
          unit, baselineLabel == null ? "—" : baselineLabel,
          base == null ? "—" : number(base.getScore()) + " " + base.getScoreUnit(),
          Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.2f×", ratio), targetText,
          goal == Goal.NONE ? "(no target)" : met ? "MET" : "**NOT MET**");
    }
  }
}
