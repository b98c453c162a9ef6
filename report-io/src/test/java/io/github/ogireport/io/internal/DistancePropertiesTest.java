package io.github.ogireport.io.internal;

import static org.assertj.core.api.BDDAssertions.then;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#distance} computes only the band of the edit-distance table within the limit; it
 * gives what the whole table gives (a reference implementation kept here, in the test only), capped at
 * {@code limit + 1}.
 */
class DistancePropertiesTest {
  private static int reference(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }

  @Property(tries = 5000)
  void banded_distance_is_the_full_tables_capped_at_the_limit(
      @ForAll @StringLength(max = 24) @Chars({'申', '请', '公', '开', '数', 'a'}) String a,
      @ForAll @StringLength(max = 24) @Chars({'申', '请', '公', '开', '数', 'a'}) String b,
      @ForAll @IntRange(min = 0, max = 6) int limit) {
    then(TextNormalizer.distance(a, b, limit)).isEqualTo(Math.min(reference(a, b), limit + 1));
  }

  @Test
  void distance_of_a_typo_in_a_long_label() {
    String label = "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
    then(TextNormalizer.distance(label.replace("逾期", "愈期"), label, 4)).isEqualTo(1);
    then(TextNormalizer.distance(label.replace("不再", ""), label, 4)).isEqualTo(2);
    then(TextNormalizer.distance("本年新收政府信息公开申请数量", label, 4)).isEqualTo(5);
  }
}
