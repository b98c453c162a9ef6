package io.github.ogireport.generator;

import static io.github.ogireport.model.ApplicationRow.CARRIED_FORWARD;
import static io.github.ogireport.model.ApplicationRow.CARRIED_OVER;
import static io.github.ogireport.model.ApplicationRow.DENIED_ADMIN_QUERY;
import static io.github.ogireport.model.ApplicationRow.DENIED_ENFORCEMENT_FILE;
import static io.github.ogireport.model.ApplicationRow.DENIED_INTERNAL_AFFAIRS;
import static io.github.ogireport.model.ApplicationRow.DENIED_LAW_FORBIDDEN;
import static io.github.ogireport.model.ApplicationRow.DENIED_PROCESS_INFO;
import static io.github.ogireport.model.ApplicationRow.DENIED_STATE_SECRET;
import static io.github.ogireport.model.ApplicationRow.DENIED_THIRD_PARTY;
import static io.github.ogireport.model.ApplicationRow.DENIED_THREE_SAFETIES;
import static io.github.ogireport.model.ApplicationRow.GRANTED;
import static io.github.ogireport.model.ApplicationRow.NEW_RECEIVED;
import static io.github.ogireport.model.ApplicationRow.OTHER;
import static io.github.ogireport.model.ApplicationRow.OTHER_OTHER;
import static io.github.ogireport.model.ApplicationRow.OTHER_OVERDUE_CORRECTION;
import static io.github.ogireport.model.ApplicationRow.OTHER_OVERDUE_FEE;
import static io.github.ogireport.model.ApplicationRow.PARTIALLY_GRANTED;
import static io.github.ogireport.model.ApplicationRow.REJECTED_CONFIRM;
import static io.github.ogireport.model.ApplicationRow.REJECTED_MASSIVE;
import static io.github.ogireport.model.ApplicationRow.REJECTED_PETITION;
import static io.github.ogireport.model.ApplicationRow.REJECTED_PUBLICATION;
import static io.github.ogireport.model.ApplicationRow.REJECTED_REPEAT;
import static io.github.ogireport.model.ApplicationRow.TOTAL;
import static io.github.ogireport.model.ApplicationRow.UNABLE_NEED_CREATION;
import static io.github.ogireport.model.ApplicationRow.UNABLE_NOT_HELD;
import static io.github.ogireport.model.ApplicationRow.UNABLE_UNCLEAR_AFTER_CORRECTION;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An independent re-statement of the relations of formats.md §2.4, §3.5 and §4.8, for test use only. It
 * applies the validation policy: a relation with one side entirely blank is not evaluable; otherwise a
 * blank cell counts as zero. It returns one message per violated relation.
 */
final class RelationChecker {
  private static final List<ApplicationRow> OUTCOMES_2019 = List.of(
      GRANTED, PARTIALLY_GRANTED,
      DENIED_STATE_SECRET, DENIED_LAW_FORBIDDEN, DENIED_THREE_SAFETIES, DENIED_THIRD_PARTY,
      DENIED_INTERNAL_AFFAIRS, DENIED_PROCESS_INFO, DENIED_ENFORCEMENT_FILE, DENIED_ADMIN_QUERY,
      UNABLE_NOT_HELD, UNABLE_NEED_CREATION, UNABLE_UNCLEAR_AFTER_CORRECTION,
      REJECTED_PETITION, REJECTED_REPEAT, REJECTED_PUBLICATION, REJECTED_MASSIVE, REJECTED_CONFIRM,
      OTHER);
  private static final List<ApplicationRow> OUTCOMES_2021;

  static {
    List<ApplicationRow> rows = new ArrayList<>(OUTCOMES_2019.subList(0, 18));
    rows.add(OTHER_OVERDUE_CORRECTION);
    rows.add(OTHER_OVERDUE_FEE);
    rows.add(OTHER_OTHER);
    OUTCOMES_2021 = List.copyOf(rows);
  }

  private static final List<ApplicantColumn> APPLICANT_PARTS = List.of(
      ApplicantColumn.NATURAL_PERSON, ApplicantColumn.COMMERCIAL_ENTERPRISE,
      ApplicantColumn.RESEARCH_INSTITUTION, ApplicantColumn.PUBLIC_WELFARE_ORGANIZATION,
      ApplicantColumn.LEGAL_SERVICE_INSTITUTION, ApplicantColumn.OTHER_ORGANIZATION);

  private final Report report;
  private final List<String> violations = new ArrayList<>();

  private RelationChecker(Report report) {
    this.report = report;
  }

  /** Returns the violated relations of a report; empty if it is valid. */
  static List<String> violations(Report report) {
    RelationChecker c = new RelationChecker(report);
    c.check();
    return c.violations;
  }

  private void check() {
    Edition edition = report.edition();
    Set<TableType> expected = Set.copyOf(edition.tableTypes());
    if (!report.tables().keySet().equals(expected)) {
      violations.add("tables " + report.tables().keySet() + " are not those of " + edition);
    }
    int year = report.metadata().year();
    boolean yearFits = switch (edition) {
      case LEGACY -> year >= 2014 && year <= 2018;
      case V2019 -> year == 2019 || year == 2020;
      case V2021 -> year >= 2021;
    };
    if (!yearFits) {
      violations.add("year " + year + " does not fit " + edition);
    }
    nonNegative();
    switch (edition) {
      case LEGACY -> legacy();
      case V2019 -> modern(TableType.APPLICATIONS_2019, OUTCOMES_2019, true);
      case V2021 -> modern(TableType.APPLICATIONS_2021, OUTCOMES_2021, false);
    }
  }

  /** E19-12 / E21-10 / L-p: every count and amount is non-negative, except 本年增/减. */
  private void nonNegative() {
    for (Table t : report.tables().values()) {
      for (int r = 0; r < t.rows().size(); r++) {
        for (int c = 0; c < t.columns().size(); c++) {
          Cell cell = t.cell(r, c);
          if (cell.isBlank() || t.columns().get(c) == Section2Column.CHANGE) {
            continue;
          }
          boolean negative = cell.isInteger()
              ? cell.longValue() < 0
              : cell.amount().orElseThrow().value().signum() < 0;
          if (negative) {
            violations.add("negative " + t.type().key() + "/" + t.rows().get(r).key() + ": " + cell);
          }
        }
      }
    }
  }

  private void modern(TableType applications, List<ApplicationRow> outcomes, boolean is2019) {
    Table t = report.table(applications).orElseThrow();
    for (ApplicantColumn col : ApplicantColumn.values()) {
      // E19-1: R01 + R02 = R22 + R23
      equal("E19-1 " + col.key(), t, List.of(NEW_RECEIVED, CARRIED_OVER), col, List.of(TOTAL, CARRIED_FORWARD), col);
      // E19-2 / E21-2: R22 = sum of outcome rows
      equal("E19-2 " + col.key(), t, List.of(TOTAL), col, outcomes, col);
      // E19-4: R22 ≤ R01 + R02
      atMost("E19-4 " + col.key(), sum(t, List.of(TOTAL), col), sum(t, List.of(NEW_RECEIVED, CARRIED_OVER), col));
    }
    // E19-3: C7 = C1 + … + C6 per row
    for (TableRow row : t.rows()) {
      List<Cell> parts = new ArrayList<>();
      for (ApplicantColumn c : APPLICANT_PARTS) {
        parts.add(t.cell(row, c));
      }
      compare("E19-3 " + row.key(), List.of(t.cell(row, ApplicantColumn.TOTAL)), parts, true);
    }
    if (t.rows().size() != (is2019 ? 23 : 25)) {
      violations.add("section 三 has " + t.rows().size() + " rows");
    }
    // E19-5/6/7
    Table review = report.table(TableType.REVIEW_LITIGATION).orElseThrow();
    for (ReviewRow row : ReviewRow.values()) {
      compare("E19-5/6/7 " + row.key(),
          List.of(review.cell(row, ReviewColumn.TOTAL)),
          List.of(review.cell(row, ReviewColumn.UPHELD), review.cell(row, ReviewColumn.CORRECTED),
              review.cell(row, ReviewColumn.OTHER), review.cell(row, ReviewColumn.PENDING)),
          true);
    }
    if (is2019) {
      Table item1 = report.table(TableType.ITEM1_2019).orElseThrow();
      for (Section2Row row : List.of(Section2Row.RULES, Section2Row.NORMATIVE_DOCUMENTS)) {
        // E19-9: C2 ≤ C3
        atMost("E19-9 " + row.key(), sum(List.of(item1.cell(row, Section2Column.NEW_DISCLOSED))),
            sum(List.of(item1.cell(row, Section2Column.TOTAL_DISCLOSED))));
      }
      // E19-11: C1 + C2 ≥ 0
      itemsNonNegative(TableType.ITEM5_2019, Section2Row.ADMINISTRATIVE_LICENSING, Section2Row.OTHER_MANAGEMENT_SERVICES);
      itemsNonNegative(TableType.ITEM6_2019, Section2Row.ADMINISTRATIVE_PENALTY, Section2Row.ADMINISTRATIVE_COMPULSION);
      itemsNonNegative(TableType.ITEM8_2019, Section2Row.ADMINISTRATIVE_FEES);
      Cell amount = report.table(TableType.ITEM9_2019).orElseThrow()
          .cell(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT);
      if (!amount.isBlank() && !amount.isAmount()) {
        violations.add("采购总金额 is not an amount: " + amount);
      }
    } else {
      Cell fee = report.table(TableType.ITEM8_2021).orElseThrow()
          .cell(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT);
      if (!fee.isBlank()) {
        if (!fee.isAmount() || fee.amount().orElseThrow().value().scale() > 4
            || fee.amount().orElseThrow().unit() != io.github.ogireport.model.AmountUnit.WAN_YUAN) {
          violations.add("E21-10 收费金额 is not an amount in 万元 with at most 4 decimals: " + fee);
        }
      }
    }
  }

  private void itemsNonNegative(TableType type, Section2Row... rows) {
    Table t = report.table(type).orElseThrow();
    for (Section2Row row : rows) {
      List<Cell> side = List.of(t.cell(row, Section2Column.PREVIOUS_ITEMS), t.cell(row, Section2Column.CHANGE));
      Long s = sum(side);
      if (s != null && s < 0) {
        violations.add("E19-11 " + type.key() + "/" + row.key() + ": C1 + C2 = " + s);
      }
    }
  }

  private void legacy() {
    Table t = report.table(TableType.LEGACY_STATISTICS).orElseThrow();
    // L-b: L1.1 ≤ L1.2.1 + … + L1.2.5
    atMost("L-b", legacy(t, LegacyIndicator.L1_1), legacy(t, LegacyIndicator.L1_2_1, LegacyIndicator.L1_2_2,
        LegacyIndicator.L1_2_3, LegacyIndicator.L1_2_4, LegacyIndicator.L1_2_5));
    // L-c, L-d: L1.1a ≤ L1.1, L1.1a ≤ L1.1b
    atMost("L-c", legacy(t, LegacyIndicator.L1_1A), legacy(t, LegacyIndicator.L1_1));
    atMost("L-d", legacy(t, LegacyIndicator.L1_1A), legacy(t, LegacyIndicator.L1_1B));
    // L-f
    atMost("L-f press", legacy(t, LegacyIndicator.L2_2_1A), legacy(t, LegacyIndicator.L2_2_1));
    atMost("L-f interviews", legacy(t, LegacyIndicator.L2_2_2A), legacy(t, LegacyIndicator.L2_2_2));
    // L-g, L-h, L-i, L-j, L-l, L-m, L-n
    legacySum("L-g", t, LegacyIndicator.L3_1, LegacyIndicator.L3_1_1, LegacyIndicator.L3_1_2,
        LegacyIndicator.L3_1_3, LegacyIndicator.L3_1_4);
    legacySum("L-h", t, LegacyIndicator.L3_2, LegacyIndicator.L3_2_1, LegacyIndicator.L3_2_2);
    legacySum("L-i", t, LegacyIndicator.L3_3, LegacyIndicator.L3_3_1, LegacyIndicator.L3_3_2,
        LegacyIndicator.L3_3_3, LegacyIndicator.L3_3_4, LegacyIndicator.L3_3_5, LegacyIndicator.L3_3_6,
        LegacyIndicator.L3_3_7, LegacyIndicator.L3_3_8);
    legacySum("L-j", t, LegacyIndicator.L3_3_4, LegacyIndicator.L3_3_4A, LegacyIndicator.L3_3_4B,
        LegacyIndicator.L3_3_4C, LegacyIndicator.L3_3_4D, LegacyIndicator.L3_3_4E, LegacyIndicator.L3_3_4F);
    legacySum("L-l", t, LegacyIndicator.L4, LegacyIndicator.L4_1, LegacyIndicator.L4_2, LegacyIndicator.L4_3);
    legacySum("L-m", t, LegacyIndicator.L5, LegacyIndicator.L5_1, LegacyIndicator.L5_2, LegacyIndicator.L5_3);
    legacySum("L-n", t, LegacyIndicator.L8_3, LegacyIndicator.L8_3_1, LegacyIndicator.L8_3_2);
    // L-k: L3.2 ≤ L3.1 and L3.3 = L3.2
    atMost("L-k concluded", legacy(t, LegacyIndicator.L3_2), legacy(t, LegacyIndicator.L3_1));
    compare("L-k replies", legacyCells(t, LegacyIndicator.L3_3), legacyCells(t, LegacyIndicator.L3_2), true);
    // L-p: integers everywhere except the two 万元 rows, which are amounts
    for (LegacyIndicator i : LegacyIndicator.values()) {
      Cell cell = t.cell(i, LegacyColumn.VALUE);
      if (cell.isBlank()) {
        continue;
      }
      boolean money = i == LegacyIndicator.L7 || i == LegacyIndicator.L8_4;
      if (money != cell.isAmount()) {
        violations.add("L-p " + i.key() + " holds " + cell);
      }
    }
  }

  private void legacySum(String id, Table t, LegacyIndicator total, LegacyIndicator... parts) {
    compare(id, legacyCells(t, total), legacyCells(t, parts), true);
  }

  private static List<Cell> legacyCells(Table t, LegacyIndicator... rows) {
    List<Cell> cells = new ArrayList<>();
    for (LegacyIndicator r : rows) {
      cells.add(t.cell(r, LegacyColumn.VALUE));
    }
    return cells;
  }

  private static Long legacy(Table t, LegacyIndicator... rows) {
    return sum(legacyCells(t, rows));
  }

  private void equal(String id, Table t, List<? extends TableRow> left, TableColumn lc, List<? extends TableRow> right,
      TableColumn rc) {
    List<Cell> l = new ArrayList<>();
    for (TableRow r : left) {
      l.add(t.cell(r, lc));
    }
    List<Cell> r = new ArrayList<>();
    for (TableRow row : right) {
      r.add(t.cell(row, rc));
    }
    compare(id, l, r, true);
  }

  private static Long sum(Table t, List<? extends TableRow> rows, TableColumn col) {
    List<Cell> cells = new ArrayList<>();
    for (TableRow r : rows) {
      cells.add(t.cell(r, col));
    }
    return sum(cells);
  }

  /** The sum of a side with blanks as zero, or {@code null} if every cell of the side is blank. */
  private static Long sum(List<Cell> side) {
    boolean any = false;
    long s = 0;
    for (Cell c : side) {
      if (!c.isBlank()) {
        any = true;
        s += c.longValue();
      }
    }
    return any ? s : null;
  }

  private void compare(String id, List<Cell> left, List<Cell> right, boolean exact) {
    Long l = sum(left);
    Long r = sum(right);
    if (l != null && r != null && (exact ? !l.equals(r) : l > r)) {
      violations.add(id + ": " + left + " vs " + right);
    }
  }

  private void atMost(String id, Long small, Long large) {
    if (small != null && large != null && small > large) {
      violations.add(id + ": " + small + " > " + large);
    }
  }
}
