package io.github.ogireport.model;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CellRefTest {

  @Test
  void equal_references_are_equal_and_hash_alike() {
    CellRef a = CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.GRANTED, ApplicantColumn.TOTAL);
    CellRef b = new CellRef(TableType.APPLICATIONS_2021, ApplicationRow.GRANTED, ApplicantColumn.TOTAL);

    then(a).isEqualTo(b).hasSameHashCodeAs(b);
    then(a).isNotEqualTo(CellRef.of(TableType.APPLICATIONS_2019, ApplicationRow.GRANTED, ApplicantColumn.TOTAL));
    then(a).isNotEqualTo(CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON));
    then(a).isNotEqualTo(a.path());
  }

  @Test
  void custom_rows_compare_by_value() {
    CellRef a = CellRef.of(TableType.LEGACY_STATISTICS, CustomRow.of("x1", "网站公开", Optional.of("条")),
        LegacyColumn.VALUE);
    CellRef b = CellRef.of(TableType.LEGACY_STATISTICS, CustomRow.of("x1", "网站公开", Optional.of("条")),
        LegacyColumn.VALUE);

    then(a).isEqualTo(b).hasSameHashCodeAs(b);
    then(a).isNotEqualTo(CellRef.of(TableType.LEGACY_STATISTICS, CustomRow.of("x2", "网站公开", Optional.of("条")),
        LegacyColumn.VALUE));
  }

  @Test
  void every_official_cell_of_every_table_has_its_own_hash() {
    // the hash is built from enum positions, not identity hashes; it must still tell every cell apart
    Set<Integer> hashes = new HashSet<>();
    int cells = 0;
    for (TableType t : TableType.values()) {
      for (TableRow r : t.rows()) {
        for (TableColumn c : t.columns()) {
          hashes.add(CellRef.of(t, r, c).hashCode());
          cells++;
        }
      }
    }
    then(cells).isGreaterThan(400);
    then(hashes).hasSize(cells);
  }
}
