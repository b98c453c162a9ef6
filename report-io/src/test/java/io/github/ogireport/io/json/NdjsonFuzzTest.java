package io.github.ogireport.io.json;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.FuzzBudget;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * NDJSON fuzzing: a few generated reports, one per line, some lines damaged (truncated, bits flipped,
 * bytes inserted, invalid UTF-8, lone surrogates, huge numbers, deep nesting, line breaks inserted), read
 * from bytes and from characters. Every non-blank line gives its report or a {@link ReportFormatException}
 * or {@link InputLimitException} whose location is that line's number; an undamaged line gives back its
 * report; blank lines are skipped; nothing else escapes and nothing is lost.
 *
 * <p>Cases: 300 in the default build, {@value FuzzBudget#TRIES} with {@code -Pnightly}.
 */
@AddLifecycleHook(FuzzBudget.class)
final class NdjsonFuzzTest {
  private static final ReportJson JSON = ReportJson.standard();

  @Property(tries = 300)
  void every_line_gives_its_report_or_a_typed_error_naming_that_line(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<String, Report> undamaged = new HashMap<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int reports = 1 + rnd.nextInt(5);
    for (int i = 0; i < reports; i++) {
      Report report = ReportGenerator.builder().seed(seed + i)
          .edition(Edition.values()[rnd.nextInt(Edition.values().length)])
          .blanks(BlankStyle.values()[rnd.nextInt(BlankStyle.values().length)]).build()
          .generate(rnd.nextInt(1000));
      String json = JSON.write(report);
      byte[] line = json.getBytes(StandardCharsets.UTF_8);
      if (rnd.nextInt(3) != 0) {
        line = damage(line, rnd);
      } else {
        undamaged.put(json, report);
      }
      out.writeBytes(line);
      out.writeBytes(switch (rnd.nextInt(6)) {
        case 0 -> "\r\n".getBytes(StandardCharsets.US_ASCII);
        case 1 -> "\n \t\n".getBytes(StandardCharsets.US_ASCII); // a blank line between
        default -> new byte[] {'\n'};
      });
    }
    byte[] input = rnd.nextInt(8) == 0 ? Arrays.copyOf(out.toByteArray(), out.size() - 1) : out.toByteArray();

    readsLineByLine(NdjsonReportReader.open(new ByteArrayInputStream(input)), lines(input, false), undamaged);
    readsLineByLine(NdjsonReportReader.open(new StringReader(new String(input, StandardCharsets.UTF_8))),
        lines(input, true), undamaged);
  }

  /** The input's lines as the reader splits them: on {@code \n}, one {@code \r} before it dropped. */
  private static List<String> lines(byte[] input, boolean chars) {
    String text = new String(input, chars ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // after the last line break: no line
    }
    if (chars && !lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1));
    }
    lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    if (!chars) { // back from one char per byte to UTF-8, to compare with the undamaged lines
      lines.replaceAll(l -> new String(l.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
    return lines;
  }

  private static void readsLineByLine(NdjsonReportReader reader, List<String> lines, Map<String, Report> undamaged) {
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) {
        expected.add(i + 1L);
      }
    }
    List<Long> read = new ArrayList<>();
    try (reader) {
      while (reader.hasNext()) {
        Report report = null;
        ReportException failure = null;
        try {
          report = reader.next();
        } catch (ReportException e) {
          failure = e;
        }
        long number = reader.lineNumber();
        read.add(number);
        then(number).as("line numbers %s so far, expected %s", read, expected).isBetween(1L, (long) lines.size());
        String line = lines.get((int) number - 1);
        if (failure != null) {
          then(failure).as("the failure's type").isInstanceOfAny(ReportFormatException.class,
              InputLimitException.class);
          then(failure.location().isUnknown()).as("unknown location of %s", failure).isFalse();
          then((long) failure.location().line()).as("the line of %s on line %d", failure, number)
              .isEqualTo(number);
          then(undamaged).as("an undamaged line failed: %s", failure).doesNotContainKey(line);
        } else {
          then(report).isNotNull();
          if (undamaged.containsKey(line)) {
            then(report).isEqualTo(undamaged.get(line));
          }
        }
      }
    }
    then(read).as("the lines read").isEqualTo(expected);
  }

  /** One to four damages of the kinds a broken file or a hostile writer gives. */
  static byte[] damage(byte[] line, SplittableRandom rnd) {
    byte[] b = line;
    int damages = 1 + rnd.nextInt(4);
    for (int d = 0; d < damages && b.length > 0; d++) {
      int at = rnd.nextInt(b.length);
      b = switch (rnd.nextInt(10)) {
        case 0 -> Arrays.copyOf(b, at); // truncated
        case 1 -> { // a bit flipped
          byte[] c = b.clone();
          c[at] ^= (byte) (1 << rnd.nextInt(8));
          yield c;
        }
        case 2 -> { // random bytes inserted
          byte[] noise = new byte[1 + rnd.nextInt(8)];
          for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) rnd.nextInt(256);
          }
          yield splice(b, at, at, noise);
        }
        case 3 -> splice(b, at, at, INVALID_UTF8[rnd.nextInt(INVALID_UTF8.length)]);
        case 4 -> splice(b, insideString(b, at), insideString(b, at),
            ascii(SURROGATES[rnd.nextInt(SURROGATES.length)]));
        case 5 -> { // a huge number instead of a digit run
          int from = indexOfDigit(b, at);
          if (from < 0) {
            yield b;
          }
          int to = from;
          while (to < b.length && b[to] >= '0' && b[to] <= '9') {
            to++;
          }
          String huge = switch (rnd.nextInt(4)) {
            case 0 -> "9".repeat(1 + rnd.nextInt(6000));
            case 1 -> "1e" + "9".repeat(1 + rnd.nextInt(12));
            case 2 -> "-0." + "0".repeat(rnd.nextInt(2000)) + "1";
            default -> "123456789012345678901234567890.5E-7";
          };
          yield splice(b, from, to, ascii(huge));
        }
        case 6 -> { // deep nesting as a value
          int colon = indexOf(b, (byte) ':', at);
          if (colon < 0) {
            yield b;
          }
          int depth = 1 + rnd.nextInt(3000);
          boolean arrays = rnd.nextBoolean();
          String open = arrays ? "[" : "{\"a\":";
          String close = arrays ? "]" : "}";
          yield splice(b, colon + 1, colon + 1, ascii(open.repeat(depth) + "1" + close.repeat(depth) + ","));
        }
        case 7 -> splice(b, at, at, ascii(rnd.nextBoolean() ? "\n" : "\r\n")); // the line broken in two
        case 8 -> splice(b, at, Math.min(b.length, at + rnd.nextInt(64)), new byte[0]); // a run deleted
        default -> { // a run duplicated
          int end = Math.min(b.length, at + rnd.nextInt(128));
          int to = rnd.nextInt(b.length);
          yield splice(b, to, to, Arrays.copyOfRange(b, at, end));
        }
      };
    }
    return b;
  }

  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
  };

  private static final String[] SURROGATES = {"\\ud800", "\\udc00x", "\\ud800\\u0041", "\\udbff\\udbff", "\\uDFFF"};

  /** A position just after a quote at or after {@code at} (inside a string or a member name), or 0. */
  private static int insideString(byte[] b, int at) {
    int q = indexOf(b, (byte) '"', at);
    return q < 0 ? 0 : q + 1;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfDigit(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] >= '0' && b[i] <= '9') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] out = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
    return out;
  }
}
