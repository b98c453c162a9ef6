package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders reports as text in one {@link LayoutFamily}, reproducibly: the same report and seed give the
 * same text on every machine, locale and time zone. Immutable and thread-safe.
 *
 * <pre>{@code
 * Report report = ReportGenerator.builder().seed(1).edition(Edition.V2021).build().generate(0);
 * Rendered r = LayoutRenderer.of(LayoutFamily.FLATTENED).render(report, 42L);
 * String text = r.text();          // what a reader gets
 * Report truth = r.expected();     // what a perfect reader reads from it
 * }</pre>
 *
 * @since 0.2
 */
public final class LayoutRenderer {
  private static final Map<LayoutFamily, LayoutRenderer> RENDERERS = new EnumMap<>(LayoutFamily.class);

  static {
    for (LayoutFamily f : LayoutFamily.values()) {
      RENDERERS.put(f, new LayoutRenderer(f));
    }
  }

  private final LayoutFamily family;

  private LayoutRenderer(LayoutFamily family) {
    this.family = family;
  }

  /** Returns the renderer of a family. */
  public static LayoutRenderer of(LayoutFamily family) {
    return RENDERERS.get(Objects.requireNonNull(family, "family"));
  }

  /** The family. */
  public LayoutFamily family() {
    return family;
  }

  /** True if this renderer renders the report (its edition is one of the family's). */
  public boolean accepts(Report report) {
    return family.appliesTo(editionOf(report));
  }

  /**
   * Renders a report.
   *
   * @throws IllegalArgumentException if the family does not render reports of the report's edition
   *     ({@link LayoutFamily#LEGACY_PROVINCIAL} renders legacy reports only)
   */
  public Rendered render(Report report, long seed) {
    Objects.requireNonNull(report, "report");
    if (!accepts(report)) {
      throw new IllegalArgumentException(
          "layout " + family + " does not render reports of edition " + editionOf(report).key());
    }
    Dice dice = Dice.of(seed, family.ordinal() + 1L);
    Report complete = Filler.complete(report, dice);
    Layout.Output out = family.newLayout().render(complete, Official.doc(complete), dice);
    return new Rendered(out.text(), out.expected(), family, out.damage());
  }

  /** A report is legacy if it is treated as legacy or carries the legacy form. */
  private static Edition editionOf(Report report) {
    return report.tables().containsKey(TableType.LEGACY_STATISTICS) ? Edition.LEGACY : report.edition();
  }

  @Override
  public String toString() {
    return "LayoutRenderer[" + family + "]";
  }
}
