package io.github.ogireport.validation;

/**
 * What became of one rule on one report, summarising its instances (one instance per cell group: a
 * column, a row, a pair of years).
 *
 * @since 0.1
 */
public enum RuleStatus {
  /** At least one instance failed. */
  FAILED,
  /** At least one instance was evaluated and none failed (some may have been not evaluable). */
  PASSED,
  /** Every instance was not evaluable, because the cells it needs are blank. */
  NOT_EVALUABLE,
  /** The rule has no instance here: the report lacks the tables or the text it applies to. */
  NOT_APPLICABLE
}
