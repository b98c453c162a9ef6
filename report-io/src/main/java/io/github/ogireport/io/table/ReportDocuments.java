package io.github.ogireport.io.table;

import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The printed order of a report's parts, shared by the document writers. */
final class ReportDocuments {
  private ReportDocuments() {}

  /** One part of a printed report: a narrative section, or the tables of a table section. */
  sealed interface Part permits NarrativePart, TablePart {}

  /** A narrative section. */
  record NarrativePart(NarrativeSection narrative) implements Part {}

  /** A table section with its heading and tables in printed order. */
  record TablePart(ReportSection section, List<Table> tables) implements Part {}

  /** The title printed at the top: the metadata's title, else one made from agency and year. */
  static String title(Report report) {
    return report.metadata().title()
        .orElse(report.metadata().agency() + report.metadata().year() + "年政府信息公开工作年度报告");
  }

  /**
   * The parts in printed order: narrative sections in their order, with each table section placed
   * before the first narrative section that officially follows it; table sections not yet placed come
   * last.
   */
  static List<Part> parts(Report report) {
    Map<ReportSection, List<Table>> bySection = new EnumMap<>(ReportSection.class);
    for (Table t : report.tableList()) {
      bySection.computeIfAbsent(t.type().section(), s -> new ArrayList<>()).add(t);
    }
    List<Part> parts = new ArrayList<>();
    for (NarrativeSection n : report.narrative()) {
      if (n.section() != ReportSection.UNCLASSIFIED) {
        flushBefore(n.section(), bySection, parts);
      }
      parts.add(new NarrativePart(n));
    }
    for (Map.Entry<ReportSection, List<Table>> e : bySection.entrySet()) {
      parts.add(new TablePart(e.getKey(), List.copyOf(e.getValue())));
    }
    return parts;
  }

  private static void flushBefore(
      ReportSection section, Map<ReportSection, List<Table>> bySection, List<Part> parts) {
    var it = bySection.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey().ordinal() < section.ordinal()) {
        parts.add(new TablePart(e.getKey(), List.copyOf(e.getValue())));
        it.remove();
      }
    }
  }

  /** The lines of a narrative text, without carriage returns. */
  static List<String> lines(String text) {
    return List.of(text.replace("\r", "").split("\n", -1));
  }
}
