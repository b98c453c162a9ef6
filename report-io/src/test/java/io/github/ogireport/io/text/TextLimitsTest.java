package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text reader's table-number limit holds before the numbers are built (D3). */
final class TextLimitsTest {

  /** In a JVM of 96 MiB: millions of numbers on a line or in a table are an InputLimitException, never OOM. */
  @Test
  void huge_tables_and_lines_in_a_small_heap_are_input_limits_not_out_of_memory_errors(@TempDir Path dir)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
        "-cp", System.getProperty("java.class.path"), TextLimitsMain.class.getName(),
        "spaced", "spaced-in-table", "tabbed", "tabs", "lines-in-table", "stream-glued", "stream-lines"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    int status = p.waitFor();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);

    then(out).doesNotContain("OutOfMemoryError");
    then(status).as(out).isZero();
    then(out.lines().toList()).as(out).containsExactly(
        "spaced InputLimitException",
        "spaced-in-table InputLimitException",
        "tabbed InputLimitException",
        "tabs read",
        "lines-in-table InputLimitException",
        "stream-glued read",
        "stream-lines read");
  }
}
