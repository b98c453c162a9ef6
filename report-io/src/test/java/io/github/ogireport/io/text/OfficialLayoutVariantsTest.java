package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official layout as agencies vary it when they type their report: captions without brackets
 * (第二十条第一项) or with half-width ones, section headings numbered （二） or 2. or not at all, pipe rows
 * without their outer pipes. Generated reports of every edition, written by {@link TextReportWriter} and
 * varied, are read back: every cell is the generated value, or blank (and then the share recovered is given
 * per variant); never another number.
 */
final class OfficialLayoutVariantsTest {
  private static final int REPORTS = 30;

  private static final Pattern HEADING = Pattern.compile(
      "^([一二三四五六七])、(总体情况|主动公开政府信息|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)");

  private static String eachLine(String text, UnaryOperator<String> f) {
    StringBuilder b = new StringBuilder();
    for (String l : text.split("\n", -1)) {
      b.append(f.apply(l)).append('\n');
    }
    return b.toString();
  }

  private static UnaryOperator<String> headings(UnaryOperator<String> numbering) {
    return t -> eachLine(t, l -> {
      Matcher m = HEADING.matcher(l);
      return m.find() ? numbering.apply(m.group(1)) + l.substring(2) : l;
    });
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("caption without brackets", (UnaryOperator<String>) t ->
            t.replaceAll("第二十条第（([一五六八])）项", "第二十条第$1项"), 1.0),
        Arguments.of("caption with half-width brackets", (UnaryOperator<String>) t ->
            t.replaceAll("第二十条第（([一五六八])）项", "第二十条第($1)项"), 1.0),
        Arguments.of("headings numbered （二）", headings(n -> "（" + n + "）"), 1.0),
        Arguments.of("headings numbered 2.", headings(n -> (("一二三四五六七".indexOf(n)) + 1) + "."), 1.0),
        Arguments.of("headings without numbering", headings(n -> ""), 1.0),
        Arguments.of("pipe rows without outer pipes", (UnaryOperator<String>) t ->
            eachLine(t, l -> l.indexOf('\t') >= 0 ? String.join(" | ", l.split("\t", -1)) : l), 0.99),
        // headings numbered 2. in a body whose spaces and line breaks are lost: 结转下年度继续办理…2824.政府信息公开…,
        // the heading's numbering glued to the last figure
        Arguments.of("headings numbered 2., spaces and line breaks lost", (UnaryOperator<String>) t ->
            headings(n -> (("一二三四五六七".indexOf(n)) + 1) + ".").apply(t).replace("\n", "").replace("\t", ""), 0.8),
        // a page copied with its cells' padding and its line breaks lost: 其他对外管理服务事项  23  7  752第二十条…
        Arguments.of("cells apart by two spaces, lines joined", (UnaryOperator<String>) t ->
            eachLine(t, l -> l.indexOf('\t') >= 0 ? String.join("  ", l.split("\t", -1)) : l).replace("\n", ""),
            0.9));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void every_cell_is_read_right_or_left_blank(String name, UnaryOperator<String> variant, double minShare) {
    long cells = 0;
    long right = 0;
    List<String> wrong = new ArrayList<>();
    for (Edition edition : Edition.values()) {
      ReportGenerator g = ReportGenerator.builder().seed(610 + edition.ordinal()).edition(edition).build();
      for (int i = 0; i < REPORTS; i++) {
        Report report = g.generate(i);
        ReadResult read = TextReportReader.lenient().read(variant.apply(TextReportWriter.write(report)));
        for (Table want : report.tableList()) {
          Table got = read.report().table(want.type()).orElse(null);
          for (TableRow row : want.rows()) {
            for (TableColumn col : want.columns()) {
              cells++;
              Cell w = want.cell(row, col);
              Cell h = got == null || !got.hasRow(row) ? Cell.blank() : got.cell(row, col);
              if (h.equals(w)) {
                right++;
              } else if (!h.isBlank()) {
                wrong.add(edition + " report " + i + " " + CellRef.of(want.type(), row, col) + ": " + h);
              }
            }
          }
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "official layout, %s: %d of %d cells (%.2f%%)%n", name, right, cells,
        100.0 * right / cells);
    then(wrong).as(name).isEmpty();
    then((double) right / cells).as(name).isGreaterThanOrEqualTo(minShare);
  }

  @Test
  void a_table_heading_numbered_in_brackets_opens_its_table_when_the_header_rows_are_lost() {
    // （四）政府信息公开行政复议、行政诉讼情况, then the value row alone (a converter dropped the three header rows)
    Report report = ReportGenerator.builder().seed(611).edition(Edition.V2021).build().generate(3);
    String text = TextReportWriter.write(report);
    int heading = text.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    int headerFrom = text.indexOf("行政复议\t", heading);
    int values = text.indexOf('\n', text.indexOf("\t总计\t结果维持", headerFrom)) + 1;
    then(heading).isPositive();
    String damaged = text.substring(0, heading) + "（四）" + text.substring(heading + 2, headerFrom)
        + text.substring(values);

    ReadResult read = TextReportReader.lenient().read(damaged);

    then(read.report().table(TableType.REVIEW_LITIGATION)).hasValue(report.table(TableType.REVIEW_LITIGATION)
        .orElseThrow());
  }

  /** The text of the first generated report of the edition and seed, the cells of the labelled row replaced. */
  private static String withRow(Edition edition, long seed, String label, String cells) {
    String text = TextReportWriter.write(ReportGenerator.builder().seed(seed).edition(edition).build().generate(0));
    int at = text.indexOf(label + "\t");
    then(at).as(label).isPositive();
    int end = text.indexOf('\n', at);
    return text.substring(0, at) + label + "\t" + cells + text.substring(end);
  }

  @Test
  void a_figure_with_a_leading_zero_makes_its_row_undecided_in_a_flattened_text() {
    // 6 and 4，090439元 run together when spaces and line breaks are lost: 64，090439元 is neither 64 projects nor
    // 90439 元
    String flat = withRow(Edition.V2019, 32, "政府集中采购", "6\t4，090439元").replace("\n", "").replace("\t", "");

    ReadResult read = TextReportReader.lenient().read(flat);

    for (TableColumn col : TableType.ITEM9_2019.columns()) {
      CellRef ref = CellRef.of(TableType.ITEM9_2019, TableType.ITEM9_2019.rows().get(0), col);
      then(read.report().cell(ref).orElse(Cell.blank())).as(ref.toString()).isEqualTo(Cell.blank());
      then(read.findings()).anySatisfy(f -> then(f.names(ref)).isTrue());
    }
  }

  @Test
  void a_point_then_a_space_in_a_figure_is_no_number_of_the_cell() {
    // 4. 9661万元: the decimal 4.9661 cut by a space, or a numbering before a figure; never 9661 万元
    String damaged = withRow(Edition.V2021, 610, "行政事业性收费", "4. 9661万元");

    for (String t : List.of(damaged, damaged.replace('\n', ' ').replace('\t', ' '))) {
      ReadResult read = TextReportReader.lenient().read(t);
      CellRef fee = CellRef.of(TableType.ITEM8_2021, TableType.ITEM8_2021.rows().get(0),
          TableType.ITEM8_2021.columns().get(0));
      then(read.report().cell(fee).orElse(Cell.blank())).isEqualTo(Cell.blank());
      then(read.findings()).anySatisfy(f -> then(f.names(fee)).isTrue());
    }
  }
}
