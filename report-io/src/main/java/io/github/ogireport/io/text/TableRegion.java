package io.github.ogireport.io.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table region as the scanning phase of {@link ReadSession} left it, frozen: the input of the table
 * builders. Its lists cannot be changed; a builder that reworks the rows works on {@link WorkRow} copies.
 *
 * @param family the table family the region was read as
 * @param item for section 二, the item of 第二十条 the region is (一, 五, 六, 八, 九); otherwise null
 * @param startLine the line the region starts at
 * @param rows the rows read, in printed order
 * @param orphans the numbers read before any row label
 * @param numbers every number of the region, in printed order
 * @param reviewCells for section 四: the cells of its value row, in printed order
 * @param runStarts for section 四: the index in {@code reviewCells} where each run of numbers starts
 * @param runPrecedingText for section 四: the text printed before each run
 * @param header the header text of the region
 * @param headerToks for section 三: the text pieces before the first row (the header block)
 * @param cumulative for the legacy form: it prints a cumulative column
 * @param subtotalColumn for section 三: it prints a 法人或其他组织小计 column
 * @param subtotalRows for section 三: the subtotal rows that are not on the national form
 */
record TableRegion(ReadSession.Family family, String item, int startLine, List<Row> rows, List<Tok> orphans,
    List<Tok> numbers, List<Tok> reviewCells, List<Integer> runStarts, List<String> runPrecedingText,
    String header, List<Tok> headerToks, boolean cumulative, boolean subtotalColumn, List<Row> subtotalRows) {

  TableRegion {
    rows = frozen(rows);
    orphans = frozen(orphans);
    numbers = frozen(numbers);
    reviewCells = frozen(reviewCells);
    runStarts = frozen(runStarts);
    runPrecedingText = frozen(runPrecedingText);
    headerToks = frozen(headerToks);
    subtotalRows = frozen(subtotalRows);
  }

  /**
   * One row of a region: its form row, its label as printed and its cells.
   *
   * @param row the row of the form (or a custom row)
   * @param index the row's index in the label catalog
   * @param label the label token, or null
   * @param cells the cells after the label, in printed order
   * @param unit for the legacy form: the unit printed with the row, or null
   * @param order for section 三: the official column index of each printed position, or null for the official order
   * @param orderFrom the header token the order was read from
   */
  record Row(io.github.ogireport.model.TableRow row, int index, Tok label, List<Tok> cells, String unit, int[] order,
      Tok orderFrom, boolean approximate) {
    Row {
      cells = frozen(cells);
      order = order == null ? null : order.clone();
    }

    @Override
    public int[] order() {
      return order == null ? null : order.clone();
    }
  }

  /** An unmodifiable copy (elements may be null, unlike {@link List#copyOf}). */
  private static <T> List<T> frozen(List<T> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
