package io.github.ogireport.generator.layout;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

final class ProvincialLayoutTest {
  private static final int REPORTS = 30;

  private static Table legacy(Report r) {
    return r.table(TableType.LEGACY_STATISTICS).orElseThrow();
  }

  /** The sum of every integer VALUE cell: merging rows into custom rows must keep it. */
  private static long countTotal(Table t) {
    long sum = 0;
    for (TableRow r : t.rows()) {
      Cell c = t.cell(r, LegacyColumn.VALUE);
      sum += c.isInteger() ? c.longValue() : 0;
    }
    return sum;
  }

  @Test
  void provincial_rows_that_mean_something_else_become_custom_rows_with_the_printed_label() {
    int withCustom = 0;
    int headerless = 0;
    for (int i = 0; i < REPORTS; i++) {
      Report report = Samples.report(Edition.LEGACY, i);
      Rendered r = LayoutRenderer.of(LayoutFamily.LEGACY_PROVINCIAL).render(report, 900L + i);
      Table in = legacy(report);
      Table out = legacy(r.expected());
      String flat = r.text().replace("\n", "").replace(" ", "").replace("\t", "");

      then(r.expected().tables().keySet()).isEqualTo(report.tables().keySet());
      then(countTotal(out)).as("merged rows keep their sum " + r.damage()).isEqualTo(countTotal(in));
      then(out.rows()).containsAll(in.rows());
      for (CustomRow c : out.customRows()) {
        then(r.text()).as("custom row printed under its label").contains(c.label());
        for (LegacyIndicator li : LegacyIndicator.values()) {
          then(c.label()).isNotEqualTo(li.label());
        }
        Cell v = out.cell(c, LegacyColumn.VALUE);
        if (!v.isBlank()) {
          then(flat).contains(c.label() + c.unit().orElse("") + Samples.text(v));
        }
      }
      if (!out.customRows().isEmpty()) {
        withCustom++;
        // the national rows the custom rows replace are read as blank; their sum moved to the custom rows
        long moved = in.rows().stream()
            .filter(row -> in.cell(row, LegacyColumn.VALUE).isInteger() && out.cell(row, LegacyColumn.VALUE).isBlank())
            .mapToLong(row -> in.cell(row, LegacyColumn.VALUE).longValue())
            .sum();
        long custom = out.customRows().stream()
            .map(c -> out.cell(c, LegacyColumn.VALUE))
            .filter(Cell::isInteger)
            .mapToLong(Cell::longValue)
            .sum();
        then(custom).isEqualTo(moved);
      }
      then(OfficialForm.LEGACY_CAPTIONS).anyMatch(r.text()::contains);
      if (Samples.damage(r, "header (none)").isEmpty()) {
        then(java.util.stream.Stream.concat(OfficialForm.LEGACY_INDICATOR_HEADERS.stream(),
            OfficialForm.LEGACY_INDICATOR_SHORT_HEADERS.stream())).anyMatch(r.text()::contains);
        then(OfficialForm.LEGACY_UNIT_HEADERS).anyMatch(r.text()::contains);
      } else {
        headerless++;
      }
    }
    then(withCustom).isBetween(1, REPORTS - 1);
    then(headerless).as("forms printed without a header row").isBetween(1, REPORTS / 2);
  }

  @Test
  void a_printed_cumulative_column_is_in_the_expected_report_and_never_below_the_year() {
    int withColumn = 0;
    int without = 0;
    for (int i = 0; i < REPORTS; i++) {
      Report report = Samples.report(Edition.LEGACY, i);
      Rendered r = LayoutRenderer.of(LayoutFamily.LEGACY_PROVINCIAL).render(report, 17L + i);
      Table out = legacy(r.expected());
      boolean headerless = !Samples.damage(r, "header (none)").isEmpty();
      boolean header = OfficialForm.LEGACY_CUMULATIVE_HEADERS.stream().anyMatch(r.text()::contains)
          || (headerless && !Samples.damage(r, "with a cumulative column").isEmpty());
      boolean values = out.rows().stream().anyMatch(row -> !out.cell(row, LegacyColumn.CUMULATIVE).isBlank());
      then(values).as(r.damage().toString()).isEqualTo(header);
      if (header) {
        withColumn++;
        for (TableRow row : out.rows()) {
          Cell v = out.cell(row, LegacyColumn.VALUE);
          Cell c = out.cell(row, LegacyColumn.CUMULATIVE);
          then(c.isBlank()).isEqualTo(v.isBlank());
          if (v.isInteger()) {
            then(c.longValue()).isGreaterThanOrEqualTo(v.longValue());
          }
        }
      } else {
        without++;
      }
    }
    then(withColumn).isPositive();
    then(without).isPositive();
  }

  @Test
  void same_meaning_renames_keep_the_national_row_and_its_value() {
    int renamed = 0;
    for (int i = 0; i < REPORTS; i++) {
      Report report = Samples.report(Edition.LEGACY, i);
      Rendered r = LayoutRenderer.of(LayoutFamily.LEGACY_PROVINCIAL).render(report, 5000L + i);
      Table in = legacy(report);
      Table out = legacy(r.expected());
      for (LegacyIndicator li : LegacyIndicator.values()) {
        Cell before = in.cell(li, LegacyColumn.VALUE);
        Cell after = out.cell(li, LegacyColumn.VALUE);
        if (after.isBlank()) {
          continue;
        }
        if (!before.equals(after)) {
          // only a unit conversion may change a national value: 万元 printed in 元
          then(after.amount().orElseThrow().value())
              .isEqualByComparingTo(before.amount().orElseThrow().value().movePointRight(4));
        }
        if (!r.text().contains(li.label().substring(Math.min(3, li.label().length() - 2)))) {
          renamed++;
        }
      }
    }
    then(renamed).isPositive();
  }
}
