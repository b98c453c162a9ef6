package io.github.ogireport.generator.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.fault.FaultyReports;
import io.github.ogireport.model.Edition;
import io.github.ogireport.validation.ExpectedFinding;
import io.github.ogireport.validation.FaultyReport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class FaultyReportsTest {

  @Test
  void the_same_seed_gives_the_same_faulty_report() {
    FaultyReport a = FaultyReports.generate(42L, Edition.V2021, "applications.balance");
    FaultyReport b = FaultyReports.generate(42L, Edition.V2021, "applications.balance");

    then(a).isEqualTo(b);
  }

  @Test
  void a_review_total_fault_announces_a_total_below_its_parts() {
    FaultyReport fault = FaultyReports.generate(7L, Edition.V2019, "review.total");

    then(fault.expected()).hasSize(1);
    ExpectedFinding e = fault.expected().get(0);
    then(e.location()).isEqualTo("/tables/review_litigation/rows/review/total");
    then(e.computed().orElseThrow().subtract(e.reported().orElseThrow())).isBetween(BigDecimal.ONE,
        BigDecimal.valueOf(9));
  }

  @Test
  void rules_list_what_each_edition_can_break() {
    then(FaultyReports.rules(Edition.LEGACY)).contains("legacy.replies-total").doesNotContain("review.total");
    then(FaultyReports.rules(Edition.V2021)).contains("applications.balance", "review.total")
        .doesNotContain("item1.disclosed-within-total", "legacy.replies-total");
    then(FaultyReports.crossYearRules()).contains("cross-year.carry-over");
  }

  @Test
  void a_rule_the_edition_does_not_have_is_rejected() {
    assertThatThrownBy(() -> FaultyReports.generate(1L, Edition.LEGACY, "review.total"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule 'review.total' cannot be broken in reports of the legacy edition");
    assertThatThrownBy(() -> FaultyReports.generateCrossYear(1L, 2022, "review.total"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
