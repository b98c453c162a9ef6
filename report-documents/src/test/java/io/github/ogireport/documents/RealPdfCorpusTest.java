package io.github.ogireport.documents;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three real published PDFs of the shared corpus ({@code ../shared/corpus/pdf/F0n.pdf}, beside the
 * repository; skipped when absent), compared cell by cell with the values read by hand
 * ({@code ../shared/corpus/F0n.expected.json}): every section 三 and section 四 cell right, blanks blank.
 */
class RealPdfCorpusTest {
  private static final Path CORPUS = locate();

  private static Path locate() {
    for (Path p : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"))) {
      if (Files.isDirectory(p.resolve("pdf"))) {
        return p;
      }
    }
    return Path.of("../shared/corpus");
  }

  @ParameterizedTest
  @ValueSource(strings = {"F01", "F02", "F03"})
  void every_hand_read_cell_is_read(String id) throws IOException {
    Path pdf = CORPUS.resolve("pdf").resolve(id + ".pdf");
    Path expectedFile = CORPUS.resolve(id + ".expected.json");
    assumeThat(Files.isRegularFile(pdf) && Files.isRegularFile(expectedFile))
        .as("the shared corpus is not beside the repository (%s)", pdf.toAbsolutePath()).isTrue();
    JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile());
    ReadResult read = PdfReportReader.lenient().read(pdf);

    TableType applicationsType = expected.path("edition").asText().equals("2021")
        ? TableType.APPLICATIONS_2021 : TableType.APPLICATIONS_2019;
    Table applications = read.report().table(applicationsType).orElseThrow();
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("applicant_table").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> row = it.next();
      TableRow tableRow = applicationsType.rows().stream().filter(r -> r.key().equals(row.getKey())).findFirst()
          .orElseThrow(() -> new AssertionError("no row " + row.getKey()));
      for (int c = 0; c < ApplicantColumn.values().length; c++) {
        cells++;
        compare(applications.cell(tableRow, ApplicantColumn.values()[c]), row.getValue().get(c),
            row.getKey() + "/" + ApplicantColumn.values()[c].key(), wrong);
      }
    }
    Table review = read.report().table(TableType.REVIEW_LITIGATION).orElseThrow();
    JsonNode values = expected.path("review_litigation");
    for (int i = 0; i < values.size(); i++) {
      cells++;
      ReviewRow row = ReviewRow.values()[i / 5];
      ReviewColumn column = ReviewColumn.values()[i % 5];
      compare(review.cell(row, column), values.get(i), row.key() + "/" + column.key(), wrong);
    }
    then(wrong).as("%s: cells not read as by hand (of %d)", id, cells).isEmpty();
    then(read.report().metadata().year()).isEqualTo(expected.path("year").asInt());
  }

  private static void compare(Cell cell, JsonNode want, String what, List<String> wrong) {
    if (want == null || want.isNull()) {
      if (!cell.isBlank()) {
        wrong.add(what + ": expected blank, got " + cell);
      }
    } else if (cell.isBlank() || !cell.isInteger() || cell.longValue() != want.asLong()) {
      wrong.add(what + ": expected " + want.asLong() + ", got " + cell);
    }
  }
}
