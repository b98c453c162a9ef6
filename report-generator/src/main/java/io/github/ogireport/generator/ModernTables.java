package io.github.ogireport.generator;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Generates the tables of the 2019 and 2021 editions. Parts are drawn first and every total is derived
 * from them, so the exact relations hold by construction.
 */
final class ModernTables {
  // Level order: TOWN, COUNTY_DEPARTMENT, COUNTY, CITY_DEPARTMENT, PROVINCE_DEPARTMENT, CITY.
  static final Magnitude NEW_APPLICATIONS = Magnitude.of(
      new double[] {0.6, 0.45, 0.08, 0.12, 0.05, 0.0},
      new long[] {1, 1, 3, 2, 20, 300},
      new long[] {5, 30, 300, 800, 3000, 8000});
  private static final Magnitude RULES_MADE = Magnitude.of(
      new double[] {1, 1, 1, 1, 1, 0.3},
      new long[] {0, 0, 0, 0, 0, 1},
      new long[] {0, 0, 0, 0, 0, 8});
  private static final Magnitude RULES_PRIOR = Magnitude.of(
      new double[] {1, 1, 1, 1, 1, 0},
      new long[] {0, 0, 0, 0, 0, 20},
      new long[] {0, 0, 0, 0, 0, 200});
  static final Magnitude DOCUMENTS_MADE = Magnitude.of(
      new double[] {0.7, 0.6, 0.05, 0.3, 0.2, 0},
      new long[] {1, 1, 2, 1, 1, 5},
      new long[] {3, 6, 40, 15, 30, 60});
  private static final Magnitude DOCUMENTS_PRIOR = Magnitude.of(
      new double[] {0.5, 0.3, 0, 0.05, 0, 0},
      new long[] {1, 1, 20, 5, 20, 50},
      new long[] {20, 40, 400, 150, 300, 800});
  private static final Magnitude LICENSING_ITEMS = Magnitude.of(
      new double[] {0.5, 0.3, 0, 0.2, 0.05, 0},
      new long[] {1, 1, 50, 1, 10, 200},
      new long[] {30, 150, 800, 300, 500, 2000});
  private static final Magnitude SERVICE_ITEMS = Magnitude.of(
      new double[] {0.7, 0.5, 0.2, 0.4, 0.3, 0.1},
      new long[] {1, 1, 10, 1, 5, 50},
      new long[] {15, 60, 300, 120, 200, 800});
  private static final Magnitude PENALTY_ITEMS = Magnitude.of(
      new double[] {0.6, 0.3, 0, 0.2, 0.1, 0},
      new long[] {1, 1, 100, 1, 10, 500},
      new long[] {50, 500, 3000, 1500, 2000, 8000});
  private static final Magnitude COMPULSION_ITEMS = Magnitude.of(
      new double[] {0.85, 0.6, 0.1, 0.4, 0.3, 0},
      new long[] {1, 1, 5, 1, 1, 20},
      new long[] {5, 40, 200, 120, 150, 500});
  private static final Magnitude FEE_ITEMS = Magnitude.of(
      new double[] {0.8, 0.6, 0, 0.5, 0.2, 0},
      new long[] {1, 1, 5, 1, 5, 20},
      new long[] {5, 20, 80, 40, 60, 150});
  private static final Magnitude LICENSING_DECISIONS = Magnitude.of(
      new double[] {0.5, 0.3, 0, 0.2, 0.05, 0},
      new long[] {1, 1, 100, 10, 100, 1000},
      new long[] {200, 5000, 50000, 20000, 50000, 300000});
  private static final Magnitude SERVICE_DECISIONS = Magnitude.of(
      new double[] {0.7, 0.5, 0.2, 0.4, 0.3, 0.1},
      new long[] {1, 1, 10, 1, 10, 100},
      new long[] {100, 2000, 20000, 8000, 20000, 100000});
  private static final Magnitude PENALTY_DECISIONS = Magnitude.of(
      new double[] {0.6, 0.3, 0, 0.2, 0.1, 0},
      new long[] {1, 1, 10, 1, 10, 500},
      new long[] {50, 2000, 5000, 8000, 3000, 50000});
  private static final Magnitude COMPULSION_DECISIONS = Magnitude.of(
      new double[] {0.9, 0.6, 0.2, 0.4, 0.4, 0.05},
      new long[] {1, 1, 1, 1, 1, 20},
      new long[] {5, 200, 500, 800, 300, 5000});
  private static final Magnitude PROCUREMENT_PROJECTS = Magnitude.of(
      new double[] {0.6, 0.4, 0.05, 0.2, 0.1, 0},
      new long[] {1, 1, 5, 1, 3, 20},
      new long[] {10, 40, 300, 150, 200, 1500});
  /** 本年收费金额 in 万元, before the decimals are drawn. */
  private static final Magnitude FEES_WAN_YUAN = Magnitude.of(
      new double[] {0.85, 0.6, 0.2, 0.5, 0.4, 0.1},
      new long[] {1, 1, 5, 1, 5, 50},
      new long[] {50, 2000, 20000, 5000, 20000, 200000});

  /**
   * Outcome weights in per mille, in the order of the 2019 outcome rows （一） to （六）. The 2021 edition
   * splits the last weight into its three sub-rows.
   */
  private static final int[] OUTCOME_WEIGHTS_2019 = {
    380, 50, 3, 5, 3, 15, 8, 15, 5, 15, 250, 30, 25, 40, 30, 5, 10, 10, 100
  };
  private static final int[] OUTCOME_WEIGHTS_2021 = {
    380, 50, 3, 5, 3, 15, 8, 15, 5, 15, 250, 30, 25, 40, 30, 5, 10, 10, 50, 5, 45
  };
  private static final int[] REVIEW_WEIGHTS = {60, 8, 15, 17};
  private static final int[] DIRECT_LITIGATION_WEIGHTS = {55, 5, 20, 20};
  private static final int[] LITIGATION_AFTER_REVIEW_WEIGHTS = {50, 5, 25, 20};

  static final int PARTS = 6;
  static final int TOTAL_COL = ApplicantColumn.TOTAL.ordinal();

  private ModernTables() {}

  /** Row indexes of the section 三 table of one edition. */
  static final class ApplicationLayout {
    final TableType type;
    final int newReceived;
    final int carriedOver;
    final int firstOutcome;
    final int outcomeCount;
    final int total;
    final int carriedForward;
    final int[] outcomeWeights;

    ApplicationLayout(TableType type, int[] outcomeWeights) {
      this.type = type;
      this.newReceived = type.rowIndex(ApplicationRow.NEW_RECEIVED);
      this.carriedOver = type.rowIndex(ApplicationRow.CARRIED_OVER);
      this.firstOutcome = type.rowIndex(ApplicationRow.GRANTED);
      this.total = type.rowIndex(ApplicationRow.TOTAL);
      this.carriedForward = type.rowIndex(ApplicationRow.CARRIED_FORWARD);
      this.outcomeCount = total - firstOutcome;
      this.outcomeWeights = outcomeWeights;
      if (outcomeWeights.length != outcomeCount || type.columnIndex(ApplicantColumn.TOTAL) != TOTAL_COL) {
        throw new IllegalStateException("unexpected layout of " + type.key());
      }
    }
  }

  static final ApplicationLayout APPLICATIONS_2019 =
      new ApplicationLayout(TableType.APPLICATIONS_2019, OUTCOME_WEIGHTS_2019);
  static final ApplicationLayout APPLICATIONS_2021 =
      new ApplicationLayout(TableType.APPLICATIONS_2021, OUTCOME_WEIGHTS_2021);

  static ApplicationLayout layout(Edition edition) {
    return edition == Edition.V2019 ? APPLICATIONS_2019 : APPLICATIONS_2021;
  }

  /** Draws the number of new applications of a year (R01 总计, or L3.1 in a legacy form). */
  static long newApplications(Rng rng, Agency agency) {
    if (agency.level == AgencyLevel.TOWN) {
      if (rng.chance(0.6)) {
        return 0;
      }
      int r = rng.nextInt(100);
      return r < 40 ? 1 : r < 65 ? 2 : r < 80 ? 3 : r < 90 ? 4 : 5;
    }
    return NEW_APPLICATIONS.draw(rng, agency.level, agency.applicationFactor);
  }

  /** Draws how the applications of a report are spread over the six applicant part columns. */
  static int[] applicantWeights(Rng rng, Agency agency) {
    int[] w = new int[PARTS];
    w[0] = agency.level == AgencyLevel.CITY ? rng.between(80, 97) : rng.between(55, 97);
    w[1] = rng.chance(0.25) ? 0 : rng.between(1, 30);
    w[2] = rng.chance(0.8) ? 0 : rng.between(1, 3);
    w[3] = rng.chance(0.8) ? 0 : rng.between(1, 3);
    w[4] = rng.chance(0.5) ? 0 : rng.between(1, 8);
    w[5] = rng.chance(0.4) ? 0 : rng.between(1, 10);
    return w;
  }

  /**
   * Fills the section 三 grid. Per applicant column: new applications and carried-over ones are drawn, a
   * share is carried forward, the rest is spread over the outcome rows; then （七）总计 and the 总计 column
   * are summed. The carried-forward figures are handed on through {@code history}.
   */
  static Grid applications(Rng rng, Agency agency, Edition edition, History history, long newTotal) {
    ApplicationLayout layout = layout(edition);
    Grid g = new Grid(layout.type);
    int[] applicantWeights = applicantWeights(rng, agency);
    long[] parts = new long[Math.max(PARTS, layout.outcomeCount)];
    rng.split(newTotal, applicantWeights, 0, parts);
    for (int c = 0; c < PARTS; c++) {
      g.set(layout.newReceived, c, parts[c]);
    }
    double carryInRate = rng.chance(0.55) ? 0 : rng.uniform(0.01, 0.12);
    double carryOutRate = rng.chance(0.5) ? 0 : rng.uniform(0.01, 0.12);
    int[] weights = outcomeWeights(rng, layout.outcomeWeights);
    int dominant = argMax(weights);
    for (int c = 0; c < PARTS; c++) {
      long received = g.get(layout.newReceived, c);
      long carriedIn = history.hasCarry ? history.carry[c] : rng.binomial(received, carryInRate);
      long available = received + carriedIn;
      long forward = rng.binomial(available, carryOutRate);
      long concluded = available - forward;
      g.set(layout.carriedOver, c, carriedIn);
      g.set(layout.carriedForward, c, forward);
      g.set(layout.total, c, concluded);
      rng.split(concluded, weights, dominant, parts);
      for (int o = 0; o < layout.outcomeCount; o++) {
        g.set(layout.firstOutcome + o, c, parts[o]);
      }
      history.carry[c] = forward;
    }
    history.hasCarry = true;
    sumRows(g, PARTS, TOTAL_COL);
    return g;
  }

  private static int[] outcomeWeights(Rng rng, int[] base) {
    int[] w = new int[base.length];
    w[0] = base[0] * rng.between(50, 150) / 100;
    for (int i = 1; i < base.length; i++) {
      w[i] = rng.chance(0.35) ? 0 : Math.max(1, base[i] * rng.between(30, 200) / 100);
    }
    return w;
  }

  private static int argMax(int[] w) {
    int best = 0;
    for (int i = 1; i < w.length; i++) {
      if (w[i] > w[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Sets column {@code totalCol} of every row to the sum of columns {@code 0 .. parts-1}. */
  static void sumRows(Grid g, int parts, int totalCol) {
    for (int r = 0; r < g.rows; r++) {
      long sum = 0;
      for (int c = 0; c < parts; c++) {
        sum += g.get(r, c);
      }
      g.set(r, totalCol, sum);
    }
  }

  /** Fills the section 四 grid from the number of applications handled this year. */
  static Grid reviewLitigation(Rng rng, long applications) {
    Grid g = new Grid(TableType.REVIEW_LITIGATION);
    long reviews = applications == 0
        ? (rng.chance(0.02) ? 1 : 0)
        : rng.binomial(applications, rng.chance(0.6) ? 0 : rng.uniform(0.002, 0.05));
    long direct = applications == 0
        ? 0
        : rng.binomial(applications, rng.chance(0.7) ? 0 : rng.uniform(0.002, 0.03));
    long afterReview = rng.binomial(reviews + (rng.chance(0.05) ? 1 : 0), rng.chance(0.6) ? 0 : 0.3);
    long[] parts = new long[4];
    fillReviewRow(rng, g, ReviewRow.REVIEW, reviews, REVIEW_WEIGHTS, parts);
    fillReviewRow(rng, g, ReviewRow.LITIGATION_DIRECT, direct, DIRECT_LITIGATION_WEIGHTS, parts);
    fillReviewRow(rng, g, ReviewRow.LITIGATION_AFTER_REVIEW, afterReview, LITIGATION_AFTER_REVIEW_WEIGHTS, parts);
    return g;
  }

  private static void fillReviewRow(Rng rng, Grid g, ReviewRow row, long total, int[] weights, long[] parts) {
    rng.split(total, weights, 0, parts);
    int r = row.ordinal();
    for (int c = 0; c < 4; c++) {
      g.set(r, c, parts[c]);
    }
    g.set(r, ReviewColumn.TOTAL.ordinal(), total);
  }

  /** Fills the five section 二 grids of the 2019 edition. */
  static Grid[] section2of2019(Rng rng, Agency agency, History history) {
    Grid item1 = new Grid(TableType.ITEM1_2019);
    documents2019(rng, item1, 0, RULES_MADE, RULES_PRIOR, agency, history);
    documents2019(rng, item1, 1, DOCUMENTS_MADE, DOCUMENTS_PRIOR, agency, history);

    Grid item5 = new Grid(TableType.ITEM5_2019);
    items2019(rng, item5, 0, History.LICENSING, LICENSING_ITEMS, LICENSING_DECISIONS, agency.licensingFactor,
        agency, history);
    items2019(rng, item5, 1, History.OTHER_SERVICES, SERVICE_ITEMS, SERVICE_DECISIONS, agency.licensingFactor,
        agency, history);

    Grid item6 = new Grid(TableType.ITEM6_2019);
    items2019(rng, item6, 0, History.PENALTY, PENALTY_ITEMS, PENALTY_DECISIONS, agency.penaltyFactor,
        agency, history);
    items2019(rng, item6, 1, History.COMPULSION, COMPULSION_ITEMS, COMPULSION_DECISIONS, agency.penaltyFactor,
        agency, history);

    Grid item8 = new Grid(TableType.ITEM8_2019);
    items2019(rng, item8, 0, History.FEES, FEE_ITEMS, null, 1.0, agency, history);
    history.hasItems = true;

    Grid item9 = new Grid(TableType.ITEM9_2019);
    long projects = PROCUREMENT_PROJECTS.draw(rng, agency.level);
    item9.set(0, 0, projects);
    item9.amount(0, 1, procurementAmount(rng, projects));
    return new Grid[] {item1, item5, item6, item8, item9};
  }

  private static void documents2019(
      Rng rng, Grid g, int row, Magnitude made, Magnitude prior, Agency agency, History history) {
    long newMade = made.draw(rng, agency.level);
    long newDisclosed = rng.chance(0.65) ? newMade : Math.max(0, newMade + rng.between(-(int) Math.min(newMade, 3), 3));
    long before = history.hasDisclosedTotal ? history.disclosedTotal[row] : prior.draw(rng, agency.level);
    long total = before + newDisclosed;
    g.set(row, 0, newMade);
    g.set(row, 1, newDisclosed);
    g.set(row, 2, total);
    history.disclosedTotal[row] = total;
    if (row == 1) {
      history.hasDisclosedTotal = true;
    }
  }

  private static void items2019(
      Rng rng,
      Grid g,
      int row,
      int item,
      Magnitude items,
      Magnitude decisions,
      double factor,
      Agency agency,
      History history) {
    long previous = history.hasItems ? history.items[item] : items.draw(rng, agency.level, factor);
    long change;
    if (rng.chance(0.45)) {
      change = 0;
    } else if (previous == 0) {
      change = rng.between(0, 3);
    } else {
      long span = previous * 3 / 10;
      change = rng.betweenLong(-span, span + 3);
    }
    g.set(row, 0, previous);
    g.set(row, 1, change);
    if (decisions != null) {
      g.set(row, 2, decisions.draw(rng, agency.level, factor));
    }
    history.items[item] = previous + change;
  }

  private static Amount procurementAmount(Rng rng, long projects) {
    int unitPick = rng.nextInt(10);
    if (projects == 0) {
      return Amount.of(BigDecimal.ZERO, unitPick < 5 ? AmountUnit.UNSPECIFIED : AmountUnit.WAN_YUAN);
    }
    // about 3 to 150 万元 per project, kept in units of 0.0001 万元 (1 元)
    long yuan = (long) (projects * rng.uniform(3, 150) * 10_000);
    if (unitPick < 4) {
      int scale = rng.between(0, 4);
      return Amount.of(BigDecimal.valueOf(yuan, 4).setScale(scale, RoundingMode.DOWN), AmountUnit.WAN_YUAN);
    }
    if (unitPick < 7) {
      return Amount.of(BigDecimal.valueOf(yuan), AmountUnit.YUAN);
    }
    int scale = rng.between(0, 2);
    return Amount.of(BigDecimal.valueOf(yuan, 4).setScale(scale, RoundingMode.DOWN), AmountUnit.UNSPECIFIED);
  }

  /** Fills the four section 二 grids of the 2021 edition. */
  static Grid[] section2of2021(Rng rng, Agency agency, History history) {
    Grid item1 = new Grid(TableType.ITEM1_2021);
    documents2021(rng, item1, 0, RULES_MADE, RULES_PRIOR, agency, history);
    documents2021(rng, item1, 1, DOCUMENTS_MADE, DOCUMENTS_PRIOR, agency, history);
    history.hasInForce = true;

    Grid item5 = new Grid(TableType.ITEM5_2021);
    item5.set(0, 0, LICENSING_DECISIONS.draw(rng, agency.level, agency.licensingFactor));

    Grid item6 = new Grid(TableType.ITEM6_2021);
    item6.set(0, 0, PENALTY_DECISIONS.draw(rng, agency.level, agency.penaltyFactor));
    item6.set(1, 0, COMPULSION_DECISIONS.draw(rng, agency.level, agency.penaltyFactor));

    Grid item8 = new Grid(TableType.ITEM8_2021);
    item8.amount(0, 0, feesAmount(rng, agency));
    return new Grid[] {item1, item5, item6, item8};
  }

  private static void documents2021(
      Rng rng, Grid g, int row, Magnitude made, Magnitude prior, Agency agency, History history) {
    long issued = made.draw(rng, agency.level);
    long before = history.hasInForce ? history.inForce[row] : prior.draw(rng, agency.level);
    long repealable = before + issued;
    long repealed = repealable == 0 || rng.chance(0.6) ? 0 : rng.betweenLong(1, Math.max(1, repealable / 8));
    long inForce = repealable - repealed;
    g.set(row, 0, issued);
    g.set(row, 1, repealed);
    g.set(row, 2, inForce);
    history.inForce[row] = inForce;
  }

  private static Amount feesAmount(Rng rng, Agency agency) {
    long wan = FEES_WAN_YUAN.draw(rng, agency.level);
    if (wan == 0) {
      return Amount.of(BigDecimal.ZERO, AmountUnit.WAN_YUAN);
    }
    int scale = rng.between(0, 4);
    long unscaled = wan * pow10(scale) + (scale == 0 ? 0 : rng.betweenLong(0, pow10(scale) - 1));
    return Amount.of(BigDecimal.valueOf(unscaled, scale), AmountUnit.WAN_YUAN);
  }

  static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
