package io.github.ogireport.generator;

/**
 * How large one figure is, per {@link AgencyLevel}: the chance that it is zero, and otherwise a
 * log-uniform range. Indexed by {@link AgencyLevel#ordinal()}.
 */
final class Magnitude {
  private final double[] zeroChance;
  private final long[] lo;
  private final long[] hi;

  private Magnitude(double[] zeroChance, long[] lo, long[] hi) {
    this.zeroChance = zeroChance;
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * Returns a magnitude; each array has one entry per level, in the order TOWN, COUNTY_DEPARTMENT, COUNTY,
   * CITY_DEPARTMENT, PROVINCE_DEPARTMENT, CITY. A level with {@code hi == 0} always draws zero.
   */
  static Magnitude of(double[] zeroChance, long[] lo, long[] hi) {
    int n = AgencyLevel.values().length;
    if (zeroChance.length != n || lo.length != n || hi.length != n) {
      throw new IllegalArgumentException("a magnitude needs " + n + " entries per array");
    }
    return new Magnitude(zeroChance, lo, hi);
  }

  /** Draws a value for the level, scaled by {@code factor} (a department's leaning). */
  long draw(Rng rng, AgencyLevel level, double factor) {
    int i = level.ordinal();
    if (hi[i] == 0 || rng.chance(zeroChance[i])) {
      return 0;
    }
    long v = rng.logUniform(lo[i], hi[i]);
    if (factor != 1.0) {
      v = (long) (v * factor + 0.5);
    }
    return v;
  }

  /** Draws a value for the level, unscaled. */
  long draw(Rng rng, AgencyLevel level) {
    return draw(rng, level, 1.0);
  }
}
