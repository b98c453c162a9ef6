package io.github.ogireport.io.json;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.FuzzBudget;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Properties of the JSON form over random reports and random or mutated input. */
final class ReportJsonPropertiesTest {
  private static final ReportJson JSON = ReportJson.standard();

  @Provide
  Arbitrary<Report> reports() {
    return RandomReports.arbitrary();
  }

  @Property(tries = 500)
  void every_report_reads_back_equal_from_text_and_from_bytes(@ForAll("reports") Report report) {
    String text = JSON.write(report);

    then(JSON.read(text)).isEqualTo(report);
    then(JSON.read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(report);
  }

  @Property(tries = 200)
  void writing_what_was_read_gives_the_same_bytes(@ForAll("reports") Report report) {
    String text = JSON.write(report);

    then(JSON.write(JSON.read(text))).isEqualTo(text);
  }

  @Property(tries = 1000)
  void random_text_either_reads_or_raises_a_report_exception(
      @ForAll @StringLength(max = 80) @Chars({'{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\\', 'u', '0', '1',
          '9', '-', '.', 'e', 'E', 'n', 'u', 'l', 't', 'r', 'f', 'a', 's', '\u0000', '文'}) String text) {
    readsOrRaisesReportException(text);
  }

  @AddLifecycleHook(FuzzBudget.class)
  @Property(tries = 1000)
  void mutations_of_valid_json_either_read_or_raise_a_report_exception(
      @ForAll("reports") Report report, @ForAll("mutations") List<Mutation> mutations) {
    String text = JSON.write(report);
    for (Mutation m : mutations) {
      text = m.apply(text);
    }

    readsOrRaisesReportException(text);
  }

  @AddLifecycleHook(FuzzBudget.class)
  @Property(tries = 300)
  void byte_flips_in_valid_json_either_read_or_raise_a_report_exception(
      @ForAll("reports") Report report, @ForAll List<@net.jqwik.api.constraints.IntRange(min = 0, max = 1 << 20) Integer> positions,
      @ForAll byte value) {
    byte[] bytes = JSON.write(report).getBytes(StandardCharsets.UTF_8);
    for (int p : positions) {
      bytes[p % bytes.length] = value;
    }

    try {
      JSON.read(bytes);
    } catch (ReportException e) {
      then(e.location().isUnknown()).as("unknown location of %s", e).isFalse();
      then(e.location().line()).as("the line of %s", e).isPositive();
    }
  }

  @AddLifecycleHook(FuzzBudget.class)
  @Property(tries = 300)
  void every_ndjson_line_reads_or_raises_a_report_exception_on_its_own_line(
      @ForAll("reports") Report report, @ForAll("mutations") List<Mutation> mutations, @ForAll byte[] noise) {
    String line = JSON.write(report);
    String mutated = line;
    for (Mutation m : mutations) {
      mutated = m.apply(mutated).replace('\n', ' ');
    }
    byte[] head = (line + "\n" + mutated + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] input = java.util.Arrays.copyOf(head, head.length + noise.length);
    System.arraycopy(noise, 0, input, head.length, noise.length);

    NdjsonReportReader reader = NdjsonReportReader.open(new java.io.ByteArrayInputStream(input));
    then(reader.next()).isEqualTo(report);
    long previous = reader.lineNumber();
    while (reader.hasNext()) {
      try {
        reader.next();
      } catch (ReportException e) {
        then(e.location().line()).isEqualTo(reader.lineNumber());
      }
      then(reader.lineNumber()).isGreaterThan(previous);
      previous = reader.lineNumber();
    }
  }

  private static void readsOrRaisesReportException(String text) {
    try {
      JSON.read(text);
    } catch (ReportException e) {
      then(e.location().isUnknown()).as("unknown location of %s", e).isFalse();
      then(e.location().line()).as("the line of %s", e).isPositive();
      then(e.getMessage()).doesNotContain("\n");
    }
  }

  /** One edit of a JSON text at a relative position. */
  record Mutation(int kind, double where, int length, String fragment) {
    String apply(String text) {
      int at = (int) (where * text.length());
      int end = Math.min(text.length(), at + length);
      return switch (kind) {
        case 0 -> text.substring(0, at) + text.substring(end);                          // delete
        case 1 -> text.substring(0, at) + fragment + text.substring(at);                // insert
        case 2 -> text.substring(0, at) + fragment + text.substring(end);               // replace
        case 3 -> text.substring(0, end) + text.substring(at, end) + text.substring(end); // duplicate
        default -> text.substring(0, at);                                                // truncate
      };
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<String> fragments = Arbitraries.oneOf(
        Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "null", "-1", "1.5", "1e999999999", "0.0000001",
            "99999999999999999999", "\"x\"", "true", "\\", "\\u", "\\ud800", "{\"value\":1,\"unit\":\"yuan\"}",
            "\"format\":\"ogi-report/1\",", "\"rows\":{}", "\"customRows\":[]", "\"after\":\"L1\"", "\u0000", " ",
            "\"review_litigation\":{}", "\"L6\":{\"value\":-5}", "\"key\":\"a\",\"label\":\"b\""),
        Arbitraries.strings().ofMaxLength(6));
    Arbitrary<Mutation> mutation = Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 40),
            fragments)
        .as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(4);
  }
}
