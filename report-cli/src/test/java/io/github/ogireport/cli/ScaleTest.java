package io.github.ogireport.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates a large NDJSON file and checks and converts it in a separate JVM limited to
 * {@code -Xmx256m}: constant memory, whatever the number of reports. Off by default (it takes
 * minutes); run with {@code mvn -B -pl report-cli -am verify -Pscale} (1,000,000 reports) or
 * {@code -Dogi.scale.reports=N}.
 */
@EnabledIfSystemProperty(named = "ogi.scale.reports", matches = "\\d+")
final class ScaleTest {

  @Test
  void a_million_reports_are_generated_checked_and_converted_in_256_megabytes(@TempDir Path dir)
      throws IOException, InterruptedException {
    String count = System.getProperty("ogi.scale.reports");
    Path ndjson = dir.resolve("reports.ndjson");
    Path converted = dir.resolve("converted.ndjson");

    then(java(dir, "generate", "--edition", "2021", "--count", count, "--seed", "1", "-o", ndjson.toString()))
        .isEqualTo(OgiReport.OK);
    then(java(dir, "check", "--only-findings", "--format", "json", ndjson.toString())).isEqualTo(OgiReport.OK);
    then(java(dir, "convert", ndjson.toString(), "--to", "json", "-o", converted.toString())).isEqualTo(OgiReport.OK);

    long lines;
    try (var s = Files.lines(ndjson, StandardCharsets.UTF_8)) {
      lines = s.count();
    }
    then(lines).isEqualTo(Long.parseLong(count));
    then(Files.size(converted)).isEqualTo(Files.size(ndjson));
  }

  private static int java(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m",
        "-cp", System.getProperty("java.class.path"),
        OgiReport.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(dir.resolve("out-" + args[0] + ".txt").toFile())
        .redirectError(dir.resolve("err-" + args[0] + ".txt").toFile())
        .start();
    int status = p.waitFor();
    if (status != 0) {
      System.err.println(Files.readString(dir.resolve("err-" + args[0] + ".txt")));
      System.err.println(String.join(File.pathSeparator, cmd));
    }
    return status;
  }
}
