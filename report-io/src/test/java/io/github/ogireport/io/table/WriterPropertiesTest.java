package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.html.HtmlGrid;
import io.github.ogireport.io.html.HtmlLines;
import io.github.ogireport.io.table.OfficialLayout.Grid;
import io.github.ogireport.io.table.OfficialLayout.GridCell;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WriterPropertiesTest {

  @Provide
  Arbitrary<Report> anyReport() {
    return net.jqwik.api.Arbitraries.oneOf(
        ReportArbitraries.reports(Edition.LEGACY),
        ReportArbitraries.reports(Edition.V2019),
        ReportArbitraries.reports(Edition.V2021),
        ReportArbitraries.mixedReports());
  }

  @Property(tries = 300)
  void every_written_table_is_a_full_rectangle_without_holes(@ForAll("anyReport") Report report) {
    HtmlLines lines = HtmlLines.parse(HtmlReportWriter.standard().write(report));

    then(lines.tables()).hasSize(report.tables().size());
    for (HtmlGrid grid : lines.tables()) {
      for (int r = 0; r < grid.rowCount(); r++) {
        for (int c = 0; c < grid.columnCount(); c++) {
          then(grid.locationAt(r, c).isUnknown()).as("hole at %d,%d", r, c).isFalse();
        }
      }
    }
    then(lines.findings()).isEmpty();
  }

  @Property(tries = 300)
  void html_rows_give_back_the_printed_text_of_every_cell(@ForAll("anyReport") Report report) {
    HtmlLines lines = HtmlLines.parse(HtmlReportWriter.standard().write(report));

    List<Table> tables = report.tableList();
    for (int t = 0; t < tables.size(); t++) {
      Grid grid = OfficialLayout.grid(tables.get(t));
      List<List<GridCell>> rows = new ArrayList<>(grid.head());
      rows.addAll(grid.body());
      HtmlGrid read = lines.tables().get(t);
      then(read.rowCount()).isEqualTo(rows.size());
      then(read.columnCount()).isEqualTo(grid.width());
      for (int r = 0; r < rows.size(); r++) {
        then(read.rowTexts(r)).containsExactlyElementsOf(rows.get(r).stream().map(GridCell::text).toList());
      }
    }
  }

  @Property(tries = 300)
  void csv_has_one_line_per_cell(@ForAll("anyReport") Report report) {
    String csv = CellsCsvWriter.standard().write(report);

    long cells = report.tableList().stream().mapToLong(t -> (long) t.rows().size() * t.columns().size()).sum();
    then(csv.split("\r\n", -1)).hasSize((int) cells + 2); // header and the empty string after the last CRLF
  }

  @Property(tries = 300)
  void markdown_tables_have_as_many_cells_in_every_row_as_titles(@ForAll("anyReport") Report report) {
    String md = MarkdownReportWriter.standard().write(report);

    int width = -1;
    for (String line : md.split("\n", -1)) {
      if (!line.startsWith("|")) {
        width = -1;
        continue;
      }
      int cells = line.replace("\\|", "").split("\\|", -1).length - 2;
      if (width < 0) {
        width = cells;
      }
      then(cells).as(line).isEqualTo(width);
    }
  }

  @Property(tries = 100)
  void writers_are_deterministic(@ForAll("anyReport") Report report) {
    then(HtmlReportWriter.standard().write(report)).isEqualTo(HtmlReportWriter.standard().write(report));
    then(MarkdownReportWriter.standard().write(report)).isEqualTo(MarkdownReportWriter.standard().write(report));
  }
}
