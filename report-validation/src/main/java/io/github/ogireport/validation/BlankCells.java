package io.github.ogireport.validation;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Blank cells of a total and its parts, told apart from the not-evaluable instances of the sums: a blank
 * 总计 whose parts are all filled ({@code *.total-blank}), and blank parts where the 总计 and the filled
 * parts differ, so that a blank stands for a missing number rather than 0 ({@code *.part-blank}).
 */
final class BlankCells {
  private BlankCells() {}

  /** One total and its parts, in one row of one table type. */
  record Group(TableType type, TableRow row, TableColumn total, List<? extends TableColumn> parts) {}

  /** {@code *.total-blank} and {@code *.part-blank} over a list of groups. */
  static final class Check extends io.github.ogireport.validation.Check {
    private final List<Group> groups;
    private final boolean totalBlank;

    Check(Rule rule, List<Group> groups, boolean totalBlank) {
      super(rule);
      this.groups = List.copyOf(groups);
      this.totalBlank = totalBlank;
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      for (Group g : groups) {
        Table table = evaluation.currentTables[g.type().ordinal()];
        if (table != null) {
          evaluate(evaluation, ruleIndex, table, g);
        }
      }
    }

    private void evaluate(Evaluation evaluation, int ruleIndex, Table table, Group g) {
      Cell total = table.cell(g.row(), g.total());
      if (!total.isBlank() && !total.isInteger()) {
        return;
      }
      long sum = 0;
      List<CellRef> blankParts = new ArrayList<>();
      List<CellRef> cells = new ArrayList<>();
      CellRef totalRef = CellRef.of(g.type(), g.row(), g.total());
      cells.add(totalRef);
      for (TableColumn c : g.parts()) {
        Cell part = table.cell(g.row(), c);
        CellRef ref = CellRef.of(g.type(), g.row(), c);
        cells.add(ref);
        if (part.isBlank()) {
          blankParts.add(ref);
        } else if (part.isInteger()) {
          sum += part.longValue();
        } else {
          return;
        }
      }
      BigDecimal computed = BigDecimal.valueOf(sum);
      if (totalBlank) {
        if (!blankParts.isEmpty()) {
          return;
        }
        if (!total.isBlank()) {
          evaluation.pass(ruleIndex);
          return;
        }
        evaluation.fail(ruleIndex, rule, totalRef.path(), cells, List.of(), List.of(totalRef), List.of(),
            null, computed, List.of(g.row(), computed));
        return;
      }
      if (total.isBlank() || blankParts.isEmpty()) {
        return;
      }
      if (total.longValue() == sum) {
        evaluation.pass(ruleIndex);
        return;
      }
      BigDecimal reported = BigDecimal.valueOf(total.longValue());
      List<Object> columns = new ArrayList<>();
      for (CellRef ref : blankParts) {
        columns.add(ref.column());
      }
      evaluation.fail(ruleIndex, rule, blankParts.get(0).path(), cells, List.of(), blankParts, List.of(),
          reported, computed, List.of(g.row(), columns, reported, computed, reported.subtract(computed)));
    }
  }
}
