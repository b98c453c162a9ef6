package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import java.util.List;
import java.util.Objects;

/**
 * One rendering of a report in a layout family.
 *
 * @param text the rendered text, lines ending with {@code \n} (some families put the whole body on one line)
 * @param expected the report a perfect reader would read from {@code text}: the input report (with the short
 *     narrative the renderer wrote if it had none) for most families; for
 *     {@link LayoutFamily#LEGACY_PROVINCIAL} provincial rows that do not mean exactly what a national row
 *     means become {@link io.github.ogireport.model.CustomRow}s with their printed label, and a printed
 *     cumulative column carries its values
 * @param family the family
 * @param damage what was done to the text, one short description per damage (for test output)
 * @since 0.2
 */
public record Rendered(String text, Report expected, LayoutFamily family, List<String> damage) {
  /** Checks that nothing is {@code null} and copies the damage list. */
  public Rendered {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(family, "family");
    damage = List.copyOf(damage);
  }
}
