package io.github.ogireport.model;

/**
 * How serious a {@link Diagnostic} is: one scale for what the readers found while reading and for what
 * validation found in the numbers. Declared from the most to the least serious, so that
 * {@code a.compareTo(b) < 0} means {@code a} is more serious than {@code b}.
 *
 * @since 0.1
 */
public enum Severity {
  /**
   * Validation: the numbers cannot all be right (a relation that must hold does not). Reading: a value
   * was certainly lost or could not be decided; strict reading fails on these.
   */
  ERROR,
  /**
   * Validation: the numbers are suspicious (a relation that usually holds does not). Reading: a value
   * may be missing or misplaced.
   */
  WARNING,
  /** Worth knowing, not a defect: how something was read, or a rule set to this level by a profile. */
  INFO;

  /** True if this severity is {@code other} or more serious than it. */
  public boolean atLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
