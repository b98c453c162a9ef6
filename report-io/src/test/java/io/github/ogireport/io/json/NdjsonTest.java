package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import io.github.ogireport.model.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class NdjsonTest {
  private static final ReportJson JSON = ReportJson.standard();

  @Test
  void many_reports_stream_out_and_back_one_per_line() {
    List<Report> reports = new ArrayList<>();
    Random random = new Random(20_240_601);
    for (int i = 0; i < 2_000; i++) {
      reports.add(RandomReports.next(random));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (NdjsonReportWriter writer = NdjsonReportWriter.open(out)) {
      reports.forEach(writer::write);
      then(writer.count()).isEqualTo(reports.size());
    }
    List<Report> back;
    try (NdjsonReportReader reader = NdjsonReportReader.open(new ByteArrayInputStream(out.toByteArray()))) {
      back = reader.stream().collect(Collectors.toList());
    }

    then(back).containsExactlyElementsOf(reports);
    String text = out.toString(StandardCharsets.UTF_8);
    then(text.lines()).hasSize(reports.size());
    then(text).endsWith("}\n");
    then(text.lines().limit(50)).containsExactlyElementsOf(reports.stream().limit(50).map(JSON::write).toList());
  }

  @Test
  void text_writers_and_readers_agree_with_byte_streams() {
    StringWriter out = new StringWriter();
    List<Report> reports = List.of(EditionReports.edition2019(), EditionReports.edition2021(), EditionReports.legacy());

    try (NdjsonReportWriter writer = NdjsonReportWriter.open(out)) {
      reports.forEach(writer::write);
    }

    then(out.toString()).isEqualTo(reports.stream().map(r -> JSON.write(r) + "\n").collect(Collectors.joining()));
    try (NdjsonReportReader reader = NdjsonReportReader.open(new StringReader(out.toString()))) {
      then(reader.stream()).containsExactlyElementsOf(reports);
    }
  }

  @Test
  void a_bad_line_reports_its_line_number_and_reading_goes_on_with_the_next_line() {
    String good = JSON.write(EditionReports.edition2021());
    String bad = good.replace("\"year\":2023", "\"year\":\"2023\"");
    String input = "\uFEFF" + good + "\r\n\n   \n" + bad + "\n" + good;

    NdjsonReportReader reader = NdjsonReportReader.open(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));

    then(reader.next()).isEqualTo(EditionReports.edition2021());
    then(reader.lineNumber()).isEqualTo(1);
    Throwable thrown = catchThrowable(reader::next);
    then(thrown).isExactlyInstanceOf(ReportFormatException.class);
    ReportException e = (ReportException) thrown;
    then(e.location().line()).isEqualTo(4);
    then(e.location().jsonPath()).isEqualTo("/metadata/year");
    // byte input: the column counts bytes, and the agency before the year is in three-byte characters
    int column = bad.substring(0, bad.indexOf("\"2023\"")).getBytes(StandardCharsets.UTF_8).length + 1;
    then(e.location().column()).isEqualTo(column);
    then(e.getMessage()).endsWith("at /metadata/year (line 4, column " + column + ")");
    then(reader.lineNumber()).isEqualTo(4);
    then(reader.next()).isEqualTo(EditionReports.edition2021());
    then(reader.lineNumber()).isEqualTo(5);
    then(reader.hasNext()).isFalse();
    then(catchThrowable(reader::next)).isExactlyInstanceOf(NoSuchElementException.class);
  }

  @Test
  void a_line_longer_than_the_document_limit_is_an_input_limit_on_its_line() {
    ReportJson small = ReportJson.builder().limits(JsonLimits.standard().withMaxDocumentLength(5_000)).build();
    String good = JSON.write(EditionReports.edition2019().toBuilder().tables(java.util.Map.of()).build());
    String input = good + "\n" + "{" + " ".repeat(20_000) + "}\n" + good + "\n";

    NdjsonReportReader reader = NdjsonReportReader.open(new StringReader(input), small);

    then(reader.next()).isNotNull();
    Throwable thrown = catchThrowable(reader::next);
    then(thrown).isExactlyInstanceOf(InputLimitException.class);
    then(((ReportException) thrown).location().line()).isEqualTo(2);
    then(reader.next()).isNotNull();
    then(reader.lineNumber()).isEqualTo(3);
    then(reader.hasNext()).isFalse();
  }

  @Test
  void malformed_utf8_is_reported_on_its_line() {
    byte[] good = (JSON.write(EditionReports.edition2021()) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[good.length * 2];
    System.arraycopy(good, 0, input, 0, good.length);
    System.arraycopy(good, 0, input, good.length, good.length);
    input[good.length + 40] = (byte) 0xC3;
    input[good.length + 41] = (byte) 0x28;

    NdjsonReportReader reader = NdjsonReportReader.open(new ByteArrayInputStream(input));

    then(reader.next()).isNotNull();
    Throwable thrown = catchThrowable(reader::next);
    then(thrown).isExactlyInstanceOf(ReportFormatException.class).hasMessageContaining("Invalid UTF-8");
    then(((ReportException) thrown).location().line()).isEqualTo(2);
  }

  @Test
  void the_reader_reads_lazily_from_an_endless_input() {
    byte[] line = (JSON.write(EditionReports.edition2021()) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream endless = new InputStream() {
      private long position;

      @Override
      public int read() {
        return line[(int) (position++ % line.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };

    try (NdjsonReportReader reader = NdjsonReportReader.open(endless)) {
      then(reader.stream().limit(300)).hasSize(300).allMatch(EditionReports.edition2021()::equals);
      then(reader.lineNumber()).isEqualTo(300);
    }
  }

  @Test
  void closing_the_stream_closes_the_input() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed.set(true);
      }
    };

    try (Stream<Report> reports = NdjsonReportReader.open(in).stream()) {
      then(reports).isEmpty();
    }

    then(closed).isTrue();
  }

  @Test
  void empty_input_and_blank_lines_hold_no_reports() {
    NdjsonReportReader reader = NdjsonReportReader.open(new StringReader("\n  \n\t\r\n"));

    then(reader.hasNext()).isFalse();
    then(catchThrowable(reader::next)).isExactlyInstanceOf(NoSuchElementException.class);
  }
}
