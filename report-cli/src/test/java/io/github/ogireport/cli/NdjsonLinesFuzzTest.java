package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.io.json.JsonLimits;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The line reading of {@code check} on NDJSON files: generated reports one per line, some lines damaged
 * (truncated, bits flipped, invalid UTF-8, lone surrogates, huge numbers, deep nesting, a line longer than
 * the limit, line breaks inserted). Every non-blank line is returned once, in order, with its number;
 * reading it gives its report or a {@link ReportFormatException} or {@link InputLimitException} located on
 * that line; an undamaged line gives back its report.
 *
 * <p>Cases: 200 in the default build, {@value FuzzBudget#TRIES} with {@code -Pnightly}.
 */
@AddLifecycleHook(FuzzBudget.class)
class NdjsonLinesFuzzTest {
  /** A small line limit, so that some damaged lines exceed it. */
  private static final ReportJson JSON =
      ReportJson.withLimits(JsonLimits.defaults().withMaxDocumentLength(12_000));
  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("ndjson-fuzz");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 200)
  void every_line_is_checked_once_and_an_error_names_its_line(@ForAll long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> undamaged = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      Report report = ReportGenerator.builder().seed(seed + i)
          .edition(Edition.values()[rnd.nextInt(Edition.values().length)]).build().generate(rnd.nextInt(100));
      String json = JSON.write(report);
      byte[] line = json.getBytes(StandardCharsets.UTF_8);
      if (rnd.nextBoolean()) {
        line = damage(line, rnd);
      } else if (line.length <= JSON.limits().maxDocumentLength()) {
        undamaged.add(json);
        reports.add(report);
      }
      out.writeBytes(line);
      out.writeBytes(rnd.nextInt(5) == 0 ? "\r\n\t \n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
    }
    byte[] input = out.toByteArray();
    Path file = dir.resolve(seed + ".ndjson");
    Files.write(file, input);

    List<String> lines = new ArrayList<>(List.of(new String(input, StandardCharsets.ISO_8859_1).split("\n", -1)));
    lines.remove(lines.size() - 1);
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) {
        expected.add(i + 1L);
      }
    }
    List<Long> numbers = new ArrayList<>();
    try (CheckCommand.NdjsonLines read = new CheckCommand.NdjsonLines(file, JSON.limits().maxDocumentLength())) {
      while (read.hasNext()) {
        CheckCommand.NdjsonLines.Line line = read.next();
        numbers.add(line.number());
        String text = line.bytes() == null ? null
            : new String(line.bytes(), StandardCharsets.UTF_8);
        ReportException failure = line.failure();
        if (failure == null) {
          try {
            Report report = CheckCommand.readLine(JSON, line);
            int at = undamaged.indexOf(text);
            if (at >= 0) {
              then(report).isEqualTo(reports.get(at));
            }
          } catch (ReportException e) {
            failure = e;
            then(undamaged).as("an undamaged line failed: %s", e).doesNotContain(text);
          }
        }
        if (failure != null) {
          then(failure).isInstanceOfAny(ReportFormatException.class, InputLimitException.class);
          then(failure.location().isUnknown()).isFalse();
          then((long) failure.location().line()).as("the line of %s", failure).isEqualTo(line.number());
        }
      }
      then(read.failure()).isNull();
    }
    then(numbers).isEqualTo(expected);
    Files.delete(file);
  }

  private static byte[] damage(byte[] line, SplittableRandom rnd) {
    byte[] b = line;
    for (int d = 1 + rnd.nextInt(3); d > 0 && b.length > 0; d--) {
      int at = rnd.nextInt(b.length);
      b = switch (rnd.nextInt(8)) {
        case 0 -> Arrays.copyOf(b, at);
        case 1 -> {
          byte[] c = b.clone();
          c[at] ^= (byte) (1 << rnd.nextInt(8));
          yield c;
        }
        case 2 -> splice(b, at, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a surrogate in UTF-8
        case 3 -> splice(b, at, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        case 4 -> splice(b, quoteAfter(b, at), "\\ud800".getBytes(StandardCharsets.US_ASCII));
        case 5 -> splice(b, colonAfter(b, at), ("9".repeat(1 + rnd.nextInt(4000)) + ",")
            .getBytes(StandardCharsets.US_ASCII));
        case 6 -> splice(b, colonAfter(b, at), ("[".repeat(1 + rnd.nextInt(3000)) + "]")
            .getBytes(StandardCharsets.US_ASCII));
        default -> splice(b, at, new byte[] {'\n'});
      };
    }
    return b;
  }

  private static int quoteAfter(byte[] b, int at) {
    for (int i = at; i < b.length; i++) {
      if (b[i] == '"') {
        return i + 1;
      }
    }
    return 0;
  }

  private static int colonAfter(byte[] b, int at) {
    for (int i = at; i < b.length; i++) {
      if (b[i] == ':') {
        return i + 1;
      }
    }
    return 0;
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }
}
