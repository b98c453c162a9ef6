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

  private static Tokens.Span unsigned(String text) {
    Stream s = Stream.of(text);
    return Tokens.unsigned(s, 0, s.length());
  }

  private static java.util.List<String> texts(Tokens.Span span) {
    return span.values().stream().map(t -> t.blank() ? "_" : t.text()).toList();
  }

  @Test
  void in_a_table_of_counts_a_dash_glued_to_figures_is_a_blank_cell_never_a_sign_or_a_footer() {
    then(texts(unsigned("数量2—0—0—2"))).containsExactly("2", "_", "0", "_", "0", "_", "2");
    then(texts(unsigned("信息—0——000"))).containsExactly("_", "0", "_", "_", "000");
    then(texts(unsigned("合法权益—————1—"))).containsExactly("_", "_", "_", "_", "_", "1", "_");
    // where signs can stand (section 二's 本年增/减) a dash before a figure stays its sign
    then(of("行政处罚 876 -125 —").values()).extracting(Tokens.Tok::text).containsExactly("876", "-125", "-");
  }

  @Test
  void a_dashed_footer_stands_apart_with_as_many_dashes_and_spaces_on_each_side() {
    then(of("行政处罚 876 -125 — 行政强制 12").values()).extracting(Tokens.Tok::text)
        .containsExactly("876", "-125", "-", "12");
    then(of("其他 4 5\n— 3 —\n6").values()).extracting(Tokens.Tok::text).containsExactly("4", "5", "6");
    then(of("其他 4 5\n-3-\n6").values()).extracting(Tokens.Tok::text).containsExactly("4", "5", "6");
    then(texts(of("其他 4 5\n— 3 ——\n6"))).as("unequal dashes: no footer").contains("3");
  }

  @Test
  void a_figure_among_spaced_blank_markers_is_a_cell_not_a_page_footer() {
    // a row of blank cells printed as dashes with a figure among them: — 1 — has a footer's shape
    then(texts(of("其他 2 — — — — 1 —"))).containsExactly("2", "_", "_", "_", "_", "1", "_");
    then(texts(of("其他 — 1 — — —"))).containsExactly("_", "1", "_", "_", "_");
    then(of("其他 4 5\n— 3 —\n6").values()).extracting(Tokens.Tok::text).containsExactly("4", "5", "6");
  }

  @Test
  void a_dashed_footer_glued_among_cells_is_one_only_beside_the_footer_of_a_neighbouring_page() {
    // a body whose spaces and line breaks were stripped: the footers of pages 2 and 3 glued to the rows
    then(texts(unsigned("本机关不掌握5-2-没有现成310000031-3-2.补正"))).containsExactly("5", "310000031");
    then(texts(unsigned("本机关不掌握5-3-7"))).containsExactly("5", "_", "3", "_", "7");
  }

  @Test
  void a_number_glued_to_the_text_before_it_says_so() {
    then(of("行政许可020").values().get(0).gluedToText()).isTrue();
    then(of("行政许可 020").values().get(0).gluedToText()).isFalse();
    then(of("行政许可\t020").values().get(0).gluedToText()).isFalse();
  }

  @Test
  void a_label_numbering_of_the_form_kind_is_found_between_a_label_and_values() {
    Stream s = Stream.of("二、上年结转政府信息公开申请数量 三、本年结果 （一）予 4 3");
    then(Tokens.numberedLabel(s, 16, s.length())).isEqualTo(s.chars().indexOf("三."));
    then(Tokens.numberedLabel(s, s.chars().indexOf("果") + 1, s.length())).isEqualTo(s.chars().indexOf("(一)"));
    // section 三's top-level rows are numbered 一、 … 四、: a row 二 whose words were damaged is still a label
    Stream r = Stream.of("一、本年新收政府信息公开申请数量 二、上年政府信息公开申请数量 0 0");
    then(Tokens.numberedLabel(r, 16, r.length())).isEqualTo(r.chars().indexOf("二."));
    // not inside a word
    Stream w = Stream.of("一、本年新收政府信息公开申请数量 第十二.次 0");
    then(Tokens.numberedLabel(w, 16, w.length())).isEqualTo(-1);
    Stream t = Stream.of("3.危及“三安全一稳定” 4 3");
    then(Tokens.numberedLabel(t, 2, t.length())).isEqualTo(-1);
  }
}
