package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;

/**
 * A narrative part of a report: the section it belongs to, its heading as printed and its text.
 * Sealed: only the generated implementation extends it.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class NarrativeSection permits ImmutableNarrativeSection {
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

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of writing a wrong object.
   */
  @JsonValue
  Object jacksonWithoutModule() {
    throw JacksonGuard.writing(NarrativeSection.class);
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of reading a wrong value.
   */
  @JsonCreator // delegating: one unnamed parameter
  static NarrativeSection jacksonWithoutModule(Object json) {
    throw JacksonGuard.reading(NarrativeSection.class);
  }
}
