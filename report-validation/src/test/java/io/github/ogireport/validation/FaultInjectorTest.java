package io.github.ogireport.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class FaultInjectorTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  /** Valid reports to inject faults into: 2019 (seed 004 corrected), 2021 (F01), legacy (seed 002). */
  static List<Report> validReports() {
    return List.of(RuleCasesTest.valid2019(), RuleCasesTest.valid2021(), RuleCasesTest.validLegacy());
  }

  static Stream<Arguments> singleReportRules() {
    List<Arguments> args = new ArrayList<>();
    for (String id : FaultInjector.supportedRules()) {
      args.add(Arguments.of(id));
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleReportRules")
  void the_injected_fault_is_reported_by_exactly_its_rule_with_the_expected_numbers(String ruleId) {
    int injected = 0;
    for (Report valid : validReports()) {
      then(VALIDATOR.validate(valid).hasErrors()).isFalse();
      for (long seed = 0; seed < 12; seed++) {
        Optional<FaultyReport> fault = FaultInjector.inject(valid, ruleId, seed);
        if (fault.isEmpty()) {
          continue;
        }
        injected++;
        assertReportsExactly(fault.get());
      }
    }
    then(injected).as("faults injected for " + ruleId).isPositive();
  }

  @Test
  void cross_year_faults_are_reported_by_exactly_their_rule() {
    for (String ruleId : FaultInjector.supportedCrossYearRules()) {
      int injected = 0;
      then(VALIDATOR.validate(RuleCasesTest.valid2019(), RuleCasesTest.previous2019()).hasErrors()).isFalse();
      for (long seed = 0; seed < 12; seed++) {
        Optional<FaultyReport> fault =
            FaultInjector.inject(RuleCasesTest.valid2019(), RuleCasesTest.previous2019(), ruleId, seed);
        if (fault.isPresent()) {
          injected++;
          then(fault.get().previous()).isPresent();
          assertReportsExactly(fault.get());
        }
      }
      then(injected).as("faults injected for " + ruleId).isPositive();
    }
  }

  @Test
  void every_exact_rule_except_the_ones_documented_has_an_injector() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleCatalogue.rules()) {
      boolean supported = FaultInjector.supportedRules().contains(rule.id())
          || FaultInjector.supportedCrossYearRules().contains(rule.id());
      if (rule.strength() == Strength.EXACT && !supported) {
        missing.add(rule.id());
      }
    }
    then(missing).isEmpty();
  }

  @Test
  void the_seed_chooses_the_place_and_amount_deterministically() {
    Report valid = RuleCasesTest.valid2021();

    FaultyReport a = FaultInjector.inject(valid, "applications.outcomes-total", 7).orElseThrow();
    FaultyReport b = FaultInjector.inject(valid, "applications.outcomes-total", 7).orElseThrow();

    then(a).isEqualTo(b);
    List<String> descriptions = new ArrayList<>();
    for (long seed = 0; seed < 20; seed++) {
      descriptions.add(FaultInjector.inject(valid, "applications.outcomes-total", seed).orElseThrow().description());
    }
    then(descriptions.stream().distinct().count()).isGreaterThan(5);
  }

  @Test
  void the_review_total_fault_names_the_reported_and_computed_values() {
    FaultyReport fault = FaultInjector.inject(RuleCasesTest.valid2019(), "review.total", 3).orElseThrow();

    ExpectedFinding expected = fault.expected().get(0);
    then(expected.location()).isEqualTo("/tables/review_litigation/rows/review/total");
    then(expected.reported()).contains(new BigDecimal("18"));
    then(expected.computed().orElseThrow()).isGreaterThan(new BigDecimal("18"));
  }

  @Test
  void a_report_without_the_table_gets_no_fault() {
    Report legacy = RuleCasesTest.validLegacy();

    then(FaultInjector.inject(legacy, "applications.balance", 1)).isEmpty();
    then(FaultInjector.inject(legacy, "review.total", 1)).isEmpty();
    then(legacy.tables()).containsOnlyKeys(TableType.LEGACY_STATISTICS);
  }

  @Test
  void a_row_with_only_the_total_filled_offers_no_place_to_break_the_applicant_total() {
    then(FaultInjector.inject(Fixtures.seed003(), "applications.applicant-total", 1)).isEmpty();
    then(FaultInjector.inject(Fixtures.seed003(), "applications.balance", 1)).isEmpty();
  }

  @Test
  void unknown_rules_are_rejected() {
    assertThatThrownBy(() -> FaultInjector.inject(RuleCasesTest.valid2019(), "no.such-rule", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no fault injector for rule 'no.such-rule'");
    assertThatThrownBy(() -> FaultInjector.inject(RuleCasesTest.valid2019(), "report.mixed-edition", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static void assertReportsExactly(FaultyReport fault) {
    ValidationResult result = fault.validate(VALIDATOR);
    List<Finding> errors = result.errors();
    then(errors).as(fault.description()).hasSameSizeAs(fault.expected());
    for (int i = 0; i < errors.size(); i++) {
      then(fault.expected().get(i).matches(errors.get(i)))
          .as(fault.description() + ": expected " + fault.expected().get(i) + " but was " + errors.get(i))
          .isTrue();
    }
  }
}
