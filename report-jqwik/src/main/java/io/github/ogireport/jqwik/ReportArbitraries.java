package io.github.ogireport.jqwik;

import io.github.ogireport.generator.AgencyLevel;
import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.model.Edition;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * jqwik arbitraries of valid reports, built on {@link io.github.ogireport.generator.ReportGenerator}; the
 * entry point of this module.
 *
 * <pre>{@code
 * @Property
 * void every_report_survives_a_json_round_trip(@ForAll("reports2021") Report report) { ... }
 *
 * @Provide
 * Arbitrary<Report> reports2021() {
 *   return ReportArbitraries.reports(Edition.V2021).blanks(BlankStyle.MIXED);
 * }
 * }</pre>
 *
 * <p>Without a provider method, {@code @ForAll Report report} works too (see
 * {@link ReportArbitraryProvider}), optionally narrowed with {@link ForEdition}, {@link ForLevel} and
 * {@link WithBlanks}; {@code @ForAll @ReportSeries List<Report> series} draws series.
 *
 * @since 0.1
 */
public final class ReportArbitraries {
  private ReportArbitraries() {}

  /** Returns an arbitrary of reports of every edition and agency level, with no blank cells. */
  public static ReportArbitrary reports() {
    return ReportArbitrary.any();
  }

  /**
   * Returns an arbitrary of reports of the given editions (each drawn with the same chance).
   *
   * @throws IllegalArgumentException if no edition is given
   */
  public static ReportArbitrary reports(Edition... editions) {
    return ReportArbitrary.any().editions(editions);
  }

  /**
   * Returns an arbitrary of series of one agency's consecutive yearly reports: 2 to 5 years starting
   * between 2014 and 2023, with no blank cells.
   */
  public static ReportSeriesArbitrary series() {
    return ReportSeriesArbitrary.any();
  }

  /**
   * Returns an arbitrary of series of {@code years} consecutive yearly reports from {@code firstYear}.
   *
   * @throws IllegalArgumentException if {@code years} is not positive or the years leave 2014–2100
   */
  public static ReportSeriesArbitrary series(int firstYear, int years) {
    return new ReportSeriesArbitrary(firstYear, firstYear, years, years, EnumSet.allOf(AgencyLevel.class),
        BlankStyle.NONE).checkLastYear();
  }

  static <E extends Enum<E>> Set<E> setOf(Class<E> type, E[] values, String what) {
    Objects.requireNonNull(values, what + "s");
    if (values.length == 0) {
      throw new IllegalArgumentException("at least one " + what + " must be given");
    }
    Set<E> set = EnumSet.noneOf(type);
    for (E v : values) {
      set.add(Objects.requireNonNull(v, what));
    }
    return set;
  }
}
