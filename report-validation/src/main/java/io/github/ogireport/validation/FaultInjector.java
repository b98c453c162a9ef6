package io.github.ogireport.validation;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Breaks exactly one relation of a valid report, for tests of this library and of other systems: the
 * result is labelled with the rule it breaks and the findings expected, so that a validator can be
 * checked to report that rule, with the right reported and computed values, and no unrelated error.
 *
 * <p>The input must be valid: {@link ReportValidator#validate(Report)} (or, for cross-year rules,
 * {@link ReportValidator#validate(Report, Report)}) reports no error. Faults are chosen so that no other
 * rule of severity error co-fails: a part is changed together with its total in the other direction of
 * the grid (the 总计 column and one applicant column move together, for example), so one relation breaks
 * in as few instances as the grid allows. Heuristic rules (warnings) may co-fail. Because the applicant
 * columns add up to 总计, a column relation of section 三 cannot break in one column alone: it breaks in one
 * applicant column and in 总计, and the fault expects both findings.
 *
 * <p>Injection needs the cells it changes, and the cells that make the broken instances evaluable, to be
 * filled; when the report offers no such place (blank cells, a missing table) the result is empty.
 * {@code seed} chooses the place and the amount (1 to 9) deterministically.
 *
 * <p>{@code applications.outcomes-within-available} has no injector: it cannot fail without
 * {@code applications.balance} failing too. The metadata rules are broken by giving the report metadata
 * that bypasses the model's checks, as data from elsewhere could.
 *
 * @since 0.1
 */
public final class FaultInjector {
  private interface Injection {
    Optional<FaultyReport> inject(Report current, Report previous, SplittableRandom random);
  }

  private static final TableType[] APPLICATIONS = {TableType.APPLICATIONS_2019, TableType.APPLICATIONS_2021};
  private static final Map<String, Injection> SINGLE = new LinkedHashMap<>();
  private static final Map<String, Injection> CROSS_YEAR = new LinkedHashMap<>();

  static {
    SINGLE.put("metadata.agency-required", FaultInjector::blankAgency);
    SINGLE.put("metadata.year-range", FaultInjector::yearOutOfRange);
    SINGLE.put("item1.disclosed-within-total", FaultInjector::disclosedAboveTotal);
    SINGLE.put("items.current-count-non-negative", FaultInjector::negativeItems);
    SINGLE.put("applications.balance", FaultInjector::balance);
    SINGLE.put("applications.outcomes-total", FaultInjector::outcomesTotal);
    SINGLE.put("applications.applicant-total", FaultInjector::applicantTotal);
    SINGLE.put("review.total", (c, p, r) -> reviewTotal("review.total", ReviewRow.REVIEW, c, r));
    SINGLE.put("litigation-direct.total",
        (c, p, r) -> reviewTotal("litigation-direct.total", ReviewRow.LITIGATION_DIRECT, c, r));
    SINGLE.put("litigation-after-review.total",
        (c, p, r) -> reviewTotal("litigation-after-review.total", ReviewRow.LITIGATION_AFTER_REVIEW, c, r));
    SINGLE.put("legacy.channels-cover-disclosed", FaultInjector::channels);
    SINGLE.put("legacy.normative-within-disclosed", (c, p, r) -> legacyAbove(
        "legacy.normative-within-disclosed", c, r, LegacyIndicator.L1_1A, LegacyIndicator.L1_1));
    SINGLE.put("legacy.leader-within-total", FaultInjector::leaders);
    SINGLE.put("legacy.applications-received-total", (c, p, r) -> legacySum(
        "legacy.applications-received-total", c, r, LegacyIndicator.L3_1, LegacyIndicator.L3_1_1,
        LegacyIndicator.L3_1_2, LegacyIndicator.L3_1_3, LegacyIndicator.L3_1_4));
    SINGLE.put("legacy.applications-concluded-total", (c, p, r) -> legacySum(
        "legacy.applications-concluded-total", c, r, LegacyIndicator.L3_2, LegacyIndicator.L3_2_1,
        LegacyIndicator.L3_2_2));
    SINGLE.put("legacy.replies-total", (c, p, r) -> legacySumChanging(
        "legacy.replies-total", c, r, LegacyIndicator.L3_3,
        List.of(LegacyIndicator.L3_3_1, LegacyIndicator.L3_3_2, LegacyIndicator.L3_3_3, LegacyIndicator.L3_3_4,
            LegacyIndicator.L3_3_5, LegacyIndicator.L3_3_6, LegacyIndicator.L3_3_7, LegacyIndicator.L3_3_8),
        List.of(LegacyIndicator.L3_3_1, LegacyIndicator.L3_3_2, LegacyIndicator.L3_3_3, LegacyIndicator.L3_3_5,
            LegacyIndicator.L3_3_6, LegacyIndicator.L3_3_7, LegacyIndicator.L3_3_8)));
    SINGLE.put("legacy.review-total", (c, p, r) -> legacySum(
        "legacy.review-total", c, r, LegacyIndicator.L4, LegacyIndicator.L4_1, LegacyIndicator.L4_2,
        LegacyIndicator.L4_3));
    SINGLE.put("legacy.litigation-total", (c, p, r) -> legacySum(
        "legacy.litigation-total", c, r, LegacyIndicator.L5, LegacyIndicator.L5_1, LegacyIndicator.L5_2,
        LegacyIndicator.L5_3));
    SINGLE.put("legacy.staff-total", (c, p, r) -> legacySum(
        "legacy.staff-total", c, r, LegacyIndicator.L8_3, LegacyIndicator.L8_3_1, LegacyIndicator.L8_3_2));
    CROSS_YEAR.put("cross-year.consecutive-years", FaultInjector::yearGap);
    CROSS_YEAR.put("cross-year.carry-over", FaultInjector::carryOver);
    CROSS_YEAR.put("cross-year.item-count-chain", FaultInjector::itemChain);
  }

  private FaultInjector() {}

  /** The ids of the rules {@link #inject(Report, String, long)} can break, in catalogue order. */
  public static Set<String> supportedRules() {
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(SINGLE.keySet()));
  }

  /**
   * The ids of the cross-year rules {@link #inject(Report, Report, String, long)} can break, in catalogue
   * order.
   */
  public static Set<String> supportedCrossYearRules() {
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(CROSS_YEAR.keySet()));
  }

  /**
   * Breaks the given rule in a valid report.
   *
   * @return the faulty report, or empty if the report offers no filled cells to break the rule with
   * @throws IllegalArgumentException if the rule is not one of {@link #supportedRules()}
   */
  public static Optional<FaultyReport> inject(Report valid, String ruleId, long seed) {
    Objects.requireNonNull(valid, "valid");
    Injection injection = SINGLE.get(Objects.requireNonNull(ruleId, "ruleId"));
    if (injection == null) {
      throw new IllegalArgumentException("no fault injector for rule '" + ruleId + "'; supported: "
          + SINGLE.keySet());
    }
    return injection.inject(valid, null, new SplittableRandom(seed));
  }

  /**
   * Breaks the given cross-year rule by changing the previous year's report; the current report is kept.
   *
   * @return the faulty pair, or empty if the reports offer no filled cells to break the rule with
   * @throws IllegalArgumentException if the rule is not one of {@link #supportedCrossYearRules()}
   */
  public static Optional<FaultyReport> inject(Report current, Report previous, String ruleId, long seed) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Injection injection = CROSS_YEAR.get(Objects.requireNonNull(ruleId, "ruleId"));
    if (injection == null) {
      throw new IllegalArgumentException("no cross-year fault injector for rule '" + ruleId + "'; supported: "
          + CROSS_YEAR.keySet());
    }
    return injection.inject(current, previous, new SplittableRandom(seed));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers: blank cells count as zero, as in the validator.

  private static int amount(SplittableRandom random) {
    return 1 + random.nextInt(9);
  }

  private static <T> T pick(List<T> candidates, SplittableRandom random) {
    return candidates.get(random.nextInt(candidates.size()));
  }

  private static boolean filled(Table t, TableRow row, TableColumn column) {
    return !t.cell(row, column).isBlank();
  }

  private static long value(Table t, TableRow row, TableColumn column) {
    Cell c = t.cell(row, column);
    return c.isBlank() ? 0 : c.longValue();
  }

  private static long sumRows(Table t, List<? extends TableRow> rows, TableColumn column) {
    long sum = 0;
    for (TableRow r : rows) {
      sum += value(t, r, column);
    }
    return sum;
  }

  private static long sumColumns(Table t, TableRow row, List<? extends TableColumn> columns) {
    long sum = 0;
    for (TableColumn c : columns) {
      sum += value(t, row, c);
    }
    return sum;
  }

  private static Table.Builder add(Table.Builder b, Table t, TableRow row, TableColumn column, long delta) {
    return b.set(row, column, Cell.of(value(t, row, column) + delta));
  }

  private static Report with(Report report, Table table) {
    return report.toBuilder().table(table).build();
  }

  private static String path(TableType type, TableRow row, TableColumn column) {
    return CellRef.of(type, row, column).path();
  }

  private static Optional<FaultyReport> fault(String ruleId, Report report, List<ExpectedFinding> expected,
      String description) {
    return Optional.of(new FaultyReport(ruleId, report, Optional.empty(), expected, description));
  }

  private static Table applications(Report report) {
    for (TableType t : APPLICATIONS) {
      Table table = report.tables().get(t);
      if (table != null) {
        return table;
      }
    }
    return null;
  }

  private static final List<ApplicationRow> AVAILABLE = List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.CARRIED_OVER);
  private static final List<ApplicationRow> HANDLED = List.of(ApplicationRow.TOTAL, ApplicationRow.CARRIED_FORWARD);

  private static boolean anyFilled(Table t, List<? extends TableRow> rows, TableColumn column) {
    for (TableRow r : rows) {
      if (filled(t, r, column)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Metadata.

  private static Optional<FaultyReport> blankAgency(Report report, Report previous, SplittableRandom random) {
    ReportMetadata m = report.metadata();
    Report faulty = report.toBuilder().metadata(new UncheckedMetadata(m, "", m.year())).build();
    return fault("metadata.agency-required", faulty,
        List.of(ExpectedFinding.at("metadata.agency-required", "/metadata/agency")), "agency made blank");
  }

  private static Optional<FaultyReport> yearOutOfRange(Report report, Report previous, SplittableRandom random) {
    ReportMetadata m = report.metadata();
    int year = random.nextBoolean()
        ? ReportMetadata.MIN_YEAR - amount(random)
        : ReportMetadata.MAX_YEAR + amount(random);
    Report faulty = report.toBuilder().metadata(new UncheckedMetadata(m, m.agency(), year)).build();
    return fault("metadata.year-range", faulty,
        List.of(ExpectedFinding.at("metadata.year-range", "/metadata/year")), "year set to " + year);
  }

  /** Metadata that bypasses the model's construction checks, as data from elsewhere could. */
  static final class UncheckedMetadata extends ReportMetadata {
    private final ReportMetadata base;
    private final String agency;
    private final int year;

    UncheckedMetadata(ReportMetadata base, String agency, int year) {
      this.base = base;
      this.agency = agency;
      this.year = year;
    }

    @Override
    public String agency() {
      return agency;
    }

    @Override
    public int year() {
      return year;
    }

    @Override
    public Optional<String> divisionCode() {
      return base.divisionCode();
    }

    @Override
    public Optional<String> title() {
      return base.title();
    }

    @Override
    public Optional<LocalDate> publicationDate() {
      return base.publicationDate();
    }

    @Override
    public Optional<String> source() {
      return base.source();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Section 二.

  private static Optional<FaultyReport> disclosedAboveTotal(Report report, Report previous, SplittableRandom random) {
    Table t = report.tables().get(TableType.ITEM1_2019);
    if (t == null) {
      return Optional.empty();
    }
    List<TableRow> rows = new ArrayList<>();
    for (TableRow r : t.rows()) {
      if (filled(t, r, Section2Column.TOTAL_DISCLOSED)) {
        rows.add(r);
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    TableRow row = pick(rows, random);
    long total = value(t, row, Section2Column.TOTAL_DISCLOSED);
    long disclosed = total + amount(random);
    Report faulty = with(report, t.toBuilder().set(row, Section2Column.NEW_DISCLOSED, Cell.of(disclosed)).build());
    return fault("item1.disclosed-within-total", faulty, List.of(ExpectedFinding.of("item1.disclosed-within-total",
        path(t.type(), row, Section2Column.NEW_DISCLOSED), disclosed, total)),
        row.key() + " new_disclosed set to " + disclosed);
  }

  private static Optional<FaultyReport> negativeItems(Report report, Report previous, SplittableRandom random) {
    List<CellRef> candidates = new ArrayList<>();
    for (TableType type : List.of(TableType.ITEM5_2019, TableType.ITEM6_2019, TableType.ITEM8_2019)) {
      Table t = report.tables().get(type);
      if (t == null) {
        continue;
      }
      for (TableRow r : t.rows()) {
        if (filled(t, r, Section2Column.PREVIOUS_ITEMS)) {
          candidates.add(CellRef.of(type, r, Section2Column.PREVIOUS_ITEMS));
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    CellRef ref = pick(candidates, random);
    Table t = report.tables().get(ref.table());
    int below = amount(random);
    long change = -value(t, ref.row(), Section2Column.PREVIOUS_ITEMS) - below;
    Report faulty = with(report, t.toBuilder().set(ref.row(), Section2Column.CHANGE, Cell.of(change)).build());
    return fault("items.current-count-non-negative", faulty,
        List.of(ExpectedFinding.of("items.current-count-non-negative", ref.path(), -below, 0)),
        ref.table().key() + " " + ref.row().key() + " change set to " + change);
  }

  // ---------------------------------------------------------------------------------------------
  // Section 三.

  private static Optional<FaultyReport> balance(Report report, Report previous, SplittableRandom random) {
    Table t = applications(report);
    if (t == null || !balanceBreakable(t, ApplicantColumn.TOTAL)) {
      return Optional.empty();
    }
    List<ApplicantColumn> columns = new ArrayList<>();
    for (ApplicantColumn c : ApplicantColumn.parts()) {
      if (balanceBreakable(t, c)) {
        columns.add(c);
      }
    }
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    ApplicantColumn column = pick(columns, random);
    int delta = amount(random);
    Table.Builder b = t.toBuilder();
    add(b, t, ApplicationRow.CARRIED_FORWARD, column, delta);
    add(b, t, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, delta);
    Table changed = b.build();
    List<ExpectedFinding> expected = new ArrayList<>();
    for (ApplicantColumn c : List.of(column, ApplicantColumn.TOTAL)) {
      expected.add(ExpectedFinding.of("applications.balance", path(t.type(), ApplicationRow.NEW_RECEIVED, c),
          sumRows(changed, AVAILABLE, c), sumRows(changed, HANDLED, c)));
    }
    return fault("applications.balance", with(report, changed), expected,
        "carried_forward " + column.key() + " and total increased by " + delta);
  }

  /** R23 is filled in the column (so its row stays checked) and R01 or R02 is filled (so the column is). */
  private static boolean balanceBreakable(Table t, ApplicantColumn c) {
    return filled(t, ApplicationRow.CARRIED_FORWARD, c) && anyFilled(t, AVAILABLE, c);
  }

  private static Optional<FaultyReport> outcomesTotal(Report report, Report previous, SplittableRandom random) {
    Table t = applications(report);
    if (t == null || !filled(t, ApplicationRow.TOTAL, ApplicantColumn.TOTAL)) {
      return Optional.empty();
    }
    List<CellRef> candidates = new ArrayList<>();
    for (TableRow row : Catalogue.outcomeRows(t.type())) {
      if (!filled(t, row, ApplicantColumn.TOTAL)) {
        continue;
      }
      for (ApplicantColumn c : ApplicantColumn.parts()) {
        if (filled(t, row, c) && filled(t, ApplicationRow.TOTAL, c)) {
          candidates.add(CellRef.of(t.type(), row, c));
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    CellRef ref = pick(candidates, random);
    int delta = amount(random);
    Table.Builder b = t.toBuilder();
    add(b, t, ref.row(), ref.column(), delta);
    add(b, t, ref.row(), ApplicantColumn.TOTAL, delta);
    Table changed = b.build();
    List<TableRow> outcomes = Catalogue.outcomeRows(t.type());
    List<ExpectedFinding> expected = new ArrayList<>();
    for (TableColumn c : List.of(ref.column(), ApplicantColumn.TOTAL)) {
      expected.add(ExpectedFinding.of("applications.outcomes-total", path(t.type(), ApplicationRow.TOTAL, c),
          value(changed, ApplicationRow.TOTAL, c), sumRows(changed, outcomes, c)));
    }
    return fault("applications.outcomes-total", with(report, changed), expected,
        ref.row().key() + " " + ref.column().key() + " and total increased by " + delta);
  }

  private static Optional<FaultyReport> applicantTotal(Report report, Report previous, SplittableRandom random) {
    Table t = applications(report);
    if (t == null
        || !filled(t, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)
        || !filled(t, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)) {
      return Optional.empty();
    }
    List<ApplicantColumn> columns = new ArrayList<>();
    for (ApplicantColumn c : ApplicantColumn.parts()) {
      if (filled(t, ApplicationRow.NEW_RECEIVED, c) && filled(t, ApplicationRow.CARRIED_FORWARD, c)) {
        columns.add(c);
      }
    }
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    ApplicantColumn column = pick(columns, random);
    int delta = amount(random);
    Table.Builder b = t.toBuilder();
    add(b, t, ApplicationRow.NEW_RECEIVED, column, delta);
    add(b, t, ApplicationRow.CARRIED_FORWARD, column, delta);
    Table changed = b.build();
    List<ExpectedFinding> expected = new ArrayList<>();
    for (ApplicationRow row : List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.CARRIED_FORWARD)) {
      expected.add(ExpectedFinding.of("applications.applicant-total", path(t.type(), row, ApplicantColumn.TOTAL),
          value(changed, row, ApplicantColumn.TOTAL), sumColumns(changed, row, ApplicantColumn.parts())));
    }
    return fault("applications.applicant-total", with(report, changed), expected,
        "new_received and carried_forward " + column.key() + " increased by " + delta);
  }

  // ---------------------------------------------------------------------------------------------
  // Section 四.

  private static Optional<FaultyReport> reviewTotal(String ruleId, ReviewRow row, Report report,
      SplittableRandom random) {
    Table t = report.tables().get(TableType.REVIEW_LITIGATION);
    if (t == null || !filled(t, row, ReviewColumn.TOTAL)) {
      return Optional.empty();
    }
    List<ReviewColumn> parts = new ArrayList<>();
    for (ReviewColumn c : ReviewColumn.parts()) {
      if (filled(t, row, c)) {
        parts.add(c);
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    ReviewColumn part = pick(parts, random);
    int delta = amount(random);
    Table changed = add(t.toBuilder(), t, row, part, delta).build();
    return fault(ruleId, with(report, changed), List.of(ExpectedFinding.of(ruleId,
        path(t.type(), row, ReviewColumn.TOTAL), value(changed, row, ReviewColumn.TOTAL),
        sumColumns(changed, row, ReviewColumn.parts()))), row.key() + " " + part.key() + " increased by " + delta);
  }

  // ---------------------------------------------------------------------------------------------
  // Legacy form (统计数 column).

  private static Optional<FaultyReport> legacySum(String ruleId, Report report, SplittableRandom random,
      LegacyIndicator total, LegacyIndicator... parts) {
    return legacySumChanging(ruleId, report, random, total, List.of(parts), List.of(parts));
  }

  /** Increases one of {@code changeable} (a subset of {@code parts} used by no other error rule). */
  private static Optional<FaultyReport> legacySumChanging(String ruleId, Report report, SplittableRandom random,
      LegacyIndicator total, List<LegacyIndicator> parts, List<LegacyIndicator> changeable) {
    Table t = report.tables().get(TableType.LEGACY_STATISTICS);
    LegacyColumn v = LegacyColumn.VALUE;
    if (t == null || !t.hasRow(total) || !filled(t, total, v)) {
      return Optional.empty();
    }
    List<LegacyIndicator> candidates = new ArrayList<>();
    for (LegacyIndicator p : changeable) {
      if (t.hasRow(p) && filled(t, p, v)) {
        candidates.add(p);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    LegacyIndicator part = pick(candidates, random);
    int delta = amount(random);
    Table changed = add(t.toBuilder(), t, part, v, delta).build();
    return fault(ruleId, with(report, changed), List.of(ExpectedFinding.of(ruleId, path(t.type(), total, v),
        value(changed, total, v), sumRows(changed, parts, v))), part.key() + " increased by " + delta);
  }

  /** Sets {@code part} above {@code whole}: {@code part ≤ whole} breaks. */
  private static Optional<FaultyReport> legacyAbove(String ruleId, Report report, SplittableRandom random,
      LegacyIndicator part, LegacyIndicator whole) {
    Table t = report.tables().get(TableType.LEGACY_STATISTICS);
    LegacyColumn v = LegacyColumn.VALUE;
    if (t == null || !t.hasRow(whole) || !filled(t, whole, v)) {
      return Optional.empty();
    }
    long above = value(t, whole, v) + amount(random);
    Table changed = t.toBuilder().set(part, v, Cell.of(above)).build();
    return fault(ruleId, with(report, changed), List.of(ExpectedFinding.of(ruleId, path(t.type(), part, v),
        above, value(t, whole, v))), part.key() + " set to " + above);
  }

  private static Optional<FaultyReport> leaders(Report report, Report previous, SplittableRandom random) {
    boolean first = random.nextBoolean();
    Optional<FaultyReport> f = first
        ? legacyAbove("legacy.leader-within-total", report, random, LegacyIndicator.L2_2_1A, LegacyIndicator.L2_2_1)
        : legacyAbove("legacy.leader-within-total", report, random, LegacyIndicator.L2_2_2A, LegacyIndicator.L2_2_2);
    if (f.isPresent()) {
      return f;
    }
    return first
        ? legacyAbove("legacy.leader-within-total", report, random, LegacyIndicator.L2_2_2A, LegacyIndicator.L2_2_2)
        : legacyAbove("legacy.leader-within-total", report, random, LegacyIndicator.L2_2_1A, LegacyIndicator.L2_2_1);
  }

  private static Optional<FaultyReport> channels(Report report, Report previous, SplittableRandom random) {
    Table t = report.tables().get(TableType.LEGACY_STATISTICS);
    LegacyColumn v = LegacyColumn.VALUE;
    List<LegacyIndicator> channels = List.of(LegacyIndicator.L1_2_1, LegacyIndicator.L1_2_2,
        LegacyIndicator.L1_2_3, LegacyIndicator.L1_2_4, LegacyIndicator.L1_2_5);
    if (t == null || !anyFilled(t, channels, v)) {
      return Optional.empty();
    }
    long sum = sumRows(t, channels, v);
    long disclosed = sum + amount(random);
    Table changed = t.toBuilder().set(LegacyIndicator.L1_1, v, Cell.of(disclosed)).build();
    return fault("legacy.channels-cover-disclosed", with(report, changed),
        List.of(ExpectedFinding.of("legacy.channels-cover-disclosed", path(t.type(), LegacyIndicator.L1_1, v),
            disclosed, sum)), "L1.1 set to " + disclosed);
  }

  // ---------------------------------------------------------------------------------------------
  // Cross-year: the previous year's report is changed.

  private static Optional<FaultyReport> crossYearFault(String ruleId, Report current, Report previous,
      List<ExpectedFinding> expected, String description) {
    return Optional.of(new FaultyReport(ruleId, current, Optional.of(previous), expected, description));
  }

  private static Optional<FaultyReport> yearGap(Report current, Report previous, SplittableRandom random) {
    int gap = 1 + random.nextInt(3);
    int year = current.metadata().year() - 1 - gap;
    if (year < ReportMetadata.MIN_YEAR) {
      year = current.metadata().year() + gap;
    }
    Report faulty = previous.toBuilder()
        .metadata(previous.metadata().toBuilder().year(year).build())
        .build();
    return crossYearFault("cross-year.consecutive-years", current, faulty,
        List.of(ExpectedFinding.of("cross-year.consecutive-years", "/metadata/year", year,
            current.metadata().year() - 1)), "previous year set to " + year);
  }

  private static Optional<FaultyReport> carryOver(Report current, Report previous, SplittableRandom random) {
    Table now = applications(current);
    Table before = applications(previous);
    if (now == null || before == null || !carryBreakable(now, before, ApplicantColumn.TOTAL)) {
      return Optional.empty();
    }
    List<ApplicantColumn> columns = new ArrayList<>();
    for (ApplicantColumn c : ApplicantColumn.parts()) {
      if (carryBreakable(now, before, c)) {
        columns.add(c);
      }
    }
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    ApplicantColumn column = pick(columns, random);
    int delta = amount(random);
    Table.Builder b = before.toBuilder();
    add(b, before, ApplicationRow.CARRIED_FORWARD, column, delta);
    add(b, before, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, delta);
    Table changed = b.build();
    List<ExpectedFinding> expected = new ArrayList<>();
    for (ApplicantColumn c : List.of(column, ApplicantColumn.TOTAL)) {
      expected.add(ExpectedFinding.of("cross-year.carry-over", path(now.type(), ApplicationRow.CARRIED_OVER, c),
          value(now, ApplicationRow.CARRIED_OVER, c), value(changed, ApplicationRow.CARRIED_FORWARD, c)));
    }
    return crossYearFault("cross-year.carry-over", current, with(previous, changed), expected,
        "previous carried_forward " + column.key() + " and total increased by " + delta);
  }

  private static boolean carryBreakable(Table now, Table before, ApplicantColumn c) {
    return filled(now, ApplicationRow.CARRIED_OVER, c) && filled(before, ApplicationRow.CARRIED_FORWARD, c);
  }

  private static Optional<FaultyReport> itemChain(Report current, Report previous, SplittableRandom random) {
    List<CellRef> candidates = new ArrayList<>();
    for (TableType type : List.of(TableType.ITEM5_2019, TableType.ITEM6_2019, TableType.ITEM8_2019)) {
      Table now = current.tables().get(type);
      Table before = previous.tables().get(type);
      if (now == null || before == null) {
        continue;
      }
      for (TableRow r : now.rows()) {
        if (filled(now, r, Section2Column.PREVIOUS_ITEMS)) {
          candidates.add(CellRef.of(type, r, Section2Column.PREVIOUS_ITEMS));
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    CellRef ref = pick(candidates, random);
    Table before = previous.tables().get(ref.table());
    int delta = amount(random);
    Table changed = add(before.toBuilder(), before, ref.row(), Section2Column.CHANGE, delta).build();
    long reported = value(current.tables().get(ref.table()), ref.row(), Section2Column.PREVIOUS_ITEMS);
    long computed = value(changed, ref.row(), Section2Column.PREVIOUS_ITEMS)
        + value(changed, ref.row(), Section2Column.CHANGE);
    return crossYearFault("cross-year.item-count-chain", current, with(previous, changed),
        List.of(ExpectedFinding.of("cross-year.item-count-chain", ref.path(), reported, computed)),
        "previous " + ref.table().key() + " " + ref.row().key() + " change increased by " + delta);
  }
}
