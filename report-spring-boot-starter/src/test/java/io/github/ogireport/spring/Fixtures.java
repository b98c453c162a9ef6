package io.github.ogireport.spring;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.FaultInjector;
import io.github.ogireport.validation.ReportValidator;

/** Reports built in code: a valid one, and one whose 行政复议 总计 is not the sum of its parts. */
final class Fixtures {
  private Fixtures() {}

  /** A generated 2019-edition report without any finding at all. */
  static Report valid() {
    ReportGenerator generator = ReportGenerator.builder().seed(4).edition(Edition.V2019).narrative(false).build();
    for (long i = 0; i < 100; i++) {
      Report r = generator.generate(i);
      if (ReportValidator.standard().validate(r).findings().isEmpty()) {
        return r;
      }
    }
    throw new AssertionError("no generated report without findings");
  }

  /** Seed 004's fault in a valid report: the reconsideration total differs from its four parts. */
  static Report brokenReviewTotal() {
    return FaultInjector.inject(valid(), "review.total", 4).orElseThrow().report();
  }
}
