package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link TextReportReader#lines(String)} splits at LF, CR and CRLF as a character-by-character scan does
 * (a reference implementation kept here, in the test only), a leading byte-order mark left out.
 */
class LinesPropertiesTest {
  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  @Property(tries = 3000)
  void lines_are_split_at_every_kind_of_line_break(
      @ForAll @StringLength(max = 24) @Chars({'\n', '\r', 'a', '申', '\t', '\uFEFF'}) String text) {
    then(TextReportReader.lines(text)).isEqualTo(reference(text));
  }
}
