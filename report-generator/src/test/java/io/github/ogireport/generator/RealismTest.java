package io.github.ogireport.generator;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.TableType;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class RealismTest {

  private static long newApplications(Report r) {
    return switch (r.edition()) {
      case LEGACY -> r.table(TableType.LEGACY_STATISTICS).orElseThrow()
          .cell(LegacyIndicator.L3_1, LegacyColumn.VALUE).longValue();
      case V2019 -> r.table(TableType.APPLICATIONS_2019).orElseThrow()
          .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).longValue();
      case V2021 -> r.table(TableType.APPLICATIONS_2021).orElseThrow()
          .cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL).longValue();
    };
  }

  @Test
  void most_agencies_receive_few_applications_and_some_receive_thousands() {
    List<Report> reports = ReportGenerator.builder().seed(1L).build().stream(5000).toList();

    long none = reports.stream().filter(r -> newApplications(r) == 0).count();
    long few = reports.stream().filter(r -> newApplications(r) <= 10).count();
    long thousands = reports.stream().filter(r -> newApplications(r) > 1000).count();
    then(none).isBetween(1000L, 3000L);
    then(few).isGreaterThan(2500L);
    then(thousands).isBetween(50L, 500L);
  }

  @Test
  void a_town_receives_at_most_five_applications_and_a_city_thousands_mostly_from_natural_persons() {
    List<Report> towns = ReportGenerator.builder().seed(2L).edition(Edition.V2021).level(AgencyLevel.TOWN).build()
        .stream(1000).toList();
    List<Report> cities = ReportGenerator.builder().seed(2L).edition(Edition.V2021).level(AgencyLevel.CITY).build()
        .stream(500).toList();

    then(towns).allSatisfy(r -> then(newApplications(r)).isBetween(0L, 5L));
    then(towns.stream().filter(r -> newApplications(r) == 0).count()).isGreaterThan(400L);
    then(cities).allSatisfy(r -> then(newApplications(r)).isGreaterThanOrEqualTo(300L));
    then(cities.stream().filter(r -> newApplications(r) >= 1000).count()).isGreaterThan(200L);
    then(cities).allSatisfy(r -> {
      var t = r.table(TableType.APPLICATIONS_2021).orElseThrow();
      long natural = t.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON).longValue();
      then(natural * 2).isGreaterThan(newApplications(r));
    });
  }

  @Test
  void procurement_amounts_come_in_yuan_in_wan_yuan_with_decimals_and_without_unit() {
    Set<AmountUnit> units = EnumSet.noneOf(AmountUnit.class);
    boolean decimals = false;
    for (Report r : ReportGenerator.builder().seed(3L).edition(Edition.V2019).build().stream(500).toList()) {
      Amount a = r.table(TableType.ITEM9_2019).orElseThrow()
          .cell(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT).amount().orElseThrow();
      units.add(a.unit());
      decimals |= a.unit() == AmountUnit.WAN_YUAN && a.value().scale() > 0;
    }

    then(units).containsExactlyInAnyOrder(AmountUnit.values());
    then(decimals).isTrue();
  }

  @Test
  void fees_of_2021_are_in_wan_yuan_with_up_to_four_decimals() {
    Set<Integer> scales = new HashSet<>();
    for (Report r : ReportGenerator.builder().seed(4L).edition(Edition.V2021).build().stream(1000).toList()) {
      Amount a = r.table(TableType.ITEM8_2021).orElseThrow()
          .cell(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT).amount().orElseThrow();
      then(a.unit()).isEqualTo(AmountUnit.WAN_YUAN);
      scales.add(a.value().scale());
    }

    then(scales).contains(0, 1, 2, 3, 4).allMatch(s -> s <= 4);
  }

  @Test
  void legacy_money_rows_hold_wan_yuan_amounts_some_with_decimals() {
    boolean decimals = false;
    for (Report r : ReportGenerator.builder().seed(5L).edition(Edition.LEGACY).build().stream(500).toList()) {
      Cell budget = r.table(TableType.LEGACY_STATISTICS).orElseThrow().cell(LegacyIndicator.L8_4, LegacyColumn.VALUE);
      then(budget.amount().orElseThrow().unit()).isEqualTo(AmountUnit.WAN_YUAN);
      decimals |= budget.amount().orElseThrow().value().scale() > 0;
    }

    then(decimals).isTrue();
  }

  @Test
  void the_change_column_of_2019_holds_negative_and_positive_values() {
    boolean negative = false;
    boolean positive = false;
    for (Report r : ReportGenerator.builder().seed(6L).edition(Edition.V2019).build().stream(300).toList()) {
      long change = r.table(TableType.ITEM6_2019).orElseThrow()
          .cell(Section2Row.ADMINISTRATIVE_PENALTY, Section2Column.CHANGE).longValue();
      negative |= change < 0;
      positive |= change > 0;
    }

    then(negative).isTrue();
    then(positive).isTrue();
  }

  @Test
  void metadata_is_plausible_and_consistent_with_the_edition() {
    Set<Integer> years = new HashSet<>();
    int withCode = 0;
    List<Report> reports = ReportGenerator.builder().seed(8L).build().stream(2000).toList();
    for (Report r : reports) {
      var m = r.metadata();
      years.add(m.year());
      then(m.agency()).matches(".*(人民政府|人民政府办公室|街道办事处|局|厅|委员会|分局)");
      then(m.title()).hasValueSatisfying(t -> then(t).startsWith(m.agency() + m.year()).endsWith("报告"));
      then(m.publicationDate()).hasValueSatisfying(d -> then(d.getYear()).isEqualTo(m.year() + 1));
      if (m.divisionCode().isPresent()) {
        withCode++;
        then(m.divisionCode().get()).matches("\\d{6}|\\d{9}");
      }
    }

    then(years).containsExactlyInAnyOrder(
        2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    then(withCode).isBetween(400, 1600);
    then(reports.stream().map(r -> r.metadata().agency()).distinct().count()).isGreaterThan(1900L);
  }

  @Test
  void the_overview_quotes_the_applications_of_the_table() {
    for (Report r : ReportGenerator.builder().seed(9L).edition(Edition.V2019).build().stream(300).toList()) {
      long received = newApplications(r);
      String overview = r.narrativeText(ReportSection.OVERVIEW).orElseThrow();
      if (received > 0) {
        then(overview).contains("新收政府信息公开申请" + received + "件");
      }
      then(r.narrative()).extracting(n -> n.section())
          .containsExactly(ReportSection.OVERVIEW, ReportSection.PROBLEMS, ReportSection.OTHER_MATTERS);
    }
  }

  @Test
  void legacy_reports_carry_free_form_sections_and_narrative_can_be_switched_off() {
    ReportGenerator g = ReportGenerator.builder().seed(10L).edition(Edition.LEGACY).build();

    then(g.generate(0).narrative()).extracting(n -> n.heading())
        .containsExactly("一、主要工作情况", "二、存在的不足", "三、下一步工作打算");
    then(g.toBuilder().narrative(false).build().generate(0).narrative()).isEmpty();
    then(g.toBuilder().narrative(false).build().generate(0).tables()).isEqualTo(g.generate(0).tables());
  }
}
