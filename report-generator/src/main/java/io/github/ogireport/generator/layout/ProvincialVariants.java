package io.github.ogireport.generator.layout;

import static io.github.ogireport.model.LegacyIndicator.L7;
import static io.github.ogireport.model.LegacyIndicator.L9_3;

import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.OfficialForm;
import java.util.ArrayList;
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

  /**
   * Every variant: the provincial labels of the model's one catalogue
   * ({@link OfficialForm#PROVINCIAL_LEGACY_LABELS}), and national labels printed with another unit. Variants
   * sharing a national row exclude each other within one form.
   */
  static final List<Variant> ALL = all();

  private static List<Variant> all() {
    List<Variant> out = new ArrayList<>();
    int custom = 0;
    for (OfficialForm.ProvincialLabel p : OfficialForm.PROVINCIAL_LEGACY_LABELS) {
      out.add(new Variant(p.standsFor(), p.label(), null, p.sameMeaning() ? null : "p.custom-" + (++custom)));
    }
    out.add(new Variant(List.of(L7), null, "元", null));
    out.add(new Variant(List.of(L9_3), null, "人", null));
    return List.copyOf(out);
  }

  /** The unit some provinces print for the application rows (counted in 条, not 件). */
  static final String APPLICATION_UNIT = "条";

  private ProvincialVariants() {}
}
