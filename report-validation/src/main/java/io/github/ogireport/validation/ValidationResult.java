package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating one report (or one report against the previous year's): the findings in
 * deterministic order (catalogue order, then cell order), the instances that were not evaluable, and how
 * every enabled rule fared. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ValidationResult {
  private final List<Finding> findings;
  private final Evaluation evaluation;
  private final Rule[] rules;
  private final Severity[] severities;
  private final int[] passed;
  private final int[] failed;
  private final int[] notEvaluableCounts;

  /** Takes ownership of the arrays, which nobody else may change afterwards. */
  ValidationResult(
      List<Finding> findings,
      Evaluation evaluation,
      Rule[] rules,
      Severity[] severities,
      int[] passed,
      int[] failed,
      int[] notEvaluableCounts) {
    this.findings = List.copyOf(findings);
    this.evaluation = evaluation;
    this.rules = rules;
    this.severities = severities;
    this.passed = passed;
    this.failed = failed;
    this.notEvaluableCounts = notEvaluableCounts;
  }

  /** Every finding, in catalogue order then cell order; never {@code null}. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of one rule, in cell order. */
  public List<Finding> findings(String ruleId) {
    List<Finding> list = new ArrayList<>();
    for (Finding f : findings) {
      if (f.ruleId().equals(ruleId)) {
        list.add(f);
      }
    }
    return List.copyOf(list);
  }

  /** The findings of the given severity, in order. */
  public List<Finding> findings(Severity severity) {
    List<Finding> list = new ArrayList<>();
    for (Finding f : findings) {
      if (f.severity() == severity) {
        list.add(f);
      }
    }
    return List.copyOf(list);
  }

  /** The findings of severity {@link Severity#ERROR}. */
  public List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /** The findings of severity {@link Severity#WARNING}. */
  public List<Finding> warnings() {
    return findings(Severity.WARNING);
  }

  /** True if any finding has severity {@link Severity#ERROR}. */
  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** True if there is no finding at all. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** The instances that could not be evaluated, in catalogue order then cell order. */
  public List<NotEvaluable> notEvaluable() {
    return evaluation.materialise();
  }

  /** The instances of one rule that could not be evaluated. */
  public List<NotEvaluable> notEvaluable(String ruleId) {
    List<NotEvaluable> list = new ArrayList<>();
    for (NotEvaluable n : notEvaluable()) {
      if (n.ruleId().equals(ruleId)) {
        list.add(n);
      }
    }
    return List.copyOf(list);
  }

  /** How every enabled rule fared, in catalogue order. */
  public List<RuleOutcome> outcomes() {
    List<RuleOutcome> list = new ArrayList<>(rules.length);
    for (int i = 0; i < rules.length; i++) {
      list.add(new RuleOutcome(rules[i], severities[i], passed[i], failed[i], notEvaluableCounts[i]));
    }
    return List.copyOf(list);
  }

  /** How one rule fared; empty if the validator does not run it (unknown or disabled). */
  public Optional<RuleOutcome> outcome(String ruleId) {
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].id().equals(ruleId)) {
        return Optional.of(
            new RuleOutcome(rules[i], severities[i], passed[i], failed[i], notEvaluableCounts[i]));
      }
    }
    return Optional.empty();
  }

  /** The findings, one per line; the format is not stable. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ValidationResult{")
        .append(findings.size())
        .append(findings.size() == 1 ? " finding" : " findings");
    for (Finding f : findings) {
      sb.append("\n  ").append(f);
    }
    return sb.append('}').toString();
  }
}
