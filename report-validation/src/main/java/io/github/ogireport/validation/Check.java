package io.github.ogireport.validation;

/**
 * The evaluation logic of one rule of the catalogue. Implementations are immutable: everything that can
 * be computed from the catalogue alone (cell indexes, cell lists for findings) is computed when the
 * catalogue is built.
 */
abstract class Check {
  final Rule rule;

  Check(Rule rule) {
    this.rule = rule;
  }

  /** Evaluates every instance of the rule and records the outcomes under {@code ruleIndex}. */
  abstract void evaluate(Evaluation evaluation, int ruleIndex);

  /** The table types ({@code 1 << ordinal}) whose cells the check reads from {@link Evaluation#values}. */
  int snapshotTables() {
    return 0;
  }

  /**
   * The instances as data for the published catalogue: one entry per instance, each a map of
   * {@code reported}, {@code relation} and {@code computed} (lists of cell paths); empty for rules that
   * are not relations over cells.
   */
  java.util.List<LinearCheck.Instance> instances() {
    return java.util.List.of();
  }
}
