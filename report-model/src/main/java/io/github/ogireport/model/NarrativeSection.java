package io.github.ogireport.model;

import org.immutables.value.Value;

/**
 * A narrative part of a report: the section it belongs to, its heading as printed and its text.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class NarrativeSection {
  /** The section; {@link ReportSection#UNCLASSIFIED} for text outside the official sections. */
  @Value.Parameter
  public abstract ReportSection section();

  /** The heading as printed (may differ from the official one); empty if there was none. */
  @Value.Parameter
  public abstract String heading();

  /** The text, lines joined with {@code \n}. */
  @Value.Parameter
  public abstract String text();

  /** Returns a narrative section. */
  public static NarrativeSection of(ReportSection section, String heading, String text) {
    return ImmutableNarrativeSection.of(section, heading, text);
  }

  /** Returns a narrative section under its official heading. */
  public static NarrativeSection of(ReportSection section, String text) {
    return of(section, section.label(), text);
  }

  @Value.Check
  void check() {
    if (!section().isNarrative()) {
      throw new IllegalArgumentException("section " + section().key() + " holds tables, not text");
    }
  }
}
