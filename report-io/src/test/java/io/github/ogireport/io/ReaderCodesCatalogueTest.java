package io.github.ogireport.io;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader codes are documented as data: every code the readers' sources emit is in the catalogue,
 * every catalogued code is emitted somewhere, and the published pages are what the catalogue renders.
 * Run with {@code -Dregenerate=true} to rewrite {@code docs/reader-codes.md} and {@code .json}.
 */
final class ReaderCodesCatalogueTest {
  private static final Pattern CODE = Pattern.compile("\"((?:reader|html)\\.[a-z0-9-]+)\"");
  private static final Path MARKDOWN = Path.of("../docs/reader-codes.md");
  private static final Path JSON = Path.of("../docs/reader-codes.json");
  private static final String HOW =
      "is out of date: regenerate with `mvn -B -pl report-io -am verify -Dtest=ReaderCodesCatalogueTest "
          + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true` and commit it";

  private static Set<String> emitted(Path root) throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  @Test
  void every_code_the_readers_emit_is_catalogued_and_every_catalogued_code_is_emitted() throws IOException {
    Set<String> emitted = emitted(Path.of("src/main/java"));
    Path documents = Path.of("../report-documents/src/main/java");
    if (Files.isDirectory(documents)) {
      emitted.addAll(emitted(documents));
    }
    Set<String> catalogued = new TreeSet<>();
    ReaderCodes.standard().all().forEach(c -> catalogued.add(c.code()));

    then(catalogued).as("codes in reader-codes.tsv").containsAll(emitted);
    then(emitted).as("codes emitted by the readers' sources").containsAll(catalogued);
  }

  @Test
  void every_code_has_a_chinese_and_an_english_title() {
    for (ReaderCodes.Code c : ReaderCodes.standard().all()) {
      then(c.zh()).as(c.code()).isNotBlank().doesNotContain("\t");
      then(c.zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
          .as(c.code() + " zh title is Chinese").isTrue();
      then(c.en()).as(c.code()).isNotBlank().matches("[\\x20-\\x7e\\u4e00-\\u9fff]+");
    }
  }

  @Test
  void a_reader_finding_is_a_diagnostic_with_messages_in_both_languages() {
    CellRef total = CellRef.of(TableType.REVIEW_LITIGATION, ReviewRow.REVIEW, ReviewColumn.TOTAL);
    Diagnostic d = new ReaderFinding("reader.glued-digits-ambiguous", Severity.ERROR, Location.ofLine(12, 3),
        "glued digits 1234 have 2 consistent splits", List.of("1234"), List.of(total));

    then(d.code()).isEqualTo("reader.glued-digits-ambiguous");
    then(d.message(Locale.ENGLISH)).isEqualTo("glued digits 1234 have 2 consistent splits");
    then(d.message(Locale.SIMPLIFIED_CHINESE))
        .startsWith("粘连的数字有多种或没有符合勾稽关系的拆分")
        .contains("第12行第3列")
        .contains(ReviewRow.REVIEW.label() + "/" + ReviewColumn.TOTAL.label())
        .contains("1234");
    then(d.message(Locale.forLanguageTag("zh-TW"))).isEqualTo(d.message(Locale.SIMPLIFIED_CHINESE));
    then(d.message(Locale.GERMAN)).isEqualTo(d.message(Locale.ENGLISH));
    then(d.names(total)).isTrue();
  }

  @Test
  void the_checked_in_pages_are_what_the_catalogue_renders() throws IOException {
    String md = ReaderCodes.standard().toMarkdown();
    String json = ReaderCodes.standard().toJson();
    if (Boolean.getBoolean("regenerate")) {
      Files.writeString(MARKDOWN, md, StandardCharsets.UTF_8);
      Files.writeString(JSON, json, StandardCharsets.UTF_8);
    }

    then(Files.readString(MARKDOWN, StandardCharsets.UTF_8)).as(MARKDOWN + " " + HOW).isEqualTo(md);
    then(Files.readString(JSON, StandardCharsets.UTF_8)).as(JSON + " " + HOW).isEqualTo(json);
    then(md.lines().filter(l -> l.startsWith("| `")).count()).isEqualTo(ReaderCodes.standard().all().size());
  }
}
