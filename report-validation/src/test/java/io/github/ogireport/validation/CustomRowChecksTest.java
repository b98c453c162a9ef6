package io.github.ogireport.validation;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.TableRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printed hierarchy of legacy rows, with labels written for these tests. */
final class CustomRowChecksTest {
  @Test
  void levels_are_read_from_the_printed_markers() {
    then(CustomRowChecks.level("三、依申请公开")).isEqualTo(1);
    then(CustomRowChecks.level("（九）网上咨询数")).isEqualTo(2);
    then(CustomRowChecks.level("5.电子邮件申请数")).isEqualTo(3);
    then(CustomRowChecks.level("（2）网站答复数")).isEqualTo(4);
    then(CustomRowChecks.level("  其中：当日答复数")).isEqualTo(5);
    then(CustomRowChecks.level("网站访问量")).isZero();
    then(CustomRowChecks.level("2024年数据")).isZero();
  }

  @Test
  void a_numbered_part_belongs_to_the_nearest_higher_row_and_qizhong_to_the_row_before() {
    CustomRow email = CustomRow.of("l3.1.5", "5.电子邮件申请数", Optional.of("件"));
    CustomRow of = CustomRow.of("l3.1.5a", "其中：跨区申请数", Optional.of("件"));
    List<TableRow> rows = List.of(LegacyIndicator.L3_1, LegacyIndicator.L3_1_1, email, of);

    then(CustomRowChecks.parent(rows, 2)).isEqualTo(LegacyIndicator.L3_1);
    then(CustomRowChecks.parent(rows, 3)).isEqualTo(email);
    then(CustomRowChecks.parent(rows, 0)).isNull();
  }

  @Test
  void a_part_with_another_unit_than_its_parent_is_not_compared() {
    CustomRow people = CustomRow.of("x9.2", "其中：接待人数", Optional.of("人"));
    io.github.ogireport.model.Report report = RuleCasesTest.validLegacy().toBuilder()
        .table(RuleCasesTest.legacyCustom(40, 300, 35, 200).table(io.github.ogireport.model.TableType.LEGACY_STATISTICS)
            .orElseThrow().toBuilder().addCustomRow(people, RuleCasesTest.X9)
            .set(people, io.github.ogireport.model.LegacyColumn.VALUE, io.github.ogireport.model.Cell.of(900))
            .build())
        .build();

    then(ReportValidator.standard().validate(report).findings("legacy.custom-part-within-parent")).isEmpty();
  }
}
