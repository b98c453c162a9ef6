package io.github.ogireport.jqwik;

import io.github.ogireport.generator.AgencyLevel;
import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates the consecutive yearly reports of one agency with {@link ReportGenerator#series}, so that the
 * cross-year identities hold between neighbouring reports (上年结转 = the previous 结转下年度继续办理, and the
 * 项目数量 and 现行有效件数 chains). jqwik draws the first year, the number of years, the agency level and
 * the seed; a failing series shrinks towards the earliest first year, the fewest years, the smallest
 * agency and seed 0. Immutable: each configuration method returns a new arbitrary.
 *
 * @since 0.1
 */
public final class ReportSeriesArbitrary extends ArbitraryDecorator<List<Report>> {
  private final int minFirstYear;
  private final int maxFirstYear;
  private final int minYears;
  private final int maxYears;
  private final Set<AgencyLevel> levels;
  private final BlankStyle blanks;

  ReportSeriesArbitrary(
      int minFirstYear, int maxFirstYear, int minYears, int maxYears, Set<AgencyLevel> levels, BlankStyle blanks) {
    if (minYears < 1 || minYears > maxYears) {
      throw new IllegalArgumentException(
          "the number of years must be at least 1 and the minimum at most the maximum but was "
              + minYears + ".." + maxYears);
    }
    if (minFirstYear < ReportGenerator.FIRST_LEGACY_YEAR || minFirstYear > maxFirstYear
        || maxFirstYear > ReportMetadata.MAX_YEAR) {
      throw new IllegalArgumentException("first years must lie between " + ReportGenerator.FIRST_LEGACY_YEAR
          + " and " + ReportMetadata.MAX_YEAR + " with the minimum at most the maximum but were "
          + minFirstYear + ".." + maxFirstYear);
    }
    this.minFirstYear = minFirstYear;
    this.maxFirstYear = maxFirstYear;
    this.minYears = minYears;
    this.maxYears = maxYears;
    this.levels = levels;
    this.blanks = blanks;
  }

  /**
   * Returns an arbitrary whose series start in a year between {@code min} and {@code max}.
   *
   * @throws IllegalArgumentException if the range is empty or leaves the years of the forms
   */
  public ReportSeriesArbitrary firstYears(int min, int max) {
    return new ReportSeriesArbitrary(min, max, minYears, maxYears, levels, blanks);
  }

  /**
   * Returns an arbitrary whose series cover between {@code min} and {@code max} years.
   *
   * @throws IllegalArgumentException if {@code min} is below 1 or above {@code max}
   */
  public ReportSeriesArbitrary years(int min, int max) {
    return new ReportSeriesArbitrary(minFirstYear, maxFirstYear, min, max, levels, blanks);
  }

  /**
   * Returns an arbitrary whose agencies have one of the given levels.
   *
   * @throws IllegalArgumentException if no level is given
   */
  public ReportSeriesArbitrary levels(AgencyLevel... levels) {
    return new ReportSeriesArbitrary(minFirstYear, maxFirstYear, minYears, maxYears,
        ReportArbitraries.setOf(AgencyLevel.class, levels, "level"), blanks);
  }

  /** Returns an arbitrary whose reports leave cells blank in the given style. */
  public ReportSeriesArbitrary blanks(BlankStyle blanks) {
    return new ReportSeriesArbitrary(minFirstYear, maxFirstYear, minYears, maxYears, levels,
        Objects.requireNonNull(blanks, "blanks"));
  }

  /** Checks the one constraint between the ranges, which a chain of configuration calls may pass through. */
  ReportSeriesArbitrary checkLastYear() {
    if ((long) maxFirstYear + maxYears - 1 > ReportMetadata.MAX_YEAR) {
      throw new IllegalArgumentException("series starting up to " + maxFirstYear + " with up to " + maxYears
          + " years end after " + ReportMetadata.MAX_YEAR);
    }
    return this;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a series could end after 2100
   */
  @Override
  protected Arbitrary<List<Report>> arbitrary() {
    checkLastYear();
    Arbitrary<Integer> firstYear = Arbitraries.integers().between(minFirstYear, maxFirstYear);
    Arbitrary<Integer> years = Arbitraries.integers().between(minYears, maxYears);
    Arbitrary<AgencyLevel> level = Arbitraries.of(List.copyOf(levels));
    Arbitrary<Long> seed = Arbitraries.longs();
    BlankStyle b = blanks;
    return Combinators.combine(firstYear, years, level, seed).as((y, n, l, s) -> ReportGenerator.builder()
        .seed(s)
        .level(l)
        .blanks(b)
        .build()
        .series(y, n));
  }

  @Override
  public String toString() {
    return "ReportSeriesArbitrary{firstYears=" + minFirstYear + ".." + maxFirstYear + ", years=" + minYears + ".."
        + maxYears + ", levels=" + levels + ", blanks=" + blanks + '}';
  }

  static ReportSeriesArbitrary any() {
    return new ReportSeriesArbitrary(
        ReportGenerator.FIRST_LEGACY_YEAR, 2023, 2, 5, EnumSet.allOf(AgencyLevel.class), BlankStyle.NONE);
  }
}
