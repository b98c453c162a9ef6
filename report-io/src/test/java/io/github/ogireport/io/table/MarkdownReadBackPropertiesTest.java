package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the Markdown writer wrote, the text reader reads back without a wrong number: every cell of every
 * table is what was written, or blank with a finding that names it. Empty pipe cells (blank cells) keep the
 * places of the cells after them.
 */
class MarkdownReadBackPropertiesTest {

  @Provide
  Arbitrary<Report> legacy() {
    return ReportArbitraries.printableReports(Edition.LEGACY);
  }

  @Provide
  Arbitrary<Report> v2019() {
    return ReportArbitraries.printableReports(Edition.V2019);
  }

  @Provide
  Arbitrary<Report> v2021() {
    return ReportArbitraries.printableReports(Edition.V2021);
  }

  @Property(tries = 500)
  void legacy_reports_read_back_without_a_wrong_number(@ForAll("legacy") Report report) {
    thenReadBack(report);
  }

  @Property(tries = 500)
  void reports_of_2019_read_back_without_a_wrong_number(@ForAll("v2019") Report report) {
    thenReadBack(report);
  }

  @Property(tries = 500)
  void reports_of_2021_read_back_without_a_wrong_number(@ForAll("v2021") Report report) {
    thenReadBack(report);
  }

  private static void thenReadBack(Report report) {
    ReadResult back = TextReportReader.lenient().read(MarkdownReportWriter.standard().write(report));
    for (Table written : report.tableList()) {
      Table read = back.report().table(written.type()).orElse(null);
      for (TableRow row : written.rows()) {
        if (row instanceof io.github.ogireport.model.LegacyIndicator li && li.isHeading()) {
          continue; // a heading row of the legacy form holds no values in print (the readers report any)
        }
        for (TableColumn c : written.columns()) {
          Cell w = written.cell(row, c);
          Cell r = read == null ? Cell.blank() : read.cell(row, c);
          if (!r.equals(w)) {
            CellRef ref = CellRef.of(written.type(), row, c);
            then(r.isBlank()).as("%s %s / %s: wrote %s, read %s", written.type().key(), row.label(), c.label(), w, r)
                .isTrue();
            then(back.findings()).as("a finding naming %s", ref)
                .anySatisfy(f -> then(f.names(ref) || f.code().equals("reader.missing-table")).isTrue());
          }
        }
      }
    }
  }
}
