package io.github.ogireport.io.text.stream;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

/** The values and notes of a span of the token stream. */
final class TokensTest {

  private static Tokens.Span of(String text) {
    Stream s = Stream.of(text);
    return Tokens.of(s, 0, s.length());
  }

  @Test
  void a_figure_followed_by_a_date_character_is_a_note_only_when_it_can_be_that_date() {
    then(Tokens.dateFigure('年', "2023", false)).isTrue();
    then(Tokens.dateFigure('年', "14", false)).isFalse();
    then(Tokens.dateFigure('年', "3100", false)).isFalse();
    then(Tokens.dateFigure('月', "12", false)).isTrue();
    then(Tokens.dateFigure('月', "13", false)).isFalse();
    then(Tokens.dateFigure('日', "31", false)).isTrue();
    then(Tokens.dateFigure('日', "0", false)).isFalse();
    then(Tokens.dateFigure('件', "5", false)).isFalse();
  }

  @Test
  void a_date_beside_a_row_is_a_note_and_a_heading_letter_after_a_line_break_is_not() {
    then(of("截至2023年底 5 3").notes()).extracting(Tokens.Tok::text).containsExactly("2023");
    then(of("截至2023年底 5 3").values()).extracting(Tokens.Tok::text).containsExactly("5", "3");
    then(of("本年 12 20\n年\n度").notes()).isEmpty();
    then(of("本年 12 20\n年\n度").values()).extracting(Tokens.Tok::text).containsExactly("12", "20");
    then(of("办理 14年3.危及").values()).extracting(Tokens.Tok::text).containsExactly("14");
    then(of("占比 12% 3").notes()).extracting(Tokens.Tok::text).containsExactly("12");
  }

  @Test
  void a_page_footer_inside_a_table_is_no_value_with_ascii_or_full_width_digits() {
    for (String footer : new String[] {"— 5 —", "— ５ —", "－１２－", "第 ５ 页"}) {
      then(of("| 3.其他 | 264 | 12 |\n" + footer + "\n| 276 |").values()).as(footer)
          .extracting(Tokens.Tok::text).containsExactly("264", "12", "276");
    }
  }
}
