package io.github.ogireport.jqwik;

import io.github.ogireport.generator.AgencyLevel;
import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates valid reports with {@link ReportGenerator}: jqwik draws the edition, the agency level and the
 * generator's seed, so a run is reproduced by jqwik's own seed, and a failing report shrinks towards the
 * first edition, the smallest agency level ({@link AgencyLevel#TOWN}) and seed 0. Immutable: each
 * configuration method returns a new arbitrary.
 *
 * <pre>{@code
 * @Property
 * void totals_add_up(@ForAll("cityReports") Report report) { ... }
 *
 * @Provide
 * Arbitrary<Report> cityReports() {
 *   return ReportArbitraries.reports(Edition.V2021).levels(AgencyLevel.CITY).blanks(BlankStyle.MIXED);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class ReportArbitrary extends ArbitraryDecorator<Report> {
  private final Set<Edition> editions;
  private final Set<AgencyLevel> levels;
  private final BlankStyle blanks;
  private final boolean narrative;

  ReportArbitrary(Set<Edition> editions, Set<AgencyLevel> levels, BlankStyle blanks, boolean narrative) {
    this.editions = editions;
    this.levels = levels;
    this.blanks = blanks;
    this.narrative = narrative;
  }

  /**
   * Returns an arbitrary that draws reports of the given editions only.
   *
   * @throws IllegalArgumentException if no edition is given
   */
  public ReportArbitrary editions(Edition... editions) {
    return new ReportArbitrary(ReportArbitraries.setOf(Edition.class, editions, "edition"), levels, blanks, narrative);
  }

  /**
   * Returns an arbitrary that draws reports of agencies of the given levels only.
   *
   * @throws IllegalArgumentException if no level is given
   */
  public ReportArbitrary levels(AgencyLevel... levels) {
    return new ReportArbitrary(editions, ReportArbitraries.setOf(AgencyLevel.class, levels, "level"), blanks, narrative);
  }

  /** Returns an arbitrary whose reports leave cells blank in the given style. */
  public ReportArbitrary blanks(BlankStyle blanks) {
    return new ReportArbitrary(editions, levels, Objects.requireNonNull(blanks, "blanks"), narrative);
  }

  /** Returns an arbitrary whose reports carry no narrative sections, only metadata and tables. */
  public ReportArbitrary withoutNarrative() {
    return new ReportArbitrary(editions, levels, blanks, false);
  }

  @Override
  protected Arbitrary<Report> arbitrary() {
    Arbitrary<Edition> edition = Arbitraries.of(List.copyOf(editions));
    Arbitrary<AgencyLevel> level = Arbitraries.of(List.copyOf(levels));
    Arbitrary<Long> seed = Arbitraries.longs();
    BlankStyle b = blanks;
    boolean n = narrative;
    return Combinators.combine(edition, level, seed).as((e, l, s) -> ReportGenerator.builder()
        .seed(s)
        .edition(e)
        .level(l)
        .blanks(b)
        .narrative(n)
        .build()
        .generate(0));
  }

  @Override
  public String toString() {
    return "ReportArbitrary{editions=" + editions + ", levels=" + levels + ", blanks=" + blanks
        + ", narrative=" + narrative + '}';
  }

  static ReportArbitrary any() {
    return new ReportArbitrary(EnumSet.allOf(Edition.class), EnumSet.allOf(AgencyLevel.class), BlankStyle.NONE, true);
  }
}
