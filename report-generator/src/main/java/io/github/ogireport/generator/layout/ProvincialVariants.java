package io.github.ogireport.generator.layout;

import static io.github.ogireport.model.LegacyIndicator.L1_1;
import static io.github.ogireport.model.LegacyIndicator.L1_2_1;
import static io.github.ogireport.model.LegacyIndicator.L1_2_2;
import static io.github.ogireport.model.LegacyIndicator.L3_1;
import static io.github.ogireport.model.LegacyIndicator.L3_1_2;
import static io.github.ogireport.model.LegacyIndicator.L3_1_3;
import static io.github.ogireport.model.LegacyIndicator.L3_1_4;
import static io.github.ogireport.model.LegacyIndicator.L3_3;
import static io.github.ogireport.model.LegacyIndicator.L3_3_1;
import static io.github.ogireport.model.LegacyIndicator.L3_3_4;
import static io.github.ogireport.model.LegacyIndicator.L3_3_5;
import static io.github.ogireport.model.LegacyIndicator.L3_3_6;
import static io.github.ogireport.model.LegacyIndicator.L3_3_7;
import static io.github.ogireport.model.LegacyIndicator.L3_3_8;
import static io.github.ogireport.model.LegacyIndicator.L4;
import static io.github.ogireport.model.LegacyIndicator.L5;
import static io.github.ogireport.model.LegacyIndicator.L6;
import static io.github.ogireport.model.LegacyIndicator.L7;
import static io.github.ogireport.model.LegacyIndicator.L9_3;

import io.github.ogireport.model.LegacyIndicator;
import java.util.List;

/**
 * The provincial legacy row names this renderer uses: the one table of words of real provincial
 * 政府信息公开情况统计表 (as printed by provincial and pre-2014 local forms), each with the national rows it
 * stands for and whether it means exactly what they mean. A variant that means the same is read into the
 * national row; one that does not (another scope, several national rows merged) is a custom row.
 */
final class ProvincialVariants {
  /**
   * A provincial row.
   *
   * @param national the national rows it stands for, in national order
   * @param label the provincial label, or {@code null} for the national label without its numbering
   * @param unit the printed unit, or {@code null} for the national unit
   * @param customKey {@code null} if the row means exactly what its single national row means; else the
   *     key of the custom row a reader should produce (its value is the sum of the national rows)
   */
  record Variant(List<LegacyIndicator> national, String label, String unit, String customKey) {
    Variant {
      national = List.copyOf(national);
    }

    boolean sameMeaning() {
      return customKey == null;
    }
  }

  /** Every variant; variants sharing a national row exclude each other within one form. */
  static final List<Variant> ALL = List.of(
      same(L1_1, "主动公开信息数"),
      same(L1_2_2, "政府网站公开数"),
      same(L1_2_1, "政府公报公开数"),
      same(L3_1, "申请总数"),
      custom("p.accepted_applications", "受理依申请公开信息总数", L3_1),
      same(L3_1_3, "网上申请数"),
      custom("p.letter_fax_applications", "信函、传真申请数", L3_1_2, L3_1_4),
      same(L3_3, "对申请的答复总数"),
      same(L3_3_4, "不予公开答复数"),
      custom("p.other_replies", "其他类型答复数", L3_3_1, L3_3_5, L3_3_6, L3_3_7, L3_3_8),
      new Variant(List.of(L7), null, "元", null),
      same(L4, "行政复议数"),
      same(L5, "行政诉讼数"),
      same(L6, "举报投诉数"),
      custom("p.lawsuits_and_complaints", "接受行政诉讼、举报数", L5, L6),
      new Variant(List.of(L9_3), null, "人", null));

  /** The unit some provinces print for the application rows (counted in 条, not 件). */
  static final String APPLICATION_UNIT = "条";

  private ProvincialVariants() {}

  private static Variant same(LegacyIndicator national, String label) {
    return new Variant(List.of(national), label, null, null);
  }

  private static Variant custom(String key, String label, LegacyIndicator... national) {
    return new Variant(List.of(national), label, null, key);
  }
}
