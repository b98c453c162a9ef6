package io.github.ogireport.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

final class ReportTest {

  @Test
  void a_report_with_a_2021_section_two_and_a_2019_section_three_is_mixed() {
    Report report = Report.builder()
        .metadata(ReportMetadata.of("某区人民政府", 2023))
        .edition(Edition.V2019)
        .table(Table.blank(TableType.ITEM1_2021))
        .table(Table.blank(TableType.APPLICATIONS_2019))
        .table(Table.blank(TableType.REVIEW_LITIGATION))
        .build();

    then(report.isMixedEdition()).isTrue();
    then(report.tableList()).extracting(Table::type)
        .containsExactly(TableType.ITEM1_2021, TableType.APPLICATIONS_2019, TableType.REVIEW_LITIGATION);
  }

  @Test
  void metadata_rejects_impossible_years_and_division_codes() {
    assertThatThrownBy(() -> ReportMetadata.of("某县", 1066))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be between 2000 and 2100 but was 1066");
    assertThatThrownBy(() -> ReportMetadata.builder().agency("某县").year(2020).divisionCode("12a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("division code must have 6, 9 or 12 digits but was '12a'");
    assertThatThrownBy(() -> ReportMetadata.of(" ", 2020)).hasMessage("agency must not be blank");
  }

  @Test
  void narrative_sections_hold_text_only() {
    assertThatThrownBy(() -> NarrativeSection.of(ReportSection.APPLICATIONS, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section applications holds tables, not text");
  }

  @Test
  void editions_list_their_tables_in_printed_order() {
    then(Edition.V2021.tableTypes()).containsExactly(
        TableType.ITEM1_2021, TableType.ITEM5_2021, TableType.ITEM6_2021, TableType.ITEM8_2021,
        TableType.APPLICATIONS_2021, TableType.REVIEW_LITIGATION);
    then(Edition.LEGACY.tableTypes()).containsExactly(TableType.LEGACY_STATISTICS);
  }
}
