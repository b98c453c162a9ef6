package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one validation run, confined to the calling thread: the tables by type, a
 * snapshot of their cell values, the per-rule counters and the findings so far. Nothing is allocated for
 * rules that pass.
 */
final class Evaluation {
  private static final TableType[] TYPES = TableType.values();
  private static final int TABLE_TYPES = TYPES.length;
  /** Where each table type's cells start in the snapshot: the types' cells one after the other. */
  private static final int[] OFFSETS = new int[TABLE_TYPES];
  private static final int SNAPSHOT_CELLS;
  private static final Table[] NO_TABLES = new Table[TABLE_TYPES];

  static {
    int offset = 0;
    for (TableType t : TYPES) {
      OFFSETS[t.ordinal()] = offset;
      offset += t.cellCount();
    }
    SNAPSHOT_CELLS = offset;
    if (TABLE_TYPES > Integer.SIZE) {
      throw new IllegalStateException("the snapshot bit set holds at most 32 table types");
    }
  }

  /** The snapshot arrays of each thread, reused by every run on it (a run never outlives its call). */
  private static final ThreadLocal<Snapshot> SNAPSHOTS = ThreadLocal.withInitial(Snapshot::new);

  private static final class Snapshot {
    final long[] values = new long[SNAPSHOT_CELLS];
    final boolean[] blank = new boolean[SNAPSHOT_CELLS];
  }

  final Report current;
  final Report previous;
  final Table[] currentTables;
  final Table[] previousTables;
  final boolean crossYear;
  final boolean consecutiveYears;
  final int[] passed;
  final int[] failed;
  final int[] notEvaluable;
  /**
   * The integer value of every cell of the current report's tables (0 for blank and amount cells), at
   * {@link #cellIndex}; valid only for the tables whose bit is set in {@link #snapshots}, and only
   * while {@link ReportValidator} runs the checks.
   */
  long[] values;
  /** Whether each cell of {@link #values} is blank. */
  boolean[] blank;
  /** Bit {@code 1 << ordinal} is set for each table type whose cells are in the snapshot. */
  int snapshots;
  /** Bit {@code 1 << ordinal} is set for each table type the current report has. */
  final int present;
  private final Severity[] severities;
  private ArrayList<Finding> findings;
  /**
   * The not-evaluable instances in order: {@link NotEvaluable}s, and {@link LinearCheck.Instance}s whose
   * record (with its cell lists) is built only when a caller asks for it.
   */
  private Object[] notEvaluableInstances;
  private int notEvaluableCount;

  Evaluation(Report current, Report previous, Severity[] severities) {
    this.current = current;
    this.previous = previous;
    this.currentTables = tablesOf(current);
    // never written: a report without a previous one shares the array of no tables
    this.previousTables = previous == null ? NO_TABLES : tablesOf(previous);
    int bits = 0;
    for (int t = 0; t < TABLE_TYPES; t++) {
      if (currentTables[t] != null) {
        bits |= 1 << t;
      }
    }
    this.present = bits;
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
    Map<TableType, Table> map = report.tables();
    for (TableType t : TYPES) {
      tables[t.ordinal()] = map.get(t);
    }
    return tables;
  }

  /** The index in the snapshot of the cell at official row and column indexes of a table type. */
  static int cellIndex(TableType type, int rowIndex, int columnIndex) {
    return OFFSETS[type.ordinal()] + rowIndex * type.columns().size() + columnIndex;
  }

  /**
   * Takes the snapshot of the current report's tables: each cell is read once here rather than once per
   * relation it takes part in. Only the given table types ({@code 1 << ordinal}) are read, those some
   * check reads from the snapshot. A table with custom rows has another layout and is left out (its
   * rules take the general path).
   */
  void takeSnapshot(int types) {
    Snapshot snapshot = SNAPSHOTS.get();
    long[] v = snapshot.values;
    boolean[] b = snapshot.blank;
    int taken = 0;
    for (int t = 0; t < TABLE_TYPES; t++) {
      Table table = currentTables[t];
      if ((types & (1 << t)) == 0 || table == null || !table.customRows().isEmpty()) {
        continue;
      }
      table.copyIntegers(v, b, OFFSETS[t]);
      taken |= 1 << t;
    }
    this.values = v;
    this.blank = b;
    this.snapshots = taken;
  }

  /** Forgets the snapshot, which the thread's next run overwrites. */
  void dropSnapshot() {
    this.values = null;
    this.blank = null;
    this.snapshots = 0;
  }

  private boolean statementsRead;
  private Map<NarrativeStatements.Kind, NarrativeStatements.Statement> statements;

  /**
   * The first statement of each kind in the narrative the narrative rules read, read once per run: the
   * overview, or for a legacy report every section; null if the report has no such text.
   */
  Map<NarrativeStatements.Kind, NarrativeStatements.Statement> narrativeStatements() {
    if (!statementsRead) {
      statementsRead = true;
      String text = narrativeOf(current);
      statements = text == null ? null : NarrativeStatements.first(text);
    }
    return statements;
  }

  /** The narrative the narrative rules read: the overview, or for a legacy report the whole narrative. */
  static String narrativeOf(Report report) {
    if (report.edition() != io.github.ogireport.model.Edition.LEGACY) {
      return report.narrativeText(io.github.ogireport.model.ReportSection.OVERVIEW).orElse(null);
    }
    if (report.narrative().isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (io.github.ogireport.model.NarrativeSection s : report.narrative()) {
      sb.append(s.text()).append('。');
    }
    return sb.toString();
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

  /** Records a not-evaluable instance of a relation, without allocating its cell lists. */
  void notEvaluable(int rule, LinearCheck.Instance instance) {
    record(rule, instance);
  }

  private void record(int rule, Object entry) {
    notEvaluable[rule]++;
    if (notEvaluableInstances == null) {
      notEvaluableInstances = new Object[16];
    } else if (notEvaluableCount == notEvaluableInstances.length) {
      notEvaluableInstances = Arrays.copyOf(notEvaluableInstances, notEvaluableCount * 2);
    }
    notEvaluableInstances[notEvaluableCount++] = entry;
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

  /**
   * Builds the {@link NotEvaluable} records, in the order they were recorded; the tables never change and
   * the entries are not touched once the run is over, so any thread may call it.
   */
  List<NotEvaluable> materialise() {
    List<NotEvaluable> list = new ArrayList<>(notEvaluableCount);
    for (int i = 0; i < notEvaluableCount; i++) {
      Object o = notEvaluableInstances[i];
      list.add(o instanceof LinearCheck.Instance instance
          ? instance.notEvaluable(this, instance.rule)
          : (NotEvaluable) o);
    }
    return List.copyOf(list);
  }
}
