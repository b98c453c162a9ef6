package io.github.ogireport.validation;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published catalogue files are generated from {@link RuleCatalogue}; they must not drift. Run the
 * module's tests with {@code -Dregenerate=true} to rewrite them.
 */
final class RuleCatalogueFilesTest {
  private static final Path JSON =
      Path.of("src/main/resources" + RuleCatalogue.JSON_RESOURCE);
  private static final Path MARKDOWN = Path.of("../docs/rules.md");
  private static final String HOW =
      "is out of date: regenerate with `mvn -B -pl report-validation -am verify -Dregenerate=true` and commit it";

  @Test
  void the_checked_in_json_catalogue_is_what_the_build_generates() throws IOException {
    String generated = RuleCatalogue.toJson();
    regenerateIfAsked(JSON, generated);

    then(Files.readString(JSON, StandardCharsets.UTF_8)).as(JSON + " " + HOW).isEqualTo(generated);
  }

  @Test
  void the_checked_in_markdown_page_is_what_the_build_generates() throws IOException {
    String generated = RuleCatalogue.toMarkdown();
    regenerateIfAsked(MARKDOWN, generated);

    then(Files.readString(MARKDOWN, StandardCharsets.UTF_8)).as(MARKDOWN + " " + HOW).isEqualTo(generated);
  }

  @Test
  void the_json_catalogue_is_on_the_class_path() throws IOException {
    // when regenerating, the class path still holds the previous copy until the next build
    org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("regenerate"));
    try (InputStream in = RuleCatalogue.class.getResourceAsStream(RuleCatalogue.JSON_RESOURCE)) {
      then(in).isNotNull();
      then(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(RuleCatalogue.toJson());
    }
  }

  @Test
  void the_markdown_page_has_one_line_per_rule_in_catalogue_order() {
    List<String> ids = new ArrayList<>();
    for (String line : RuleCatalogue.toMarkdown().split("\n")) {
      if (line.startsWith("| `")) {
        ids.add(line.substring(3, line.indexOf('`', 3)));
      }
    }

    then(ids).containsExactlyElementsOf(
        RuleCatalogue.rules().stream().map(Rule::id).toList());
  }

  @Test
  void the_json_catalogue_lists_every_instance_of_the_review_total_with_its_cell_paths() {
    then(RuleCatalogue.toJson()).contains(
        "{\"reported\": [\"/tables/review_litigation/rows/review/total\"], \"relation\": \"=\", \"computed\": "
            + "[\"/tables/review_litigation/rows/review/upheld\", \"/tables/review_litigation/rows/review/corrected\", "
            + "\"/tables/review_litigation/rows/review/other\", \"/tables/review_litigation/rows/review/pending\"]}");
  }

  private static void regenerateIfAsked(Path path, String text) throws IOException {
    if (Boolean.getBoolean("regenerate")) {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    }
  }
}
