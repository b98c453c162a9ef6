package io.github.ogireport.generator.fault;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.FaultInjector;
import io.github.ogireport.validation.FaultyReport;
import io.github.ogireport.validation.Rule;
import io.github.ogireport.validation.RuleCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generated reports with a chosen fault, for the tests of this library and of other systems: a valid
 * report drawn by {@link ReportGenerator}, with exactly one rule of the validation catalogue broken by
 * {@link FaultInjector}, labelled with the rule and the findings (location, reported and computed values)
 * a validator must report. Reproducible from the seed; thread-safe.
 *
 * <pre>{@code
 * FaultyReport fault = FaultyReports.generate(42L, Edition.V2021, "applications.balance");
 * Report broken = fault.report();
 * List<ExpectedFinding> expected = fault.expected();   // what ReportValidator must say, and nothing else
 * }</pre>
 *
 * @since 0.1
 */
public final class FaultyReports {
  /** How many reports of a generator are tried before giving up on a rule (blank styles may hide cells). */
  static final int ATTEMPTS = 64;

  private FaultyReports() {}

  /**
   * The ids of the rules that faults can break in single reports of the edition, in catalogue order.
   */
  public static List<String> rules(Edition edition) {
    Objects.requireNonNull(edition, "edition");
    List<String> ids = new ArrayList<>();
    for (Rule rule : RuleCatalogue.rules()) {
      if (rule.editions().contains(edition) && FaultInjector.supportedRules().contains(rule.id())) {
        ids.add(rule.id());
      }
    }
    return List.copyOf(ids);
  }

  /** The ids of the cross-year rules that faults can break, in catalogue order. */
  public static List<String> crossYearRules() {
    return List.copyOf(FaultInjector.supportedCrossYearRules());
  }

  /**
   * Generates a report of the edition, with every cell filled, in which exactly the given rule is broken.
   *
   * @throws IllegalArgumentException if the rule cannot be broken in reports of the edition (see
   *     {@link #rules(Edition)})
   */
  public static FaultyReport generate(long seed, Edition edition, String ruleId) {
    return generate(seed, edition, BlankStyle.NONE, ruleId)
        .orElseThrow(() -> new IllegalStateException(
            "no report of seed " + seed + " offered a place to break " + ruleId));
  }

  /**
   * Generates a report of the edition with the given blank style in which exactly the given rule is
   * broken; empty if none of the first reports of the seed has the filled cells the fault needs (blank
   * styles such as {@link BlankStyle#TOTALS_ONLY} leave some relations nothing to break).
   *
   * @throws IllegalArgumentException if the rule cannot be broken in reports of the edition
   */
  public static Optional<FaultyReport> generate(long seed, Edition edition, BlankStyle blanks, String ruleId) {
    Objects.requireNonNull(blanks, "blanks");
    if (!rules(edition).contains(Objects.requireNonNull(ruleId, "ruleId"))) {
      throw new IllegalArgumentException("rule '" + ruleId + "' cannot be broken in reports of the "
          + edition.key() + " edition; these can: " + rules(edition));
    }
    ReportGenerator generator = ReportGenerator.builder().seed(seed).edition(edition).blanks(blanks).build();
    for (long index = 0; index < ATTEMPTS; index++) {
      Report valid = generator.generate(index);
      Optional<FaultyReport> fault = FaultInjector.inject(valid, ruleId, generator.reportSeed(index));
      if (fault.isPresent()) {
        return fault;
      }
    }
    return Optional.empty();
  }

  /**
   * Generates the reports of one agency for {@code year - 1} and {@code year} in which exactly the given
   * cross-year rule is broken; the fault is in the previous year's report.
   *
   * @throws IllegalArgumentException if the rule is not one of {@link #crossYearRules()}
   * @throws IllegalStateException if the reports of the seed offer no place to break the rule (for example
   *     the 项目数量 chain outside 2020)
   */
  public static FaultyReport generateCrossYear(long seed, int year, String ruleId) {
    if (!crossYearRules().contains(Objects.requireNonNull(ruleId, "ruleId"))) {
      throw new IllegalArgumentException("rule '" + ruleId + "' is not a cross-year rule faults can break; "
          + "these can: " + crossYearRules());
    }
    ReportGenerator generator = ReportGenerator.builder().seed(seed).build();
    for (long index = 0; index < ATTEMPTS; index++) {
      List<Report> pair = generator.series(index, year - 1, 2);
      Optional<FaultyReport> fault =
          FaultInjector.inject(pair.get(1), pair.get(0), ruleId, generator.reportSeed(index));
      if (fault.isPresent()) {
        return fault.get();
      }
    }
    throw new IllegalStateException("no pair of reports for " + (year - 1) + "–" + year
        + " offered a place to break " + ruleId);
  }
}
