package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;

/**
 * How firmly a relation holds, as classified in the format specification: it fixes a rule's default
 * {@link Severity}.
 *
 * @since 0.1
 */
public enum Strength {
  /** The relation must hold exactly (a total equals the sum of its parts). Default severity: error. */
  EXACT(Severity.ERROR),
  /** One side must not exceed the other. Default severity: error. */
  INEQUALITY(Severity.ERROR),
  /** The relation usually holds; real exceptions exist. Default severity: warning. */
  HEURISTIC(Severity.WARNING);

  private final Severity defaultSeverity;

  Strength(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /** The severity of a rule of this strength unless a profile overrides it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The lower-case key used in the published catalogue: {@code exact}, {@code inequality}, {@code heuristic}. */
  public String key() {
    return switch (this) {
      case EXACT -> "exact";
      case INEQUALITY -> "inequality";
      case HEURISTIC -> "heuristic";
    };
  }
}
