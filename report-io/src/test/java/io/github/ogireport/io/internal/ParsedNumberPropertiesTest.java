package io.github.ogireport.io.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link ParsedNumber#parse} decides by the stripped text: a text and the same text after a space (which takes
 * the path that strips first, where the first-character check of the common label is skipped) give the same
 * number, or both none, or both refuse it as too long.
 */
class ParsedNumberPropertiesTest {
  private static Object outcome(String text, int maxDigits) {
    try {
      return ParsedNumber.parse(text, maxDigits);
    } catch (ParsedNumber.NumberTooLongException e) {
      return "too long: " + e.digits();
    }
  }

  @Property(tries = 4000)
  void a_leading_space_changes_nothing(
      @ForAll @StringLength(max = 24) @Chars({'1', '0', '9', '+', '-', '.', ',', '约', '为', '近', '¥', '￥', '*', '万',
          '元', '%', '申', ' ', '\t', '\u3000', '\u0663', 'a'}) String text) {
    then(outcome(text, 6)).isEqualTo(outcome(" " + text, 6));
    then(outcome(text, 15)).isEqualTo(outcome(" " + text, 15));
  }

  @Property(tries = 300)
  void a_long_run_of_digits_of_any_script_is_refused_as_too_long(
      @ForAll @StringLength(min = 40, max = 60) @Chars({'\u0663', '\u0664'}) String arabicIndic) {
    then(outcome(arabicIndic, 6)).isEqualTo(outcome(" " + arabicIndic, 6)).isNotEqualTo(Optional.empty());
  }
}
