package io.github.ogireport.io.text.stream;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidate values of one row from its tokens. */
final class RowValuesTest {
  /** Section 三's applicant columns: the six add up to 总计. */
  private static final List<Splitter.Group> APPLICANTS = List.of(new Splitter.Group(0, 6));

  private static RowValues.Options glued(String run) {
    Stream s = Stream.of("数量" + run);
    return RowValues.of(Tokens.unsigned(s, 2, s.length()).values(), 7, APPLICANTS, false);
  }

  @Test
  void glued_runs_among_blank_markers_split_where_the_row_sum_leaves_one_split() {
    RowValues.Options o = glued("59463////657");

    then(o.kind()).isEqualTo(RowValues.Kind.SPLIT);
    then(o.candidates()).hasSize(1);
    then(o.candidates().get(0)).containsExactly(594L, 63L, null, null, null, null, 657L);
  }

  @Test
  void glued_runs_among_blank_markers_with_several_splits_or_a_blank_total_stay_undecided() {
    // 1+2+21 and 1+22+1 are both 24
    then(glued("1221///24").candidates()).containsExactlyInAnyOrder(
        new Long[] {1L, 2L, 21L, null, null, null, 24L}, new Long[] {1L, 22L, 1L, null, null, null, 24L});
    then(glued("59463/////").decided()).isFalse(); // the total blank: nothing checks a split
  }

  @Test
  void no_blank_marker_is_dropped_to_fit_the_count_when_a_stray_space_may_explain_the_surplus() {
    // six blank applicant cells and a total of 11 printed with a stray space: dropping a marker would give
    // other 1, total 1 (its row sum holds), a wrong cell
    RowValues.Options o = glued("//////1 1");
    then(o.candidates()).noneMatch(c -> java.util.Arrays.equals(c, new Long[] {null, null, null, null, null, 1L, 1L}));
    then(o.decided()).isFalse();
  }
}
