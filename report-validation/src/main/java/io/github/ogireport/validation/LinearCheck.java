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
 * A rule that is a relation between two sums of integer cells, {@code reported REL computed} with
 * {@code REL} one of {@code =}, {@code ≤}, {@code ≥}, evaluated once per instance (a column, a row, a
 * pair of years).
 *
 * <p>Blank policy: an instance is not evaluable when every cell of a non-empty side is blank, or, for a
 * cross-year relation, when every cell of one of the two years is blank; otherwise blank cells count as
 * zero and are listed in the finding. An instance whose table is missing from the
 * report is not applicable and not counted.
 */
final class LinearCheck extends Check {
  /** The comparison between the two sides. */
  enum Op {
    EQ("="),
    LE("≤"),
    GE("≥");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    boolean holds(long reported, long computed) {
      return switch (this) {
        case EQ -> reported == computed;
        case LE -> reported <= computed;
        case GE -> reported >= computed;
      };
    }
  }

  /** One cell of a formula, with its sign and whether it belongs to the previous year's report. */
  static final class Term {
    final boolean previous;
    final CellRef ref;
    final int rowIndex;
    final int columnIndex;
    final int sign;

    Term(boolean previous, TableType table, TableRow row, TableColumn column, int sign) {
      this.previous = previous;
      this.ref = CellRef.of(table, row, column);
      this.rowIndex = table.rowIndex(row);
      this.columnIndex = table.columnIndex(column);
      if (rowIndex < 0 || columnIndex < 0) {
        throw new IllegalArgumentException(
            "table " + table.key() + " has no cell " + row.key() + "/" + column.key());
      }
      if (table.kind(row, column) == io.github.ogireport.model.CellKind.AMOUNT) {
        throw new IllegalArgumentException("relations read integer cells only, not " + ref.path());
      }
      this.sign = sign;
    }

    Cell read(Evaluation evaluation) {
      Table t = evaluation.table(previous, ref.table());
      return t.customRows().isEmpty() ? t.cell(rowIndex, columnIndex) : t.cell(ref.row(), ref.column());
    }

    /** The path for the published catalogue: {@code -} for a subtracted cell, {@code previous:} for last year. */
    String catalogPath() {
      return (sign < 0 ? "-" : "") + (previous ? "previous:" : "") + ref.path();
    }

    /** The path relative to the table's rows, for formulas. */
    String shortPath() {
      return (previous ? "previous:" : "") + ref.row().key() + "/" + ref.column().key();
    }
  }

  /** One instance of the relation: both sides, the comparison and the label naming it in messages. */
  static final class Instance {
    final Term[] reported;
    final Term[] computed;
    final Op op;
    final Object label;
    final List<CellRef> cells;
    final List<CellRef> previousCells;
    final String location;
    /** The rule the instance belongs to, set once by its {@link LinearCheck}. */
    Rule rule;
    /** The ordinal of the one current-year table all terms read, or -1. */
    final int singleTable;
    final int[] reportedRows;
    final int[] reportedColumns;
    final int[] computedRows;
    final int[] computedColumns;
    final int[] computedSigns;

    Instance(List<Term> reported, List<Term> computed, Op op, Object label) {
      if (reported.isEmpty()) {
        throw new IllegalArgumentException("a relation needs a reported side");
      }
      this.reported = reported.toArray(new Term[0]);
      this.computed = computed.toArray(new Term[0]);
      this.op = op;
      this.label = label;
      List<CellRef> current = new ArrayList<>();
      List<CellRef> previous = new ArrayList<>();
      for (Term t : this.reported) {
        (t.previous ? previous : current).add(t.ref);
      }
      for (Term t : this.computed) {
        (t.previous ? previous : current).add(t.ref);
      }
      this.cells = List.copyOf(current);
      this.previousCells = List.copyOf(previous);
      this.location = (this.reported[0].previous ? "previous:" : "") + this.reported[0].ref.path();
      int single = this.reported[0].ref.table().ordinal();
      for (Term t : terms()) {
        if (t.previous || t.ref.table().ordinal() != single || (t.sign < 0 && reported.contains(t))) {
          single = -1;
        }
      }
      this.singleTable = single;
      this.reportedRows = new int[this.reported.length];
      this.reportedColumns = new int[this.reported.length];
      for (int k = 0; k < this.reported.length; k++) {
        reportedRows[k] = this.reported[k].rowIndex;
        reportedColumns[k] = this.reported[k].columnIndex;
      }
      this.computedRows = new int[this.computed.length];
      this.computedColumns = new int[this.computed.length];
      this.computedSigns = new int[this.computed.length];
      for (int k = 0; k < this.computed.length; k++) {
        computedRows[k] = this.computed[k].rowIndex;
        computedColumns[k] = this.computed[k].columnIndex;
        computedSigns[k] = this.computed[k].sign;
      }
    }

    boolean applies(Evaluation evaluation) {
      for (Term t : reported) {
        if (evaluation.table(t.previous, t.ref.table()) == null) {
          return false;
        }
      }
      for (Term t : computed) {
        if (evaluation.table(t.previous, t.ref.table()) == null) {
          return false;
        }
      }
      return true;
    }

    void evaluate(Evaluation evaluation, int ruleIndex, Rule rule) {
      long reportedSum = 0;
      int reportedBlank = 0;
      long computedSum = 0;
      int computedBlank = 0;
      Table table = singleTable < 0 ? null : evaluation.currentTables[singleTable];
      if (table != null && table.customRows().isEmpty()) {
        // fast path: one table of the current report, cells addressed by index
        for (int k = 0; k < reportedRows.length; k++) {
          Cell c = table.cell(reportedRows[k], reportedColumns[k]);
          if (c.isBlank()) {
            reportedBlank++;
          } else {
            reportedSum += c.longValue();
          }
        }
        for (int k = 0; k < computedRows.length; k++) {
          Cell c = table.cell(computedRows[k], computedColumns[k]);
          if (c.isBlank()) {
            computedBlank++;
          } else {
            computedSum += computedSigns[k] * c.longValue();
          }
        }
      } else {
        if (singleTable >= 0 ? table == null : !applies(evaluation)) {
          return;
        }
        int[] filledByYear = new int[2];
        for (Term t : reported) {
          Cell c = t.read(evaluation);
          if (c.isBlank()) {
            reportedBlank++;
          } else {
            reportedSum += t.sign * c.longValue();
            filledByYear[t.previous ? 1 : 0]++;
          }
        }
        for (Term t : computed) {
          Cell c = t.read(evaluation);
          if (c.isBlank()) {
            computedBlank++;
          } else {
            computedSum += t.sign * c.longValue();
            filledByYear[t.previous ? 1 : 0]++;
          }
        }
        if (!previousCells.isEmpty() && (filledByYear[0] == 0 || filledByYear[1] == 0)) {
          // cross-year: nothing can be said when one year's cells are all blank
          evaluation.notEvaluable(ruleIndex, this);
          return;
        }
      }
      if (reportedBlank == reported.length || (computed.length > 0 && computedBlank == computed.length)) {
        evaluation.notEvaluable(ruleIndex, this);
        return;
      }
      if (op.holds(reportedSum, computedSum)) {
        evaluation.pass(ruleIndex);
        return;
      }
      fail(evaluation, ruleIndex, rule, reportedSum, computedSum, reportedBlank + computedBlank != 0);
    }

    /** Records the finding of this instance; the only place a relation allocates. */
    void fail(Evaluation evaluation, int ruleIndex, Rule rule, long reportedSum, long computedSum,
        boolean anyBlank) {
      BigDecimal r = BigDecimal.valueOf(reportedSum);
      BigDecimal c = BigDecimal.valueOf(computedSum);
      evaluation.fail(
          ruleIndex, rule, location, cells, previousCells,
          anyBlank ? blanks(evaluation, false) : List.of(),
          anyBlank ? blanks(evaluation, true) : List.of(),
          r, c, List.of(label, r, c, r.subtract(c)));
    }

    /** The not-evaluable record of this instance, built only when asked for. */
    NotEvaluable notEvaluable(Evaluation evaluation, Rule rule) {
      return new NotEvaluable(rule.id(), NotEvaluable.Reason.BLANK_CELLS, location, cells,
          blanks(evaluation, false), blanks(evaluation, true));
    }

    private List<CellRef> blanks(Evaluation evaluation, boolean ofPrevious) {
      List<CellRef> blank = new ArrayList<>();
      for (Term t : reported) {
        if (t.previous == ofPrevious && t.read(evaluation).isBlank()) {
          blank.add(t.ref);
        }
      }
      for (Term t : computed) {
        if (t.previous == ofPrevious && t.read(evaluation).isBlank()) {
          blank.add(t.ref);
        }
      }
      return blank;
    }

    /** All terms, reported side first. */
    List<Term> terms() {
      List<Term> all = new ArrayList<>(List.of(reported));
      all.addAll(List.of(computed));
      return all;
    }
  }

  private final Instance[] instances;

  // The instances flattened for the common case, evaluated over the snapshot of cell values that
  // Evaluation takes once per table (see Evaluation#values): no Cell is dereferenced, nothing is
  // allocated unless an instance fails or is not evaluable. The terms of instance i are
  // [first[i], first[i + 1]), its reported side the first reportedCount[i] of them.
  /** The ordinal of the one current-year table instance i reads, or -1 if it takes the general path. */
  private final int[] fastTable;
  private final int[] first;
  private final int[] reportedCount;
  /**
   * Where the subtracted terms of instance i start: its computed side is the added terms
   * {@code [first[i] + reportedCount[i], subtractedFrom[i])} then the subtracted ones up to
   * {@code first[i + 1]}, so the sums need no multiplication.
   */
  private final int[] subtractedFrom;
  /** Index of each term's cell in the snapshot ({@link Evaluation#cellIndex}). */
  private final int[] cellIndexes;
  /** The comparison of instance i, as {@link Op#ordinal()}: a switch on an int, no enum loads. */
  private final int[] ops;
  /**
   * The table types ({@code 1 << ordinal}) the instances read if every instance is single-table,
   * else -1: a rule whose tables are all missing from the report is skipped at once.
   */
  private final int tablesIfAllSingle;

  LinearCheck(Rule rule, List<Instance> instances) {
    super(rule);
    if (instances.isEmpty()) {
      throw new IllegalArgumentException("rule " + rule.id() + " has no instance");
    }
    this.instances = instances.toArray(new Instance[0]);
    for (Instance instance : this.instances) {
      instance.rule = rule;
    }
    int n = this.instances.length;
    this.fastTable = new int[n];
    this.first = new int[n + 1];
    this.reportedCount = new int[n];
    int terms = 0;
    for (Instance instance : this.instances) {
      terms += instance.reported.length + instance.computed.length;
    }
    this.cellIndexes = new int[terms];
    this.subtractedFrom = new int[n];
    this.ops = new int[n];
    int tables = 0;
    int k = 0;
    for (int i = 0; i < n; i++) {
      Instance instance = this.instances[i];
      fastTable[i] = instance.singleTable;
      ops[i] = instance.op.ordinal();
      tables = instance.singleTable < 0 || tables < 0 ? -1 : tables | 1 << instance.singleTable;
      first[i] = k;
      reportedCount[i] = instance.reported.length;
      for (Term t : instance.reported) {
        // single-table instances never subtract on the reported side (see Instance.singleTable)
        cellIndexes[k++] = Evaluation.cellIndex(t.ref.table(), t.rowIndex, t.columnIndex);
      }
      for (Term t : instance.computed) {
        if (t.sign != 1 && t.sign != -1) {
          throw new IllegalArgumentException("a term's sign is 1 or -1, not " + t.sign);
        }
        if (t.sign > 0) {
          cellIndexes[k++] = Evaluation.cellIndex(t.ref.table(), t.rowIndex, t.columnIndex);
        }
      }
      subtractedFrom[i] = k;
      for (Term t : instance.computed) {
        if (t.sign < 0) {
          cellIndexes[k++] = Evaluation.cellIndex(t.ref.table(), t.rowIndex, t.columnIndex);
        }
      }
    }
    first[n] = k;
    this.tablesIfAllSingle = tables;
  }

  @Override
  void evaluate(Evaluation evaluation, int ruleIndex) {
    if (rule.isCrossYear() && !evaluation.consecutiveYears) {
      return;
    }
    int present = evaluation.present;
    if (tablesIfAllSingle >= 0 && (tablesIfAllSingle & present) == 0) {
      return; // not applicable: the report has none of the rule's tables
    }
    long[] values = evaluation.values;
    boolean[] blank = evaluation.blank;
    int snapshots = evaluation.snapshots;
    int[] cellIndexes = this.cellIndexes;
    int[] first = this.first;
    int passes = 0; // counted here, added to the rule's counter once
    for (int i = 0; i < instances.length; i++) {
      int table = fastTable[i];
      int bit = table < 0 ? 0 : 1 << table;
      if ((present & bit) == 0 && table >= 0) {
        continue; // not applicable: the report lacks the table
      }
      if ((snapshots & bit) == 0) {
        // cross-year, several tables or a table with custom rows: the general path
        instances[i].evaluate(evaluation, ruleIndex, rule);
        continue;
      }
      // blank and amount cells are 0 in the snapshot, so every term is added and blanks only counted
      int from = first[i];
      int mid = from + reportedCount[i];
      int minus = subtractedFrom[i];
      int to = first[i + 1];
      long reportedSum = 0;
      int reportedBlank = 0;
      for (int k = from; k < mid; k++) {
        int c = cellIndexes[k];
        reportedSum += values[c];
        reportedBlank += blank[c] ? 1 : 0;
      }
      long computedSum = 0;
      int computedBlank = 0;
      for (int k = mid; k < minus; k++) {
        int c = cellIndexes[k];
        computedSum += values[c];
        computedBlank += blank[c] ? 1 : 0;
      }
      for (int k = minus; k < to; k++) {
        int c = cellIndexes[k];
        computedSum -= values[c];
        computedBlank += blank[c] ? 1 : 0;
      }
      if (reportedBlank == mid - from || (to > mid && computedBlank == to - mid)) {
        evaluation.notEvaluable(ruleIndex, instances[i]);
        continue;
      }
      boolean holds = switch (ops[i]) {
        case 0 -> reportedSum == computedSum; // Op.EQ
        case 1 -> reportedSum <= computedSum; // Op.LE
        default -> reportedSum >= computedSum; // Op.GE
      };
      if (holds) {
        passes++;
      } else {
        instances[i].fail(evaluation, ruleIndex, rule, reportedSum, computedSum,
            reportedBlank + computedBlank != 0);
      }
    }
    evaluation.passed[ruleIndex] += passes;
  }

  @Override
  List<Instance> instances() {
    return List.of(instances);
  }

  @Override
  int snapshotTables() {
    int tables = 0;
    for (int table : fastTable) {
      if (table >= 0) {
        tables |= 1 << table;
      }
    }
    return tables;
  }
}
