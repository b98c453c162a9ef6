package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Changes to the catalogue's defaults: a different severity for some rules, some rules switched off,
 * always by rule id. Immutable.
 *
 * <pre>{@code
 * ValidationProfile lenient = ValidationProfile.builder()
 *     .severity("applications.applicant-total", Severity.WARNING)
 *     .disable("report.mixed-edition")
 *     .build();
 * ReportValidator validator = ReportValidator.builder().profile(lenient).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class ValidationProfile {
  private static final ValidationProfile DEFAULTS = new ValidationProfile(new TreeMap<>(), new TreeSet<>());

  private final Map<String, Severity> severities;
  private final Set<String> disabled;

  private ValidationProfile(TreeMap<String, Severity> severities, TreeSet<String> disabled) {
    this.severities = Collections.unmodifiableMap(severities);
    this.disabled = Collections.unmodifiableSet(disabled);
  }

  /** The profile that keeps every rule on, at its default severity. */
  public static ValidationProfile standard() {
    return DEFAULTS;
  }

  /**
   * The profile that keeps every rule on, at its default severity.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static ValidationProfile defaults() {
    return standard();
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The severity overrides by rule id, in id order. */
  public Map<String, Severity> severities() {
    return severities;
  }

  /** The ids of the rules switched off, in id order. */
  public Set<String> disabled() {
    return disabled;
  }

  /** The severity set for a rule, if this profile overrides it. */
  public Optional<Severity> severity(String ruleId) {
    return Optional.ofNullable(severities.get(ruleId));
  }

  /** True if the rule is switched off. */
  public boolean isDisabled(String ruleId) {
    return disabled.contains(ruleId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationProfile p && severities.equals(p.severities) && disabled.equals(p.disabled);
  }

  @Override
  public int hashCode() {
    return severities.hashCode() * 31 + disabled.hashCode();
  }

  /** The overrides and disabled rules. */
  @Override
  public String toString() {
    return "ValidationProfile{severities=" + severities + ", disabled=" + disabled + "}";
  }

  /**
   * Builds a {@link ValidationProfile}. Rule ids are checked against the catalogue when a
   * {@link ReportValidator} is built with the profile.
   */
  public static final class Builder {
    private final TreeMap<String, Severity> severities = new TreeMap<>();
    private final TreeSet<String> disabled = new TreeSet<>();

    private Builder() {}

    /** Gives the rule's findings this severity. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Switches the rule off. */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /** Switches a rule back on. */
    public Builder enable(String ruleId) {
      disabled.remove(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /** Returns the profile. */
    public ValidationProfile build() {
      return new ValidationProfile(new TreeMap<>(severities), new TreeSet<>(disabled));
    }
  }
}
