package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.model.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Unpaired UTF-16 surrogates are no characters: every JSON string read refuses them. */
final class ReportJsonSurrogatesTest {
  private static final ReportJson JSON = ReportJson.standard();

  private static final String VALID = """
      {"format": "ogi-report/1",
       "edition": "2021",
       "metadata": {"agency": "某县人民政府AGENCY", "year": 2023},
       "narrative": [{"section": "overview", "heading": "一、总体情况", "text": "全年工作平稳。TEXT"}],
       "tables": {
        "review_litigation": {"rows": {"review": {"upheld": 1, "total": 1}}}
       }}
      """;

  @Test
  void the_valid_document_reads() {
    then(JSON.read(VALID).metadata().agency()).isEqualTo("某县人民政府AGENCY");
  }

  @Test
  void an_escaped_lone_surrogate_is_refused_at_its_pointer() {
    for (String lone : List.of("\\ud800", "\\udc00", "\\uDBFF", "\\ud800\\ud800", "\\ude00\\ud83d", "\\ud800x")) {
      String json = VALID.replace("AGENCY", lone);

      Throwable e = catchThrowable(() -> JSON.read(json));

      then(e).as(lone).isInstanceOf(ReportFormatException.class).hasMessageContaining("unpaired surrogate");
      then(((ReportException) e).location().jsonPath()).as(lone).isEqualTo("/metadata/agency");
      // the same from bytes, streams and readers
      then(catchThrowable(() -> JSON.read(json.getBytes(StandardCharsets.UTF_8)))).as(lone)
          .isInstanceOf(ReportFormatException.class);
      then(catchThrowable(() -> JSON.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))))
          .as(lone).isInstanceOf(ReportFormatException.class);
      then(catchThrowable(() -> JSON.read(new StringReader(json)))).as(lone).isInstanceOf(ReportFormatException.class);
    }
    String narrative = VALID.replace("TEXT", "\\ud800");
    then(((ReportException) catchThrowable(() -> JSON.read(narrative))).location().jsonPath())
        .isEqualTo("/narrative/0/text");
  }

  @Test
  void a_raw_lone_surrogate_is_refused_in_text_and_in_bytes() {
    then(catchThrowable(() -> JSON.read(VALID.replace("AGENCY", "\ud800"))))
        .isInstanceOf(ReportFormatException.class).hasMessageContaining("unpaired surrogate");
    // ED A0 80: U+D800 encoded as if it were a character (CESU-8), which UTF-8 forbids
    byte[] bytes = cesu(VALID.replace("AGENCY", "\u0001"));
    then(catchThrowable(() -> JSON.read(bytes))).isInstanceOf(ReportFormatException.class);
  }

  @Test
  void a_lone_surrogate_in_a_member_name_is_refused() {
    for (String name : List.of("upheld\\udc00", "upheld\\ud800", "upheld\udc00", "upheld\ud800")) {
      String json = VALID.replace("\"upheld\"", "\"" + name + "\"");

      then(catchThrowable(() -> JSON.read(json))).as(name)
          .isInstanceOf(ReportFormatException.class).hasMessageContaining("surrogate");
    }
  }

  @Test
  void a_pair_escaped_or_raw_reads_and_is_written_as_the_character() {
    Report escaped = JSON.read(VALID.replace("AGENCY", "\\ud83d\\ude00"));
    Report raw = JSON.read(VALID.replace("AGENCY", "😀").getBytes(StandardCharsets.UTF_8));

    then(escaped).isEqualTo(raw);
    then(escaped.metadata().agency()).isEqualTo("某县人民政府😀");
    then(JSON.write(escaped)).contains("某县人民政府😀");
  }

  @Test
  void an_ndjson_line_with_a_lone_surrogate_is_refused_on_its_line_and_the_next_reads() {
    String line = VALID.replace("\n", " ");
    String ndjson = line + "\n" + line.replace("AGENCY", "\\ud800") + "\n" + line + "\n";
    try (NdjsonReportReader r = NdjsonReportReader.open(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      r.next();
      Throwable e = catchThrowable(r::next);
      then(e).isInstanceOf(ReportFormatException.class);
      then(((ReportException) e).location().line()).isEqualTo(2);
      then(((ReportException) e).location().jsonPath()).isEqualTo("/metadata/agency");
      then(r.next().metadata().agency()).isEqualTo("某县人民政府AGENCY");
    }
  }

  @Provide
  Arbitrary<List<String>> fragments() {
    return Arbitraries.of("\\ud800", "\\udc00", "\\udbff\\udfff", "\\ud83d\\ude00", "\ud800", "\udc00",
            "\ud83d\ude00", "😀", "a", "文", "\\u0041", "\\\\", "\\n", "\\u0000", "\\ud800\\u0041")
        .list().ofMinSize(1).ofMaxSize(6);
  }

  /**
   * For every accepted input x, write(read(x)) is byte-stable: reading it back and writing it again
   * gives the same bytes, and the report read from it is equal.
   */
  @Property(tries = 1000)
  void what_is_accepted_is_written_byte_stably(
      @ForAll("fragments") List<String> fragments, @ForAll("positions") List<Integer> where, @ForAll boolean bytes) {
    String x = VALID;
    List<Integer> starts = stringStarts(x);
    for (int i = 0; i < fragments.size(); i++) {
      starts = stringStarts(x);
      int at = starts.get(Math.floorMod(where.get(i % where.size()), starts.size()));
      x = x.substring(0, at) + fragments.get(i) + x.substring(at);
    }
    Report read;
    try {
      read = bytes ? JSON.read(cesu(x)) : JSON.read(x);
    } catch (ReportException e) {
      then(e.location()).isNotNull();
      return;
    }
    String once = JSON.write(read);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(read, out);
    byte[] onceBytes = out.toByteArray();

    then(onceBytes).isEqualTo(once.getBytes(StandardCharsets.UTF_8));
    Report back = JSON.read(onceBytes);
    then(back).isEqualTo(read);
    then(JSON.write(back)).isEqualTo(once);
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    JSON.write(back, twice);
    then(twice.toByteArray()).isEqualTo(onceBytes);
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(6);
  }

  /** The offsets just after the opening quote of every string value and member name. */
  private static List<Integer> stringStarts(String json) {
    List<Integer> starts = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** UTF-8, except that each surrogate (paired or not) is encoded on its own in three bytes (CESU-8). */
  private static byte[] cesu(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0001') { // the placeholder of a lone U+D800
        out.write(0xED);
        out.write(0xA0);
        out.write(0x80);
      } else if (Character.isSurrogate(c)) {
        out.write(0xE0 | (c >> 12));
        out.write(0x80 | ((c >> 6) & 0x3F));
        out.write(0x80 | (c & 0x3F));
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toByteArray();
  }
}
