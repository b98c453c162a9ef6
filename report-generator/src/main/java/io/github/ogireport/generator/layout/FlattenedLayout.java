package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LayoutFamily#FLATTENED}: the text a web crawler or a browser copy gives. After the title line, the
 * body is on one line or on one line per report section; headings are inline; every table is on one line
 * with its cells glued with no separator (so a row's last digits run into the next row's numbering,
 * {@code …00000002.其他法律…}), or separated by single spaces, or glued with all spaces and tabs stripped and
 * full-width spaces (U+3000) as paragraph marks. In glued text a stray space may split one digit run. Blank
 * cells are written as a visible marker so that a glued row keeps its cells. The page's breadcrumb and
 * links may surround the body.
 */
final class FlattenedLayout implements Layout {
  private static final String PARAGRAPH_MARK = "\u3000\u3000";
  private static final List<String> BLANKS = List.of("/", "—");
  /** Page furniture a crawler keeps around the body: the site's breadcrumb and the download links. */
  private static final String BREADCRUMB = "当前位置：首页 > 政务公开 > 政府信息公开年报";
  private static final String TRAILER = "附件下载 打印本页 关闭窗口";

  /** How cells are joined. */
  enum Mode {
    GLUED("", " ", "flattened: table cells glued with no separator"),
    SPACED(" ", " ", "flattened: cells separated by single spaces"),
    STRIPPED("", "", "flattened: spaces and tabs stripped, cells glued, U+3000 as paragraph marks");

    final String cellSeparator;
    final String partSeparator;
    final String damage;

    Mode(String cellSeparator, String partSeparator, String damage) {
      this.cellSeparator = cellSeparator;
      this.partSeparator = partSeparator;
      this.damage = damage;
    }
  }

  @Override
  public Output render(Report report, Doc doc, Dice dice) {
    Mode mode = dice.pick(Mode.class);
    boolean oneLine = dice.chance(0.5);
    String blank = dice.pick(BLANKS);
    boolean straySpace = mode == Mode.GLUED && dice.chance(0.5);
    List<String> damage = new ArrayList<>();
    damage.add(mode.damage);
    damage.add(oneLine ? "flattened: whole body on one line" : "flattened: one line per report section");
    damage.add("flattened: headings inline");
    damage.add("flattened: blank cells written as " + blank);

    List<Doc.Grid> grids = new ArrayList<>();
    for (Doc.Part p : doc.parts()) {
      if (p instanceof Doc.Grid g) {
        grids.add(g);
      }
    }
    Doc.Grid strayGrid = straySpace && !grids.isEmpty() ? dice.pick(grids) : null;

    StringBuilder body = new StringBuilder();
    Doc.Part previous = null;
    for (Doc.Part p : doc.parts()) {
      String text;
      if (p instanceof Doc.Grid g) {
        text = grid(g, mode, blank);
        if (g == strayGrid) {
          String split = splitDigitRun(text, dice);
          if (!split.equals(text)) {
            damage.add("flattened: stray space inside a digit run of " + g.type().key());
          }
          text = split;
        }
      } else {
        text = OfficialLayout.text(p);
        if (mode == Mode.STRIPPED) {
          text = PARAGRAPH_MARK + strip(text);
        }
      }
      if (previous != null) {
        boolean sectionStart = p instanceof Doc.Heading h && h.section();
        if (sectionStart && !oneLine) {
          body.append('\n');
        } else if (p instanceof Doc.Grid && previous instanceof Doc.Heading) {
          body.append(mode.cellSeparator);
        } else {
          body.append(mode.partSeparator);
        }
      }
      body.append(text);
      previous = p;
    }
    String title = mode == Mode.STRIPPED ? strip(doc.title()) : doc.title();
    if (dice.chance(0.4)) {
      damage.add("flattened: page breadcrumb and links around the body");
      String before = mode == Mode.STRIPPED ? strip(BREADCRUMB) : BREADCRUMB;
      String after = mode == Mode.STRIPPED ? strip(TRAILER) : TRAILER;
      return new Output(before + mode.partSeparator + title + "\n" + body + mode.partSeparator + after + "\n",
          report, damage);
    }
    return new Output(title + "\n" + body + "\n", report, damage);
  }

  private static String grid(Doc.Grid g, Mode mode, String blank) {
    List<String> cells = new ArrayList<>();
    if (!g.caption().isEmpty()) {
      cells.add(g.caption());
    }
    for (List<String> line : g.header()) {
      for (String c : line) {
        if (!c.isEmpty()) {
          cells.add(c);
        }
      }
    }
    for (Doc.Row r : g.rows()) {
      for (String c : OfficialLayout.cells(g, r, blank)) {
        if (!c.isEmpty()) {
          cells.add(c);
        }
      }
    }
    String joined = String.join(mode.cellSeparator, cells);
    return mode == Mode.STRIPPED ? strip(joined) : joined;
  }

  private static String strip(String s) {
    return s.replace(" ", "").replace("\t", "");
  }

  /** Inserts one space inside a randomly chosen run of at least three digits, if there is one. */
  static String splitDigitRun(String text, Dice dice) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (isDigit(text.charAt(i))) {
        int start = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
          i++;
        }
        if (i - start >= 3) {
          runs.add(new int[] {start, i});
        }
      } else {
        i++;
      }
    }
    if (runs.isEmpty()) {
      return text;
    }
    int[] run = dice.pick(runs);
    int at = dice.between(run[0] + 1, run[1] - 1);
    return text.substring(0, at) + " " + text.substring(at);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
