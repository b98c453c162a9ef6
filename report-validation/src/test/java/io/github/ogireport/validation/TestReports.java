package io.github.ogireport.validation;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;

/** Reports the model's builders would refuse, built by subclassing, as data from elsewhere could be. */
final class TestReports {
  private TestReports() {}

  /** Metadata that bypasses the model's checks. */
  static ReportMetadata unchecked(String agency, int year) {
    return new FaultInjector.UncheckedMetadata(ReportMetadata.of("-", ReportMetadata.MIN_YEAR), agency, year);
  }

  /** The report with its metadata replaced. */
  static Report withMetadata(Report report, ReportMetadata metadata) {
    return report.toBuilder().metadata(metadata).build();
  }
}
