package io.github.ogireport.io;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.io.text.TextReportWriter;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Severity;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The hardened input contract of every reader: any bytes, random or a mutation of a valid input, give a
 * result or the library's own exception with a known location (a line, for the text and JSON readers; a
 * cell or a line for HTML), and every error or warning finding of a result is located too; nothing else
 * escapes, and no case takes longer than its time budget ({@link FuzzBudget}).
 *
 * <p>The number of cases is {@code jqwik.tries.default}, 1,000 per property in the default build
 * ({@code src/test/resources/junit-platform.properties}), replaced by {@value FuzzBudget#TRIES} (1,000,000)
 * with {@code mvn verify -Pnightly}.
 */
@AddLifecycleHook(FuzzBudget.class)
final class ReaderFuzzTest {
  private static final ReportJson JSON = ReportJson.standard();
  private static final TextReportReader TEXT = TextReportReader.lenient();
  private static final TextReportReader STRICT_TEXT = TextReportReader.strict();
  private static final HtmlReportReader HTML = HtmlReportReader.lenient();

  /** Random bytes, or a valid input of the format (a generated report) mutated a few times. */
  private static Arbitrary<byte[]> inputs(Function<Report, String> format) {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    Arbitrary<byte[]> mutated = Arbitraries.longs().map(seed -> mutate(format, seed));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(3, mutated));
  }

  private static byte[] mutate(Function<Report, String> format, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Edition edition = Edition.values()[rnd.nextInt(Edition.values().length)];
    BlankStyle blanks = BlankStyle.values()[rnd.nextInt(BlankStyle.values().length)];
    Report report = ReportGenerator.builder().seed(seed).edition(edition).blanks(blanks).build()
        .generate(rnd.nextInt(1000));
    byte[] bytes = format.apply(report).getBytes(StandardCharsets.UTF_8);
    int mutations = 1 + rnd.nextInt(8);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      int at = rnd.nextInt(bytes.length);
      switch (rnd.nextInt(5)) {
        case 0 -> bytes[at] = (byte) rnd.nextInt(256); // flip a byte
        case 1 -> bytes = splice(bytes, at, Math.min(bytes.length, at + rnd.nextInt(64)), new byte[0]); // delete
        case 2 -> { // duplicate a slice elsewhere
          int end = Math.min(bytes.length, at + rnd.nextInt(256));
          byte[] slice = java.util.Arrays.copyOfRange(bytes, at, end);
          int to = rnd.nextInt(bytes.length);
          bytes = splice(bytes, to, to, slice);
        }
        case 3 -> { // insert digits, tabs, line breaks and table punctuation
          byte[] noise = "9\t\n（0）、+-元万-1-\u00a0\"{[<td>".getBytes(StandardCharsets.UTF_8);
          int from = rnd.nextInt(noise.length);
          bytes = splice(bytes, at, at, java.util.Arrays.copyOfRange(noise, from, noise.length));
        }
        default -> bytes = java.util.Arrays.copyOf(bytes, at); // truncate
      }
    }
    return bytes;
  }

  /** The exception is located on a line of the input (1-based). */
  private static void onALine(ReportException e) {
    then(e.location().isUnknown()).as("unknown location of %s", e).isFalse();
    then(e.location().line()).as("the line of %s", e).isPositive();
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] out = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
    return out;
  }

  @Provide
  Arbitrary<byte[]> jsonInputs() {
    return inputs(JSON::write);
  }

  @Provide
  Arbitrary<byte[]> textInputs() {
    return inputs(TextReportWriter::write);
  }

  @Provide
  Arbitrary<byte[]> htmlInputs() {
    return inputs(r -> HtmlReportWriter.standard().write(r));
  }

  @Property
  void the_json_reader_returns_a_report_or_raises_its_exception_with_a_json_path(
      @ForAll("jsonInputs") byte[] input) {
    try {
      then(JSON.read(input)).isNotNull();
    } catch (ReportException e) {
      then(e.location().jsonPath()).as(e.getMessage()).isNotNull();
      onALine(e);
    }
  }

  @Property
  void the_text_reader_returns_a_result_or_raises_its_exception_with_a_location(
      @ForAll("textInputs") byte[] input) {
    for (TextReportReader reader : new TextReportReader[] {TEXT, STRICT_TEXT}) {
      try {
        ReadResult result = reader.read(input);
        then(result.report()).isNotNull();
        for (ReaderFinding f : result.findings()) {
          if (f.severity() != Severity.INFO) {
            then(f.location().isUnknown()).as("unknown location of %s", f).isFalse();
            then(f.location().line()).as("the line of %s", f).isPositive();
          }
        }
      } catch (ReportException e) {
        onALine(e);
      }
    }
  }

  @Property
  void the_html_reader_returns_a_result_or_raises_its_exception_with_a_location(
      @ForAll("htmlInputs") byte[] input) {
    try {
      ReadResult result = HTML.read(input);
      then(result.report()).isNotNull();
      for (ReaderFinding f : result.findings()) {
        if (f.severity() != Severity.INFO) {
          then(f.location().isUnknown()).as("unknown location of %s", f).isFalse();
        }
      }
    } catch (ReportException e) {
      then(e.location().isUnknown()).as("unknown location of %s", e).isFalse();
      then(e.getCause() == null || e.getCause() instanceof ReportException
              || e.getCause() instanceof java.io.IOException)
          .as("a defect of a reader wrapped instead of fixed: " + e.getCause()).isTrue();
    }
  }
}
