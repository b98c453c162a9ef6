package io.github.ogireport.validation.compare;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.ReportValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares one agency's reports of two years cell by cell and runs the cross-year rules. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReportComparison cmp = ReportComparator.standard().compare(report2022, report2023);
 * for (CellComparison c : cmp.changedCells()) {
 *   System.out.println(c.row().label() + " / " + c.column().label() + ": "
 *       + c.previous().orElse(null) + " → " + c.current().orElse(null) + "  " + c.change().orElse(null));
 * }
 * cmp.crossYearFindings().forEach(f -> System.out.println(f.message(Locale.SIMPLIFIED_CHINESE)));
 * }</pre>
 *
 * <p>Any two reports can be compared: reports of different agencies or of years that are not
 * consecutive are compared cell by cell as well, and then {@code cross-year.consecutive-years} fails
 * (the other cross-year rules are not applicable) and {@link ReportComparison#sameAgency()} is false.
 *
 * @since 0.2
 */
public final class ReportComparator {
  private static final ReportComparator STANDARD = new ReportComparator(ReportValidator.standard());

  private final ReportValidator validator;

  private ReportComparator(ReportValidator validator) {
    this.validator = validator;
  }

  /** The comparator that runs the cross-year rules with {@link ReportValidator#standard()}. */
  public static ReportComparator standard() {
    return STANDARD;
  }

  /** A comparator that validates with the given validator (its profile, its severities). */
  public static ReportComparator using(ReportValidator validator) {
    return new ReportComparator(Objects.requireNonNull(validator, "validator"));
  }

  /** Compares the previous year's report with the current year's. */
  public ReportComparison compare(Report previous, Report current) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    return new ReportComparison(previous, current, tables(previous, current), validator.validate(current, previous));
  }

  /** Pairs the tables of the two reports and compares each pair, in printed order. */
  static List<TableComparison> tables(Report previous, Report current) {
    List<Table[]> pairs = new ArrayList<>();
    List<Table> previousLeft = new ArrayList<>(previous.tableList());
    for (Table c : current.tableList()) {
      Table p = previous.tables().get(c.type());
      if (p == null) {
        p = counterpart(c.type(), previousLeft, current);
      }
      previousLeft.remove(p);
      pairs.add(new Table[] {p, c});
    }
    for (Table p : previousLeft) {
      pairs.add(new Table[] {p, null});
    }
    Map<String, Integer> captionRank = new HashMap<>();
    for (TableType t : TableType.values()) {
      captionRank.putIfAbsent(t.caption(), t.ordinal());
    }
    pairs.sort(Comparator.<Table[]>comparingInt(pair -> captionRank.get(type(pair).caption()))
        .thenComparingInt(pair -> type(pair).ordinal()));
    List<TableComparison> out = new ArrayList<>();
    for (Table[] pair : pairs) {
      out.add(new TableComparison(pair[0], pair[1]));
    }
    return out;
  }

  private static TableType type(Table[] pair) {
    return pair[1] != null ? pair[1].type() : pair[0].type();
  }

  /**
   * The one table of the previous report printed in the same place of the form (section and caption) as
   * {@code type}, which the current report does not print itself and no other current table claims; or
   * {@code null}.
   */
  private static Table counterpart(TableType type, List<Table> previousLeft, Report current) {
    Table found = null;
    for (Table p : previousLeft) {
      if (p.type().section() == type.section() && p.type().caption().equals(type.caption())
          && !current.tables().containsKey(p.type())) {
        if (found != null) {
          return null; // ambiguous: compare each on its own
        }
        found = p;
      }
    }
    return found;
  }
}
