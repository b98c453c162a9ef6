package io.github.ogireport.generator;

import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates valid reports of every edition, reproducibly from a seed. Immutable and thread-safe.
 *
 * <p>The {@code index}-th report of a generator depends only on the seed, the options and the index: the
 * same seed and options give equal reports on every machine, in every locale and time zone, whatever was
 * generated before. Every exact relation and inequality of the format specification holds in every
 * report (the parts are drawn and the totals derived), also when cells are left blank as chosen by
 * {@link Builder#blanks(BlankStyle)}, under the rule that a relation with one side entirely blank is not
 * evaluable and otherwise blanks count as zero.
 *
 * <pre>{@code
 * ReportGenerator generator = ReportGenerator.builder()
 *     .seed(42L)
 *     .edition(Edition.V2021)
 *     .blanks(BlankStyle.MIXED)
 *     .build();
 * Report first = generator.generate(0);
 * List<Report> thousand = generator.stream(1000).toList();
 * List<Report> fiveYears = generator.series(2019, 5);   // 2019–2023, one agency, chained years
 * }</pre>
 *
 * <p>To derive an invalid report (fault injection), generate a valid one and change it through
 * {@link Report#toBuilder()} and {@link io.github.ogireport.model.Table#toBuilder()}; draw the change from
 * a random generator seeded with {@link #reportSeed(long)} to keep it reproducible.
 *
 * @since 0.1
 */
public final class ReportGenerator {
  /** The first report year of the legacy form (国办发〔2014〕32号). */
  public static final int FIRST_LEGACY_YEAR = 2014;

  private static final Edition[] EDITIONS = Edition.values();
  private static final AgencyLevel[] LEVELS = AgencyLevel.values();
  /** Level weights in the order of {@link AgencyLevel}: most reports come from small agencies. */
  private static final int[] LEVEL_WEIGHTS = {36, 28, 12, 14, 5, 5};
  private static final int LEVEL_WEIGHT_TOTAL = 100;
  private static final long SERIES_SALT = 0x5E81E5L;
  private static final long AGENCY_SALT = 0xA6E7C1L;

  private final long seed;
  private final Edition edition;
  private final AgencyLevel level;
  private final BlankStyle blanks;
  private final boolean narrative;
  private final boolean recordSource;

  private ReportGenerator(Builder b) {
    this.seed = b.seed;
    this.edition = b.edition;
    this.level = b.level;
    this.blanks = b.blanks;
    this.narrative = b.narrative;
    this.recordSource = b.recordSource;
  }

  /** Returns a builder with seed 0, any edition, any agency level, no blanks, with narrative. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this generator's options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.seed = seed;
    b.edition = edition;
    b.level = level;
    b.blanks = blanks;
    b.narrative = narrative;
    b.recordSource = recordSource;
    return b;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The edition of every report, or empty if each report draws its own. */
  public Optional<Edition> edition() {
    return Optional.ofNullable(edition);
  }

  /** The level of every report's agency, or empty if each report draws its own. */
  public Optional<AgencyLevel> level() {
    return Optional.ofNullable(level);
  }

  /** How reports leave cells blank. */
  public BlankStyle blanks() {
    return blanks;
  }

  /** True if reports carry narrative sections. */
  public boolean narrative() {
    return narrative;
  }

  /**
   * The seed from which the {@code index}-th report is drawn: a mix of the generator's seed and the index.
   * Fault injectors can seed their own random generator with it to stay reproducible.
   */
  public long reportSeed(long index) {
    return Rng.derive(seed, index, 0);
  }

  /**
   * Returns the {@code index}-th report of this generator's sequence. Any {@code long} is a valid index;
   * the report does not depend on which other reports were generated.
   */
  public Report generate(long index) {
    long reportSeed = reportSeed(index);
    Edition e = edition != null ? edition : EDITIONS[new Rng(reportSeed).nextInt(EDITIONS.length)];
    // a stream per edition, so that generators fixed to different editions do not repeat each other's agencies
    Rng rng = new Rng(Rng.derive(reportSeed, e.ordinal() + 1L, 1L));
    AgencyLevel l = level != null ? level : drawLevel(rng);
    Agency agency = Agency.random(rng, l);
    int year = randomYear(rng, e);
    String source = recordSource ? "ogi-report-generator:seed=" + seed + ";index=" + index : null;
    return ReportFactory.create(rng, agency, year, e, new History(), blanks, narrative, source);
  }

  /** Returns the reports of index 0, 1, 2, … as an infinite ordered stream. */
  public Stream<Report> stream() {
    return LongStream.iterate(0, i -> i + 1).mapToObj(this::generate);
  }

  /** Returns the reports of index 0 to {@code count - 1}, in order. */
  public Stream<Report> stream(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative but was " + count);
    }
    return LongStream.range(0, count).mapToObj(this::generate);
  }

  /**
   * Returns the reports of one agency for {@code years} consecutive years from {@code firstYear}; the
   * same as {@link #series(long, int, int) series(0, firstYear, years)}.
   */
  public List<Report> series(int firstYear, int years) {
    return series(0, firstYear, years);
  }

  /**
   * Returns the reports of the {@code index}-th agency for {@code years} consecutive years from
   * {@code firstYear}. Each year's edition follows from the year (legacy up to 2018, 2019 format for 2019
   * and 2020, 2021 format from 2021), and consecutive years satisfy the cross-year identities: 上年结转 of
   * a year equals the previous year's 结转下年度继续办理 in every applicant column; from 2019 to 2020 each
   * 上一年项目数量 equals the previous 上一年项目数量 plus 本年增/减; from 2021 on each 现行有效件数 equals the
   * previous one plus 本年制发件数 minus 本年废止件数; and 2019–2020 对外公开总数量 grows by 本年新公开数量.
   *
   * @throws IllegalArgumentException if {@code years} is not positive, the years leave
   *     {@value #FIRST_LEGACY_YEAR}–{@value ReportMetadata#MAX_YEAR}, or an edition was fixed and a year
   *     belongs to another edition
   */
  public List<Report> series(long index, int firstYear, int years) {
    if (years <= 0) {
      throw new IllegalArgumentException("years must be positive but was " + years);
    }
    if (firstYear < FIRST_LEGACY_YEAR || (long) firstYear + years - 1 > ReportMetadata.MAX_YEAR) {
      throw new IllegalArgumentException("series years must lie between " + FIRST_LEGACY_YEAR + " and "
          + ReportMetadata.MAX_YEAR + " but were " + firstYear + "–" + ((long) firstYear + years - 1));
    }
    if (edition != null) {
      for (int y = firstYear; y < firstYear + years; y++) {
        if (editionOf(y) != edition) {
          throw new IllegalArgumentException("year " + y + " is reported in the " + editionOf(y).key()
              + " edition, but the generator is fixed to the " + edition.key() + " edition");
        }
      }
    }
    Rng agencyRng = new Rng(Rng.derive(seed ^ AGENCY_SALT, index, SERIES_SALT));
    Agency agency = Agency.random(agencyRng, level != null ? level : drawLevel(agencyRng));
    History history = new History();
    List<Report> reports = new ArrayList<>(years);
    for (int y = firstYear; y < firstYear + years; y++) {
      Rng rng = new Rng(Rng.derive(seed ^ SERIES_SALT, index, y));
      String source = recordSource
          ? "ogi-report-generator:seed=" + seed + ";series=" + index + ";year=" + y
          : null;
      reports.add(ReportFactory.create(rng, agency, y, editionOf(y), history, blanks, narrative, source));
    }
    return List.copyOf(reports);
  }

  /** The edition in which reports for {@code year} are written: legacy before 2019, 2019 format for 2019–2020. */
  public static Edition editionOf(int year) {
    return year < 2019 ? Edition.LEGACY : year < 2021 ? Edition.V2019 : Edition.V2021;
  }

  private static AgencyLevel drawLevel(Rng rng) {
    int r = rng.nextInt(LEVEL_WEIGHT_TOTAL);
    int i = 0;
    while (r >= LEVEL_WEIGHTS[i]) {
      r -= LEVEL_WEIGHTS[i];
      i++;
    }
    return LEVELS[i];
  }

  private static int randomYear(Rng rng, Edition edition) {
    return switch (edition) {
      case LEGACY -> rng.between(FIRST_LEGACY_YEAR, 2018);
      case V2019 -> rng.between(2019, 2020);
      case V2021 -> rng.between(2021, 2025);
    };
  }

  @Override
  public String toString() {
    return "ReportGenerator{seed=" + seed + ", edition=" + (edition == null ? "any" : edition.key())
        + ", level=" + (level == null ? "any" : level) + ", blanks=" + blanks + ", narrative=" + narrative + '}';
  }

  /**
   * Builds a {@link ReportGenerator}. Not thread-safe; the generators it builds are.
   *
   * @since 0.1
   */
  public static final class Builder {
    private long seed;
    private Edition edition;
    private AgencyLevel level;
    private BlankStyle blanks = BlankStyle.NONE;
    private boolean narrative = true;
    private boolean recordSource = true;

    private Builder() {}

    /** Sets the seed (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Fixes the edition of every report (and its year range: 2014–2018, 2019–2020, 2021–2025). */
    public Builder edition(Edition edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
      return this;
    }

    /** Lets each report draw its edition, each with the same chance (the default). */
    public Builder anyEdition() {
      this.edition = null;
      return this;
    }

    /** Fixes the level of every report's agency. */
    public Builder level(AgencyLevel level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /** Lets each report draw its agency level, mostly small agencies (the default). */
    public Builder anyLevel() {
      this.level = null;
      return this;
    }

    /**
     * Sets how reports leave cells blank (default {@link BlankStyle#NONE}). The figures of a report do not
     * depend on the style: for the same seed and index, reports of different styles differ only in which
     * cells are blank.
     */
    public Builder blanks(BlankStyle blanks) {
      this.blanks = Objects.requireNonNull(blanks, "blanks");
      return this;
    }

    /**
     * Sets whether reports carry narrative sections (default {@code true}); the tables do not depend on
     * it.
     */
    public Builder narrative(boolean narrative) {
      this.narrative = narrative;
      return this;
    }

    /**
     * Sets whether each report's metadata records its seed and index as its source (default
     * {@code true}), for example {@code ogi-report-generator:seed=42;index=7}.
     */
    public Builder recordSource(boolean recordSource) {
      this.recordSource = recordSource;
      return this;
    }

    /** Returns the generator. */
    public ReportGenerator build() {
      return new ReportGenerator(this);
    }
  }
}
