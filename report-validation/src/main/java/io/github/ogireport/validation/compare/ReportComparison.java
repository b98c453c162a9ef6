package io.github.ogireport.validation.compare;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.NotEvaluable;
import io.github.ogireport.validation.Rule;
import io.github.ogireport.validation.RuleCatalogue;
import io.github.ogireport.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two years of one agency side by side, as made by {@link ReportComparator}: every table of either year
 * ({@link #tables()}), every cell with both values and the change, and the findings of the cross-year
 * rules (上年结转 = last year's 结转下年度, the item-count, 对外公开总数量 and 现行有效件数 chains, consecutive
 * years, tables copied from last year). Immutable and thread-safe.
 *
 * <p>The public API is what a renderer needs: tables in printed order with their rows and columns,
 * {@link CellComparison}s with {@link Side}s (filled, blank, absent) and changes, and the
 * {@link Finding}s with their cells ({@link Finding#cells()} in the current report,
 * {@link Finding#previousCells()} in the previous one) to mark.
 *
 * @since 0.2
 */
public final class ReportComparison {
  private final Report previous;
  private final Report current;
  private final List<TableComparison> tables;
  private final ValidationResult validation;

  ReportComparison(Report previous, Report current, List<TableComparison> tables, ValidationResult validation) {
    this.previous = Objects.requireNonNull(previous, "previous");
    this.current = Objects.requireNonNull(current, "current");
    this.tables = List.copyOf(tables);
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  /** The previous year's report. */
  public Report previous() {
    return previous;
  }

  /** The current year's report. */
  public Report current() {
    return current;
  }

  /** Every table of either year, paired across years, in printed order. */
  public List<TableComparison> tables() {
    return tables;
  }

  /** The comparison of the table of the given type (in either year), if either report prints it. */
  public Optional<TableComparison> table(TableType type) {
    for (TableComparison t : tables) {
      if (t.currentType().orElse(null) == type || t.previousType().orElse(null) == type) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Every compared cell, table by table. */
  public List<CellComparison> cells() {
    List<CellComparison> all = new ArrayList<>();
    for (TableComparison t : tables) {
      all.addAll(t.cells());
    }
    return List.copyOf(all);
  }

  /** The cells that differ between the years. */
  public List<CellComparison> changedCells() {
    return cells().stream().filter(CellComparison::isChanged).toList();
  }

  /**
   * The validation of the current report against the previous one
   * ({@link io.github.ogireport.validation.ReportValidator#validate(Report, Report)}): the current year's
   * own findings and the cross-year ones.
   */
  public ValidationResult validation() {
    return validation;
  }

  /** The findings of the cross-year rules, in catalogue order then cell order. */
  public List<Finding> crossYearFindings() {
    return validation.findings().stream().filter(f -> f.rule().isCrossYear()).toList();
  }

  /** The cross-year findings of severity {@link Severity#ERROR}. */
  public List<Finding> crossYearErrors() {
    return crossYearFindings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** The instances of cross-year rules that could not be evaluated (a year's cells all blank). */
  public List<NotEvaluable> crossYearNotEvaluable() {
    return validation.notEvaluable().stream()
        .filter(n -> RuleCatalogue.rule(n.ruleId()).map(Rule::isCrossYear).orElse(false))
        .toList();
  }

  /** True if the current report is for the year after the previous one. */
  public boolean consecutiveYears() {
    return current.metadata().year() == previous.metadata().year() + 1;
  }

  /** True if both reports name the same agency ({@link AgencyNames#same(String, String)}). */
  public boolean sameAgency() {
    return AgencyNames.same(previous.metadata().agency(), current.metadata().agency());
  }

  /** The agencies, years and counts, for logs; the format is not stable. */
  @Override
  public String toString() {
    return "ReportComparison{" + previous.metadata().agency() + " " + previous.metadata().year() + " → "
        + current.metadata().agency() + " " + current.metadata().year() + ", " + tables.size() + " tables, "
        + crossYearFindings().size() + " cross-year findings}";
  }
}
