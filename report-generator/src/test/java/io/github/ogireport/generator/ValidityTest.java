package io.github.ogireport.generator;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class ValidityTest {
  private static final int REPORTS = 2000;

  static Stream<Arguments> editionsAndStyles() {
    List<Arguments> args = new ArrayList<>();
    for (Edition e : Edition.values()) {
      for (BlankStyle s : BlankStyle.values()) {
        args.add(Arguments.of(e, s));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("editionsAndStyles")
  void every_relation_holds_in_thousands_of_reports(Edition edition, BlankStyle style) {
    ReportGenerator generator = ReportGenerator.builder().seed(7L).edition(edition).blanks(style).build();
    List<String> failures = new ArrayList<>();

    for (long i = 0; i < REPORTS && failures.size() < 10; i++) {
      Report report = generator.generate(i);
      for (String v : RelationChecker.violations(report)) {
        failures.add("#" + i + " " + v);
      }
    }

    then(failures).isEmpty();
  }

  @Test
  void every_relation_holds_for_reports_of_any_edition_and_level() {
    ReportGenerator generator = ReportGenerator.builder().seed(-3L).blanks(BlankStyle.MIXED).build();

    then(generator.stream(3000).flatMap(r -> RelationChecker.violations(r).stream())).isEmpty();
  }

  @Test
  void the_checker_catches_a_total_that_is_one_off() {
    Report valid = ReportGenerator.builder().seed(1L).edition(Edition.V2021).build().generate(0);
    Table t = valid.table(TableType.APPLICATIONS_2021).orElseThrow();
    long total = t.cell(ApplicationRow.TOTAL, ApplicantColumn.TOTAL).longValue();
    Report broken = valid.toBuilder()
        .table(t.toBuilder().count(ApplicationRow.TOTAL, ApplicantColumn.TOTAL, total + 1).build())
        .build();

    then(RelationChecker.violations(valid)).isEmpty();
    then(RelationChecker.violations(broken)).anyMatch(v -> v.startsWith("E19-1 total"))
        .anyMatch(v -> v.startsWith("E19-2 total")).anyMatch(v -> v.startsWith("E19-3 total"));
  }

  @Test
  void the_checker_catches_a_partly_blanked_side() {
    Report valid = ReportGenerator.builder().seed(5L).edition(Edition.V2019).level(AgencyLevel.CITY).build()
        .generate(3);
    Table t = valid.table(TableType.APPLICATIONS_2019).orElseThrow();
    Report broken = valid.toBuilder()
        .table(t.toBuilder().blank(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON).build())
        .build();

    then(t.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON).longValue()).isPositive();
    then(RelationChecker.violations(broken)).anyMatch(v -> v.startsWith("E19-1 natural_person"))
        .anyMatch(v -> v.startsWith("E19-3 new_received"));
  }

  @Test
  void the_checker_catches_broken_review_and_section2_relations() {
    Report valid = ReportGenerator.builder().seed(5L).edition(Edition.V2019).level(AgencyLevel.CITY).build()
        .generate(4);
    Table review = valid.table(TableType.REVIEW_LITIGATION).orElseThrow();
    Table item1 = valid.table(TableType.ITEM1_2019).orElseThrow();
    Table item5 = valid.table(TableType.ITEM5_2019).orElseThrow();
    long disclosedTotal = item1.cell(Section2Row.NORMATIVE_DOCUMENTS, Section2Column.TOTAL_DISCLOSED).longValue();
    long previous = item5.cell(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.PREVIOUS_ITEMS).longValue();
    Report broken = valid.toBuilder()
        .table(review.toBuilder().count(ReviewRow.REVIEW, ReviewColumn.UPHELD,
            review.cell(ReviewRow.REVIEW, ReviewColumn.UPHELD).longValue() + 2).build())
        .table(item1.toBuilder().count(Section2Row.NORMATIVE_DOCUMENTS, Section2Column.NEW_DISCLOSED,
            disclosedTotal + 1).build())
        .table(item5.toBuilder().count(Section2Row.ADMINISTRATIVE_LICENSING, Section2Column.CHANGE,
            -previous - 1).build())
        .build();

    then(RelationChecker.violations(broken))
        .anyMatch(v -> v.startsWith("E19-5/6/7 review"))
        .anyMatch(v -> v.startsWith("E19-9 normative_documents"))
        .anyMatch(v -> v.startsWith("E19-11 article20_item5_2019/administrative_licensing"));
  }

  @Test
  void the_checker_catches_broken_legacy_relations() {
    Report valid = ReportGenerator.builder().seed(9L).edition(Edition.LEGACY).level(AgencyLevel.CITY).build()
        .generate(0);
    Table t = valid.table(TableType.LEGACY_STATISTICS).orElseThrow();
    long channels = 0;
    for (LegacyIndicator i : List.of(LegacyIndicator.L1_2_1, LegacyIndicator.L1_2_2, LegacyIndicator.L1_2_3,
        LegacyIndicator.L1_2_4, LegacyIndicator.L1_2_5)) {
      channels += t.cell(i, LegacyColumn.VALUE).longValue();
    }
    Report broken = valid.toBuilder()
        .table(t.toBuilder()
            .count(LegacyIndicator.L1_1, LegacyColumn.VALUE, channels + 1)
            .count(LegacyIndicator.L8_3_2, LegacyColumn.VALUE,
                t.cell(LegacyIndicator.L8_3_2, LegacyColumn.VALUE).longValue() + 1)
            .count(LegacyIndicator.L3_3_4A, LegacyColumn.VALUE,
                t.cell(LegacyIndicator.L3_3_4A, LegacyColumn.VALUE).longValue() + 1)
            .build())
        .build();

    then(RelationChecker.violations(valid)).isEmpty();
    then(RelationChecker.violations(broken)).anyMatch(v -> v.startsWith("L-b"))
        .anyMatch(v -> v.startsWith("L-n")).anyMatch(v -> v.startsWith("L-j"));
  }

  @Test
  void blank_styles_only_blank_cells_and_the_zero_styles_only_blank_zeros() {
    // same seed and index: every style draws the same figures and differs only in blanks
    for (Edition edition : Edition.values()) {
      ReportGenerator plain = ReportGenerator.builder().seed(11L).edition(edition).build();
      for (BlankStyle style : List.of(BlankStyle.values()).subList(1, BlankStyle.values().length)) {
        boolean zerosOnly = style == BlankStyle.ZERO_CELLS || style == BlankStyle.ZERO_ROWS;
        ReportGenerator blanked = plain.toBuilder().blanks(style).build();
        int blanks = 0;
        for (long i = 0; i < 300; i++) {
          Report a = plain.generate(i);
          Report b = blanked.generate(i);
          for (Table tb : b.tables().values()) {
            Table ta = a.table(tb.type()).orElseThrow();
            for (int r = 0; r < tb.rows().size(); r++) {
              for (int c = 0; c < tb.columns().size(); c++) {
                Cell cb = tb.cell(r, c);
                Cell ca = ta.cell(r, c);
                if (cb.isBlank() && !ca.isBlank()) {
                  blanks++;
                  if (zerosOnly) {
                    then(isZero(ca)).as("%s %s %d,%d", style, tb.type(), r, c).isTrue();
                  }
                } else {
                  then(cb).isEqualTo(ca);
                }
              }
            }
          }
        }
        then(blanks).as("%s %s", edition, style).isPositive();
      }
    }
  }

  private static boolean isZero(Cell c) {
    return c.isInteger() ? c.longValue() == 0 : c.amount().orElseThrow().value().signum() == 0;
  }
}
