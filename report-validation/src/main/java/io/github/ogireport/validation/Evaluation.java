package io.github.ogireport.validation;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable state of one validation run, confined to the calling thread: the tables by type, the
 * per-rule counters and the findings so far. Nothing is allocated for rules that pass.
 */
final class Evaluation {
  private static final int TABLE_TYPES = TableType.values().length;

  final Report current;
  final Report previous;
  final Table[] currentTables;
  final Table[] previousTables;
  final boolean crossYear;
  final boolean consecutiveYears;
  final int[] passed;
  final int[] failed;
  final int[] notEvaluable;
  private final Severity[] severities;
  private ArrayList<Finding> findings;
  /** {@link NotEvaluable}s and {@link Pending}s, materialised only when a caller asks for them. */
  private ArrayList<Object> notEvaluableInstances;

  /** A not-evaluable instance of a relation, recorded without allocating its cell lists. */
  record Pending(LinearCheck.Instance instance, Rule rule) {}

  Evaluation(Report current, Report previous, Severity[] severities) {
    this.current = current;
    this.previous = previous;
    this.currentTables = tablesOf(current);
    this.previousTables = previous == null ? new Table[TABLE_TYPES] : tablesOf(previous);
    this.crossYear = previous != null;
    this.consecutiveYears =
        previous != null && previous.metadata().year() == current.metadata().year() - 1;
    this.severities = severities;
    this.passed = new int[severities.length];
    this.failed = new int[severities.length];
    this.notEvaluable = new int[severities.length];
  }

  private static Table[] tablesOf(Report report) {
    Table[] tables = new Table[TABLE_TYPES];
    for (Table t : report.tables().values()) {
      tables[t.type().ordinal()] = t;
    }
    return tables;
  }

  Table table(boolean ofPrevious, TableType type) {
    return ofPrevious ? previousTables[type.ordinal()] : currentTables[type.ordinal()];
  }

  void pass(int rule) {
    passed[rule]++;
  }

  void notEvaluable(int rule, NotEvaluable instance) {
    record(rule, instance);
  }

  void notEvaluable(int rule, LinearCheck.Instance instance, Rule descriptor) {
    record(rule, new Pending(instance, descriptor));
  }

  private void record(int rule, Object entry) {
    notEvaluable[rule]++;
    if (notEvaluableInstances == null) {
      notEvaluableInstances = new ArrayList<>();
    }
    notEvaluableInstances.add(entry);
  }

  /** Records a failed instance. */
  void fail(
      int ruleIndex,
      Rule rule,
      String location,
      List<io.github.ogireport.model.CellRef> cells,
      List<io.github.ogireport.model.CellRef> previousCells,
      List<io.github.ogireport.model.CellRef> blankCells,
      List<io.github.ogireport.model.CellRef> previousBlankCells,
      BigDecimal reported,
      BigDecimal computed,
      List<Object> arguments) {
    failed[ruleIndex]++;
    if (findings == null) {
      findings = new ArrayList<>();
    }
    findings.add(new Finding(
        rule, severities[ruleIndex], location, cells, previousCells, blankCells, previousBlankCells,
        reported, computed, arguments));
  }

  List<Finding> findings() {
    return findings == null ? List.of() : List.copyOf(findings);
  }

  /** The recorded entries, to be materialised by {@link #materialise(List)}. */
  List<Object> notEvaluableEntries() {
    return notEvaluableInstances == null ? List.of() : List.copyOf(notEvaluableInstances);
  }

  /** Builds the {@link NotEvaluable} records of the entries; the tables never change, so any thread may call it. */
  List<NotEvaluable> materialise(List<Object> entries) {
    List<NotEvaluable> list = new ArrayList<>(entries.size());
    for (Object o : entries) {
      list.add(o instanceof Pending p ? p.instance().notEvaluable(this, p.rule()) : (NotEvaluable) o);
    }
    return List.copyOf(list);
  }
}
