package io.github.ogireport.generator.validation;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.aggregate.Aggregate;
import io.github.ogireport.validation.aggregate.PartialCell;
import io.github.ogireport.validation.aggregate.ReportAggregator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The aggregate of valid generated reports: valid, and every cell the sum of its parts, computed here
 * from the sources cell by cell (not through the aggregator).
 */
class AggregatedReportsTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final ReportAggregator AGGREGATOR = ReportAggregator.standard();

  /** {@code count} reports of one edition and one year (the first report's), as the generator draws them. */
  private static List<Report> oneYear(long seed, Edition edition, BlankStyle blanks, int count) {
    ReportGenerator generator = ReportGenerator.builder().seed(seed).edition(edition).blanks(blanks).build();
    int year = generator.generate(0).metadata().year();
    return generator.stream().filter(r -> r.metadata().year() == year).limit(count).toList();
  }

  /** Styles whose blanks stand for zero, or blank every cell of a relation's side together in one table. */
  @Provide
  Arbitrary<BlankStyle> zeroBlanks() {
    return Arbitraries.of(BlankStyle.NONE, BlankStyle.ZERO_CELLS, BlankStyle.ZERO_ROWS, BlankStyle.SECTION2_BLANK);
  }

  @Property(tries = 60)
  void the_aggregate_of_valid_reports_is_valid_and_each_cell_is_the_sum_of_its_parts(
      @ForAll long seed,
      @ForAll Edition edition,
      @ForAll("zeroBlanks") BlankStyle blanks,
      @ForAll @IntRange(min = 1, max = 25) int count) {
    List<Report> sources = oneYear(seed, edition, blanks, count);
    sources.forEach(r -> then(VALIDATOR.validate(r).errors()).as("source %s", r.metadata()).isEmpty());

    Aggregate total = AGGREGATOR.aggregate("汇总", sources);

    then(VALIDATOR.validate(total.report()).errors()).isEmpty();
    thenEveryCellIsTheSumOfItsParts(total, sources);
  }

  @Property(tries = 60)
  void with_blanks_that_hide_numbers_every_error_of_the_aggregate_names_a_partial_cell(
      @ForAll long seed,
      @ForAll Edition edition,
      @ForAll @IntRange(min = 2, max = 25) int count) {
    List<Report> sources = oneYear(seed, edition, BlankStyle.MIXED, count);

    Aggregate total = AGGREGATOR.aggregate("汇总", sources);

    for (Finding f : VALIDATOR.validate(total.report()).errors()) {
      then(f.cells()).as("%s", f).anyMatch(total::isPartial);
    }
    thenEveryCellIsTheSumOfItsParts(total, sources);
  }

  @Test
  void aggregating_1000_valid_reports_of_each_edition_gives_a_valid_report_whose_cells_are_the_sums_of_the_parts() {
    for (Edition edition : Edition.values()) {
      List<Report> sources = oneYear(20_261_201L + edition.ordinal(), edition, BlankStyle.ZERO_CELLS, 1000);
      then(sources).hasSize(1000);

      Aggregate total = AGGREGATOR.aggregate("某省（汇总）", sources);

      then(total.sourceCount()).isEqualTo(1000);
      then(total.report().edition()).isEqualTo(edition);
      then(total.report().metadata().year()).isEqualTo(sources.get(0).metadata().year());
      then(VALIDATOR.validate(total.report()).errors()).as("%s", edition).isEmpty();
      thenEveryCellIsTheSumOfItsParts(total, sources);
      then(total.partialCells()).as("zero cells left blank in some sources").isNotEmpty();
    }
  }

  /**
   * Recomputes every cell of every table the sources print: blank where every source is blank, else the
   * sum of the filled values (amounts in 万元; unitless amounts left out); partial exactly where some
   * source is blank or unitless.
   */
  private static void thenEveryCellIsTheSumOfItsParts(Aggregate total, List<Report> sources) {
    List<TableType> types = new ArrayList<>();
    for (TableType t : TableType.values()) {
      if (sources.stream().anyMatch(r -> r.tables().containsKey(t))) {
        types.add(t);
      }
    }
    then(total.report().tables().keySet()).containsExactlyInAnyOrderElementsOf(types);
    int checked = 0;
    for (TableType type : types) {
      Table aggregated = total.report().table(type).orElseThrow();
      for (TableRow row : type.rows()) {
        for (TableColumn column : type.columns()) {
          BigDecimal sum = BigDecimal.ZERO;
          List<Integer> blank = new ArrayList<>();
          List<Integer> unitless = new ArrayList<>();
          int filled = 0;
          for (int i = 0; i < sources.size(); i++) {
            Optional<Table> t = sources.get(i).table(type);
            Cell c = t.isPresent() ? t.get().cell(row, column) : Cell.blank();
            if (c.isBlank()) {
              blank.add(i);
            } else if (c.decimalValue().isEmpty()) {
              unitless.add(i);
            } else {
              sum = sum.add(c.decimalValue().get());
              filled++;
            }
          }
          CellRef ref = CellRef.of(type, row, column);
          Cell cell = aggregated.cell(row, column);
          if (filled == 0) {
            then(cell.isBlank()).as("%s", ref).isTrue();
          } else {
            BigDecimal expected = sum;
            then(cell.decimalValue()).as("%s", ref).hasValueSatisfying(v -> then(v).isEqualByComparingTo(expected));
          }
          boolean partial = !unitless.isEmpty() || (filled > 0 && !blank.isEmpty());
          then(total.isPartial(ref)).as("%s partial", ref).isEqualTo(partial);
          if (partial) {
            PartialCell p = total.partial(ref).orElseThrow();
            then(p.blankSources()).as("%s", ref).isEqualTo(blank);
            then(p.unitlessSources()).as("%s", ref).isEqualTo(unitless);
          }
          checked++;
        }
      }
    }
    then(checked).isPositive();
  }
}
