package io.github.ogireport.generator.validation;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.fault.FaultyReports;
import io.github.ogireport.model.Edition;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.FaultyReport;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.Rule;
import io.github.ogireport.validation.RuleCatalogue;
import io.github.ogireport.validation.Strength;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * For every exact rule, a fault that breaks exactly that relation in a generated valid report is
 * reported by that rule, with the reported and computed values the fault announces, and by no other
 * error.
 */
class InjectedFaultsTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();

  @Provide
  Arbitrary<Tuple2<Edition, String>> editionAndRule() {
    List<Tuple2<Edition, String>> pairs = new ArrayList<>();
    for (Edition e : Edition.values()) {
      for (String id : FaultyReports.rules(e)) {
        pairs.add(Tuple.of(e, id));
      }
    }
    return Arbitraries.of(pairs);
  }

  @Property(tries = 400)
  void a_fault_in_a_filled_report_is_reported_by_exactly_its_rule(
      @ForAll("editionAndRule") Tuple2<Edition, String> rule, @ForAll long seed) {
    FaultyReport fault = FaultyReports.generate(seed, rule.get1(), rule.get2());

    assertReportedExactly(fault, rule.get2());
  }

  @Property(tries = 300)
  void a_fault_in_a_report_with_blanks_is_reported_by_exactly_its_rule(
      @ForAll("editionAndRule") Tuple2<Edition, String> rule, @ForAll BlankStyle blanks, @ForAll long seed) {
    Optional<FaultyReport> fault = FaultyReports.generate(seed, rule.get1(), blanks, rule.get2());
    Assume.that(fault.isPresent());

    assertReportedExactly(fault.get(), rule.get2());
  }

  @Provide
  Arbitrary<Tuple2<String, Integer>> crossYearRuleAndYear() {
    return Arbitraries.of(FaultyReports.crossYearRules()).flatMap(id -> switch (id) {
      case "cross-year.item-count-chain" -> Arbitraries.just(Tuple.of(id, 2020));
      case "cross-year.carry-over" -> Arbitraries.integers().between(2020, 2025).map(y -> Tuple.of(id, y));
      default -> Arbitraries.integers().between(2015, 2025).map(y -> Tuple.of(id, y));
    });
  }

  @Property(tries = 150)
  void a_fault_in_last_years_report_is_reported_by_exactly_its_cross_year_rule(
      @ForAll("crossYearRuleAndYear") Tuple2<String, Integer> rule, @ForAll long seed) {
    FaultyReport fault = FaultyReports.generateCrossYear(seed, rule.get2(), rule.get1());

    then(fault.previous()).isPresent();
    assertReportedExactly(fault, rule.get1());
  }

  @Example
  void every_exact_rule_of_the_catalogue_can_be_broken_by_a_generated_fault() {
    List<String> breakable = new ArrayList<>(FaultyReports.crossYearRules());
    for (Edition e : Edition.values()) {
      breakable.addAll(FaultyReports.rules(e));
    }
    List<String> missing = new ArrayList<>();
    for (Rule r : RuleCatalogue.rules()) {
      if (r.strength() == Strength.EXACT && !breakable.contains(r.id())) {
        missing.add(r.id());
      }
    }

    then(missing).isEmpty();
  }

  private static void assertReportedExactly(FaultyReport fault, String ruleId) {
    then(fault.ruleId()).isEqualTo(ruleId);
    List<Finding> errors = fault.validate(VALIDATOR).errors();
    then(errors).as(fault.description()).isNotEmpty().allSatisfy(f -> then(f.ruleId()).isEqualTo(ruleId));
    then(errors).hasSameSizeAs(fault.expected());
    for (int i = 0; i < errors.size(); i++) {
      then(fault.expected().get(i).matches(errors.get(i)))
          .as("%s: expected %s but was %s", fault.description(), fault.expected().get(i), errors.get(i))
          .isTrue();
    }
  }
}
