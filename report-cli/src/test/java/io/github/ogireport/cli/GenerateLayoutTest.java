package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GenerateLayoutTest {

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void layout_writes_a_text_and_an_expected_json_per_report_reproducibly(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");

    then(CliRun.of("generate", "--edition", "2021", "--count", "3", "--seed", "7", "--layout", "FLATTENED",
        "-o", a.toString()).status()).isZero();
    CliRun.of("generate", "--edition", "2021", "--count", "3", "--seed", "7", "--layout", "FLATTENED", "-o", b.toString());
    CliRun.of("generate", "--edition", "2021", "--count", "3", "--seed", "8", "--layout", "FLATTENED", "-o", c.toString());

    then(names(a)).containsExactly(
        "report-0.json", "report-0.txt", "report-1.json", "report-1.txt", "report-2.json", "report-2.txt");
    for (String name : names(a)) {
      then(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
    then(Files.readAllBytes(c.resolve("report-0.txt"))).isNotEqualTo(Files.readAllBytes(a.resolve("report-0.txt")));

    Report expected = ReportJson.standard().read(Files.readString(a.resolve("report-1.json"), StandardCharsets.UTF_8));
    String text = Files.readString(a.resolve("report-1.txt"), StandardCharsets.UTF_8);
    then(text).contains(expected.metadata().agency());
    then(Files.readString(a.resolve("report-0.json"), StandardCharsets.UTF_8))
        .isNotEqualTo(Files.readString(a.resolve("report-1.json"), StandardCharsets.UTF_8));
  }

  @Test
  void the_expected_report_of_a_provincial_layout_carries_its_custom_rows(@TempDir Path dir) throws IOException {
    then(CliRun.of("generate", "--edition", "legacy", "--count", "6", "--seed", "3", "--layout", "LEGACY_PROVINCIAL",
        "-o", dir.toString()).status()).isZero();

    boolean custom = false;
    for (int i = 0; i < 6; i++) {
      custom |= Files.readString(dir.resolve("report-" + i + ".json"), StandardCharsets.UTF_8).contains("p.");
    }
    then(custom).isTrue();
  }

  @Test
  void layout_refuses_an_existing_file_and_leaves_it_untouched(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "keep me");

    CliRun run = CliRun.of("generate", "--edition", "2019", "--layout", "MARKDOWN", "-o", file.toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    then(run.err()).contains("existing file");
    then(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void layout_needs_an_output_directory_and_a_family_for_the_edition(@TempDir Path dir) {
    then(CliRun.of("generate", "--edition", "2019", "--layout", "MARKDOWN").status()).isEqualTo(OgiReport.FAILURE);
    CliRun wrong = CliRun.of("generate", "--edition", "2019", "--layout", "LEGACY_PROVINCIAL", "-o", dir.resolve("x").toString());
    then(wrong.status()).isEqualTo(OgiReport.FAILURE);
    then(wrong.err()).contains("legacy");
    then(dir.resolve("x")).doesNotExist();
    then(CliRun.of("generate", "--edition", "2019", "--layout", "NO_SUCH", "-o", dir.toString()).status()).isNotZero();
  }

  @Test
  void without_layout_generate_still_writes_ndjson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.ndjson");
    then(CliRun.of("generate", "--edition", "2021", "--count", "4", "--seed", "1", "--fault", "review.total",
        "-o", file.toString()).status()).isZero();
    then(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(4);
  }
}
