package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import org.junit.jupiter.api.Test;

class OfficialGridTest {
  @Test
  void the_public_view_shows_the_grid_the_html_writer_prints() {
    Report report = ReportGenerator.builder().seed(1L).edition(Edition.V2021).build().generate(0);
    Table applications = report.table(TableType.APPLICATIONS_2021).orElseThrow();
    OfficialGrid grid = OfficialGrid.of(applications);
    OfficialLayout.Grid inner = OfficialLayout.grid(applications);
    then(grid.width()).isEqualTo(10);
    then(grid.head()).hasSameSizeAs(inner.head());
    then(grid.body()).hasSameSizeAs(inner.body());
    then(grid.rows()).hasSize(inner.head().size() + inner.body().size());
    then(grid.head().get(0).get(0).rowspan()).isEqualTo(3);
    then(grid.body().stream().flatMap(java.util.List::stream).filter(OfficialGrid.Cell::isValue).count())
        .isEqualTo(applications.type().rows().size() * 7L);
    then(OfficialGrid.title(report)).contains(String.valueOf(report.metadata().year()));
    then(OfficialGrid.parts(report)).isNotEmpty();
  }
}
