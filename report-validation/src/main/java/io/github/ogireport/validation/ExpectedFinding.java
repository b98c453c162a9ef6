package io.github.ogireport.validation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding a fault is expected to produce: the rule, the location (the JSON Pointer of the reported
 * cell, or of the field) and the reported and computed values.
 *
 * @param ruleId the id of the rule the fault breaks
 * @param location where the finding points, as {@link Finding#location()}
 * @param reported the expected reported value; empty for rules that compare no numbers
 * @param computed the expected computed value; empty for rules that compare no numbers
 * @since 0.1
 */
public record ExpectedFinding(
    String ruleId, String location, Optional<BigDecimal> reported, Optional<BigDecimal> computed) {

  /** Checks that no part is {@code null}. */
  public ExpectedFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(computed, "computed");
  }

  /** An expected finding with numbers. */
  public static ExpectedFinding of(String ruleId, String location, long reported, long computed) {
    return new ExpectedFinding(ruleId, location, Optional.of(BigDecimal.valueOf(reported)),
        Optional.of(BigDecimal.valueOf(computed)));
  }

  /** An expected finding without numbers. */
  public static ExpectedFinding at(String ruleId, String location) {
    return new ExpectedFinding(ruleId, location, Optional.empty(), Optional.empty());
  }

  /** True if the finding has this rule, location and numbers (compared by value, ignoring scale). */
  public boolean matches(Finding finding) {
    return finding.ruleId().equals(ruleId)
        && location.equals(finding.location().jsonPath())
        && sameNumber(finding.reported(), reported)
        && sameNumber(finding.computed(), computed);
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }
}
