package io.github.ogireport.validation;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Heuristics on the rows a province added to the legacy statistics form, read from their printed
 * hierarchy: a part (a label starting with 其中, or a numbered sub-item) is at most its parent, and this
 * year's value is at most the cumulative one. Only integer counts are compared; rows whose units differ
 * from their parent's, and staff or percentage rows for the cumulative check, are skipped.
 */
final class CustomRowChecks {
  private CustomRowChecks() {}

  /** The printed level of a label: 1 一、 2 （一） 3 1. 4 （1） 5 其中; 0 unmarked. */
  static int level(String label) {
    String s = label.strip();
    if (s.startsWith("其中")) {
      return 5;
    }
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '（' || s.charAt(0) == '(')) {
      int j = 1;
      boolean chinese = false;
      boolean arabic = false;
      while (j < s.length() && (isChineseNumeral(s.charAt(j)) || isDigit(s.charAt(j)))) {
        chinese |= isChineseNumeral(s.charAt(j));
        arabic |= isDigit(s.charAt(j));
        j++;
      }
      if (j > 1 && j < s.length() && (s.charAt(j) == '）' || s.charAt(j) == ')') && chinese != arabic) {
        return chinese ? 2 : 4;
      }
      return 0;
    }
    while (i < s.length() && isChineseNumeral(s.charAt(i))) {
      i++;
    }
    if (i > 0 && i < s.length() && s.charAt(i) == '、') {
      return 1;
    }
    i = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    if (i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '．' || s.charAt(i) == '、')) {
      return 3;
    }
    return 0;
  }

  private static boolean isChineseNumeral(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  static Optional<String> unit(TableRow row) {
    if (row instanceof LegacyIndicator i) {
      return i.unit();
    }
    if (row instanceof CustomRow c) {
      return c.unit();
    }
    return Optional.empty();
  }

  /** The parent of the row at {@code index} in printed order, or null. */
  static TableRow parent(List<TableRow> rows, int index) {
    int level = level(rows.get(index).label());
    if (level < 3) {
      return null;
    }
    for (int i = index - 1; i >= 0; i--) {
      int l = level(rows.get(i).label());
      if (level == 5 ? l != 5 : l >= 1 && l < level) {
        return rows.get(i);
      }
    }
    return null;
  }

  /** {@code legacy.custom-part-within-parent}. */
  static final class PartWithinParent extends Check {
    PartWithinParent(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      Table table = evaluation.currentTables[TableType.LEGACY_STATISTICS.ordinal()];
      if (table == null || table.customRows().isEmpty()) {
        return;
      }
      List<TableRow> rows = table.rows();
      for (int i = 0; i < rows.size(); i++) {
        if (!(rows.get(i) instanceof CustomRow child)) {
          continue;
        }
        TableRow parent = parent(rows, i);
        if (parent == null) {
          continue;
        }
        Optional<String> cu = unit(child);
        Optional<String> pu = unit(parent);
        if (cu.isPresent() && pu.isPresent() && !cu.get().equals(pu.get())) {
          continue;
        }
        for (LegacyColumn column : LegacyColumn.values()) {
          compare(evaluation, ruleIndex, rule, table, child, parent, column, List.of(child, parent, column));
        }
      }
    }
  }

  /** {@code legacy.custom-value-within-cumulative}. */
  static final class ValueWithinCumulative extends Check {
    ValueWithinCumulative(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      Table table = evaluation.currentTables[TableType.LEGACY_STATISTICS.ordinal()];
      if (table == null) {
        return;
      }
      for (CustomRow row : table.customRows()) {
        String u = row.unit().orElse("");
        if (u.equals("人") || u.equals("%") || u.equals("％")) {
          continue;
        }
        compare(evaluation, ruleIndex, rule, table, row, null, LegacyColumn.VALUE, List.of(row));
      }
    }
  }

  /**
   * {@code cross-year.legacy-cumulative-chain}: a row's cumulative figure is last year's cumulative plus this
   * year's value, for every row printed with a cumulative column in both years (national rows by their
   * indicator, a province's own rows by their label and unit), integer counts only, staff and percentage rows skipped.
   */
  static final class CumulativeChain extends Check {
    CumulativeChain(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      if (!evaluation.crossYear) {
        return;
      }
      Table current = evaluation.currentTables[TableType.LEGACY_STATISTICS.ordinal()];
      Table previous = evaluation.previousTables[TableType.LEGACY_STATISTICS.ordinal()];
      if (current == null || previous == null) {
        return;
      }
      for (TableRow row : current.rows()) {
        String u = unit(row).orElse("");
        if (u.equals("人") || u.equals("%") || u.equals("％")) {
          continue;
        }
        TableRow before = counterpart(current, previous, row);
        if (before == null) {
          continue;
        }
        Cell cumulative = current.cell(row, LegacyColumn.CUMULATIVE);
        Cell value = current.cell(row, LegacyColumn.VALUE);
        Cell last = previous.cell(before, LegacyColumn.CUMULATIVE);
        if (!cumulative.isInteger() || !value.isInteger() || !last.isInteger()) {
          continue;
        }
        long computed = last.longValue() + value.longValue();
        if (cumulative.longValue() == computed) {
          evaluation.pass(ruleIndex);
          continue;
        }
        CellRef ref = CellRef.of(TableType.LEGACY_STATISTICS, row, LegacyColumn.CUMULATIVE);
        CellRef valueRef = CellRef.of(TableType.LEGACY_STATISTICS, row, LegacyColumn.VALUE);
        CellRef lastRef = CellRef.of(TableType.LEGACY_STATISTICS, before, LegacyColumn.CUMULATIVE);
        BigDecimal r = BigDecimal.valueOf(cumulative.longValue());
        BigDecimal c = BigDecimal.valueOf(computed);
        evaluation.fail(ruleIndex, rule, ref.path(), List.of(ref, valueRef), List.of(lastRef), List.of(), List.of(),
            r, c, List.of(row.label(), r, c, r.subtract(c)));
      }
    }

    /**
     * The previous year's row: the same indicator, or the custom row with the same label and unit, the same
     * occurrence of them (the identity {@code compare}'s {@code TableComparison} gives a row across years).
     */
    private static TableRow counterpart(Table current, Table previous, TableRow row) {
      if (!(row instanceof CustomRow custom)) {
        return previous.hasRow(row) ? row : null;
      }
      int occurrence = 0;
      for (CustomRow r : current.customRows()) {
        if (r == custom) {
          break;
        }
        occurrence += sameIdentity(r, custom) ? 1 : 0;
      }
      for (CustomRow r : previous.customRows()) {
        if (sameIdentity(r, custom) && occurrence-- == 0) {
          return r;
        }
      }
      return null;
    }

    private static boolean sameIdentity(CustomRow a, CustomRow b) {
      return a.label().equals(b.label()) && a.unit().equals(b.unit());
    }
  }

  /**
   * Compares a cell with its bound: the parent's cell in the same column, or (no parent) the row's
   * cumulative cell; integer counts only, both filled.
   */
  private static void compare(Evaluation evaluation, int ruleIndex, Rule rule, Table table, TableRow row, TableRow parent,
      LegacyColumn column, List<Object> head) {
    Cell cell = table.cell(row, column);
    TableRow boundRow = parent == null ? row : parent;
    LegacyColumn boundColumn = parent == null ? LegacyColumn.CUMULATIVE : column;
    Cell bound = table.cell(boundRow, boundColumn);
    if (!cell.isInteger() || !bound.isInteger()) {
      return;
    }
    if (cell.longValue() <= bound.longValue()) {
      evaluation.pass(ruleIndex);
      return;
    }
    CellRef ref = CellRef.of(TableType.LEGACY_STATISTICS, row, column);
    CellRef boundRef = CellRef.of(TableType.LEGACY_STATISTICS, boundRow, boundColumn);
    BigDecimal r = BigDecimal.valueOf(cell.longValue());
    BigDecimal c = BigDecimal.valueOf(bound.longValue());
    List<Object> arguments = new java.util.ArrayList<>(head);
    arguments.add(r);
    arguments.add(c);
    arguments.add(r.subtract(c));
    evaluation.fail(ruleIndex, rule, ref.path(), List.of(ref, boundRef), List.of(), List.of(), List.of(),
        r, c, arguments);
  }
}
