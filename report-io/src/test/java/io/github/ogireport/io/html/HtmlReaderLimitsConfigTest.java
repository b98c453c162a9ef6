package io.github.ogireport.io.html;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML reader's limits are configurable like the text reader's: {@code HtmlReportReader.builder()}. */
final class HtmlReaderLimitsConfigTest {
  private static final Report REPORT = Report.builder()
      .metadata(ReportMetadata.of("某县人民政府", 2023))
      .edition(Edition.V2021)
      .table(Table.builder(TableType.REVIEW_LITIGATION).row(ReviewRow.REVIEW, 1L, 0L, 0L, 0L, 1L).build())
      .build();
  private static final String PAGE = HtmlReportWriter.standard().write(REPORT);

  @Test
  void the_builder_defaults_read_like_the_lenient_reader() {
    HtmlReportReader reader = HtmlReportReader.builder().build();

    then(reader.limits()).isEqualTo(HtmlLimits.DEFAULT);
    then(reader.read(PAGE).report()).isEqualTo(HtmlReportReader.lenient().read(PAGE).report());
    then(HtmlReportReader.lenient().limits()).isEqualTo(HtmlLimits.DEFAULT);
  }

  @Test
  void a_lower_size_limit_refuses_text_bytes_streams_and_files(@TempDir Path dir) throws IOException {
    HtmlReportReader reader = HtmlReportReader.builder()
        .limits(HtmlLimits.DEFAULT.withMaxInputBytes(PAGE.length() - 1))
        .build();
    byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("page.html"), bytes);

    then(catchThrowable(() -> reader.read(PAGE))).isInstanceOf(InputLimitException.class)
        .hasMessageContaining("more than the limit of " + (PAGE.length() - 1));
    then(catchThrowable(() -> reader.read(bytes))).isInstanceOf(InputLimitException.class);
    then(catchThrowable(() -> reader.read(new ByteArrayInputStream(bytes)))).isInstanceOf(InputLimitException.class);
    then(catchThrowable(() -> reader.read(file))).isInstanceOf(InputLimitException.class);
  }

  @Test
  void lower_node_column_and_grid_limits_are_each_enforced() {
    then(catchThrowable(() -> HtmlReportReader.builder().limits(HtmlLimits.DEFAULT.withMaxNodes(20)).build()
        .read(PAGE))).isInstanceOf(InputLimitException.class).hasMessageContaining("more than 20 nodes");
    then(catchThrowable(() -> HtmlReportReader.builder().limits(HtmlLimits.DEFAULT.withMaxColumns(3)).build()
        .read(PAGE))).isInstanceOf(InputLimitException.class)
        .hasMessageFindingMatch("more than (the limit of )?3 (columns|$)|cells, more than the limit of 3");
    then(catchThrowable(() -> HtmlReportReader.builder().limits(HtmlLimits.DEFAULT.withMaxGridCells(10)).build()
        .read(PAGE))).isInstanceOf(InputLimitException.class).hasMessageContaining("more than the limit of 10");
    then(catchThrowable(() -> HtmlReportReader.builder()
        .limits(HtmlLimits.DEFAULT.withMaxDocumentGridCells(10)).build()
        .read(PAGE))).isInstanceOf(InputLimitException.class).hasMessageContaining("more than 10 grid cells");
  }

  @Test
  void a_higher_size_limit_reads_a_page_beyond_the_default() {
    String padded = PAGE.replace("</body>", "<!--" + "x".repeat(HtmlLines.MAX_INPUT_BYTES) + "--></body>");
    HtmlReportReader reader = HtmlReportReader.builder()
        .limits(HtmlLimits.DEFAULT.withMaxInputBytes(HtmlLines.MAX_INPUT_BYTES * 2))
        .build();

    then(catchThrowable(() -> HtmlReportReader.lenient().read(padded))).isInstanceOf(InputLimitException.class);
    then(reader.read(padded).report()).isEqualTo(HtmlReportReader.lenient().read(PAGE).report());
  }

  @Test
  void strict_mode_and_a_configured_text_reader_are_taken() {
    String broken = PAGE.replace(">1<", ">1x<");

    then(catchThrowable(() -> HtmlReportReader.builder().strict(true).build().read(broken)))
        .isInstanceOf(TableFormatException.class);
    then(HtmlReportReader.builder().lineReader(TextReportReader.builder().maxTableNumbers(1_000).build()::read)
        .build().read(PAGE).report()).isEqualTo(HtmlReportReader.lenient().read(PAGE).report());
  }

  @Test
  void impossible_limits_are_refused() {
    then(catchThrowable(() -> HtmlLimits.DEFAULT.withMaxColumns(HtmlLines.MAX_COLUMNS + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000");
    then(catchThrowable(() -> HtmlLimits.DEFAULT.withMaxNodes(0))).isInstanceOf(IllegalArgumentException.class);
    then(catchThrowable(() -> HtmlLimits.DEFAULT.withMaxInputBytes(Integer.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
