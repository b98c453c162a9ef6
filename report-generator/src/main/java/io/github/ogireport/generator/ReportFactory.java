package io.github.ogireport.generator;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import java.time.LocalDate;

/** Assembles one report: metadata, tables, blanks and narrative, all drawn from one {@link Rng}. */
final class ReportFactory {
  private ReportFactory() {}

  static Report create(
      Rng rng,
      Agency agency,
      int year,
      Edition edition,
      History history,
      BlankStyle blanks,
      boolean narrative,
      String source) {
    Report.Builder report = Report.builder().metadata(metadata(rng, agency, year, edition, source)).edition(edition);
    // narrative and blanks draw from their own streams, so that switching them changes no figure
    Rng text = new Rng(rng.nextLong());
    Rng blanking = new Rng(rng.nextLong());
    int flags = Blanks.flags(blanking, blanks);
    if (edition == Edition.LEGACY) {
      Grid form = LegacyTables.form(rng, agency, history);
      if (narrative) {
        report.addNarrative(Narratives.legacy(text, agency, year,
            form.get(LegacyIndicator.L1_1.ordinal(), LegacyTables.VALUE),
            form.get(LegacyIndicator.L3_1.ordinal(), LegacyTables.VALUE)));
      }
      Blanks.legacy(blanking, flags, form);
      return report.table(form.toTable()).build();
    }
    Grid[] section2 = edition == Edition.V2019
        ? ModernTables.section2of2019(rng, agency, history)
        : ModernTables.section2of2021(rng, agency, history);
    ModernTables.ApplicationLayout layout = ModernTables.layout(edition);
    Grid applications = ModernTables.applications(rng, agency, edition, history,
        ModernTables.newApplications(rng, agency));
    int total = ApplicantColumn.TOTAL.ordinal();
    long received = applications.get(layout.newReceived, total);
    long carriedOver = applications.get(layout.carriedOver, total);
    Grid review = ModernTables.reviewLitigation(rng, received + carriedOver);
    if (narrative) {
      int t = ReviewColumn.TOTAL.ordinal();
      report.addNarrative(Narratives.modern(text, agency, year, edition == Edition.V2021,
          received, carriedOver,
          applications.get(layout.total, total),
          applications.get(layout.carriedForward, total),
          review.get(ReviewRow.REVIEW.ordinal(), t),
          review.get(ReviewRow.LITIGATION_DIRECT.ordinal(), t)
              + review.get(ReviewRow.LITIGATION_AFTER_REVIEW.ordinal(), t)));
    }
    Blanks.modern(blanking, flags, section2, applications, layout, review);
    for (Grid g : section2) {
      report.table(g.toTable());
    }
    return report.table(applications.toTable()).table(review.toTable()).build();
  }

  private static ReportMetadata metadata(Rng rng, Agency agency, int year, Edition edition, String source) {
    String title = agency.name + year + (edition == Edition.LEGACY && rng.chance(0.1)
        ? "年政务信息公开年度报告"
        : rng.chance(0.9) ? "年政府信息公开工作年度报告" : "年度政府信息公开工作年度报告");
    ReportMetadata.Builder b = ReportMetadata.builder()
        .agency(agency.name)
        .year(year)
        .title(title)
        .publicationDate(LocalDate.of(year + 1, rng.between(1, 3), rng.between(1, 28)));
    if (agency.divisionCode != null) {
      b.divisionCode(agency.divisionCode);
    }
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }
}
