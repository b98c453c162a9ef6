package io.github.ogireport.validation;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import java.time.LocalDate;
import java.util.Optional;

/** Reports the model's builders would refuse, built by subclassing, as data from elsewhere could be. */
final class TestReports {
  private TestReports() {}

  /** Metadata that bypasses the model's checks. */
  static ReportMetadata unchecked(String agency, int year) {
    return new ReportMetadata() {
      @Override
      public String agency() {
        return agency;
      }

      @Override
      public int year() {
        return year;
      }

      @Override
      public Optional<String> divisionCode() {
        return Optional.empty();
      }

      @Override
      public Optional<String> title() {
        return Optional.empty();
      }

      @Override
      public Optional<LocalDate> publicationDate() {
        return Optional.empty();
      }

      @Override
      public Optional<String> source() {
        return Optional.empty();
      }
    };
  }

  /** The report with its metadata replaced. */
  static Report withMetadata(Report report, ReportMetadata metadata) {
    return report.toBuilder().metadata(metadata).build();
  }
}
