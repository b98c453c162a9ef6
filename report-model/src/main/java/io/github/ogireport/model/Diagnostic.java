package io.github.ogireport.model;

import java.util.List;
import java.util.Locale;

/**
 * One thing found about a report, by a reader or by validation: the one shape every consumer handles.
 *
 * <ul>
 *   <li>{@link #code()} is stable: a validation rule id such as {@code review.total}, or a reader code
 *       such as {@code reader.glued-digits-ambiguous}. Decide behaviour by the code, never by the message.
 *       Both kinds are documented as data: the rule catalogue ({@code rules.json}) and the reader code
 *       catalogue ({@code reader-codes.json}).
 *   <li>{@link #severity()} on the one scale {@link Severity}.
 *   <li>{@link #location()}: where in the input (line, page, HTML cell) or in the report (a JSON Pointer).
 *   <li>{@link #cells()}: the cells the diagnostic is about (may be empty).
 *   <li>{@link #arguments()}: the message arguments, the values that make this instance specific.
 *   <li>{@link #message(Locale)}: the message in Chinese ({@code zh}) or English (every other locale).
 * </ul>
 *
 * @since 0.1
 */
public interface Diagnostic {
  /** The stable code: a validation rule id or a reader finding code. */
  String code();

  /** How serious it is. */
  Severity severity();

  /** Where it was found; {@link Location#unknown()} when it has no position. */
  Location location();

  /** The cells it is about, in a stable order; empty when it concerns no particular cell. */
  List<CellRef> cells();

  /** The message arguments, in the order the message templates number them. */
  List<?> arguments();

  /** The message in Chinese for a locale whose language is {@code zh}, in English otherwise. */
  String message(Locale locale);

  /** True if this diagnostic names the cell. */
  default boolean names(CellRef cell) {
    return cells().contains(cell);
  }
}
