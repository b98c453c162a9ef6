package io.github.ogireport.generator.layout;

import java.util.List;

/**
 * The layout renderers' seeded random choices: SplitMix64, so that a rendering depends only on the report
 * and the seed, never on the JDK, the platform, the locale or the clock. Not thread-safe: each rendering
 * uses its own instance.
 */
final class Dice {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  Dice(long seed) {
    this.state = seed;
  }

  /** A dice for one rendering: a mix of the caller's seed and a salt (the family), so families differ. */
  static Dice of(long seed, long salt) {
    return new Dice(mix(mix(seed + GOLDEN_GAMMA) ^ (salt * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** A uniform integer in {@code [0, bound)}; {@code bound} must be positive. */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** A uniform integer in {@code [lo, hi]}. */
  int between(int lo, int hi) {
    return lo + nextInt(hi - lo + 1);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return (nextLong() >>> 11) * 0x1.0p-53 < p;
  }

  /** One of the items, uniformly. */
  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  /** One of the constants of an enum, uniformly. */
  <E extends Enum<E>> E pick(Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[nextInt(all.length)];
  }
}
