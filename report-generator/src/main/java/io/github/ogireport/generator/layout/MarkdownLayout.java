package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LayoutFamily#MARKDOWN}: what a PDF-to-Markdown converter makes of a report. The title is a
 * {@code #} line or broken over two lines, section headings are {@code ##} lines or plain, paragraphs are
 * wrapped at a page's width with page footers {@code — N —} between pages. Tables become {@code |} pipe
 * rows with {@code |---|} separators (header words of narrow columns broken over lines), cut into fragments (one pipe table for the whole table, per row group
 * or per row); the header is lost (its words printed as plain lines, the first row of each fragment taking
 * its place) or replaced by placeholders {@code 数据1 … 数据N}; a broken header row may be repeated in the
 * middle; page footers fall inside tables; some row labels are truncated or printed on their own lines,
 * detached from their value row.
 */
final class MarkdownLayout implements Layout {
  /** The word a converter puts in the header cells it could not read. */
  static final String PLACEHOLDER = "数据";

  private enum HeaderMode { LOST, PLACEHOLDER, KEPT }

  private enum Cut { WHOLE, PER_GROUP, PER_ROW }

  @Override
  public Output render(Report report, Doc doc, Dice dice) {
    return new Writer(dice).write(report, doc);
  }

  /** The state of one rendering. */
  private static final class Writer {
    private final Dice dice;
    private final List<String> lines = new ArrayList<>();
    private final List<String> damage = new ArrayList<>();
    private final Pages pages;
    private final int width;
    private final boolean hashHeadings;
    private boolean open;
    private int linesOnPage;

    Writer(Dice dice) {
      this.dice = dice;
      this.pages = new Pages(dice.between(1, 2));
      this.width = dice.between(24, 36);
      this.hashHeadings = dice.chance(0.6);
    }

    Output write(Report report, Doc doc) {
      if (dice.chance(0.5)) {
        lines.add("# " + doc.title());
      } else {
        int cut = dice.between(Math.min(4, doc.title().length() - 1), doc.title().length() - 1);
        lines.add(doc.title().substring(0, cut));
        lines.add(doc.title().substring(cut));
        damage.add("markdown: title broken over two lines");
      }
      lines.add("");
      Doc.Grid forced = largest(doc);
      for (Doc.Part p : doc.parts()) {
        if (p instanceof Doc.Heading h) {
          lines.add(hashHeadings && h.section() ? "## " + h.text() : h.text());
        } else if (p instanceof Doc.Paragraph para) {
          for (String line : Pages.wrap(para.text(), width)) {
            lines.add(line);
            if (++linesOnPage > 30 && dice.chance(0.3)) {
              lines.add(pages.footer());
              linesOnPage = 0;
            }
          }
          lines.add("");
        } else {
          grid((Doc.Grid) p, p == forced);
          lines.add("");
        }
      }
      lines.add(pages.footer());
      return new Output(String.join("\n", lines) + "\n", report, damage);
    }

    private static Doc.Grid largest(Doc doc) {
      Doc.Grid best = null;
      for (Doc.Part p : doc.parts()) {
        if (p instanceof Doc.Grid g && (best == null || g.rows().size() > best.rows().size())) {
          best = g;
        }
      }
      return best;
    }

    private void grid(Doc.Grid g, boolean forceFooter) {
      String name = g.type().key();
      boolean singleHeader = g.header().size() == 1;
      HeaderMode header = dice.pick(HeaderMode.class);
      if (header == HeaderMode.KEPT && !singleHeader) {
        header = HeaderMode.LOST;
      }
      Cut cut = g.rows().size() < 3 ? Cut.WHOLE : dice.pick(Cut.class);
      if (!g.caption().isEmpty()) {
        lines.add(g.caption());
      }
      switch (header) {
        case LOST -> {
          boolean sliced = dice.chance(0.5);
          for (List<String> h : g.header()) {
            if (sliced) {
              lines.addAll(sliced(h));
            } else {
              lines.add(String.join("", h));
            }
          }
          if (sliced) {
            damage.add("markdown: header words of " + name + " broken over lines column by column");
          }
          damage.add("markdown: header lost in " + name + " (header words as plain lines)");
        }
        case PLACEHOLDER -> {
          for (List<String> h : g.header().subList(0, g.header().size() - 1)) {
            lines.add(String.join("", h));
          }
          List<String> cells = new ArrayList<>();
          int labelCells = OfficialLayout.cells(g, g.rows().get(0), "").size() - g.width();
          for (int i = 0; i < labelCells; i++) {
            cells.add("");
          }
          for (int i = 1; i <= g.width(); i++) {
            cells.add(PLACEHOLDER + i);
          }
          openWith(cells);
          damage.add("markdown: header of " + name + " replaced by placeholders " + PLACEHOLDER + "1…");
        }
        case KEPT -> openWith(g.header().get(0));
      }
      if (cut != Cut.WHOLE) {
        damage.add("markdown: " + name + " cut into fragments " + (cut == Cut.PER_ROW ? "per row" : "per row group"));
      }
      int forcedAt = forceFooter && g.rows().size() > 2 ? dice.between(1, g.rows().size() - 1) : -1;
      int wrongHeaderAt = g.rows().size() > 4 && dice.chance(0.4) ? dice.between(2, g.rows().size() - 2) : -1;
      for (int i = 0; i < g.rows().size(); i++) {
        Doc.Row r = g.rows().get(i);
        if (i > 0 && (cut == Cut.PER_ROW || (cut == Cut.PER_GROUP && r.labels().size() > 1))) {
          open = false;
        }
        if (i == forcedAt || (i > 0 && dice.chance(0.05))) {
          open = false;
          lines.add(pages.footer());
          damage.add("markdown: page footer inside " + name);
        }
        if (i == wrongHeaderAt) {
          open = false;
          wrongHeader(g);
        }
        List<String> cells = OfficialLayout.cells(g, r, "");
        String label = r.label();
        if (label.length() >= 8 && dice.chance(0.12)) {
          open = false;
          for (String l : r.labels()) {
            lines.addAll(Pages.wrap(l, l.length() > 12 ? (l.length() + 1) / 2 : l.length()));
          }
          cells = cells.subList(r.labels().size(), cells.size());
          damage.add("markdown: label detached from its values: " + label);
        } else if (label.length() >= 8 && dice.chance(0.08)) {
          String cutLabel = label.substring(0, Math.max(4, label.length() * 3 / 5));
          cells = new ArrayList<>(cells);
          cells.set(r.labels().size() - 1, cutLabel);
          damage.add("markdown: label truncated: " + label + " → " + cutLabel);
        }
        if (open) {
          lines.add(pipe(cells));
        } else {
          openWith(cells);
        }
      }
      open = false;
    }

    /**
     * Header words as a PDF prints narrow columns: each word broken into pieces of two characters, the
     * first pieces of every word on one line, the second pieces on the next, and so on.
     */
    private static List<String> sliced(List<String> words) {
      List<String> out = new ArrayList<>();
      for (int at = 0; ; at += 2) {
        StringBuilder line = new StringBuilder();
        for (String w : words) {
          if (at < w.length()) {
            line.append(w, at, Math.min(w.length(), at + 2));
          }
        }
        if (line.length() == 0) {
          return out;
        }
        out.add(line.toString());
      }
    }

    /** A header row that does not fit the table: its words cut short and too few cells. */
    private void wrongHeader(Doc.Grid g) {
      List<String> words = new ArrayList<>();
      for (List<String> h : g.header()) {
        for (String w : h) {
          if (!w.isEmpty()) {
            words.add(w.substring(0, Math.min(2, w.length())));
          }
        }
      }
      words = words.subList(0, Math.max(1, (words.size() + 1) / 2));
      if (!g.caption().isEmpty() || dice.chance(0.5)) {
        lines.add("## " + (g.caption().isEmpty() ? g.type().caption() : g.caption()));
      }
      openWith(words);
      damage.add("markdown: wrong header row repeated inside " + g.type().key());
    }

    private void openWith(List<String> cells) {
      lines.add(pipe(cells));
      StringBuilder sep = new StringBuilder("|");
      for (int i = 0; i < cells.size(); i++) {
        sep.append("---|");
      }
      lines.add(sep.toString());
      open = true;
    }

    private static String pipe(List<String> cells) {
      return "| " + String.join(" | ", cells) + " |";
    }
  }
}
