package io.github.ogireport.io;

import io.github.ogireport.model.Location;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class PageLocationTest {
  @Test
  void a_page_position_prints_its_page_and_rounded_coordinates() {
    Location l = Location.ofPage(3, 119.6f, 455.2f);
    then(l).hasToString("page 3 (x 120, y 455)");
    then(l.page()).isEqualTo(3);
    then(l.line()).isZero();
    then(l.htmlCell()).isNull();
    then(l.isUnknown()).isFalse();
    then(l).isEqualTo(Location.ofPage(3, 119.6f, 455.2f)).isNotEqualTo(Location.ofPage(4, 119.6f, 455.2f));
  }

  @Test
  void other_kinds_keep_their_behaviour() {
    then(Location.ofLine(14, 3)).hasToString("line 14, column 3");
    then(Location.ofHtmlCell(0, 3, 2)).hasToString("table[0]/tr[3]/td[2]");
    then(Location.ofLine(1, 0).page()).isZero();
    then(Location.unknown().isUnknown()).isTrue();
  }

  @Test
  void a_page_must_be_positive() {
    assertThatThrownBy(() -> Location.ofPage(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.ofPage(1, Float.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
