package io.github.ogireport.io.internal;

import static org.assertj.core.api.BDDAssertions.then;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link TextNormalizer#normalizeLine} and {@link TextNormalizer#labelKey} return their input when nothing
 * changes (no copy) and otherwise what the character-by-character definitions give (reference
 * implementations kept here, in the test only); {@link TextNormalizer#keyLongerThan} tells the key's length
 * without building it.
 */
class NormalizerPropertiesTest {
  private static String referenceLine(String line) {
    StringBuilder sb = new StringBuilder();
    for (char c : line.toCharArray()) {
      sb.append(TextNormalizer.normalizeChar(c));
    }
    return sb.toString();
  }

  private static String referenceKey(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      char n = TextNormalizer.normalizeChar(c);
      if (!(n == ' ' || Character.isWhitespace(n) || Character.isSpaceChar(n))) {
        sb.append(TextNormalizer.keyChar(c));
      }
    }
    return sb.toString();
  }

  @Property(tries = 3000)
  void normalised_lines_and_keys_are_the_character_by_character_ones(
      @ForAll @StringLength(max = 20) @Chars({'申', '请', '1', '0', ' ', '\t', '\u3000', '、', '（', '）', '(', '，',
          '“', '”', '—', '\u00A0', '\uFF11', 'a', '.', '|'}) String text) {
    then(TextNormalizer.normalizeLine(text)).isEqualTo(referenceLine(text));
    then(TextNormalizer.labelKey(text)).isEqualTo(referenceKey(text));
    if (referenceLine(text).equals(text)) {
      then(TextNormalizer.normalizeLine(text)).isSameAs(text);
    }
  }

  @Property(tries = 2000)
  void a_key_is_longer_than_a_limit_exactly_when_the_built_key_is(
      @ForAll @StringLength(max = 40) @Chars({'申', '请', '1', ' ', '\t', '\u3000', '、', '\u00A0', 'a'}) String text,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 35) int limit) {
    then(TextNormalizer.keyLongerThan(text, limit)).isEqualTo(referenceKey(text).length() > limit);
  }
}
