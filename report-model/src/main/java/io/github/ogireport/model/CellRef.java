package io.github.ogireport.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The address of one cell: table type, row and column. Its {@link #path()} is the JSON Pointer of the
 * cell in the report's JSON form, and the location used by validation findings and reader provenance.
 *
 * @param table the table type
 * @param row the row
 * @param column the column
 * @since 0.1
 */
public record CellRef(TableType table, TableRow row, TableColumn column) {
  /** Checks that no part is {@code null}. */
  public CellRef {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
  }

  /** Returns a reference. */
  public static CellRef of(TableType table, TableRow row, TableColumn column) {
    return new CellRef(table, row, column);
  }

  /** The JSON Pointer of the cell, for example {@code /tables/applications_2021/rows/granted/total}. */
  public String path() {
    return "/tables/" + table.key() + "/rows/" + row.key() + "/" + column.key();
  }

  /**
   * Parses a path of an official row as written by {@link #path()}; custom rows cannot be resolved
   * without their table and give empty.
   */
  public static Optional<CellRef> parse(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("tables") || !parts[3].equals("rows")) {
      return Optional.empty();
    }
    return TableType.fromKey(parts[2])
        .flatMap(t -> t.row(parts[4]).flatMap(r -> t.column(parts[5]).map(c -> new CellRef(t, r, c))));
  }

  /**
   * Equal when table, row and column are equal.
   */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CellRef c && table == c.table && row.equals(c.row) && column.equals(c.column));
  }

  /**
   * A hash from the parts' positions in their enumerations (a custom row's own hash otherwise): cheap, and the
   * same in every run, unlike the identity hashes of enum constants.
   */
  @Override
  public int hashCode() {
    int h = ((table.ordinal() * 31 + hash(row)) * 31 + hash(column)) * 0x9E3779B9; // spread the positions
    return h ^ (h >>> 16);
  }

  private static int hash(Object part) {
    return part instanceof Enum<?> e ? e.ordinal() : part.hashCode();
  }

  /** The path. */
  @Override
  public String toString() {
    return path();
  }
}
