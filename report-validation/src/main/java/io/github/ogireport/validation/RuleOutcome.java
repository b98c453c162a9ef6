package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import java.util.Objects;

/**
 * How one rule fared on one report: the number of its instances that passed, failed and were not
 * evaluable, and the severity its findings carry under the validator's profile.
 *
 * @param rule the rule
 * @param severity the severity of the rule's findings under the profile
 * @param passed the number of instances that held
 * @param failed the number of instances that did not hold (one finding each)
 * @param notEvaluable the number of instances whose cells were blank
 * @since 0.1
 */
public record RuleOutcome(Rule rule, Severity severity, int passed, int failed, int notEvaluable) {
  /** Checks the parts. */
  public RuleOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    if (passed < 0 || failed < 0 || notEvaluable < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative but were " + passed + ", " + failed + ", " + notEvaluable);
    }
  }

  /** The rule's id. */
  public String ruleId() {
    return rule.id();
  }

  /** The summary: failed if any instance failed, else passed if any passed, else not evaluable or not applicable. */
  public RuleStatus status() {
    if (failed > 0) {
      return RuleStatus.FAILED;
    }
    if (passed > 0) {
      return RuleStatus.PASSED;
    }
    return notEvaluable > 0 ? RuleStatus.NOT_EVALUABLE : RuleStatus.NOT_APPLICABLE;
  }
}
