package io.github.ogireport.validation;

import static io.github.ogireport.model.LegacyColumn.CUMULATIVE;
import static io.github.ogireport.model.LegacyColumn.VALUE;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Dimension;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.LinearCheck.Instance;
import io.github.ogireport.validation.LinearCheck.Op;
import io.github.ogireport.validation.LinearCheck.Term;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The definitions of every rule, in catalogue order. The order is part of the contract: findings are
 * reported in this order, then in cell order.
 */
final class Catalogue {
  private static final TableType[] APPLICATIONS = {TableType.APPLICATIONS_2019, TableType.APPLICATIONS_2021};
  static final List<Check> CHECKS = build();
  static final Map<String, Check> BY_ID = index(CHECKS);

  private Catalogue() {}

  private static Map<String, Check> index(List<Check> checks) {
    Map<String, Check> byId = new LinkedHashMap<>();
    for (Check c : checks) {
      if (byId.put(c.rule.id(), c) != null) {
        throw new IllegalStateException("duplicate rule id " + c.rule.id());
      }
    }
    return java.util.Collections.unmodifiableMap(byId);
  }

  private static List<Check> build() {
    List<Check> checks = new ArrayList<>();
    Set<Edition> every = EnumSet.allOf(Edition.class);
    Set<TableType> none = EnumSet.noneOf(TableType.class);

    // The report as a whole.
    checks.add(new ReportChecks.AgencyRequired(new Rule("metadata.agency-required", "model", every, none,
        Strength.EXACT, false, List.of("metadata/agency is not blank"))));
    checks.add(new ReportChecks.YearRange(new Rule("metadata.year-range", "model", every, none,
        Strength.EXACT, false, List.of("2000 ≤ metadata/year ≤ 2100"))));
    checks.add(new ReportChecks.MixedEdition(new Rule("report.mixed-edition", "V11", every, none,
        Strength.HEURISTIC, false, List.of("every table belongs to the same edition"))));
    checks.add(new ReportChecks.EditionYear(new Rule("report.edition-year", "§1, V11", every, none,
        Strength.HEURISTIC, false,
        List.of("legacy: metadata/year ≤ 2018; 2019: 2019 ≤ metadata/year ≤ 2020; 2021: metadata/year ≥ 2021"))));

    // Section 二 (2019 edition).
    checks.add(new Linear("item1.disclosed-within-total", "E19-9", Strength.INEQUALITY, false)
        .each(TableType.ITEM1_2019, null, TableType.ITEM1_2019.rows(), true,
            List.of(cur(null, Section2Column.NEW_DISCLOSED)), Op.LE,
            List.of(cur(null, Section2Column.TOTAL_DISCLOSED)), d -> d)
        .build());
    Linear items = new Linear("items.current-count-non-negative", "E19-11", Strength.INEQUALITY, false);
    for (TableType t : List.of(TableType.ITEM5_2019, TableType.ITEM6_2019, TableType.ITEM8_2019)) {
      items.each(t, null, t.rows(), true,
          List.of(cur(null, Section2Column.PREVIOUS_ITEMS), cur(null, Section2Column.CHANGE)), Op.GE,
          List.of(), d -> d);
    }
    checks.add(items.build());

    // Section 三 (2019 and 2021 editions).
    Linear balance = new Linear("applications.balance", "E19-1", Strength.EXACT, false);
    Linear outcomes = new Linear("applications.outcomes-total", "E19-2, E21-2", Strength.EXACT, false);
    Linear applicants = new Linear("applications.applicant-total", "E19-3", Strength.EXACT, false);
    Linear available = new Linear("applications.outcomes-within-available", "E19-4", Strength.INEQUALITY, false);
    for (TableType t : APPLICATIONS) {
      List<TableColumn> columns = t.columns();
      balance.each(t, null, columns, false,
          List.of(cur(ApplicationRow.NEW_RECEIVED, null), cur(ApplicationRow.CARRIED_OVER, null)), Op.EQ,
          List.of(cur(ApplicationRow.TOTAL, null), cur(ApplicationRow.CARRIED_FORWARD, null)), d -> d);
      List<Sel> outcomeRows = new ArrayList<>();
      for (TableRow r : outcomeRows(t)) {
        outcomeRows.add(cur(r, null));
      }
      outcomes.each(t, null, columns, false, List.of(cur(ApplicationRow.TOTAL, null)), Op.EQ, outcomeRows,
          d -> d);
      List<Sel> parts = new ArrayList<>();
      for (ApplicantColumn c : ApplicantColumn.parts()) {
        parts.add(cur(null, c));
      }
      applicants.each(t, null, t.rows(), true, List.of(cur(null, ApplicantColumn.TOTAL)), Op.EQ, parts, d -> d);
      available.each(t, null, columns, false, List.of(cur(ApplicationRow.TOTAL, null)), Op.LE,
          List.of(cur(ApplicationRow.NEW_RECEIVED, null), cur(ApplicationRow.CARRIED_OVER, null)), d -> d);
    }
    checks.add(balance.build());
    checks.add(outcomes.build());
    checks.add(applicants.build());
    checks.add(available.build());

    List<BlankCells.Group> applicantGroups = new ArrayList<>();
    for (TableType t : APPLICATIONS) {
      for (TableRow r : t.rows()) {
        applicantGroups.add(new BlankCells.Group(t, r, ApplicantColumn.TOTAL, ApplicantColumn.parts()));
      }
    }
    Set<Edition> tabledEditions = EnumSet.of(Edition.V2019, Edition.V2021);
    checks.add(new BlankCells.Check(new Rule("applications.total-blank", "E19-3", tabledEditions,
        EnumSet.of(TableType.APPLICATIONS_2019, TableType.APPLICATIONS_2021), Strength.HEURISTIC, false,
        List.of("applications_2019, applications_2021: {r}/total is not blank when every other column of {r} "
            + "is filled, for each row {r}")), applicantGroups, true));
    checks.add(new BlankCells.Check(new Rule("applications.part-blank", "E19-3", tabledEditions,
        EnumSet.of(TableType.APPLICATIONS_2019, TableType.APPLICATIONS_2021), Strength.HEURISTIC, false,
        List.of("applications_2019, applications_2021: a blank applicant cell of {r} is 0 only if {r}/total = "
            + "the filled applicant cells of {r}, for each row {r}")), applicantGroups, false));

    // Section 四 (2019 and 2021 editions).
    checks.add(review("review.total", "E19-5", ReviewRow.REVIEW));
    checks.add(review("litigation-direct.total", "E19-6", ReviewRow.LITIGATION_DIRECT));
    checks.add(review("litigation-after-review.total", "E19-7", ReviewRow.LITIGATION_AFTER_REVIEW));

    List<BlankCells.Group> reviewGroups = new ArrayList<>();
    for (ReviewRow r : ReviewRow.values()) {
      reviewGroups.add(new BlankCells.Group(TableType.REVIEW_LITIGATION, r, ReviewColumn.TOTAL, ReviewColumn.parts()));
    }
    checks.add(new BlankCells.Check(new Rule("review.total-blank", "E19-5, E19-6, E19-7", tabledEditions,
        EnumSet.of(TableType.REVIEW_LITIGATION), Strength.HEURISTIC, false,
        List.of("review_litigation: {g}/total is not blank when upheld, corrected, other and pending of {g} are "
            + "filled, for each group {g}")), reviewGroups, true));
    checks.add(new BlankCells.Check(new Rule("review.part-blank", "E19-5, E19-6, E19-7", tabledEditions,
        EnumSet.of(TableType.REVIEW_LITIGATION), Strength.HEURISTIC, false,
        List.of("review_litigation: a blank outcome of {g} is 0 only if {g}/total = the filled outcomes of {g}, "
            + "for each group {g}")), reviewGroups, false));

    // Narrative against tables.
    Set<Edition> tabled = EnumSet.of(Edition.V2019, Edition.V2021);
    Set<TableType> applicationTables = EnumSet.of(TableType.APPLICATIONS_2019, TableType.APPLICATIONS_2021);
    Set<TableType> reviewTable = EnumSet.of(TableType.REVIEW_LITIGATION);
    checks.add(narrative("narrative.applications-received", NarrativeStatements.Kind.RECEIVED, tabled,
        applicationTables, "overview \"收到/新收/受理…申请N件\": N = applications_2019 or applications_2021: "
            + "new_received/total; for 受理 also N = new_received/total + carried_over/total"));
    checks.add(narrative("narrative.applications-carried-over", NarrativeStatements.Kind.CARRIED_OVER, tabled,
        applicationTables, "overview \"上年结转N件\": N = carried_over/total"));
    checks.add(narrative("narrative.applications-handled", NarrativeStatements.Kind.HANDLED, tabled,
        applicationTables, "overview \"办结/答复N件\": N = total/total"));
    checks.add(narrative("narrative.applications-carried-forward", NarrativeStatements.Kind.CARRIED_FORWARD,
        tabled, applicationTables, "overview \"结转下年度N件\": N = carried_forward/total"));
    checks.add(narrative("narrative.reviews", NarrativeStatements.Kind.REVIEWS, tabled, reviewTable,
        "overview \"行政复议N件\": N = review_litigation: review/total"));
    checks.add(narrative("narrative.lawsuits", NarrativeStatements.Kind.LAWSUITS, tabled, reviewTable,
        "overview \"行政诉讼N件\": N = litigation_direct/total + litigation_after_review/total, "
            + "or either of them"));
    checks.add(narrative("narrative.legacy-disclosed", NarrativeStatements.Kind.DISCLOSED,
        EnumSet.of(Edition.LEGACY), EnumSet.of(TableType.LEGACY_STATISTICS),
        "narrative \"主动公开…信息N条\": N = legacy_statistics: L1.1/value"));
    checks.add(new ReportChecks.NarrativeNumber(new Rule("narrative.legacy-received", "X-7", EnumSet.of(Edition.LEGACY),
        EnumSet.of(TableType.LEGACY_STATISTICS), Strength.HEURISTIC, false,
        List.of("narrative \"收到/受理…申请N件\": N = legacy_statistics: L3.1/value")),
        NarrativeStatements.Kind.RECEIVED, true));
    checks.add(new ReportChecks.NarrativeNumber(new Rule("narrative.legacy-replied", "X-7", EnumSet.of(Edition.LEGACY),
        EnumSet.of(TableType.LEGACY_STATISTICS), Strength.HEURISTIC, false,
        List.of("narrative \"办结/答复N件\": N = legacy_statistics: L3.3/value, or L3.2/value")),
        NarrativeStatements.Kind.HANDLED, true));

    checks.add(new ReportChecks.SectionsPresent(new Rule("narrative.sections-present", "§3, §4", tabled, none,
        Strength.HEURISTIC, false,
        List.of("when the report has narrative: sections 一, 五, 六 have text; 二, 三, 四 have text or a table"))));
    checks.add(new ReportChecks.FeesMentioned(new Rule("narrative.fees-mentioned", "§2, §4",
        EnumSet.of(Edition.V2021, Edition.LEGACY), EnumSet.of(TableType.ITEM8_2021, TableType.LEGACY_STATISTICS),
        Strength.HEURISTIC, false,
        List.of("article20_item8_2021: administrative_fees/fees_amount > 0 → section 六 mentions 收费/收取/费用",
            "legacy_statistics: L7/value > 0 → the narrative mentions 收费/收取/费用"))));

    // Legacy statistics form.
    checks.add(legacy("legacy.channels-cover-disclosed", "L-b", Strength.INEQUALITY, LegacyIndicator.L1_1, Op.LE,
        LegacyIndicator.L1_2_1, LegacyIndicator.L1_2_2, LegacyIndicator.L1_2_3, LegacyIndicator.L1_2_4,
        LegacyIndicator.L1_2_5).build());
    checks.add(legacy("legacy.normative-within-disclosed", "L-c", Strength.INEQUALITY, LegacyIndicator.L1_1A,
        Op.LE, LegacyIndicator.L1_1).build());
    checks.add(legacy("legacy.normative-disclosed-within-issued", "L-d", Strength.HEURISTIC,
        LegacyIndicator.L1_1A, Op.LE, LegacyIndicator.L1_1B).build());
    Linear leaders = legacy("legacy.leader-within-total", "L-f", Strength.INEQUALITY, LegacyIndicator.L2_2_1A,
        Op.LE, LegacyIndicator.L2_2_1);
    legacyInto(leaders, LegacyIndicator.L2_2_2A, Op.LE, LegacyIndicator.L2_2_2);
    checks.add(leaders.build());
    checks.add(legacy("legacy.applications-received-total", "L-g", Strength.EXACT, LegacyIndicator.L3_1, Op.EQ,
        LegacyIndicator.L3_1_1, LegacyIndicator.L3_1_2, LegacyIndicator.L3_1_3, LegacyIndicator.L3_1_4).build());
    checks.add(legacy("legacy.applications-concluded-total", "L-h", Strength.EXACT, LegacyIndicator.L3_2, Op.EQ,
        LegacyIndicator.L3_2_1, LegacyIndicator.L3_2_2).build());
    checks.add(legacy("legacy.replies-total", "L-i", Strength.EXACT, LegacyIndicator.L3_3, Op.EQ,
        LegacyIndicator.L3_3_1, LegacyIndicator.L3_3_2, LegacyIndicator.L3_3_3, LegacyIndicator.L3_3_4,
        LegacyIndicator.L3_3_5, LegacyIndicator.L3_3_6, LegacyIndicator.L3_3_7, LegacyIndicator.L3_3_8).build());
    checks.add(legacy("legacy.refusal-grounds", "L-j", Strength.HEURISTIC, LegacyIndicator.L3_3_4, Op.EQ,
        LegacyIndicator.L3_3_4A, LegacyIndicator.L3_3_4B, LegacyIndicator.L3_3_4C, LegacyIndicator.L3_3_4D,
        LegacyIndicator.L3_3_4E, LegacyIndicator.L3_3_4F).build());
    checks.add(legacy("legacy.concluded-within-received", "L-k", Strength.HEURISTIC, LegacyIndicator.L3_2, Op.LE,
        LegacyIndicator.L3_1).build());
    checks.add(legacy("legacy.replies-equal-concluded", "L-k", Strength.HEURISTIC, LegacyIndicator.L3_3, Op.EQ,
        LegacyIndicator.L3_2).build());
    checks.add(legacy("legacy.review-total", "L-l", Strength.EXACT, LegacyIndicator.L4, Op.EQ,
        LegacyIndicator.L4_1, LegacyIndicator.L4_2, LegacyIndicator.L4_3).build());
    checks.add(legacy("legacy.litigation-total", "L-m", Strength.EXACT, LegacyIndicator.L5, Op.EQ,
        LegacyIndicator.L5_1, LegacyIndicator.L5_2, LegacyIndicator.L5_3).build());
    checks.add(legacy("legacy.staff-total", "L-n", Strength.EXACT, LegacyIndicator.L8_3, Op.EQ,
        LegacyIndicator.L8_3_1, LegacyIndicator.L8_3_2).build());

    Set<TableType> legacyTable = EnumSet.of(TableType.LEGACY_STATISTICS);
    checks.add(new CustomRowChecks.PartWithinParent(new Rule("legacy.custom-part-within-parent", "§2.4",
        EnumSet.of(Edition.LEGACY), legacyTable, Strength.HEURISTIC, false,
        List.of("legacy_statistics: for a custom row {r} printed as a part (其中…, or a numbered sub-item), "
            + "{r}/{c} ≤ parent/{c}, for value and cumulative"))));
    checks.add(new CustomRowChecks.ValueWithinCumulative(new Rule("legacy.custom-value-within-cumulative", "§2.4",
        EnumSet.of(Edition.LEGACY), legacyTable, Strength.HEURISTIC, false,
        List.of("legacy_statistics: for a custom row {r} (not 人 or %), {r}/value ≤ {r}/cumulative"))));

    // Cross-year (validate(current, previous) only).
    checks.add(new ReportChecks.ConsecutiveYears(new Rule("cross-year.consecutive-years", "§7", every, none,
        Strength.EXACT, true, List.of("previous:metadata/year = metadata/year - 1"))));
    checks.add(new ReportChecks.TablesRepeated(new Rule("cross-year.tables-repeated", "§7", every,
        EnumSet.allOf(TableType.class), Strength.HEURISTIC, true,
        List.of("not (every table of the report = the same table of previous:, cell by cell, and some cell ≠ 0)"))));
    Linear carry = new Linear("cross-year.carry-over", "X-1", Strength.EXACT, true);
    for (TableType current : APPLICATIONS) {
      for (TableType previous : APPLICATIONS) {
        carry.each(current, previous, current.columns(), false, List.of(cur(ApplicationRow.CARRIED_OVER, null)),
            Op.EQ, List.of(prev(ApplicationRow.CARRIED_FORWARD, null)), d -> d);
      }
    }
    checks.add(carry.build());
    Linear chain = new Linear("cross-year.item-count-chain", "X-2", Strength.EXACT, true);
    for (TableType t : List.of(TableType.ITEM5_2019, TableType.ITEM6_2019, TableType.ITEM8_2019)) {
      chain.each(t, t, t.rows(), true, List.of(cur(null, Section2Column.PREVIOUS_ITEMS)), Op.EQ,
          List.of(prev(null, Section2Column.PREVIOUS_ITEMS), prev(null, Section2Column.CHANGE)), d -> d);
    }
    checks.add(chain.build());
    checks.add(new Linear("cross-year.total-disclosed-non-decreasing", "X-3", Strength.HEURISTIC, true)
        .each(TableType.ITEM1_2019, TableType.ITEM1_2019, TableType.ITEM1_2019.rows(), true,
            List.of(cur(null, Section2Column.TOTAL_DISCLOSED)), Op.GE,
            List.of(prev(null, Section2Column.TOTAL_DISCLOSED)), d -> d)
        .build());
    checks.add(new Linear("cross-year.total-disclosed-chain", "X-3", Strength.HEURISTIC, true)
        .each(TableType.ITEM1_2019, TableType.ITEM1_2019, TableType.ITEM1_2019.rows(), true,
            List.of(cur(null, Section2Column.TOTAL_DISCLOSED)), Op.EQ,
            List.of(prev(null, Section2Column.TOTAL_DISCLOSED), cur(null, Section2Column.NEW_DISCLOSED)), d -> d)
        .build());
    checks.add(new CustomRowChecks.CumulativeChain(new Rule("cross-year.legacy-cumulative-chain", "§2.4",
        EnumSet.of(Edition.LEGACY), EnumSet.of(TableType.LEGACY_STATISTICS), Strength.HEURISTIC, true,
        List.of("legacy_statistics: {r}/cumulative = previous:{r}/cumulative + {r}/value, for each row {r} printed "
            + "with a cumulative column in both years (not 人 or %)"))));
    checks.add(new Linear("cross-year.in-force-chain", "X-4", Strength.HEURISTIC, true)
        .each(TableType.ITEM1_2021, TableType.ITEM1_2021, TableType.ITEM1_2021.rows(), true,
            List.of(cur(null, Section2Column.IN_FORCE)), Op.EQ,
            List.of(prev(null, Section2Column.IN_FORCE), cur(null, Section2Column.ISSUED),
                minus(null, Section2Column.REPEALED)), d -> d)
        .build());
    return List.copyOf(checks);
  }

  private static Check narrative(String id, NarrativeStatements.Kind kind, Set<Edition> editions,
      Set<TableType> tables, String formula) {
    return new ReportChecks.NarrativeNumber(
        new Rule(id, "X-7", editions, tables, Strength.HEURISTIC, false, List.of(formula)), kind);
  }

  /** The outcome rows （一）…（六） of an applications table, in printed order. */
  static List<TableRow> outcomeRows(TableType applications) {
    List<TableRow> rows = new ArrayList<>();
    for (TableRow r : applications.rows()) {
      if (((ApplicationRow) r).isOutcome()) {
        rows.add(r);
      }
    }
    return rows;
  }

  private static Check review(String id, String spec, ReviewRow row) {
    List<Sel> parts = new ArrayList<>();
    for (ReviewColumn c : ReviewColumn.parts()) {
      parts.add(cur(row, c));
    }
    return new Linear(id, spec, Strength.EXACT, false)
        .each(TableType.REVIEW_LITIGATION, null, List.of(), true, List.of(cur(row, ReviewColumn.TOTAL)), Op.EQ,
            parts, d -> row)
        .build();
  }

  private static Linear legacy(String id, String spec, Strength strength, LegacyIndicator reported, Op op,
      LegacyIndicator... computed) {
    return legacyInto(new Linear(id, spec, strength, false), reported, op, computed);
  }

  private static Linear legacyInto(Linear linear, LegacyIndicator reported, Op op, LegacyIndicator... computed) {
    List<Sel> parts = new ArrayList<>();
    for (LegacyIndicator i : computed) {
      parts.add(cur(i, null));
    }
    return linear.each(TableType.LEGACY_STATISTICS, null, List.of(VALUE, CUMULATIVE), false,
        List.of(cur(reported, null)), op, parts,
        c -> c == VALUE ? reported : CellRef.of(TableType.LEGACY_STATISTICS, reported, CUMULATIVE));
  }

  /** A cell selector: {@code null} row or column stands for the instance's row or column. */
  record Sel(boolean previous, TableRow row, TableColumn column, int sign) {}

  static Sel cur(TableRow row, TableColumn column) {
    return new Sel(false, row, column, 1);
  }

  static Sel prev(TableRow row, TableColumn column) {
    return new Sel(true, row, column, 1);
  }

  static Sel minus(TableRow row, TableColumn column) {
    return new Sel(false, row, column, -1);
  }

  /** Collects the instances and formulas of one relation rule. */
  static final class Linear {
    private final String id;
    private final String spec;
    private final Strength strength;
    private final boolean crossYear;
    private final List<Instance> instances = new ArrayList<>();
    private final List<String> formulas = new ArrayList<>();
    private final Set<TableType> tables = EnumSet.noneOf(TableType.class);

    Linear(String id, String spec, Strength strength, boolean crossYear) {
      this.id = id;
      this.spec = spec;
      this.strength = strength;
      this.crossYear = crossYear;
    }

    /**
     * Adds one instance per element of {@code over} (rows if {@code overRows}, else columns), or a
     * single instance if {@code over} is empty.
     */
    Linear each(TableType current, TableType previous, List<? extends Dimension> over, boolean overRows,
        List<Sel> reported, Op op, List<Sel> computed, Function<Dimension, Object> label) {
      TableType prev = previous == null ? current : previous;
      tables.add(current);
      if (previous != null) {
        tables.add(previous);
      }
      if (over.isEmpty()) {
        instances.add(new Instance(terms(current, prev, reported, null, null),
            terms(current, prev, computed, null, null), op, label.apply(null)));
      }
      for (Dimension d : over) {
        TableRow row = overRows ? (TableRow) d : null;
        TableColumn column = overRows ? null : (TableColumn) d;
        instances.add(new Instance(terms(current, prev, reported, row, column),
            terms(current, prev, computed, row, column), op, label.apply(d)));
      }
      String tablesText = previous == null || previous == current
          ? current.key()
          : current.key() + " (previous: " + previous.key() + ")";
      String formula = tablesText + ": " + side(reported) + " " + op.symbol + " " + side(computed);
      if (!over.isEmpty()) {
        formula += overRows ? ", for each row {r}" : ", for each column {c}";
      }
      formulas.add(formula);
      return this;
    }

    private static List<Term> terms(TableType current, TableType previous, List<Sel> sels, TableRow row,
        TableColumn column) {
      List<Term> terms = new ArrayList<>();
      for (Sel s : sels) {
        terms.add(new Term(s.previous(), s.previous() ? previous : current,
            s.row() == null ? row : s.row(), s.column() == null ? column : s.column(), s.sign()));
      }
      return terms;
    }

    private static String side(List<Sel> sels) {
      if (sels.isEmpty()) {
        return "0";
      }
      StringBuilder sb = new StringBuilder();
      for (Sel s : sels) {
        if (sb.length() > 0) {
          sb.append(s.sign() < 0 ? " - " : " + ");
        } else if (s.sign() < 0) {
          sb.append("-");
        }
        sb.append(s.previous() ? "previous:" : "")
            .append(s.row() == null ? "{r}" : s.row().key())
            .append('/')
            .append(s.column() == null ? "{c}" : s.column().key());
      }
      return sb.toString();
    }

    LinearCheck build() {
      Set<Edition> editions = EnumSet.noneOf(Edition.class);
      for (TableType t : tables) {
        editions.addAll(t.editions());
      }
      return new LinearCheck(new Rule(id, spec, editions, tables, strength, crossYear, formulas), instances);
    }
  }
}
