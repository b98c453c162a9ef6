package io.github.ogireport.generator;

import static io.github.ogireport.model.LegacyIndicator.L1_2_1;
import static io.github.ogireport.model.LegacyIndicator.L1_2_5;
import static io.github.ogireport.model.LegacyIndicator.L2_1;
import static io.github.ogireport.model.LegacyIndicator.L2_2_5;
import static io.github.ogireport.model.LegacyIndicator.L3_1;
import static io.github.ogireport.model.LegacyIndicator.L3_1_1;
import static io.github.ogireport.model.LegacyIndicator.L3_1_4;
import static io.github.ogireport.model.LegacyIndicator.L3_2;
import static io.github.ogireport.model.LegacyIndicator.L3_2_1;
import static io.github.ogireport.model.LegacyIndicator.L3_2_2;
import static io.github.ogireport.model.LegacyIndicator.L3_3;
import static io.github.ogireport.model.LegacyIndicator.L3_3_1;
import static io.github.ogireport.model.LegacyIndicator.L3_3_4;
import static io.github.ogireport.model.LegacyIndicator.L3_3_8;
import static io.github.ogireport.model.LegacyIndicator.L4;
import static io.github.ogireport.model.LegacyIndicator.L4_1;
import static io.github.ogireport.model.LegacyIndicator.L4_3;
import static io.github.ogireport.model.LegacyIndicator.L5;
import static io.github.ogireport.model.LegacyIndicator.L5_1;
import static io.github.ogireport.model.LegacyIndicator.L5_3;
import static io.github.ogireport.model.LegacyIndicator.L8_3;
import static io.github.ogireport.model.LegacyIndicator.L8_3_1;
import static io.github.ogireport.model.LegacyIndicator.L8_3_2;
import static io.github.ogireport.model.LegacyIndicator.L9_1;
import static io.github.ogireport.model.LegacyIndicator.L9_3;

import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.ReviewColumn;

/**
 * Leaves cells blank the way real reports do, without ever making a relation fail under the policy "a
 * relation with one side entirely blank is not evaluable; otherwise blanks count as zero".
 *
 * <p>Two kinds of blanking are safe, and every style is built from them: blanking a cell that holds zero
 * (its value as a blank is unchanged), and blanking a non-zero cell only together with every other cell on
 * its side of each relation it takes part in (the relation becomes not evaluable).
 */
final class Blanks {
  private static final int ZEROS = 1;
  private static final int TOTALS_ONLY = 2;
  private static final int DETAIL_TOTALS = 4;
  private static final int ZERO_ROWS = 8;
  private static final int SECTION2 = 16;

  private Blanks() {}

  /** Resolves a style into flags; {@link BlankStyle#MIXED} draws one per report. */
  static int flags(Rng rng, BlankStyle style) {
    return switch (style) {
      case NONE -> 0;
      case ZERO_CELLS -> ZEROS;
      case TOTALS_ONLY -> TOTALS_ONLY;
      case DETAIL_TOTALS_BLANK -> DETAIL_TOTALS;
      case ZERO_ROWS -> ZERO_ROWS;
      case SECTION2_BLANK -> SECTION2;
      case MIXED -> mixed(rng);
    };
  }

  private static int mixed(Rng rng) {
    int r = rng.nextInt(100);
    int structural;
    if (r < 40) {
      return 0;
    } else if (r < 60) {
      return ZEROS;
    } else if (r < 70) {
      structural = TOTALS_ONLY;
    } else if (r < 80) {
      structural = DETAIL_TOTALS;
    } else if (r < 90) {
      structural = ZERO_ROWS;
    } else {
      structural = SECTION2;
    }
    return rng.chance(0.3) ? structural | ZEROS : structural;
  }

  /** Applies blank flags to the tables of a 2019 or 2021 report. */
  static void modern(Rng rng, int flags, Grid[] section2, Grid applications, ModernTables.ApplicationLayout layout,
      Grid review) {
    if (flags == 0) {
      return;
    }
    if ((flags & SECTION2) != 0) {
      for (Grid g : section2) {
        g.blankAll();
      }
    }
    if ((flags & TOTALS_ONLY) != 0) {
      // every applicant part column blank: each row sum and each part column loses a whole side
      for (int c = 0; c < ModernTables.PARTS; c++) {
        applications.blankColumn(c);
      }
      if (rng.chance(0.7)) {
        for (int c = 0; c < ReviewColumn.TOTAL.ordinal(); c++) {
          review.blankColumn(c);
        }
      }
    }
    if ((flags & DETAIL_TOTALS) != 0) {
      // 总计 blank on every outcome row: those row sums lose their total, and the outcome sum of the 总计
      // column loses all its parts; 一、二、（七）、四 keep their 总计 so the column relation still holds
      for (int r = layout.firstOutcome; r < layout.total; r++) {
        applications.blank(r, ModernTables.TOTAL_COL);
      }
      if (rng.chance(0.5)) {
        review.blankColumn(ReviewColumn.TOTAL.ordinal());
      }
    }
    if ((flags & ZERO_ROWS) != 0) {
      zeroRows(rng, applications, 0.7);
      if (applications.isZeroRow(layout.carriedForward) && rng.chance(0.7)) {
        applications.blankRow(layout.carriedForward);
      }
      zeroRows(rng, review, 0.7);
      for (Grid g : section2) {
        zeroRows(rng, g, 0.5);
      }
    }
    if ((flags & ZEROS) != 0) {
      for (Grid g : section2) {
        zeroCells(rng, g);
      }
      zeroCells(rng, applications);
      zeroCells(rng, review);
    }
  }

  /** Applies blank flags to a legacy form. */
  static void legacy(Rng rng, int flags, Grid g) {
    if (flags == 0) {
      return;
    }
    int v = LegacyTables.VALUE;
    if ((flags & SECTION2) != 0) {
      blankRows(g, L2_1, L2_2_5);
      blankRows(g, L9_1, L9_3);
    }
    if ((flags & TOTALS_ONLY) != 0) {
      // the summed rows keep their value; every sub-row of a sum is blank
      blankRows(g, L1_2_1, L1_2_5);
      blankRows(g, L3_1_1, L3_1_4);
      blankRows(g, L3_2_1, L3_2_2);
      blankRows(g, L3_3_1, L3_3_8);
      blankRows(g, L4_1, L4_3);
      blankRows(g, L5_1, L5_3);
      blankRows(g, L8_3_1, L8_3_2);
    }
    if ((flags & DETAIL_TOTALS) != 0) {
      // the sub-rows keep their values; every summed row is blank (L3.2 and L3.3 together, so L-k is
      // not evaluable rather than broken)
      for (LegacyIndicator i : new LegacyIndicator[] {L3_1, L3_2, L3_3, L3_3_4, L4, L5, L8_3}) {
        g.blank(i.ordinal(), v);
      }
    }
    if ((flags & ZERO_ROWS) != 0) {
      zeroRows(rng, g, 0.8);
    }
    if ((flags & ZEROS) != 0) {
      zeroCells(rng, g);
    }
  }

  private static void blankRows(Grid g, LegacyIndicator first, LegacyIndicator last) {
    for (int r = first.ordinal(); r <= last.ordinal(); r++) {
      g.blankRow(r);
    }
  }

  /** Blanks each row that holds only zeros, with probability {@code p}. */
  private static void zeroRows(Rng rng, Grid g, double p) {
    for (int r = 0; r < g.rows; r++) {
      if (g.isZeroRow(r) && rng.chance(p)) {
        g.blankRow(r);
      }
    }
  }

  /** Blanks every zero cell of the table, or about half of them. */
  private static void zeroCells(Rng rng, Grid g) {
    double p = rng.chance(0.5) ? 1.0 : 0.5;
    for (int r = 0; r < g.rows; r++) {
      for (int c = 0; c < g.cols; c++) {
        if (g.isZero(r, c) && rng.chance(p)) {
          g.blank(r, c);
        }
      }
    }
  }
}
