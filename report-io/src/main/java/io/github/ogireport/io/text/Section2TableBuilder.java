package io.github.ogireport.io.text;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the section 二 table (主动公开政府信息情况) of one region, one item of 第二十条: tells the item's
 * edition and table, places the rows by their labels, and reads numbers printed apart from their labels in
 * printed order when they exactly fill the rows left empty. It remembers only the rows it placed in earlier
 * regions, to report a row read again.
 */
final class Section2TableBuilder {
  private final ReadContext ctx;
  private final CellPlacement cells;
  private final FormRows formRows;

  Section2TableBuilder(ReadContext ctx, CellPlacement cells) {
    this.ctx = ctx;
    this.cells = cells;
    this.formRows = new FormRows(ctx, cells);
  }

  /**
   * The cells a row prints up to its last value: its values, and the empty fields among and before them on
   * the line of its last value (a field left empty between TABs holds a column's place); the empty fields
   * after its last value are counted only on a row of a table with explicit cells ({@code | 行政事业性收费 |
   * 13 |  |}, {@link ReadContext#isTableRow(int)}), not after a TAB (a trailing TAB is no cell).
   */
  private long printedCells(List<Tok> cells) {
    int last = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        last = i;
      }
    }
    if (last < 0) {
      return 0;
    }
    int line = cells.get(last).line();
    int end = ctx.isTableRow(line) ? cells.size() - 1 : last;
    long n = 0;
    for (int i = 0; i <= end; i++) {
      Tok c = cells.get(i);
      n += !c.isBlank() || c.line() == line ? 1 : 0;
    }
    return n;
  }

  /**
   * Builds the section 二 table of one region. The edition comes from the region's header and rows, or is
   * {@code appsEdition} (section 三's, or null); a later fragment of a table already read ({@code builtSoFar})
   * fills it further. The result has no table when the item has none in that edition.
   */
  BuiltTable build(TableRegion region, Edition appsEdition, Map<TableType, Table> builtSoFar) {
    String h = region.header();
    Edition e = null;
    if (h.contains("本年新制作") || h.contains("对外公开总") || h.contains("上一年项目") || h.contains("增/减")
        || h.contains("采购")) {
      e = Edition.V2019;
    } else if (h.contains("本年制发") || h.contains("本年废止") || h.contains("现行有效") || h.contains("本年处理决定")
        || h.contains("本年收费金额")) {
      e = Edition.V2021;
    }
    if (e == null) {
      for (TableRegion.Row r : region.rows()) {
        if (r.approximate() && appsEdition != null) {
          continue; // a label read as another's (行范性文件, a typo, is nearest to 规范性文件) does not overrule section 三
        }
        if (r.row() == Section2Row.NORMATIVE_DOCUMENTS || r.row() == Section2Row.OTHER_MANAGEMENT_SERVICES
            || r.row() == Section2Row.CENTRALIZED_PROCUREMENT) {
          e = Edition.V2019;
        } else if (r.row() == Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS) {
          e = Edition.V2021;
        }
      }
    }
    if (e == null && !region.item().equals("一") && !region.item().equals("九")
        && (h.contains("上一年") || h.contains("增") || h.contains("减"))) {
      // a damaged header (上一年目项目数量, 本年减) still prints words only the 2019 edition's columns have
      e = Edition.V2019;
    }
    if (e == null && !region.item().equals("一")) {
      long maxValues = region.rows().stream().mapToLong(r -> printedCells(r.cells())).max().orElse(0);
      if (region.item().equals("九") || maxValues >= 2) {
        e = Edition.V2019;
      } else if (maxValues == 1) {
        e = Edition.V2021;
      }
    }
    if (e == null) {
      e = appsEdition != null ? appsEdition : Edition.V2021;
    }
    TableType type = section2Type(region.item(), e);
    if (type == null) {
      List<Tok> all = new ArrayList<>(region.orphans());
      region.rows().forEach(r -> all.addAll(r.cells()));
      cells.unplaced(all, "第二十条第（" + region.item() + "）项 has no table in edition " + e.key(), List.of());
      return BuiltTable.none(null);
    }
    AmountUnit headerUnit = AmountUnit.UNSPECIFIED;
    if (type == TableType.ITEM8_2021 || (type == TableType.ITEM9_2019 && h.contains("万元"))) {
      headerUnit = AmountUnit.WAN_YUAN;
    } else if (type == TableType.ITEM9_2019 && h.contains("(单位:元") ) {
      headerUnit = AmountUnit.YUAN;
    }
    TableDraft d = builtSoFar.containsKey(type) ? new TableDraft(type, builtSoFar.get(type).toBuilder())
        : new TableDraft(type);
    List<Tok> orphans = new ArrayList<>(region.orphans());
    List<WorkRow> rows = WorkRow.copies(region.rows());
    rows.removeIf(r -> !r.hasValues() && rows.stream().anyMatch(o -> o != r && o.row == r.row));
    if (!ctx.cellColumns()) {
      DetachedRows.pair(rows, type, type.columns().size(), ctx);
    }
    boolean positional = CellPlacement.positionalTable(rows, type.columns().size(), type);
    for (WorkRow r : rows) {
      TableRow row = r.row;
      if (row == Section2Row.NORMATIVE_DOCUMENTS && type == TableType.ITEM1_2021) {
        row = Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS;
      } else if (row == Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS && type == TableType.ITEM1_2019) {
        row = Section2Row.NORMATIVE_DOCUMENTS;
      }
      if (!type.rows().contains(row)) {
        if (r.hasValues()) {
          cells.unplaced(r.cells, "row '" + r.row.label() + "' is not part of table " + type.key(), List.of());
        }
        continue;
      }
      if (formRows.repeated(type, row, r)) {
        continue;
      }
      cells.placeRow(d, row, r, type.columns(), List.of(), headerUnit, rows, positional, null);
    }
    if (!orphans.isEmpty()) {
      // Labels detached from their numbers: when the rows still empty take exactly the orphans, in order.
      List<TableRow> empty = new ArrayList<>();
      for (TableRow row : type.rows()) {
        boolean has = rows.stream().anyMatch(r -> r.row == row && r.hasValues());
        if (!has) {
          empty.add(row);
        }
      }
      int cols = type.columns().size();
      if (!empty.isEmpty() && orphans.size() == empty.size() * cols && orphans.stream().allMatch(this::onNumberLine)) {
        for (int i = 0; i < orphans.size(); i++) {
          cells.setCell(d, empty.get(i / cols), type.columns().get(i % cols), orphans.get(i), null, headerUnit, List.of());
        }
        ctx.finding("reader.detached-labels", Severity.WARNING, ctx.location(orphans.get(0)),
            "numbers of " + type.caption() + " are printed apart from their row labels; read in printed order",
            List.of(type.key()));
      } else {
        cells.unplaced(orphans, "number in " + type.caption() + " with no recognisable row label", List.of());
      }
    }
    BuiltTable built = d.built(e);
    formRows.missingRows(type, rows, region.startLine(), built.table());
    return built;
  }

  /** True if the number stands on a line without text (a detached value row, not another row's value). */
  private boolean onNumberLine(Tok t) {
    return !ctx.hasLetter(t.line());
  }

  private static TableType section2Type(String item, Edition e) {
    boolean v19 = e == Edition.V2019;
    return switch (item) {
      case "一" -> v19 ? TableType.ITEM1_2019 : TableType.ITEM1_2021;
      case "五" -> v19 ? TableType.ITEM5_2019 : TableType.ITEM5_2021;
      case "六" -> v19 ? TableType.ITEM6_2019 : TableType.ITEM6_2021;
      case "八" -> v19 ? TableType.ITEM8_2019 : TableType.ITEM8_2021;
      case "九" -> v19 ? TableType.ITEM9_2019 : null;
      default -> null;
    };
  }
}
