package io.github.ogireport.validation;

import io.github.ogireport.model.CellRef;
import java.util.List;
import java.util.Objects;

/**
 * One instance of a rule that could not be evaluated: distinct from passing and from failing.
 *
 * <p>Policy: for a relation {@code sum(side A) = sum(side B)} (or {@code ≤}, {@code ≥}), the instance is
 * not evaluable if every cell of either side is blank; otherwise blank cells count as zero and a
 * finding, if any, lists them. A cross-year relation is also not evaluable when every cell it reads from
 * one of the two years is blank. A row where only 总计 is filled (seed 003) is therefore not evaluable for
 * the applicant breakdown, while the 总计 column is still checked. A narrative rule is not evaluable when
 * the text states no number.
 *
 * @param ruleId the rule's id
 * @param reason why the instance could not be evaluated
 * @param location the JSON Pointer of the instance's first cell, or of the field it concerns
 * @param cells every cell of the validated report involved
 * @param blankCells the blank cells among {@code cells}
 * @param previousBlankCells the blank cells of the previous year's report involved (cross-year rules)
 * @since 0.1
 */
public record NotEvaluable(
    String ruleId,
    Reason reason,
    String location,
    List<CellRef> cells,
    List<CellRef> blankCells,
    List<CellRef> previousBlankCells) {

  /** Why an instance could not be evaluated. */
  public enum Reason {
    /** Every cell of one side of the relation (or, across years, of one year) is blank. */
    BLANK_CELLS,
    /** The narrative text states no number the rule can compare. */
    NO_NUMBER_IN_TEXT
  }

  /** Checks that no part is {@code null} and copies the lists. */
  public NotEvaluable {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(location, "location");
    cells = List.copyOf(cells);
    blankCells = List.copyOf(blankCells);
    previousBlankCells = List.copyOf(previousBlankCells);
  }
}
