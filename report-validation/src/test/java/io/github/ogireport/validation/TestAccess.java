package io.github.ogireport.validation;

import io.github.ogireport.model.Report;

/** Gives tests in other packages the package-private fixtures. */
public final class TestAccess {
  private TestAccess() {}

  /** Seed 001 (valid). */
  public static Report seed001() {
    return Fixtures.seed001();
  }

  /** Seed 004 (行政复议 total wrong). */
  public static Report seed004() {
    return Fixtures.seed004();
  }

  /** Corpus F02 (mixed edition, two totals wrong). */
  public static Report f02() {
    return Fixtures.f02();
  }

  /** Valid reports of every edition, for tests that break them. */
  public static java.util.List<Report> validReports() {
    return java.util.List.of(RuleCasesTest.validLegacy(), RuleCasesTest.valid2019(), RuleCasesTest.valid2021());
  }

  /** The report with metadata that bypasses the model's checks. */
  public static Report withUncheckedMetadata(Report report, String agency, int year) {
    return TestReports.withMetadata(report, TestReports.unchecked(agency, year));
  }

  /** True if the class can be loaded. */
  public static boolean classExists(String name) {
    try {
      Class.forName(name, false, TestAccess.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
