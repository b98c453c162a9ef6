package io.github.ogireport.generator;

/**
 * A small, fully specified pseudo-random generator (SplitMix64). Its output depends only on the seed, never
 * on the JDK version, the platform, the locale or the clock, so generated reports are the same everywhere.
 * Not thread-safe: each report uses its own instance.
 */
final class Rng {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** The SplitMix64 finaliser: a bijective mix of all 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Derives an independent seed from a seed and a sequence of numbers (an index, a year, a salt). */
  static long derive(long seed, long a, long b) {
    long z = mix(seed + GOLDEN_GAMMA);
    z = mix(z ^ (a * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
    return mix(z ^ (b * 0xD1B54A32D192ED03L + 0x8CB92BA72F3D8DD7L));
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

  /** A uniform long in {@code [lo, hi]}; the range must be smaller than 2^62. */
  long betweenLong(long lo, long hi) {
    long span = hi - lo + 1;
    return lo + Math.floorMod(nextLong() >>> 1, span);
  }

  /** A uniform double in {@code [0, 1)}. */
  double nextDouble() {
    return (nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return nextDouble() < p;
  }

  /** A uniform double in {@code [lo, hi)}. */
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * nextDouble();
  }

  /**
   * A long whose logarithm is uniform between {@code log(lo)} and {@code log(hi + 1)}, so small and large
   * magnitudes are equally likely; {@code lo} must be at least 1. Uses {@link StrictMath} so that the
   * result is the same on every platform.
   */
  long logUniform(long lo, long hi) {
    double a = StrictMath.log(lo);
    double b = StrictMath.log(hi + 1.0);
    long v = (long) StrictMath.exp(a + (b - a) * nextDouble());
    return v < lo ? lo : v > hi ? hi : v;
  }

  /** {@code n} scaled by a random factor in {@code [lo, hi)}, rounded down, never negative. */
  long jitter(long n, double lo, double hi) {
    long v = (long) (n * uniform(lo, hi));
    return v < 0 ? 0 : v;
  }

  /** Returns one of {@code items}, uniformly. */
  <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }

  /**
   * Counts how many of {@code n} independent trials succeed with probability {@code p}: exact for small
   * {@code n}, a jittered expectation for large {@code n} (the generator needs plausible numbers, not an
   * exact binomial law, and must stay fast for counts in the thousands).
   */
  long binomial(long n, double p) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (n <= 32) {
      long k = 0;
      for (long i = 0; i < n; i++) {
        if (nextDouble() < p) {
          k++;
        }
      }
      return k;
    }
    long k = (long) (n * p * uniform(0.8, 1.2) + nextDouble());
    return k > n ? n : k;
  }

  /**
   * Splits {@code n} into {@code weights.length} non-negative parts that sum to {@code n}, each part about
   * proportional to its weight; the rounding remainder goes to the part {@code dominant}. Small totals are
   * drawn item by item so that they look random rather than proportional.
   *
   * @param out receives the parts (at least {@code weights.length} long)
   */
  void split(long n, int[] weights, int dominant, long[] out) {
    int k = weights.length;
    int total = 0;
    for (int i = 0; i < k; i++) {
      out[i] = 0;
      total += weights[i];
    }
    if (n <= 0) {
      return;
    }
    if (total <= 0) {
      out[dominant] = n;
      return;
    }
    if (n <= 32) {
      for (long item = 0; item < n; item++) {
        int r = nextInt(total);
        int i = 0;
        while (r >= weights[i]) {
          r -= weights[i];
          i++;
        }
        out[i]++;
      }
      return;
    }
    long remaining = n;
    for (int i = 0; i < k; i++) {
      if (i == dominant || weights[i] == 0) {
        continue;
      }
      long part = (long) ((double) n * weights[i] / total * uniform(0.85, 1.15));
      if (part > remaining) {
        part = remaining;
      }
      out[i] = part;
      remaining -= part;
    }
    out[dominant] += remaining;
  }
}
