package io.github.ogireport.documents;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.util.EnumMap;
import java.util.Map;

/** Generated reports for the round trips: report i of an edition, its blank style drawn from i. */
final class Generated {
  private static final Map<Edition, Map<BlankStyle, ReportGenerator>> GENERATORS = new EnumMap<>(Edition.class);

  private Generated() {}

  static synchronized Report report(Edition edition, int index) {
    BlankStyle blanks = BlankStyle.values()[Math.floorMod(index, BlankStyle.values().length)];
    return GENERATORS.computeIfAbsent(edition, e -> new EnumMap<>(BlankStyle.class))
        .computeIfAbsent(blanks, b -> ReportGenerator.builder().seed(1L).edition(edition).blanks(b).build())
        .generate(index);
  }
}
