package io.github.ogireport.io.table;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The official printed layout of every table type: header rows with their merged cells, row labels with
 * their merged group cells, and the text of every value cell. Shared by the writers.
 */
final class OfficialLayout {
  /** The separator between a group label and a label in flattened titles. */
  static final String GROUP_SEPARATOR = " › ";

  /** The header of the first column of the section 二 tables. */
  static final String SECTION2_LABEL_HEADER = "信息内容";

  /** The width of every section 二 grid: one label column and three value columns. */
  static final int SECTION2_WIDTH = 4;

  /** The header of the legacy form's indicator column. */
  static final String LEGACY_INDICATOR_HEADER = "统计指标";

  /** The header of the legacy form's unit column. */
  static final String LEGACY_UNIT_HEADER = "单位";

  /** The group label printed above the seven applicant columns. */
  static final String APPLICANT_GROUP_LABEL = "申请人情况";

  private OfficialLayout() {}

  /**
   * One printed cell: its text, its spans, whether it is a header cell, and for value cells the row and
   * column it shows.
   */
  record GridCell(String text, int rowspan, int colspan, boolean header, TableRow row, TableColumn column) {
    static GridCell header(String text, int rowspan, int colspan) {
      return new GridCell(text, rowspan, colspan, true, null, null);
    }

    static GridCell label(String text, int rowspan, int colspan) {
      return new GridCell(text, rowspan, colspan, false, null, null);
    }

    boolean isValue() {
      return column != null;
    }
  }

  /** A printed table: the physical rows of its header and body (only the cells that start there). */
  record Grid(int width, List<List<GridCell>> head, List<List<GridCell>> body) {}

  /** Lays out a table in the official form. */
  static Grid grid(Table table) {
    TableType type = table.type();
    return switch (type) {
      case APPLICATIONS_2019, APPLICATIONS_2021 -> applications(table);
      case REVIEW_LITIGATION -> review(table);
      case LEGACY_STATISTICS -> legacy(table);
      default -> section2(table);
    };
  }

  private static Grid section2(Table table) {
    TableType type = table.type();
    List<TableColumn> columns = type.columns();
    int[] spans = section2Spans(columns.size());
    List<List<GridCell>> head = new ArrayList<>();
    head.add(List.of(GridCell.header(type.caption(), 1, SECTION2_WIDTH)));
    List<GridCell> header = new ArrayList<>();
    header.add(GridCell.header(SECTION2_LABEL_HEADER, 1, 1));
    for (int c = 0; c < columns.size(); c++) {
      header.add(GridCell.header(columns.get(c).label(), 1, spans[c]));
    }
    head.add(header);
    List<List<GridCell>> body = new ArrayList<>();
    for (TableRow row : table.rows()) {
      List<GridCell> tr = new ArrayList<>();
      tr.add(GridCell.label(row.label(), 1, 1));
      for (int c = 0; c < columns.size(); c++) {
        tr.add(value(table, row, columns.get(c), spans[c]));
      }
      body.add(tr);
    }
    return new Grid(SECTION2_WIDTH, head, body);
  }

  /** The column spans of the value cells of a section 二 table with {@code n} value columns. */
  private static int[] section2Spans(int n) {
    return switch (n) {
      case 1 -> new int[] {3};
      case 2 -> new int[] {1, 2};
      default -> {
        int[] spans = new int[n];
        java.util.Arrays.fill(spans, 1);
        yield spans;
      }
    };
  }

  private static Grid applications(Table table) {
    TableType type = table.type();
    List<List<GridCell>> head = new ArrayList<>();
    head.add(List.of(
        GridCell.header(ApplicationRow.CORNER_NOTE, 3, 3),
        GridCell.header(APPLICANT_GROUP_LABEL, 1, 7)));
    head.add(List.of(
        GridCell.header(ApplicantColumn.NATURAL_PERSON.label(), 2, 1),
        GridCell.header(ApplicantColumn.ORGANIZATION_GROUP_LABEL, 1, 5),
        GridCell.header(ApplicantColumn.TOTAL.label(), 2, 1)));
    List<GridCell> orgs = new ArrayList<>();
    for (ApplicantColumn c : ApplicantColumn.values()) {
      if (c.isOrganization()) {
        orgs.add(GridCell.header(c.label(), 1, 1));
      }
    }
    head.add(orgs);

    List<TableRow> rows = type.rows();
    int outcomeRows = (int) rows.stream()
        .filter(r -> r instanceof ApplicationRow a && (a.isOutcome() || a == ApplicationRow.TOTAL))
        .count();
    List<List<GridCell>> body = new ArrayList<>();
    boolean outcomeLabelDone = false;
    ApplicationRow.Category openCategory = null;
    for (TableRow r : rows) {
      ApplicationRow row = (ApplicationRow) r;
      List<GridCell> tr = new ArrayList<>();
      boolean inOutcome = row.isOutcome() || row == ApplicationRow.TOTAL;
      if (!inOutcome) {
        tr.add(GridCell.label(row.label(), 1, 3));
      } else {
        if (!outcomeLabelDone) {
          tr.add(GridCell.label(ApplicationRow.OUTCOME_GROUP_LABEL, outcomeRows, 1));
          outcomeLabelDone = true;
        }
        Optional<ApplicationRow.Category> category = row.category();
        if (category.isEmpty()) {
          tr.add(GridCell.label(row.label(), 1, 2));
          openCategory = null;
        } else {
          if (category.get() != openCategory) {
            openCategory = category.get();
            ApplicationRow.Category open = openCategory;
            int span = (int) rows.stream()
                .filter(x -> ((ApplicationRow) x).category().orElse(null) == open)
                .count();
            tr.add(GridCell.label(open.label(), span, 1));
          }
          tr.add(GridCell.label(row.label(), 1, 1));
        }
      }
      for (TableColumn c : type.columns()) {
        tr.add(value(table, row, c, 1));
      }
      body.add(tr);
    }
    return new Grid(10, head, body);
  }

  private static Grid review(Table table) {
    List<List<GridCell>> head = new ArrayList<>();
    head.add(List.of(
        GridCell.header(ReviewRow.REVIEW.label(), 1, 5),
        GridCell.header(ReviewRow.LITIGATION_GROUP_LABEL, 1, 10)));
    List<GridCell> second = new ArrayList<>();
    for (ReviewColumn c : ReviewColumn.values()) {
      second.add(GridCell.header(c.label(), 2, 1));
    }
    second.add(GridCell.header(ReviewRow.LITIGATION_DIRECT.label(), 1, 5));
    second.add(GridCell.header(ReviewRow.LITIGATION_AFTER_REVIEW.label(), 1, 5));
    head.add(second);
    List<GridCell> third = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      for (ReviewColumn c : ReviewColumn.values()) {
        third.add(GridCell.header(c.label(), 1, 1));
      }
    }
    head.add(third);
    List<GridCell> values = new ArrayList<>();
    for (ReviewRow r : ReviewRow.values()) {
      for (ReviewColumn c : ReviewColumn.values()) {
        values.add(value(table, r, c, 1));
      }
    }
    return new Grid(15, head, List.of(values));
  }

  private static Grid legacy(Table table) {
    boolean cumulative = hasCumulative(table);
    List<List<GridCell>> head = new ArrayList<>();
    List<GridCell> header = new ArrayList<>();
    header.add(GridCell.header(LEGACY_INDICATOR_HEADER, 1, 1));
    header.add(GridCell.header(LEGACY_UNIT_HEADER, 1, 1));
    header.add(GridCell.header(LegacyColumn.VALUE.label(), 1, 1));
    if (cumulative) {
      header.add(GridCell.header(LegacyColumn.CUMULATIVE.label(), 1, 1));
    }
    head.add(header);
    List<List<GridCell>> body = new ArrayList<>();
    for (TableRow row : table.rows()) {
      List<GridCell> tr = new ArrayList<>();
      tr.add(GridCell.label(row.label(), 1, 1));
      tr.add(GridCell.label(legacyUnit(row).orElse(""), 1, 1));
      tr.add(value(table, row, LegacyColumn.VALUE, 1));
      if (cumulative) {
        tr.add(value(table, row, LegacyColumn.CUMULATIVE, 1));
      }
      body.add(tr);
    }
    return new Grid(cumulative ? 4 : 3, head, body);
  }

  /** True if a legacy table has a value in its 累计 column, which is then printed. */
  static boolean hasCumulative(Table table) {
    for (TableRow row : table.rows()) {
      if (!table.cell(row, LegacyColumn.CUMULATIVE).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The unit printed in the legacy form's 单位 column for a row, if any. */
  static Optional<String> legacyUnit(TableRow row) {
    if (row instanceof LegacyIndicator indicator) {
      return indicator.unit();
    }
    if (row instanceof CustomRow custom) {
      return custom.unit();
    }
    return Optional.empty();
  }

  private static GridCell value(Table table, TableRow row, TableColumn column, int colspan) {
    Cell cell = table.cell(row, column);
    return new GridCell(valueText(table.type(), row, column, cell), 1, colspan, false, row, column);
  }

  /**
   * The unit a bare number in this cell is understood in, because the header or the 单位 column prints
   * it; empty if no unit is implied.
   */
  static Optional<AmountUnit> impliedUnit(TableType type, TableRow row, TableColumn column) {
    if (column instanceof Section2Column s2 && s2.headerUnit() != AmountUnit.UNSPECIFIED) {
      return Optional.of(s2.headerUnit());
    }
    if (type == TableType.LEGACY_STATISTICS) {
      return legacyUnit(row).flatMap(AmountUnit::fromKey);
    }
    return Optional.empty();
  }

  /**
   * The printed text of a cell: empty for blank, the integer (with a plus sign for positive 本年增/减), or
   * the amount as written followed by its unit unless the header implies it.
   */
  static String valueText(TableType type, TableRow row, TableColumn column, Cell cell) {
    if (cell.isBlank()) {
      return "";
    }
    if (cell.isInteger()) {
      long v = cell.longValue();
      boolean signed = type.kind(row, column) == CellKind.SIGNED;
      return signed && v > 0 ? "+" + v : Long.toString(v);
    }
    var amount = cell.amount().orElseThrow();
    String number = amount.value().toPlainString();
    Optional<AmountUnit> implied = impliedUnit(type, row, column);
    if (implied.isPresent() && implied.get() == amount.unit()) {
      return number;
    }
    return number + amount.unit().label();
  }

  /** The value of a cell without any unit: empty for blank, the integer, or the amount's number. */
  static String plainValue(Cell cell) {
    if (cell.isBlank()) {
      return "";
    }
    if (cell.isInteger()) {
      return Long.toString(cell.longValue());
    }
    return cell.amount().orElseThrow().value().toPlainString();
  }

  /** The official row label with its group and category prefix, for example {@code 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密}. */
  static String rowTitle(TableType type, TableRow row) {
    if (row instanceof ApplicationRow a && (a.isOutcome() || a == ApplicationRow.TOTAL)) {
      String prefix = ApplicationRow.OUTCOME_GROUP_LABEL + GROUP_SEPARATOR;
      return a.category().map(c -> prefix + c.label() + GROUP_SEPARATOR).orElse(prefix) + a.label();
    }
    if (row == ReviewRow.LITIGATION_DIRECT || row == ReviewRow.LITIGATION_AFTER_REVIEW) {
      return ReviewRow.LITIGATION_GROUP_LABEL + GROUP_SEPARATOR + row.label();
    }
    return row.label();
  }

  /** The official column label with its group prefix, for example {@code 申请人情况 › 法人或其他组织 › 商业企业}. */
  static String columnTitle(TableType type, TableColumn column) {
    if (column instanceof ApplicantColumn a) {
      String prefix = APPLICANT_GROUP_LABEL + GROUP_SEPARATOR;
      return a.isOrganization()
          ? prefix + ApplicantColumn.ORGANIZATION_GROUP_LABEL + GROUP_SEPARATOR + a.label()
          : prefix + a.label();
    }
    return column.label();
  }
}
