package io.github.ogireport.validation.aggregate;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sums the tables of several reports of one edition and one year into one report: the total of a region
 * from the reports of its agencies (a province's or city's report sums its units'). Immutable and
 * thread-safe; an {@link Accumulator} (one per aggregation) is not.
 *
 * <pre>{@code
 * Aggregate total = ReportAggregator.standard().aggregate("淄博市（汇总）", reports);
 * Report report = total.report();                 // valid when the reports are and their blanks mean 0
 * for (PartialCell p : total.partialCells()) {     // cells some sources left blank
 *   System.out.println(p.cell().path() + " blank in sources " + p.blankSources());
 * }
 * }</pre>
 *
 * <h2>What is summed</h2>
 *
 * <p>Every cell of every table that any source prints: the aggregate cell is the sum of the sources'
 * cells. The aggregate report has the agency name given by the caller, the sources' year and edition, and
 * no narrative (text is not summed) and no other metadata.
 *
 * <h2>Blank cells</h2>
 *
 * <p>A blank cell is not zero, and the sum says so:
 *
 * <ul>
 *   <li>a cell that is blank in every source stays <b>blank</b> (and is not partial);
 *   <li>a cell that is blank in some sources and filled in others is the <b>sum of the filled ones</b>,
 *       and is <b>partial</b>: {@link Aggregate#partialCells()} names it with the sources that were
 *       blank ({@link PartialCell#blankSources()});
 *   <li>a source that does not print a table counts as blank in every cell of that table.
 * </ul>
 *
 * <p>When every source's blanks stand for zero (or blank a relation's cells together) the aggregate keeps
 * every relation of the sources, since the relations are linear. A blank that hides a number, for
 * example a 总计 left blank while its parts are filled in one source but filled in another, makes the
 * aggregate's relation fail at a partial cell: every error finding of the aggregate of valid reports names
 * a partial cell.
 *
 * <h2>Amounts</h2>
 *
 * <p>Amounts (section 二 fees and procurement, the legacy 万元 rows) are added exactly as
 * {@link BigDecimal}, never through {@code double}. When every part is in the same unit the sum keeps it;
 * otherwise the sum is in 万元 (元 ÷ 10,000, exact), or in 元 if 万元 would need more than
 * {@link Amount#MAX_SCALE} decimals. An amount printed without a unit ({@link AmountUnit#UNSPECIFIED})
 * cannot be converted: unless {@link Builder#assumedUnit(AmountUnit)} names the unit to take for it, such
 * an amount (if not zero) is left out of the sum and the cell is partial, with the source in
 * {@link PartialCell#unitlessSources()}; a unitless zero is zero in any unit.
 *
 * <h2>Custom rows</h2>
 *
 * <p>Rows a province added to the legacy form ({@link CustomRow}) are matched by their printed label and
 * unit (the n-th row of a label with the n-th row of that label, if a table repeats one). A custom row
 * that every source prints is summed like any row and placed as in the first source; a custom row that
 * some source does not print is <b>left out</b> of the aggregate and listed in
 * {@link Aggregate#omittedCustomRows()} with the sources that print it (a partial sum of a row most
 * agencies do not have would read as a total).
 *
 * <h2>Refusals</h2>
 *
 * <p>Reports of different editions, of different years, or printing tables of another edition than their
 * own are refused with an {@link AggregationException} naming the first offending source; so is a sum that
 * does not fit a cell ({@link io.github.ogireport.model.Cell#MAX_DIGITS} digits; counts are added with
 * {@link Math#addExact(long, long)}).
 *
 * @since 0.2
 */
public final class ReportAggregator {
  private static final ReportAggregator STANDARD = new ReportAggregator(null);

  private final AmountUnit assumedUnit;

  private ReportAggregator(AmountUnit assumedUnit) {
    this.assumedUnit = assumedUnit;
  }

  /** The aggregator that assumes no unit for amounts printed without one. */
  public static ReportAggregator standard() {
    return STANDARD;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The unit taken for amounts printed without a unit, if one was set. */
  public Optional<AmountUnit> assumedUnit() {
    return Optional.ofNullable(assumedUnit);
  }

  /**
   * Sums the reports, in the order given (the order that names sources by index).
   *
   * @param agency the agency of the aggregate report, for example {@code 淄博市（汇总）}
   * @throws AggregationException if there is no report, the reports mix editions or years, or a sum does
   *     not fit a cell
   * @throws IllegalArgumentException if the agency is blank
   */
  public Aggregate aggregate(String agency, Iterable<? extends Report> reports) {
    Accumulator accumulator = accumulator(agency);
    for (Report r : reports) {
      accumulator.add(r);
    }
    return accumulator.aggregate();
  }

  /**
   * Returns an accumulator that adds reports one at a time, for inputs too many to hold (memory grows
   * with the number of sources only by a bit per cell and source).
   *
   * @throws IllegalArgumentException if the agency is blank
   */
  public Accumulator accumulator(String agency) {
    Objects.requireNonNull(agency, "agency");
    if (agency.isBlank()) {
      throw new IllegalArgumentException("agency must not be blank");
    }
    return new Accumulator(agency, assumedUnit);
  }

  @Override
  public String toString() {
    return "ReportAggregator{assumedUnit=" + (assumedUnit == null ? "none" : assumedUnit.key()) + '}';
  }

  /** Builds a {@link ReportAggregator}. */
  public static final class Builder {
    private AmountUnit assumedUnit;

    private Builder() {}

    /**
     * Takes amounts printed without a unit to be in {@code unit} (default: none, such amounts are left
     * out of the sum and their cells are partial).
     *
     * @throws IllegalArgumentException if {@code unit} is {@link AmountUnit#UNSPECIFIED}
     */
    public Builder assumedUnit(AmountUnit unit) {
      Objects.requireNonNull(unit, "unit");
      if (unit == AmountUnit.UNSPECIFIED) {
        throw new IllegalArgumentException("the assumed unit must be 元 or 万元");
      }
      this.assumedUnit = unit;
      return this;
    }

    /** Returns the aggregator. */
    public ReportAggregator build() {
      return new ReportAggregator(assumedUnit);
    }
  }

  /**
   * Adds reports one at a time; {@link #aggregate()} returns the sum of those added so far. Not
   * thread-safe. After an {@link AggregationException} the accumulator refuses further use.
   *
   * @since 0.2
   */
  public static final class Accumulator {
    private final String agency;
    private final AmountUnit assumedUnit;
    private final TableSum[] tables = new TableSum[TableType.values().length];
    private int count;
    private Edition edition;
    private int year;
    private AggregationException failure;

    private Accumulator(String agency, AmountUnit assumedUnit) {
      this.agency = agency;
      this.assumedUnit = assumedUnit;
    }

    /**
     * Adds a report as the next source (index {@link #count()} before the call).
     *
     * @throws AggregationException if the report's edition or year differs from the first report's, it
     *     prints a table of another edition, or a sum no longer fits a cell
     * @throws IllegalStateException if an earlier call failed
     */
    public Accumulator add(Report report) {
      Objects.requireNonNull(report, "report");
      if (failure != null) {
        throw new IllegalStateException("the aggregation already failed: " + failure.getMessage(), failure);
      }
      try {
        int source = count;
        check(source, report);
        for (Table t : report.tableList()) {
          TableSum sum = tables[t.type().ordinal()];
          if (sum == null) {
            sum = new TableSum(t.type());
            tables[t.type().ordinal()] = sum;
          }
          sum.add(source, t, assumedUnit);
        }
        count++;
        return this;
      } catch (AggregationException e) {
        failure = e;
        throw e;
      }
    }

    private void check(int source, Report report) {
      Edition e = report.edition();
      int y = report.metadata().year();
      if (source == 0) {
        edition = e;
        year = y;
      } else if (e != edition) {
        throw new AggregationException(AggregationException.Reason.EDITION_MISMATCH, source, null,
            "source " + (source + 1) + " (" + name(report) + ") is of the " + e.key() + " edition, but the "
                + "reports before it are of the " + edition.key() + " edition: reports of one edition only can "
                + "be summed");
      }
      for (TableType t : report.tables().keySet()) {
        if (!t.editions().contains(e)) {
          throw new AggregationException(AggregationException.Reason.MIXED_EDITION, source, null,
              "source " + (source + 1) + " (" + name(report) + ") is of the " + e.key() + " edition but prints the "
                  + "table " + t.key() + " of another edition: a mixed-edition report cannot be summed");
        }
      }
      if (source > 0 && y != year) {
        throw new AggregationException(AggregationException.Reason.YEAR_MISMATCH, source, null,
            "source " + (source + 1) + " (" + name(report) + ") is for " + y + ", but the reports before it are "
                + "for " + year + ": reports of one year only can be summed");
      }
    }

    private static String name(Report report) {
      ReportMetadata m = report.metadata();
      return m.agency() + " " + m.year() + m.source().map(s -> ", " + s).orElse("");
    }

    /** How many reports were added. */
    public int count() {
      return count;
    }

    /**
     * The aggregate of the reports added so far; the accumulator can be added to afterwards.
     *
     * @throws AggregationException if no report was added, or a sum does not fit a cell
     * @throws IllegalStateException if an earlier call failed
     */
    public Aggregate aggregate() {
      if (failure != null) {
        throw new IllegalStateException("the aggregation already failed: " + failure.getMessage(), failure);
      }
      if (count == 0) {
        throw new AggregationException(AggregationException.Reason.NO_REPORTS, -1, null,
            "no report to aggregate");
      }
      Report.Builder b = Report.builder().metadata(ReportMetadata.of(agency, year)).edition(edition);
      List<PartialCell> partial = new ArrayList<>();
      List<OmittedCustomRow> omitted = new ArrayList<>();
      for (TableSum t : tables) {
        if (t != null) {
          b.table(t.finish(count, partial, omitted));
        }
      }
      return new Aggregate(b.build(), count, partial, omitted);
    }
  }

  /** A custom row's identity across sources: printed label, unit, and which repetition of the label. */
  private record CustomKey(String label, Optional<String> unit, int occurrence) {}

  /** The running sums of one table type. */
  private static final class TableSum {
    private final TableType type;
    private final List<TableColumn> columns;
    /** The sources that print the table. */
    private final BitSet present = new BitSet();
    private final CellSum[] official;
    private final Map<CustomKey, CustomSum> custom = new LinkedHashMap<>();
    /** The rows of source 0's table, official and custom, for placing custom rows; null if it has none. */
    private List<TableRow> firstRows;
    private Map<CustomRow, CustomKey> firstKeys;

    TableSum(TableType type) {
      this.type = type;
      this.columns = type.columns();
      this.official = new CellSum[type.cellCount()];
      int i = 0;
      for (TableRow r : type.rows()) {
        for (TableColumn c : columns) {
          official[i++] = new CellSum(CellRef.of(type, r, c));
        }
      }
    }

    void add(int source, Table t, AmountUnit assumed) {
      present.set(source);
      int n = columns.size();
      if (t.customRows().isEmpty()) {
        for (int i = 0; i < official.length; i++) {
          official[i].add(source, t.cell(i / n, i % n), assumed);
        }
        if (source == 0) {
          firstRows = t.rows();
          firstKeys = Map.of();
        }
        return;
      }
      for (int r = 0; r < type.rows().size(); r++) {
        TableRow row = type.rows().get(r);
        for (int c = 0; c < n; c++) {
          official[r * n + c].add(source, t.cell(row, columns.get(c)), assumed);
        }
      }
      Map<CustomKey, Integer> seen = new HashMap<>();
      Map<CustomRow, CustomKey> keys = new HashMap<>();
      for (CustomRow row : t.customRows()) {
        CustomKey partial = new CustomKey(row.label(), row.unit(), 0);
        int occurrence = seen.merge(partial, 1, Integer::sum) - 1;
        CustomKey key = new CustomKey(row.label(), row.unit(), occurrence);
        keys.put(row, key);
        CustomSum sum = custom.computeIfAbsent(key, k -> new CustomSum(type, row, columns));
        sum.present.set(source);
        for (int c = 0; c < n; c++) {
          sum.cells[c].add(source, t.cell(row, columns.get(c)), assumed);
        }
      }
      if (source == 0) {
        firstRows = t.rows();
        firstKeys = keys;
      }
    }

    Table finish(int count, List<PartialCell> partial, List<OmittedCustomRow> omitted) {
      Table.Builder b = Table.builder(type);
      BitSet absent = new BitSet();
      absent.set(0, count);
      absent.andNot(present);
      // custom rows every source prints, placed as in source 0 (which then prints them all)
      Map<CustomRow, CustomSum> included = new LinkedHashMap<>();
      if (firstRows != null && !firstKeys.isEmpty()) {
        TableRow last = null;
        for (TableRow r : firstRows) {
          if (r instanceof CustomRow cr) {
            CustomSum sum = custom.get(firstKeys.get(cr));
            if (sum.present.cardinality() == count) {
              if (last == null) {
                b.addCustomRow(sum.row);
              } else {
                b.addCustomRow(sum.row, last);
              }
              included.put(sum.row, sum);
              last = sum.row;
            }
          } else {
            last = r;
          }
        }
      }
      // cells in printed order: official and included custom rows as the table lists them
      Table shape = b.build();
      int n = columns.size();
      for (TableRow r : shape.rows()) {
        CustomSum customSum = r instanceof CustomRow cr ? included.get(cr) : null;
        for (int c = 0; c < n; c++) {
          CellSum cell = customSum != null
              ? customSum.cells[c]
              : official[type.rowIndex(r) * n + c];
          CellRef ref = customSum != null ? CellRef.of(type, r, columns.get(c)) : cell.ref;
          Cell value = cell.value();
          b.set(r, columns.get(c), value);
          PartialCell p = cell.partial(ref, absent, count, value);
          if (p != null) {
            partial.add(p);
          }
        }
      }
      for (CustomSum sum : custom.values()) {
        if (!included.containsKey(sum.row)) {
          omitted.add(new OmittedCustomRow(type, sum.row.label(), sum.row.unit(),
              PartialCell.IntList.of(sum.present), count));
        }
      }
      return b.build();
    }
  }

  /** The running sums of one custom row. */
  private static final class CustomSum {
    final CustomRow row;
    final BitSet present = new BitSet();
    final CellSum[] cells;

    CustomSum(TableType type, CustomRow row, List<TableColumn> columns) {
      this.row = row;
      this.cells = new CellSum[columns.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = new CellSum(CellRef.of(type, row, columns.get(c)));
      }
    }
  }

  /** The running sum of one cell over the sources. */
  private static final class CellSum {
    final CellRef ref;
    private long sum;
    private boolean integer;
    /** The first source from which a count's running sum has more digits than a cell holds, or -1. */
    private int firstOver = -1;
    private BigDecimal wanYuan;
    private BigDecimal yuan;
    /** The sum of unitless zeros (zero in any unit, kept for their scale). */
    private BigDecimal zero;
    private BitSet blank;
    private BitSet unitless;

    CellSum(CellRef ref) {
      this.ref = ref;
    }

    void add(int source, Cell c, AmountUnit assumed) {
      if (c.isBlank()) {
        if (blank == null) {
          blank = new BitSet();
        }
        blank.set(source);
        return;
      }
      if (c.isInteger()) {
        try {
          sum = Math.addExact(sum, c.longValue());
        } catch (ArithmeticException e) {
          throw overflow(source, "the sum overflows a long integer");
        }
        integer = true;
        boolean over = sum > Cell.MAX_MAGNITUDE || sum < -Cell.MAX_MAGNITUDE;
        if (over && firstOver < 0) {
          firstOver = source;
        } else if (!over) {
          firstOver = -1; // a signed column may come back into range
        }
        return;
      }
      Amount a = c.amount().orElseThrow();
      AmountUnit unit = a.unit();
      if (unit == AmountUnit.UNSPECIFIED) {
        if (a.value().signum() == 0) {
          zero = zero == null ? a.value() : zero.add(a.value());
          return;
        }
        if (assumed == null) {
          if (unitless == null) {
            unitless = new BitSet();
          }
          unitless.set(source);
          return;
        }
        unit = assumed;
      }
      if (unit == AmountUnit.WAN_YUAN) {
        wanYuan = wanYuan == null ? a.value() : wanYuan.add(a.value());
      } else {
        yuan = yuan == null ? a.value() : yuan.add(a.value());
      }
    }

    private AggregationException overflow(int source, String why) {
      return new AggregationException(AggregationException.Reason.OVERFLOW, source, ref,
          "cannot sum " + ref.path() + (source < 0 ? "" : " at source " + (source + 1)) + ": " + why);
    }

    Cell value() {
      if (integer) {
        if (sum > Cell.MAX_MAGNITUDE || sum < -Cell.MAX_MAGNITUDE) {
          throw overflow(firstOver, "the sum " + sum + " has more than " + Cell.MAX_DIGITS + " digits");
        }
        return Cell.of(sum);
      }
      if (wanYuan == null && yuan == null) {
        return zero == null ? Cell.blank() : Cell.amount(zero, AmountUnit.UNSPECIFIED);
      }
      BigDecimal z = zero == null ? BigDecimal.ZERO : zero;
      if (yuan == null) {
        return amount(wanYuan.add(z), AmountUnit.WAN_YUAN);
      }
      if (wanYuan == null) {
        return amount(yuan.add(z), AmountUnit.YUAN);
      }
      BigDecimal inWan = fit(wanYuan.add(yuan.movePointLeft(4)).add(z));
      if (inWan.scale() <= Amount.MAX_SCALE) {
        return amount(inWan, AmountUnit.WAN_YUAN);
      }
      return amount(fit(wanYuan.movePointRight(4).add(yuan).add(z)), AmountUnit.YUAN);
    }

    /** The value with trailing zeros dropped if it has more decimals than an amount may have. */
    private static BigDecimal fit(BigDecimal v) {
      if (v.scale() <= Amount.MAX_SCALE) {
        return v;
      }
      BigDecimal s = v.stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0) : s;
    }

    private Cell amount(BigDecimal value, AmountUnit unit) {
      BigDecimal v = fit(value);
      if (v.scale() > Amount.MAX_SCALE) {
        throw overflow(-1, "the sum " + v.toPlainString() + unit.label() + " needs more than " + Amount.MAX_SCALE
            + " decimals");
      }
      if (v.precision() - v.scale() > Cell.MAX_DIGITS) {
        throw overflow(-1, "the sum " + v.toPlainString() + unit.label() + " has more than " + Cell.MAX_DIGITS
            + " integer digits");
      }
      return Cell.amount(v, unit);
    }

    /** The partial cell, or null if every source was added (or every source was blank). */
    PartialCell partial(CellRef at, BitSet absent, int count, Cell value) {
      boolean someBlank = (blank != null && !blank.isEmpty()) || !absent.isEmpty();
      boolean someUnitless = unitless != null && !unitless.isEmpty();
      if (!someUnitless && (!someBlank || value.isBlank())) {
        return null; // complete, or blank in every source
      }
      BitSet blanks = new BitSet();
      if (blank != null) {
        blanks.or(blank);
      }
      blanks.or(absent);
      return new PartialCell(at, blanks, unitless, count);
    }
  }
}
