package io.github.ogireport.io.html;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.ReportException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML reader's size and node limits hold before anything large is built (D3/D4). */
final class HtmlLimitsTest {

  /** A page of {@code rows} table rows of the given markup. */
  static String rows(int rows, String row) {
    StringBuilder sb = new StringBuilder("<html><body><table>");
    sb.append(row.repeat(rows));
    return sb.append("</table></body></html>").toString();
  }

  /** The nodes of {@link #rows}: html, body, table and each row's elements and text runs. */
  @Test
  void the_node_count_is_that_of_the_source_empty_elements_and_whitespace_included() {
    // 3 elements before the rows; each "<tr> </tr>" is an element and a text run
    int rows = (HtmlLines.MAX_NODES - 3) / 2;
    String atLimit = rows(rows, "<tr> </tr>");
    then(catchThrowable(() -> HtmlLines.checkNodes(atLimit))).isNull();

    String beyond = rows(rows + 1, "<tr> </tr>");
    Throwable e = catchThrowable(() -> HtmlLines.checkNodes(beyond));
    then(e).isInstanceOf(InputLimitException.class).hasMessageContaining("more than " + HtmlLines.MAX_NODES + " nodes");
    then(((ReportException) e).location().line()).isEqualTo(1);
    then(((ReportException) e).location().column()).isGreaterThan(beyond.length() - 40);

    then(catchThrowable(() -> HtmlLines.checkNodes(rows(HtmlLines.MAX_NODES, "<tr></tr>"))))
        .isInstanceOf(InputLimitException.class);
    then(catchThrowable(() -> HtmlLines.checkNodes("a < b and c > d, x<3"))).isNull();
  }

  @Test
  void four_hundred_thousand_empty_rows_are_an_input_limit() {
    byte[] page = rows(400_000, "<tr></tr>").getBytes(StandardCharsets.UTF_8);
    then(page.length).isGreaterThan(3_600_000);

    then(catchThrowable(() -> HtmlReportReader.lenient().read(page))).isInstanceOf(InputLimitException.class);
    then(catchThrowable(() -> HtmlLines.parse(new String(page, StandardCharsets.UTF_8))))
        .isInstanceOf(InputLimitException.class);
  }

  @Test
  void a_file_beyond_the_size_limit_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
    Path big = sparse(dir.resolve("big.html"), 300L << 20);

    Throwable e = catchThrowable(() -> HtmlReportReader.lenient().read(big));

    then(e).isInstanceOf(InputLimitException.class).hasMessageContaining("more than the limit of " + HtmlLines.MAX_INPUT_BYTES);
  }

  /** In a JVM of 96 MiB: past every limit an InputLimitException, at the node limit no OutOfMemoryError. */
  @Test
  void at_and_past_the_limits_in_a_small_heap_there_is_no_out_of_memory_error(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path big = sparse(dir.resolve("big.html"), 300L << 20);
    Path rows = dir.resolve("rows.html");
    Files.writeString(rows, rows(400_000, "<tr></tr>"), StandardCharsets.UTF_8);
    // at the node limit, with text in every row
    Path atLimit = dir.resolve("at-limit.html");
    Files.writeString(atLimit, rows((HtmlLines.MAX_NODES - 3) / 3, "<tr><td>1</td></tr>"), StandardCharsets.UTF_8);

    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
        "-cp", System.getProperty("java.class.path"), HtmlLimitsMain.class.getName(),
        big.toString(), rows.toString(), atLimit.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    int status = p.waitFor();
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);

    then(out).doesNotContain("OutOfMemoryError");
    then(status).as(out).isZero();
    then(out.lines().toList()).as(out).containsExactly(
        "big.html InputLimitException",
        "rows.html InputLimitException",
        "at-limit.html read");
  }

  private static Path sparse(Path file, long size) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[] {'x'}), size - 1);
    }
    return file;
  }
}
