package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks reports against the rule catalogue. Built once, immutable and thread-safe: one instance can
 * validate reports from many threads. Each call returns an immutable {@link ValidationResult}; arithmetic
 * that does not add up is a finding, never an exception.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard().validate(report);
 * for (Finding f : result.errors()) {
 *   System.out.println(f.location() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
 * }
 * ValidationResult chained = ReportValidator.standard().validate(report2021, report2020);
 * }</pre>
 *
 * <p>Rules apply per table present, not per {@link Report#edition()}: a report that mixes a 2021 section 二
 * with a 2019 section 三 is checked with the rules of each table (and warned about by
 * {@code report.mixed-edition}). A table the report lacks makes its rules not applicable.
 *
 * @since 0.1
 */
public final class ReportValidator {
  private static final ReportValidator STANDARD = builder().build();

  private final Check[] checks;
  private final Severity[] severities;
  private final Rule[] ruleArray;
  private final List<Rule> rules;
  private final ValidationProfile profile;
  /** The table types whose cells the enabled checks read from the snapshot. */
  private final int snapshotTables;

  private ReportValidator(ValidationProfile profile) {
    for (String id : profile.severities().keySet()) {
      requireKnown(id);
    }
    for (String id : profile.disabled()) {
      requireKnown(id);
    }
    List<Check> enabled = new ArrayList<>();
    List<Severity> severity = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    for (Check c : Catalogue.CHECKS) {
      if (!profile.isDisabled(c.rule.id())) {
        enabled.add(c);
        severity.add(profile.severity(c.rule.id()).orElse(c.rule.defaultSeverity()));
        rules.add(c.rule);
      }
    }
    this.checks = enabled.toArray(new Check[0]);
    int tables = 0;
    for (Check c : checks) {
      tables |= c.snapshotTables();
    }
    this.snapshotTables = tables;
    this.severities = severity.toArray(new Severity[0]);
    this.ruleArray = rules.toArray(new Rule[0]);
    this.rules = List.copyOf(rules);
    this.profile = profile;
  }

  private static void requireKnown(String id) {
    if (!Catalogue.BY_ID.containsKey(id)) {
      throw new IllegalArgumentException("the profile names an unknown rule '" + id + "'");
    }
  }

  /** The validator with every rule of the catalogue at its default severity. */
  public static ReportValidator standard() {
    return STANDARD;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator runs, in catalogue order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The profile the validator was built with. */
  public ValidationProfile profile() {
    return profile;
  }

  /** Validates one report; the cross-year rules are not applicable. */
  public ValidationResult validate(Report report) {
    return run(Objects.requireNonNull(report, "report"), null);
  }

  /**
   * Validates a report and checks it against the previous year's report (the cross-year rules: 上年结转
   * equals last year's 结转下年度 per column, the 2019→2020 项目数量 chain, the 对外公开总数量 and 现行有效件数
   * chains). The previous report itself is not validated. If the years are not consecutive,
   * {@code cross-year.consecutive-years} fails and the other cross-year rules are not applicable.
   */
  public ValidationResult validate(Report current, Report previous) {
    return run(Objects.requireNonNull(current, "current"), Objects.requireNonNull(previous, "previous"));
  }

  private ValidationResult run(Report current, Report previous) {
    Evaluation evaluation = new Evaluation(current, previous, severities);
    evaluation.takeSnapshot(snapshotTables);
    try {
      for (int i = 0; i < checks.length; i++) {
        checks[i].evaluate(evaluation, i);
      }
    } finally {
      evaluation.dropSnapshot();
    }
    return new ValidationResult(evaluation.findings(), evaluation, ruleArray,
        severities, evaluation.passed, evaluation.failed, evaluation.notEvaluable);
  }

  /** The number of rules and the profile. */
  @Override
  public String toString() {
    return "ReportValidator{" + rules.size() + " rules, " + profile + "}";
  }

  /** Builds a {@link ReportValidator}. */
  public static final class Builder {
    private ValidationProfile profile = ValidationProfile.standard();

    private Builder() {}

    /** Uses the given profile (default: {@link ValidationProfile#standard()}). */
    public Builder profile(ValidationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Returns the validator.
     *
     * @throws IllegalArgumentException if the profile names a rule the catalogue does not have
     */
    public ReportValidator build() {
      return new ReportValidator(profile);
    }
  }
}
