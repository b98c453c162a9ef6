package io.github.ogireport.benchmarks;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;

/** The reports every benchmark is prepared from: fixed seed, fixed blank style, one pool per edition. */
public final class Inputs {
  /** How many prepared inputs each benchmark rotates over (a power of two). */
  public static final int POOL = 256;

  /** The generator seed, fixed so that runs are comparable. */
  public static final long SEED = 20240607L;

  private Inputs() {}

  /**
   * The plain line split the text readers are measured against: the text split into lines, each line into
   * TAB-separated cells, every cell array sunk into the {@code Blackhole}.
   */
  static void lineSplit(String text, org.openjdk.jmh.infra.Blackhole bh) {
    for (String line : text.split("\n", -1)) {
      bh.consume(line.split("\t", -1));
    }
  }

  /** Returns the index after {@code i} in a pool of {@link #POOL} inputs. */
  static int next(int i) {
    return (i + 1) & (POOL - 1);
  }

  /**
   * Returns the generator of the benchmark reports of one edition: seed {@link #SEED}, blanks as real
   * reports leave them ({@link BlankStyle#MIXED}), with narrative.
   */
  public static ReportGenerator generator(Edition edition) {
    return ReportGenerator.builder().seed(SEED).edition(edition).blanks(BlankStyle.MIXED).build();
  }

  /** Returns the first {@link #POOL} reports of {@link #generator(Edition)}. */
  public static Report[] reports(Edition edition) {
    return generator(edition).stream(POOL).toArray(Report[]::new);
  }
}
