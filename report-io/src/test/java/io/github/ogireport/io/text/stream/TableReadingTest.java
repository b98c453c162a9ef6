package io.github.ogireport.io.text.stream;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a recognizer hands on: its maps keep the order the cells and rows were read in, in every run. */
final class TableReadingTest {
  @Test
  void provenance_and_printed_labels_keep_the_order_they_were_read_in() {
    TableType type = TableType.APPLICATIONS_2021;
    TableReading.Builder b = new TableReading.Builder(type);
    List<CellRef> order = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    // backwards, so that the order is neither the form's nor (for so many keys) an immutable map's
    List<TableRow> formRows = type.rows();
    for (int r = formRows.size() - 1; r >= 0; r--) {
      TableRow row = formRows.get(r);
      b.printed.put(row, "label " + r);
      rows.add(row);
      for (TableColumn c : type.columns()) {
        b.set(row, c, Cell.of(r), Location.ofLine(r + 1, order.size() + 1));
        order.add(CellRef.of(type, row, c));
      }
    }

    TableReading reading = b.build(Location.ofLine(1, 1), Location.ofLine(99, 1));

    then(List.copyOf(reading.provenance().keySet())).containsExactlyElementsOf(order);
    then(List.copyOf(reading.printedLabels().keySet())).containsExactlyElementsOf(rows);
  }
}
