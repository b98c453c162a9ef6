package io.github.ogireport.io.internal;

import static org.assertj.core.api.BDDAssertions.then;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The character scans of {@link TextNormalizer#stripNumbering} remove exactly what the three regular
 * expressions they replaced removed (a reference implementation kept here, in the test only).
 */
class StripNumberingPropertiesTest {
  private static String reference(String key) {
    String k = key;
    for (int guard = 0; guard < 3; guard++) {
      String before = k;
      k = k.replaceFirst("^\\([一二三四五六七八九十0-9]{1,3}\\)", "");
      k = k.replaceFirst("^[一二三四五六七八九十]{1,3}\\.", "");
      k = k.replaceFirst("^[0-9]{1,2}\\.(?![0-9])", "");
      if (k.equals(before)) {
        break;
      }
    }
    return k;
  }

  @Property(tries = 3000)
  void strip_numbering_removes_what_the_former_patterns_removed(
      @ForAll @StringLength(max = 14) @Chars({'(', ')', '.', '一', '二', '十', '0', '1', '9', '总', '计', 'a'})
          String key) {
    then(TextNormalizer.stripNumbering(key)).isEqualTo(reference(key));
  }

  @Test
  void strip_numbering_keeps_decimals_and_long_numerals() {
    then(TextNormalizer.stripNumbering("1.5万元")).isEqualTo("1.5万元");
    then(TextNormalizer.stripNumbering("一二三四.其他")).isEqualTo("一二三四.其他");
    then(TextNormalizer.stripNumbering("(1234)其他")).isEqualTo("(1234)其他");
    then(TextNormalizer.stripNumbering("(三)1.二.其他")).isEqualTo("其他");
  }
}
