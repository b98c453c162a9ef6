package io.github.ogireport.model;

/**
 * A row or a column of a table: a stable key, the official Chinese label and an English name.
 *
 * @since 0.1
 */
public sealed interface Dimension permits TableRow, TableColumn {
  /** The stable key used in JSON paths and finding locations; never {@code null}. */
  String key();

  /** The official Chinese label as printed in the table; never {@code null}. */
  String label();

  /** An English name for messages; never {@code null}. */
  String englishName();
}
