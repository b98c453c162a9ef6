package io.github.ogireport.io.table;

import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only view of the official printed layout, for writers of other document formats (Word, PDF,
 * Excel) that must print the same grids as {@link HtmlReportWriter}: every table's header rows with their
 * merged cells, its body rows with the row labels and value texts, and the printed order of a report's
 * parts. Only the cells that start in a row are listed in it (as in an HTML {@code tr}); a cell covers
 * {@link Cell#rowspan()} rows and {@link Cell#colspan()} columns from the first free column.
 *
 * <pre>{@code
 * OfficialGrid grid = OfficialGrid.of(table);
 * for (List<OfficialGrid.Cell> row : grid.rows()) { ... }
 * }</pre>
 *
 * @param width the number of grid columns
 * @param head the header rows
 * @param body the body rows
 * @since 0.1
 */
public record OfficialGrid(int width, List<List<Cell>> head, List<List<Cell>> body) {

  /**
   * One printed cell.
   *
   * @param text the text printed (empty for a blank value)
   * @param rowspan the rows it covers, at least 1
   * @param colspan the columns it covers, at least 1
   * @param header true for a header cell
   * @param row the row a value cell shows; empty for header and label cells
   * @param column the column a value cell shows; empty for header and label cells
   */
  public record Cell(String text, int rowspan, int colspan, boolean header, Optional<TableRow> row,
      Optional<TableColumn> column) {
    /** Checks the parts. */
    public Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(column, "column");
    }

    /** True for a cell that shows a value (or a blank value) of the table. */
    public boolean isValue() {
      return column.isPresent();
    }
  }

  /** One part of a printed report, in printed order. */
  public sealed interface Part permits NarrativePart, TablePart {}

  /** A narrative section: its heading and its lines (without carriage returns). */
  public record NarrativePart(NarrativeSection narrative, List<String> lines) implements Part {}

  /** A table section: its heading ({@link ReportSection#label()}) and tables in printed order. */
  public record TablePart(ReportSection section, List<Table> tables) implements Part {}

  /** Copies the rows. */
  public OfficialGrid {
    head = head.stream().map(List::copyOf).toList();
    body = body.stream().map(List::copyOf).toList();
  }

  /** The official layout of a table. */
  public static OfficialGrid of(Table table) {
    OfficialLayout.Grid g = OfficialLayout.grid(Objects.requireNonNull(table, "table"));
    return new OfficialGrid(g.width(), convert(g.head()), convert(g.body()));
  }

  /** The title printed at the top: the metadata's title, else one made from agency and year. */
  public static String title(Report report) {
    return ReportDocuments.title(Objects.requireNonNull(report, "report"));
  }

  /** The parts of a report in the printed order of the official writers. */
  public static List<Part> parts(Report report) {
    List<Part> parts = new ArrayList<>();
    for (ReportDocuments.Part p : ReportDocuments.parts(Objects.requireNonNull(report, "report"))) {
      if (p instanceof ReportDocuments.NarrativePart n) {
        parts.add(new NarrativePart(n.narrative(), ReportDocuments.lines(n.narrative().text())));
      } else if (p instanceof ReportDocuments.TablePart t) {
        parts.add(new TablePart(t.section(), t.tables()));
      }
    }
    return List.copyOf(parts);
  }

  /** The header rows followed by the body rows. */
  public List<List<Cell>> rows() {
    List<List<Cell>> all = new ArrayList<>(head);
    all.addAll(body);
    return List.copyOf(all);
  }

  private static List<List<Cell>> convert(List<List<OfficialLayout.GridCell>> rows) {
    List<List<Cell>> out = new ArrayList<>(rows.size());
    for (List<OfficialLayout.GridCell> row : rows) {
      List<Cell> cells = new ArrayList<>(row.size());
      for (OfficialLayout.GridCell c : row) {
        cells.add(new Cell(c.text(), c.rowspan(), c.colspan(), c.header(), Optional.ofNullable(c.row()),
            Optional.ofNullable(c.column())));
      }
      out.add(cells);
    }
    return out;
  }
}
