package io.github.ogireport.jqwik;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;

/**
 * A few relations of formats.md restated for these tests (the generator module's tests check all of
 * them): a relation with one side entirely blank is not evaluable, otherwise blanks count as zero.
 */
final class Relations {
  private Relations() {}

  static Table applications(Report r) {
    return r.table(r.edition() == Edition.V2019 ? TableType.APPLICATIONS_2019 : TableType.APPLICATIONS_2021)
        .orElseThrow();
  }

  static long newApplications(Report r) {
    if (r.edition() == Edition.LEGACY) {
      return value(r.table(TableType.LEGACY_STATISTICS).orElseThrow().cell(LegacyIndicator.L3_1, LegacyColumn.VALUE));
    }
    return value(applications(r).cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
  }

  static long value(Cell c) {
    return c.isBlank() ? 0 : c.longValue();
  }

  /** Violations of E19-1 (per column) and E19-3 (per row), or of L-g, L-h and L-i in a legacy form. */
  static List<String> violations(Report r) {
    List<String> out = new ArrayList<>();
    if (r.edition() == Edition.LEGACY) {
      Table t = r.table(TableType.LEGACY_STATISTICS).orElseThrow();
      check(out, "L-g", t, LegacyIndicator.L3_1, LegacyIndicator.L3_1_1, LegacyIndicator.L3_1_2,
          LegacyIndicator.L3_1_3, LegacyIndicator.L3_1_4);
      check(out, "L-h", t, LegacyIndicator.L3_2, LegacyIndicator.L3_2_1, LegacyIndicator.L3_2_2);
      check(out, "L-i", t, LegacyIndicator.L3_3, LegacyIndicator.L3_3_1, LegacyIndicator.L3_3_2,
          LegacyIndicator.L3_3_3, LegacyIndicator.L3_3_4, LegacyIndicator.L3_3_5, LegacyIndicator.L3_3_6,
          LegacyIndicator.L3_3_7, LegacyIndicator.L3_3_8);
      return out;
    }
    Table t = applications(r);
    for (ApplicantColumn c : ApplicantColumn.values()) {
      compare(out, "E19-1 " + c.key(),
          List.of(t.cell(ApplicationRow.NEW_RECEIVED, c), t.cell(ApplicationRow.CARRIED_OVER, c)),
          List.of(t.cell(ApplicationRow.TOTAL, c), t.cell(ApplicationRow.CARRIED_FORWARD, c)));
    }
    for (int row = 0; row < t.rows().size(); row++) {
      List<Cell> parts = new ArrayList<>();
      for (ApplicantColumn c : ApplicantColumn.parts()) {
        parts.add(t.cell(t.rows().get(row), c));
      }
      compare(out, "E19-3 " + t.rows().get(row).key(), List.of(t.cell(t.rows().get(row), ApplicantColumn.TOTAL)),
          parts);
    }
    return out;
  }

  private static void check(List<String> out, String id, Table t, LegacyIndicator total, LegacyIndicator... parts) {
    List<Cell> p = new ArrayList<>();
    for (LegacyIndicator i : parts) {
      p.add(t.cell(i, LegacyColumn.VALUE));
    }
    compare(out, id, List.of(t.cell(total, LegacyColumn.VALUE)), p);
  }

  private static void compare(List<String> out, String id, List<Cell> left, List<Cell> right) {
    if (left.stream().allMatch(Cell::isBlank) || right.stream().allMatch(Cell::isBlank)) {
      return;
    }
    long l = left.stream().mapToLong(Relations::value).sum();
    long r = right.stream().mapToLong(Relations::value).sum();
    if (l != r) {
      out.add(id + ": " + left + " vs " + right);
    }
  }
}
