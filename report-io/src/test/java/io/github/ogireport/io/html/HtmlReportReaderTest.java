package io.github.ogireport.io.html;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReportReaderTest {
  private static final Report EMPTY = Report.builder()
      .metadata(ReportMetadata.of("示例", 2020)).edition(Edition.V2019).build();

  @Test
  void passes_the_lines_and_a_locator_from_cell_numbers_to_html_cells_to_the_line_reader() {
    List<String> seen = new ArrayList<>();
    List<Location> located = new ArrayList<>();
    HtmlReportReader reader = HtmlReportReader.using((lines, locator) -> {
      seen.addAll(lines);
      located.add(locator.apply(2, 2));
      return new ReadResult(EMPTY, Map.of(), List.of(
          new ReaderFinding("text.x", Severity.INFO, Location.unknown(), "m", List.of())));
    });

    ReadResult result = reader.read("<h1>题</h1><table><tr><td>规章</td><td>5</td></tr></table>");

    then(seen).containsExactly("题", "规章\t5");
    then(located).containsExactly(Location.ofHtmlCell(0, 0, 1));
    then(result.report()).isEqualTo(EMPTY);
    then(result.findings()).extracting(ReaderFinding::code).containsExactly("text.x");
  }

  @Test
  void findings_of_the_html_conversion_come_first() throws Exception {
    HtmlReportReader reader = HtmlReportReader.using((lines, locator) -> new ReadResult(EMPTY, Map.of(),
        List.of(new ReaderFinding("text.x", Severity.INFO, Location.unknown(), "m", List.of()))));
    byte[] gbk = "<meta charset=\"utf-8\"><table><tr><td colspan=\"x\">行政许可</td></tr></table>"
        .getBytes(Charset.forName("GBK"));

    ReadResult result = reader.read(new ByteArrayInputStream(gbk));

    then(result.findings()).extracting(ReaderFinding::code)
        .containsExactly("html.charset-mismatch", "html.span-invalid", "text.x");
  }

  @Test
  void a_defect_of_the_line_reader_surfaces_as_a_table_format_exception() {
    HtmlReportReader reader = HtmlReportReader.using((lines, locator) -> {
      throw new IllegalStateException("boom");
    });

    TableFormatException e = catchThrowableOfType(TableFormatException.class, () -> reader.read("<p>x</p>"));

    then(e.getCause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_line_readers_own_exception_passes_unchanged() {
    TableFormatException thrown = new TableFormatException("no tables", Location.ofLine(1, 1));
    HtmlReportReader reader = HtmlReportReader.using((lines, locator) -> {
      throw thrown;
    });

    then(catchThrowableOfType(TableFormatException.class, () -> reader.read(new byte[0]))).isSameAs(thrown);
  }
}
