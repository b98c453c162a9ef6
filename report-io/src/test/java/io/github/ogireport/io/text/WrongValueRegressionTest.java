package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.generator.layout.Rendered;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated reports (outside the seeds of {@link LayoutFamiliesReadTest}) on which the reader once printed a
 * wrong value, each fixed since: every cell is right, or blank with a finding naming it.
 */
class WrongValueRegressionTest {
  @ParameterizedTest(name = "{0} {1} {2} report {4}")
  @CsvSource({
    // the token stream placed a legacy row's label on the words of another row after its own bracketed
    // numbering: （一）政府信息公开 个 1 (cut short) gave 1 to （二）设置政府信息公开查阅点数
    "LABEL_NOISE, LEGACY, NONE, 99, 1032, 8032",
    // a typo of a legacy row with its unit before the number (3.同公开答复数 件 1) was a custom row; the token
    // stream then read the table and misplaced a value
    "LABEL_NOISE, LEGACY, NONE, 99, 406, 7406",
    // — 1 — among a row's dashes (2 — — — — 1 —) was taken for a page footer and its figure dropped
    "DETACHED, V2021, MIXED, 100, 780, 7780",
    // a leading blank marker dropped to fit //////1 1 (six blanks and 11 with a stray space) into seven cells
    "FLATTENED, V2019, MIXED, 100, 1323, 8323",
    // 无 ending a mistyped label (4.无正当理由大量反复申无) read as a blank cell: the row's values shifted by one
    "LABEL_NOISE, V2021, ZERO_CELLS, 300, 264, 9564",
    // row 二's label with words dropped (二、上年政府信息公开申请数量) not found: its values went to row 一
    "LABEL_NOISE, V2021, ZERO_ROWS, 300, 267, 9567",
    // a legacy label cut short and printed with its unit (其中：主要负责同志参加⇥次⇥) joined the next row's words
    // into a third row's label (其中：主要负责同志参加政府网站在线访谈次数)
    "LABEL_NOISE, LEGACY, ZERO_CELLS, 200, 70, 6270",
    // a word lost made 3.同意部分公开答复数 the words of 2.同意公开答复数: another row's numbering, not that row
    "LABEL_NOISE, LEGACY, NONE, 400, 203, 12603",
    // a legacy label cut to its numbering and one word ((三)其 件 0) after a blank row: the token stream gave its
    // value to the blank row before it
    "LABEL_NOISE, LEGACY, ZERO_CELLS, 200, 320, 6520",
  })
  void every_cell_is_right_or_blank_with_a_finding(LayoutFamily family, Edition edition, BlankStyle blanks, long seed,
      long index, long renderSeed) {
    ReportGenerator g = ReportGenerator.builder().seed(seed).edition(edition).blanks(blanks).build();
    Rendered rendered = LayoutRenderer.of(family).render(g.generate(index), renderSeed);
    ReadResult read = TextReportReader.lenient().read(rendered.text());
    List<String> wrong = new ArrayList<>();
    List<String> unnamed = new ArrayList<>();
    for (Table t : rendered.expected().tableList()) {
      Optional<Table> got = read.report().table(t.type());
      for (TableRow row : t.rows()) {
        for (TableColumn c : t.columns()) {
          Cell expected = t.cell(row, c);
          Cell cell = got.filter(x -> x.rows().contains(row)).map(x -> x.cell(row, c)).orElse(Cell.blank());
          CellRef ref = CellRef.of(t.type(), row, c);
          if (!cell.isBlank() && !cell.equals(expected)) {
            wrong.add(ref + " read " + cell + ", printed " + expected);
          } else if (cell.isBlank() && !expected.isBlank() && got.isPresent()
              && read.findings().stream().noneMatch(f -> f.names(ref))) {
            unnamed.add(ref.toString());
          }
        }
      }
    }
    then(wrong).as("wrong values").isEmpty();
    then(unnamed).as("blank cells no finding names").isEmpty();
  }
}
