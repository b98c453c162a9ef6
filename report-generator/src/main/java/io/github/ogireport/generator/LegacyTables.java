package io.github.ogireport.generator;

import static io.github.ogireport.model.LegacyIndicator.L1_1;
import static io.github.ogireport.model.LegacyIndicator.L1_1A;
import static io.github.ogireport.model.LegacyIndicator.L1_1B;
import static io.github.ogireport.model.LegacyIndicator.L1_2_1;
import static io.github.ogireport.model.LegacyIndicator.L1_2_2;
import static io.github.ogireport.model.LegacyIndicator.L1_2_3;
import static io.github.ogireport.model.LegacyIndicator.L1_2_4;
import static io.github.ogireport.model.LegacyIndicator.L1_2_5;
import static io.github.ogireport.model.LegacyIndicator.L2_1;
import static io.github.ogireport.model.LegacyIndicator.L2_2_1;
import static io.github.ogireport.model.LegacyIndicator.L2_2_1A;
import static io.github.ogireport.model.LegacyIndicator.L2_2_2;
import static io.github.ogireport.model.LegacyIndicator.L2_2_2A;
import static io.github.ogireport.model.LegacyIndicator.L2_2_3;
import static io.github.ogireport.model.LegacyIndicator.L2_2_4;
import static io.github.ogireport.model.LegacyIndicator.L2_2_5;
import static io.github.ogireport.model.LegacyIndicator.L3_1;
import static io.github.ogireport.model.LegacyIndicator.L3_1_1;
import static io.github.ogireport.model.LegacyIndicator.L3_2;
import static io.github.ogireport.model.LegacyIndicator.L3_2_1;
import static io.github.ogireport.model.LegacyIndicator.L3_2_2;
import static io.github.ogireport.model.LegacyIndicator.L3_3;
import static io.github.ogireport.model.LegacyIndicator.L3_3_1;
import static io.github.ogireport.model.LegacyIndicator.L3_3_4;
import static io.github.ogireport.model.LegacyIndicator.L3_3_4A;
import static io.github.ogireport.model.LegacyIndicator.L4;
import static io.github.ogireport.model.LegacyIndicator.L4_1;
import static io.github.ogireport.model.LegacyIndicator.L5;
import static io.github.ogireport.model.LegacyIndicator.L5_1;
import static io.github.ogireport.model.LegacyIndicator.L6;
import static io.github.ogireport.model.LegacyIndicator.L7;
import static io.github.ogireport.model.LegacyIndicator.L8_1;
import static io.github.ogireport.model.LegacyIndicator.L8_2;
import static io.github.ogireport.model.LegacyIndicator.L8_3;
import static io.github.ogireport.model.LegacyIndicator.L8_3_1;
import static io.github.ogireport.model.LegacyIndicator.L8_3_2;
import static io.github.ogireport.model.LegacyIndicator.L8_4;
import static io.github.ogireport.model.LegacyIndicator.L9_1;
import static io.github.ogireport.model.LegacyIndicator.L9_2;
import static io.github.ogireport.model.LegacyIndicator.L9_3;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;

/**
 * Generates the legacy statistics form (政府信息公开情况统计表). Sub-rows are drawn first and the summed
 * rows derived, so relations L-b … L-p of the specification hold, and the heuristics L-d, L-j and L-k are
 * made to hold too.
 */
final class LegacyTables {
  static final int VALUE = LegacyColumn.VALUE.ordinal();
  static final int CUMULATIVE = LegacyColumn.CUMULATIVE.ordinal();

  // Level order: TOWN, COUNTY_DEPARTMENT, COUNTY, CITY_DEPARTMENT, PROVINCE_DEPARTMENT, CITY.
  private static final Magnitude GAZETTE = Magnitude.of(
      new double[] {1, 1, 0.5, 1, 1, 0.1},
      new long[] {0, 0, 1, 0, 0, 20},
      new long[] {0, 0, 100, 0, 0, 500});
  private static final Magnitude WEBSITE = Magnitude.of(
      new double[] {0.1, 0.1, 0, 0, 0, 0},
      new long[] {5, 5, 200, 20, 50, 1000},
      new long[] {200, 300, 5000, 1500, 3000, 20000});
  private static final Magnitude WEIBO = Magnitude.of(
      new double[] {0.6, 0.5, 0.3, 0.4, 0.3, 0.1},
      new long[] {1, 1, 10, 5, 10, 100},
      new long[] {50, 100, 2000, 800, 1500, 8000});
  private static final Magnitude WECHAT = Magnitude.of(
      new double[] {0.4, 0.4, 0.1, 0.2, 0.1, 0},
      new long[] {1, 1, 20, 5, 10, 200},
      new long[] {150, 200, 3000, 1000, 2000, 10000});
  private static final Magnitude OTHER_CHANNELS = Magnitude.of(
      new double[] {0.6, 0.6, 0.3, 0.4, 0.3, 0.2},
      new long[] {1, 1, 5, 1, 5, 20},
      new long[] {50, 50, 500, 200, 300, 2000});
  private static final Magnitude RESPONSES = Magnitude.of(
      new double[] {0.5, 0.4, 0.1, 0.2, 0.1, 0},
      new long[] {1, 1, 1, 1, 1, 5},
      new long[] {10, 20, 100, 50, 60, 300});
  private static final Magnitude PRESS_CONFERENCES = Magnitude.of(
      new double[] {0.8, 0.6, 0.1, 0.3, 0.2, 0},
      new long[] {1, 1, 1, 1, 1, 5},
      new long[] {3, 5, 30, 15, 20, 80});
  private static final Magnitude INTERVIEWS = Magnitude.of(
      new double[] {0.9, 0.7, 0.3, 0.4, 0.3, 0.1},
      new long[] {1, 1, 1, 1, 1, 2},
      new long[] {2, 4, 12, 10, 12, 40});
  private static final Magnitude INTERPRETATIONS = Magnitude.of(
      new double[] {0.5, 0.4, 0.05, 0.2, 0.1, 0},
      new long[] {1, 1, 3, 1, 2, 10},
      new long[] {10, 20, 100, 50, 80, 400});
  private static final Magnitude SOCIAL_RESPONSES = Magnitude.of(
      new double[] {0.6, 0.5, 0.2, 0.3, 0.2, 0.05},
      new long[] {1, 1, 2, 1, 2, 10},
      new long[] {20, 40, 300, 150, 200, 1000});
  private static final Magnitude OTHER_RESPONSES = Magnitude.of(
      new double[] {0.7, 0.7, 0.4, 0.5, 0.4, 0.3},
      new long[] {1, 1, 1, 1, 1, 1},
      new long[] {5, 10, 50, 20, 30, 100});
  private static final Magnitude COMPLAINTS = Magnitude.of(
      new double[] {0.7, 0.6, 0.3, 0.4, 0.3, 0.1},
      new long[] {1, 1, 1, 1, 1, 1},
      new long[] {3, 5, 30, 20, 30, 100});
  private static final Magnitude UNITS = Magnitude.of(
      new double[] {0.3, 0.2, 0, 0.1, 0, 0},
      new long[] {1, 1, 1, 1, 1, 1},
      new long[] {1, 1, 3, 2, 2, 3});
  private static final Magnitude READING_POINTS = Magnitude.of(
      new double[] {0.3, 0.4, 0, 0.3, 0.2, 0},
      new long[] {1, 1, 2, 1, 1, 5},
      new long[] {3, 3, 20, 5, 5, 50});
  private static final Magnitude FULL_TIME_STAFF = Magnitude.of(
      new double[] {0.5, 0.4, 0.1, 0.2, 0.1, 0},
      new long[] {1, 1, 1, 1, 1, 2},
      new long[] {2, 3, 10, 5, 8, 20});
  private static final Magnitude PART_TIME_STAFF = Magnitude.of(
      new double[] {0.1, 0.1, 0, 0.05, 0, 0},
      new long[] {1, 1, 3, 1, 2, 10},
      new long[] {5, 5, 40, 10, 15, 80});
  /** 政府信息公开专项经费 in 万元, before the decimals are drawn. */
  private static final Magnitude BUDGET_WAN_YUAN = Magnitude.of(
      new double[] {0.6, 0.5, 0.2, 0.3, 0.2, 0.1},
      new long[] {1, 1, 1, 1, 1, 5},
      new long[] {30, 50, 500, 200, 300, 2000});
  private static final Magnitude MEETINGS = Magnitude.of(
      new double[] {0.3, 0.3, 0.05, 0.1, 0.05, 0},
      new long[] {1, 1, 1, 1, 1, 2},
      new long[] {4, 6, 20, 12, 15, 30});
  private static final Magnitude TRAININGS = Magnitude.of(
      new double[] {0.4, 0.3, 0.05, 0.1, 0.05, 0},
      new long[] {1, 1, 1, 1, 1, 2},
      new long[] {3, 5, 20, 10, 15, 40});

  private static final int[] APPLICATION_CHANNEL_WEIGHTS = {40, 2, 40, 18};
  private static final int[] REPLY_WEIGHTS = {15, 45, 5, 6, 12, 10, 4, 3};
  private static final int[] REFUSAL_WEIGHTS = {5, 10, 25, 10, 30, 20};
  private static final int[] REVIEW_WEIGHTS = {65, 15, 20};
  private static final int[] LAWSUIT_WEIGHTS = {60, 10, 30};
  private static final int[] CARRY_WEIGHTS = {80, 10, 1, 1, 4, 4};

  private LegacyTables() {}

  /** Fills the legacy form; the applications still pending at year end are handed on through history. */
  static Grid form(Rng rng, Agency agency, History history) {
    Grid g = new Grid(TableType.LEGACY_STATISTICS);
    AgencyLevel level = agency.level;
    g.blankColumn(CUMULATIVE);
    for (LegacyIndicator i : LegacyIndicator.values()) {
      if (i.isHeading()) {
        g.blankRow(i.ordinal());
      }
    }

    // 一、主动公开情况: channels may count one item several times, so L1.1 ≤ their sum (L-b)
    long gazette = GAZETTE.draw(rng, level);
    long website = WEBSITE.draw(rng, level);
    long weibo = WEIBO.draw(rng, level);
    long wechat = WECHAT.draw(rng, level);
    long other = OTHER_CHANNELS.draw(rng, level);
    long channels = gazette + website + weibo + wechat + other;
    long largest = Math.max(Math.max(Math.max(gazette, website), Math.max(weibo, wechat)), other);
    long overlap = rng.chance(0.5) ? 0 : rng.betweenLong(0, channels - largest);
    long disclosed = channels - overlap;
    set(g, L1_2_1, gazette);
    set(g, L1_2_2, website);
    set(g, L1_2_3, weibo);
    set(g, L1_2_4, wechat);
    set(g, L1_2_5, other);
    set(g, L1_1, disclosed);
    long issued = ModernTables.DOCUMENTS_MADE.draw(rng, level);
    long cap = Math.min(issued, disclosed);
    set(g, L1_1B, issued);
    set(g, L1_1A, rng.chance(0.7) ? cap : rng.betweenLong(0, cap));

    // 二、回应解读情况
    set(g, L2_1, RESPONSES.draw(rng, level));
    long press = PRESS_CONFERENCES.draw(rng, level);
    set(g, L2_2_1, press);
    set(g, L2_2_1A, press == 0 || rng.chance(0.5) ? 0 : rng.betweenLong(0, press));
    long interviews = INTERVIEWS.draw(rng, level);
    set(g, L2_2_2, interviews);
    set(g, L2_2_2A, interviews == 0 || rng.chance(0.5) ? 0 : rng.betweenLong(0, interviews));
    set(g, L2_2_3, INTERPRETATIONS.draw(rng, level));
    set(g, L2_2_4, SOCIAL_RESPONSES.draw(rng, level));
    set(g, L2_2_5, OTHER_RESPONSES.draw(rng, level));

    // 三、依申请公开情况: received = channels; concluded ≤ received; replies = concluded
    long received = ModernTables.newApplications(rng, agency);
    long[] parts = new long[8];
    sumOf(rng, g, L3_1, L3_1_1, received, APPLICATION_CHANNEL_WEIGHTS, 2, parts);
    long pending = rng.binomial(received, rng.chance(0.6) ? 0 : rng.uniform(0.01, 0.1));
    long concluded = received - pending;
    long extended = rng.binomial(concluded, rng.chance(0.7) ? 0 : rng.uniform(0.01, 0.15));
    set(g, L3_2, concluded);
    set(g, L3_2_1, concluded - extended);
    set(g, L3_2_2, extended);
    sumOf(rng, g, L3_3, L3_3_1, concluded, REPLY_WEIGHTS, 1, parts);
    // L3.3.4 (refused) was filled above as a part of L3.3; its own sub-rows split it
    long refused = g.get(L3_3_4.ordinal(), VALUE);
    sumOf(rng, g, L3_3_4, L3_3_4A, refused, REFUSAL_WEIGHTS, 4, parts);
    rng.split(pending, CARRY_WEIGHTS, 0, history.carry);
    history.hasCarry = true;

    // 四、五: reconsiderations and lawsuits
    long reviews = received == 0
        ? (rng.chance(0.02) ? 1 : 0)
        : rng.binomial(received, rng.chance(0.6) ? 0 : rng.uniform(0.002, 0.05));
    sumOf(rng, g, L4, L4_1, reviews, REVIEW_WEIGHTS, 0, parts);
    long lawsuits = received == 0 ? 0 : rng.binomial(received, rng.chance(0.7) ? 0 : rng.uniform(0.002, 0.03));
    sumOf(rng, g, L5, L5_1, lawsuits, LAWSUIT_WEIGHTS, 0, parts);
    set(g, L6, COMPLAINTS.draw(rng, level));
    g.amount(L7.ordinal(), VALUE, fees(rng, received));

    // 八、机构建设和保障经费情况
    set(g, L8_1, UNITS.draw(rng, level));
    set(g, L8_2, READING_POINTS.draw(rng, level));
    long fullTime = FULL_TIME_STAFF.draw(rng, level);
    long partTime = PART_TIME_STAFF.draw(rng, level);
    set(g, L8_3_1, fullTime);
    set(g, L8_3_2, partTime);
    set(g, L8_3, fullTime + partTime);
    g.amount(L8_4.ordinal(), VALUE, budget(rng, level));

    // 九、会议和培训
    set(g, L9_1, MEETINGS.draw(rng, level));
    long trainings = TRAININGS.draw(rng, level);
    set(g, L9_2, trainings);
    set(g, L9_3, trainings == 0 ? 0 : (long) (trainings * rng.uniform(8, 60)));
    return g;
  }

  private static void set(Grid g, LegacyIndicator row, long value) {
    g.set(row.ordinal(), VALUE, value);
  }

  /**
   * Splits {@code total} over the {@code weights.length} rows that follow {@code firstPart} in printed
   * order (consecutive sub-rows) and sets {@code sum} to the total.
   */
  private static void sumOf(
      Rng rng, Grid g, LegacyIndicator sum, LegacyIndicator firstPart, long total, int[] weights, int dominant,
      long[] parts) {
    rng.split(total, weights, dominant, parts);
    int first = firstPart.ordinal();
    int row = first;
    for (int k = 0; k < weights.length; k++, row++) {
      // the refusal sub-rows L3.3.4a–f sit between L3.3.4 and L3.3.5; skip them when filling L3.3's parts
      if (sum == L3_3 && row == L3_3_4A.ordinal()) {
        row = LegacyIndicator.L3_3_5.ordinal();
      }
      g.set(row, VALUE, parts[k]);
    }
    g.set(sum.ordinal(), VALUE, total);
  }

  private static Amount fees(Rng rng, long received) {
    if (received == 0 || rng.chance(0.9)) {
      return Amount.of(BigDecimal.ZERO, AmountUnit.WAN_YUAN);
    }
    int scale = rng.between(2, 4);
    long unscaled = rng.logUniform(1, 2 * ModernTables.pow10(scale));
    return Amount.of(BigDecimal.valueOf(unscaled, scale), AmountUnit.WAN_YUAN);
  }

  private static Amount budget(Rng rng, AgencyLevel level) {
    long wan = BUDGET_WAN_YUAN.draw(rng, level);
    if (wan == 0) {
      return Amount.of(BigDecimal.ZERO, AmountUnit.WAN_YUAN);
    }
    int scale = rng.between(0, 2);
    long unscaled = wan * ModernTables.pow10(scale) + (scale == 0 ? 0 : rng.betweenLong(0, ModernTables.pow10(scale) - 1));
    return Amount.of(BigDecimal.valueOf(unscaled, scale), AmountUnit.WAN_YUAN);
  }
}
