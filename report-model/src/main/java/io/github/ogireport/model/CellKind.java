package io.github.ogireport.model;

/**
 * What a cell of a given column may hold, besides being blank.
 *
 * @since 0.1
 */
public enum CellKind {
  /** A non-negative integer count. */
  COUNT,
  /** An integer that may be negative (本年增/减). */
  SIGNED,
  /** A non-negative amount of money with its unit. */
  AMOUNT
}
