package io.github.ogireport.validation;

/**
 * How serious a finding is. The default severity of a rule follows from its {@link Strength}; a
 * {@link ValidationProfile} may change it.
 *
 * @since 0.1
 */
public enum Severity {
  /** The numbers cannot all be right: a relation that must hold does not. */
  ERROR,
  /** The numbers are suspicious: a relation that usually holds does not. */
  WARNING,
  /** Worth knowing, not a defect (only set through a {@link ValidationProfile}). */
  INFO
}
