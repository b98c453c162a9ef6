package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LayoutFamily#PAGE_BREAKS}: the official TAB layout as a paginated document prints it. Page breaks
 * fall between paragraphs and inside tables; each is a page footer {@code — N —}, a bare page number, a
 * form feed, or a footer followed by a form feed, and may be followed by a running header (the title
 * again). After a break inside the section 三 table its header lines are usually printed again. The
 * largest table always has a break inside it.
 */
final class PageBreakLayout implements Layout {
  private enum Break { FOOTER, PAGE_NUMBER, FORM_FEED, FOOTER_AND_FORM_FEED }

  @Override
  public Output render(Report report, Doc doc, Dice dice) {
    List<String> damage = new ArrayList<>();
    Pages pages = new Pages(dice.between(1, 3));
    Break kind = dice.pick(Break.class);
    boolean runningHeader = dice.chance(0.3);
    boolean repeatHeader = dice.chance(0.75);
    String blank = dice.pick(OfficialLayout.BLANKS);
    damage.add(OfficialLayout.blankDamage("page breaks", blank));
    damage.add("page breaks: " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (runningHeader ? ", title repeated as running header" : ""));
    Doc.Grid largest = null;
    for (Doc.Part p : doc.parts()) {
      if (p instanceof Doc.Grid g && (largest == null || g.rows().size() > largest.rows().size())) {
        largest = g;
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(doc.title());
    lines.add("");
    int sinceBreak = 0;
    for (Doc.Part p : doc.parts()) {
      if (!(p instanceof Doc.Grid g)) {
        lines.add(OfficialLayout.text(p));
        if (++sinceBreak > 6 && dice.chance(0.3)) {
          pageBreak(lines, kind, pages, runningHeader, doc.title());
          sinceBreak = 0;
        }
        continue;
      }
      List<String> header = OfficialLayout.headerLines(g);
      lines.addAll(header);
      int n = g.rows().size();
      int forced = g == largest && n > 1 ? dice.between(1, n - 1) : -1;
      boolean applications = g.type() == TableType.APPLICATIONS_2019 || g.type() == TableType.APPLICATIONS_2021;
      for (int i = 0; i < n; i++) {
        if (i == forced || (i > 0 && dice.chance(0.04))) {
          pageBreak(lines, kind, pages, runningHeader, doc.title());
          damage.add("page breaks: break inside " + g.type().key() + " before row " + (i + 1));
          if (applications && repeatHeader) {
            lines.addAll(header);
            damage.add("page breaks: section 三 header repeated after the break");
          }
          sinceBreak = 0;
        }
        lines.add(OfficialLayout.rowLine(g, g.rows().get(i), blank, OfficialLayout.TAB));
      }
      lines.add("");
      sinceBreak += n / 3;
    }
    pageBreak(lines, kind, pages, false, doc.title());
    return new Output(String.join("\n", lines) + "\n", report, damage);
  }

  private static void pageBreak(List<String> lines, Break kind, Pages pages, boolean runningHeader, String title) {
    switch (kind) {
      case FOOTER -> lines.add(pages.footer());
      case PAGE_NUMBER -> lines.add(pages.number());
      case FORM_FEED -> {
        pages.number();
        lines.add("\f");
      }
      case FOOTER_AND_FORM_FEED -> lines.add(pages.footer() + "\n\f");
    }
    if (runningHeader) {
      lines.add(title);
    }
  }
}
