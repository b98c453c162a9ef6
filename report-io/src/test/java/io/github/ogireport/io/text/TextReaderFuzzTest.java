package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.FuzzBudget;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.Severity;
import io.github.ogireport.io.ReportException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Any input gives a report with findings or the library's exception, never another exception; the
 * exception and every error or warning finding is located on a line of the input.
 *
 * <p>Cases: 300 per property in the default build, {@value FuzzBudget#TRIES} with {@code -Pnightly}.
 */
@AddLifecycleHook(FuzzBudget.class)
class TextReaderFuzzTest {
  private static final TextReportReader LENIENT = TextReportReader.lenient();
  private static final TextReportReader STRICT = TextReportReader.strict();

  @Property(tries = 300)
  void random_bytes_give_a_result_or_a_report_exception(@ForAll("bytes") byte[] bytes) {
    then(outcome(() -> LENIENT.read(bytes))).isTrue();
    then(outcome(() -> STRICT.read(bytes))).isTrue();
  }

  @Property(tries = 300)
  void random_strings_of_table_characters_give_a_result_or_a_report_exception(@ForAll("tableText") String text) {
    then(outcome(() -> LENIENT.read(text))).isTrue();
    then(outcome(() -> STRICT.read(text))).isTrue();
  }

  @Property(tries = 300)
  void mutated_reports_give_a_result_or_a_report_exception(@ForAll("seeds") long seed) {
    Random rnd = new Random(seed);
    String base = switch (rnd.nextInt(3)) {
      case 0 -> TextReportReaderTest.tabReport2021();
      case 1 -> TextReportWriter.write(TextRoundTripTest.report(io.github.ogireport.model.Edition.LEGACY, false,
          TextRoundTripTest.Style.SOME_BLANKS, rnd));
      default -> TextReportWriter.write(TextRoundTripTest.report(io.github.ogireport.model.Edition.V2019, true,
          TextRoundTripTest.Style.MANY_BLANKS, rnd));
    };
    String mutated = mutate(base, rnd);

    then(outcome(() -> LENIENT.read(mutated))).isTrue();
    then(outcome(() -> LENIENT.read(mutated.getBytes(StandardCharsets.UTF_8)))).isTrue();
    then(outcome(() -> LENIENT.read(List.of(mutated.split("\n", -1)), (l, c) -> null))).isTrue();
  }

  private static String mutate(String base, Random rnd) {
    List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
    int edits = 1 + rnd.nextInt(12);
    String pieces = "0123456789０１２\t \u00a0—-+./（）()一二三第条项、总计其他万元个";
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = rnd.nextInt(lines.size());
      String line = lines.get(i);
      switch (rnd.nextInt(7)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, lines.get(rnd.nextInt(lines.size())));
        case 2 -> lines.set(i, line.replace("\t", rnd.nextBoolean() ? "" : "  "));
        case 3 -> {
          int p = line.isEmpty() ? 0 : rnd.nextInt(line.length());
          lines.set(i, line.substring(0, p) + pieces.charAt(rnd.nextInt(pieces.length())) + line.substring(p));
        }
        case 4 -> lines.set(i, line.replaceAll("[0-9]", String.valueOf(rnd.nextInt(10))).replace("\t", ""));
        case 5 -> lines.set(i, line + "\t" + "9".repeat(1 + rnd.nextInt(20)));
        default -> {
          int j = rnd.nextInt(lines.size());
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
      }
    }
    return String.join("\n", lines);
  }

  private static boolean outcome(java.util.function.Supplier<ReadResult> read) {
    try {
      ReadResult r = read.get();
      for (ReaderFinding f : r.findings()) {
        if (f.severity() != Severity.INFO) {
          then(f.location().isUnknown()).as("unknown location of %s", f).isFalse();
          then(f.location().line()).as("the line of %s", f).isPositive();
        }
      }
      return r.report() != null;
    } catch (ReportException e) {
      then(e.location().isUnknown()).as("unknown location of %s", e).isFalse();
      then(e.location().line()).as("the line of %s", e).isPositive();
      return !e.getMessage().isBlank();
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
  }

  @Provide
  Arbitrary<String> tableText() {
    return Arbitraries.strings()
        .withChars("0123456789\t\n \u00a0\u3000—-+.,/%（）()一二三四五六第二十条第项、年报告总计其他万元元个勾稽关系行政复议统计指标自然人予以公开")
        .ofMaxLength(400);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
