package io.github.ogireport.io.text.stream;

import static org.assertj.core.api.BDDAssertions.then;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link ProseFigures#containsWithoutSpaces} finds a word exactly where the prose with its white space removed
 * contains it (the reference removes the spaces first, as the sentences of the prose are cut).
 */
class ProseFiguresPropertiesTest {
  private static String withoutSpaces(String prose) {
    return prose.replaceAll("[ \\t\\n\\u000B\\f\\r\\u3000]", "");
  }

  @Property(tries = 3000)
  void a_word_is_found_across_white_space_exactly_where_the_spaceless_prose_holds_it(
      @ForAll @StringLength(max = 30) @Chars({'规', '章', '件', ' ', '\t', '\n', '\u3000', '1', '。'}) String prose,
      @ForAll @StringLength(min = 1, max = 3) @Chars({'规', '章', '件'}) String word) {
    then(ProseFigures.containsWithoutSpaces(prose, word)).isEqualTo(withoutSpaces(prose).contains(word));
  }
}
