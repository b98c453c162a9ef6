package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import java.util.List;

/** One layout family's renderer. A new family is a new implementation of this interface. */
interface Layout {
  /**
   * Renders a report.
   *
   * @param report the report, narrative completed; it is the expected report unless the family changes what
   *     a reader should read (provincial names)
   * @param doc the report's content in the official wording and order
   * @param dice the seeded choices of this rendering
   */
  Output render(Report report, Doc doc, Dice dice);

  /** What a family produced: the text, the report a perfect reader reads from it, the damage applied. */
  record Output(String text, Report expected, List<String> damage) {
    public Output {
      damage = List.copyOf(damage);
    }
  }
}
