package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class ApplicantHeaderTest {
  @Test
  void a_single_level_header_with_total_first_gives_that_permutation() {
    String h = "申请人情况总计自然人商业企业科研机构社会公益组织法律服务机构其他";
    then(ApplicantHeader.read(h)).isEqualTo(ApplicantHeader.Reading.PERMUTATION);
    then(ApplicantHeader.order(h)).containsExactly(6, 0, 1, 2, 3, 4, 5);
  }

  @Test
  void a_label_broken_across_cells_is_joined() {
    then(ApplicantHeader.order("自然人" + "社会公益" + "组织" + "商业企业科研机构法律服务机构其他总计"))
        .containsExactly(0, 3, 1, 2, 4, 5, 6);
  }

  @Test
  void a_two_level_header_keeps_the_official_order_whatever_its_printed_order() {
    String h = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他";
    then(ApplicantHeader.order(h)).isNull();
    then(ApplicantHeader.read(h)).isEqualTo(ApplicantHeader.Reading.OTHER_HEADER);
  }

  @Test
  void an_incomplete_or_repeated_label_header_gives_no_order() {
    then(ApplicantHeader.order("自然人商业企业科研机构社会公益组织法律服务机构总计")).isNull();
    then(ApplicantHeader.order("总计自然人商业企业科研机构社会公益组织法律服务机构其他3.其他")).isNull();
    then(ApplicantHeader.read("自然人商业企业科研机构社会公益组织法律服务机构总计"))
        .isEqualTo(ApplicantHeader.Reading.OTHER_HEADER);
  }

  @Test
  void the_official_order_and_row_labels_are_not_a_reordering() {
    then(ApplicantHeader.read("自然人商业企业科研机构社会公益组织法律服务机构其他总计"))
        .isEqualTo(ApplicantHeader.Reading.OTHER_HEADER);
    then(ApplicantHeader.read("3.其他")).isEqualTo(ApplicantHeader.Reading.NONE);
  }
}
