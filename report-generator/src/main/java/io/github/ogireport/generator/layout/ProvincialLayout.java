package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link LayoutFamily#LEGACY_PROVINCIAL}: a legacy report whose statistics form is a provincial one, under
 * one of the captions of {@link OfficialForm#LEGACY_CAPTIONS} (an agency, a year or 附件： before it). The form
 * prints its own header words ({@code 指标名称 / 计量单位 / 本年度}, {@code 项目 / 单位 / 数量} or {@code 2014年度},
 * with or without a cumulative column {@code 历年累计}) or no header row at all (then never glued with a
 * cumulative column, which nothing would tell), some rows under provincial names
 * ({@link ProvincialVariants}), some national rows merged into one, other units ({@code 元} for the fee row,
 * {@code 条} for applications), another numbering, another order, no heading rows. Rows are printed
 * {@code label unit value [cumulative]} spaced, tabbed, one cell per line, all on one line, or glued
 * ({@code 主动公开信息数条3182045…}).
 *
 * <p>The expected report reads a same-meaning provincial row into its national row, and a row that does not
 * mean exactly one national row into a {@link CustomRow} with the printed label and unit, placed after the
 * row printed before it, while the national rows it replaces are blank. A printed cumulative column that
 * the report lacked gets values (the year's value times a per-report factor, so every sum still holds).
 */
final class ProvincialLayout implements Layout {
  private static final List<String> BLANKS = List.of("—", "/");

  private enum Format { SPACED, TABBED, CELL_PER_LINE, ONE_LINE, GLUED }

  private enum Numbering { NATIONAL, COMMA, NONE }

  /** One printed row and the row a reader should read it into. */
  private record Line(TableRow target, List<LegacyIndicator> replaces, boolean heading, String label, String unit,
      Cell value, Cell cumulative) {
    LegacyIndicator first() {
      return replaces.isEmpty() ? null : replaces.get(0);
    }
  }

  @Override
  public Output render(Report report, Doc doc, Dice dice) {
    Optional<Table> table = report.table(TableType.LEGACY_STATISTICS);
    if (table.isEmpty()) {
      return new Output(OfficialLayout.write(doc, OfficialLayout.BLANK), report,
          List.of("provincial: report has no legacy form"));
    }
    Table t = table.get();
    List<String> damage = new ArrayList<>();
    boolean cumulative = Official.hasCumulative(t) || dice.chance(0.5);
    long factor = dice.between(2, 9);
    Numbering numbering = dice.pick(Numbering.class);
    boolean dropHeadings = dice.chance(0.6);
    boolean applicationUnit = dice.chance(0.4);

    Map<LegacyIndicator, ProvincialVariants.Variant> byFirst = new EnumMap<>(LegacyIndicator.class);
    Set<LegacyIndicator> covered = EnumSet.noneOf(LegacyIndicator.class);
    for (ProvincialVariants.Variant v : ProvincialVariants.ALL) {
      if (dice.chance(0.5) && v.national().stream().noneMatch(covered::contains) && fits(v, t)) {
        byFirst.put(v.national().get(0), v);
        covered.addAll(v.national());
      }
    }

    List<Line> lines = new ArrayList<>();
    for (TableRow r : t.rows()) {
      Cell value = t.cell(r, LegacyColumn.VALUE);
      Cell cum = cumulative ? cumulative(t.cell(r, LegacyColumn.CUMULATIVE), value, factor) : Cell.blank();
      if (r instanceof CustomRow cr) {
        lines.add(new Line(cr, List.of(), false, cr.label(), cr.unit().orElse(""), value, cum));
        continue;
      }
      LegacyIndicator li = (LegacyIndicator) r;
      ProvincialVariants.Variant v = byFirst.get(li);
      if (v != null) {
        lines.add(variant(v, t, cumulative, factor, damage));
      } else if (covered.contains(li)) {
        continue;
      } else if (li.isHeading() && dropHeadings && value.isBlank() && cum.isBlank()) {
        continue;
      } else {
        String unit = applicationUnit && li.key().startsWith("L3.") ? ProvincialVariants.APPLICATION_UNIT
            : li.unit().orElse("");
        lines.add(new Line(li, List.of(li), li.isHeading(), number(li.label(), numbering), unit, value, cum));
      }
    }
    if (dropHeadings) {
      damage.add("provincial: blank heading rows left out");
    }
    if (applicationUnit) {
      damage.add("provincial: application rows counted in " + ProvincialVariants.APPLICATION_UNIT);
    }
    if (numbering != Numbering.NATIONAL) {
      damage.add("provincial: numbering " + numbering.name().toLowerCase(Locale.ROOT));
    }
    if (dice.chance(0.5) && swap(lines, LegacyIndicator.L1_2_1, LegacyIndicator.L1_2_2)) {
      damage.add("provincial: channel rows in another order");
    }
    if (dice.chance(0.4) && moveReviewBlock(lines)) {
      damage.add("provincial: reconsideration, lawsuit and complaint rows before the application rows");
    }
    Report expected = report.toBuilder().table(expected(t, lines, cumulative)).build();
    String text = text(report, doc, lines, cumulative, dice, damage);
    return new Output(text, expected, damage);
  }

  /** A variant applies if it needs no unit conversion, or its cells are in the unit it converts from. */
  private static boolean fits(ProvincialVariants.Variant v, Table t) {
    if (v.unit() == null || !v.unit().equals(AmountUnit.YUAN.label())) {
      return true;
    }
    for (LegacyIndicator li : v.national()) {
      for (LegacyColumn c : LegacyColumn.values()) {
        Cell cell = t.cell(li, c);
        if (!cell.isBlank() && cell.amount().map(a -> a.unit() != AmountUnit.WAN_YUAN).orElse(true)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Line variant(ProvincialVariants.Variant v, Table t, boolean cumulative, long factor,
      List<String> damage) {
    LegacyIndicator first = v.national().get(0);
    String label = v.label() != null ? v.label() : Words.dropNumbering(first.label());
    String unit = v.unit() != null ? v.unit() : first.unit().orElse("");
    Cell value = Cell.blank();
    Cell cum = Cell.blank();
    for (LegacyIndicator li : v.national()) {
      Cell part = t.cell(li, LegacyColumn.VALUE);
      value = add(value, part);
      if (cumulative) {
        cum = add(cum, cumulative(t.cell(li, LegacyColumn.CUMULATIVE), part, factor));
      }
    }
    if (unit.equals(AmountUnit.YUAN.label()) && !unit.equals(first.unit().orElse(""))) {
      value = toYuan(value);
      cum = toYuan(cum);
      damage.add("provincial: " + first.key() + " printed in " + unit);
    }
    if (v.sameMeaning()) {
      if (!label.equals(first.label())) {
        damage.add("provincial: " + first.key() + " printed as " + label + " (same meaning)");
      }
      return new Line(first, v.national(), false, label, unit, value, cum);
    }
    CustomRow row = CustomRow.of(v.customKey(), label, unit.isEmpty() ? Optional.empty() : Optional.of(unit));
    damage.add("provincial: " + label + " stands for " + keys(v.national()) + " (custom row " + v.customKey() + ")");
    return new Line(row, v.national(), false, label, unit, value, cum);
  }

  private static String keys(List<LegacyIndicator> rows) {
    List<String> keys = new ArrayList<>();
    for (LegacyIndicator li : rows) {
      keys.add(li.key());
    }
    return String.join("+", keys);
  }

  /** The cumulative cell printed: the report's own, else the year's value times the factor. */
  private static Cell cumulative(Cell existing, Cell value, long factor) {
    if (!existing.isBlank() || value.isBlank()) {
      return existing;
    }
    if (value.isInteger()) {
      long v = value.longValue();
      return v > Cell.MAX_MAGNITUDE / factor ? value : Cell.of(v * factor);
    }
    Amount a = value.amount().orElseThrow();
    return Cell.of(Amount.of(a.value().multiply(BigDecimal.valueOf(factor)), a.unit()));
  }

  /** The sum of two cells of the same kind; blank if both are blank. */
  private static Cell add(Cell a, Cell b) {
    if (a.isBlank()) {
      return b;
    }
    if (b.isBlank()) {
      return a;
    }
    if (a.isInteger() && b.isInteger()) {
      return Cell.of(a.longValue() + b.longValue());
    }
    Amount x = a.amount().orElseThrow();
    Amount y = b.amount().orElseThrow();
    return Cell.of(Amount.of(x.value().add(y.value()), x.unit()));
  }

  private static Cell toYuan(Cell c) {
    return c.amount()
        .filter(a -> a.unit() == AmountUnit.WAN_YUAN)
        .map(a -> Cell.of(Amount.of(a.value().movePointRight(4), AmountUnit.YUAN)))
        .orElse(c);
  }

  private static String number(String label, Numbering numbering) {
    return switch (numbering) {
      case NATIONAL -> label;
      case COMMA -> Words.commaNumbering(label);
      case NONE -> Words.dropNumbering(label);
    };
  }

  private static boolean swap(List<Line> lines, LegacyIndicator a, LegacyIndicator b) {
    int i = indexOf(lines, a);
    int j = indexOf(lines, b);
    if (i < 0 || j < 0) {
      return false;
    }
    Line x = lines.get(i);
    lines.set(i, lines.get(j));
    lines.set(j, x);
    return true;
  }

  private static int indexOf(List<Line> lines, LegacyIndicator first) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).first() == first) {
        return i;
      }
    }
    return -1;
  }

  /** Moves the rows of 四 to 六 (reconsideration, lawsuits, complaints) before the rows of 三. */
  private static boolean moveReviewBlock(List<Line> lines) {
    List<Line> block = new ArrayList<>();
    int target = -1;
    for (int i = 0; i < lines.size(); i++) {
      LegacyIndicator f = lines.get(i).first();
      if (f == null) {
        continue;
      }
      if (target < 0 && f.ordinal() >= LegacyIndicator.L3.ordinal() && f.ordinal() < LegacyIndicator.L4.ordinal()) {
        target = i;
      }
      if (f.ordinal() >= LegacyIndicator.L4.ordinal() && f.ordinal() <= LegacyIndicator.L6.ordinal()) {
        block.add(lines.get(i));
      }
    }
    if (target < 0 || block.isEmpty()) {
      return false;
    }
    lines.removeAll(block);
    lines.addAll(target, block);
    return true;
  }

  /** The legacy table a perfect reader reads from the printed lines. */
  private static Table expected(Table t, List<Line> lines, boolean cumulative) {
    Table.Builder b = t.toBuilder();
    TableRow previous = null;
    for (Line line : lines) {
      if (line.target() instanceof CustomRow cr && !t.rows().contains(cr)) {
        for (LegacyIndicator part : line.replaces()) {
          b.blank(part, LegacyColumn.VALUE);
          b.blank(part, LegacyColumn.CUMULATIVE);
        }
        if (previous == null) {
          b.addCustomRow(cr);
        } else {
          b.addCustomRow(cr, previous);
        }
      }
      b.set(line.target(), LegacyColumn.VALUE, line.value());
      if (cumulative) {
        b.set(line.target(), LegacyColumn.CUMULATIVE, line.cumulative());
      }
      previous = line.target();
    }
    return b.build();
  }

  private static String text(Report report, Doc doc, List<Line> lines, boolean cumulative, Dice dice,
      List<String> damage) {
    Format format = dice.pick(Format.class);
    String blank = dice.pick(BLANKS);
    int year = report.metadata().year();
    String agency = report.metadata().agency();
    damage.add("provincial: rows " + format.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + (cumulative ? ", with a cumulative column" : ", without a cumulative column"));

    List<String> titles = List.of(
        Official.title(report),
        agency + year + "年度" + Official.TITLE_SUFFIX.substring(1),
        agency + year + Official.TITLE_SUFFIX.replace("政府信息", "政务信息").replace("工作年度", "年度"));
    String title = dice.pick(titles);
    List<String> before = List.of("", agency, "附件：" + agency, year + "年度", agency + year + "年度");
    String caption = dice.pick(before) + dice.pick(OfficialForm.LEGACY_CAPTIONS);
    List<String> indicatorHeaders = new ArrayList<>(OfficialForm.LEGACY_INDICATOR_HEADERS);
    indicatorHeaders.addAll(OfficialForm.LEGACY_INDICATOR_SHORT_HEADERS);
    List<String> header = new ArrayList<>(List.of(
        dice.pick(indicatorHeaders),
        dice.pick(OfficialForm.LEGACY_UNIT_HEADERS),
        dice.chance(0.4) ? year + "年度" : dice.pick(OfficialForm.LEGACY_VALUE_HEADERS)));
    if (cumulative) {
      header.add(dice.pick(OfficialForm.LEGACY_CUMULATIVE_HEADERS));
    }
    // some forms print no header row; never one whose rows are glued with a cumulative column (this year's
    // value and the cumulative one run together with nothing to say there are two: no reader could know)
    if ((!cumulative || format != Format.GLUED) && dice.chance(0.15)) {
      header.clear();
    }
    damage.add("provincial: title " + title + ", caption " + caption + ", header "
        + (header.isEmpty() ? "(none)" : String.join(" ", header)));

    List<List<String>> rows = new ArrayList<>();
    for (Line line : lines) {
      List<String> cells = new ArrayList<>();
      cells.add(line.label());
      cells.add(line.unit());
      AmountUnit printed = AmountUnit.fromKey(line.unit()).orElse(AmountUnit.UNSPECIFIED);
      String v = Official.cell(line.value(), printed);
      cells.add(v.isEmpty() && !line.heading() ? blank : v);
      if (cumulative) {
        String c = Official.cell(line.cumulative(), printed);
        cells.add(c.isEmpty() && !line.heading() ? blank : c);
      }
      rows.add(cells);
    }

    boolean inline = format == Format.ONE_LINE || format == Format.GLUED;
    StringBuilder out = new StringBuilder(title).append('\n');
    List<String> prose = new ArrayList<>();
    for (Doc.Part p : doc.parts()) {
      if (!(p instanceof Doc.Grid)) {
        prose.add(OfficialLayout.text(p));
      }
    }
    if (inline) {
      out.append(String.join(" ", prose)).append(' ');
    } else {
      out.append('\n');
      for (String s : prose) {
        out.append(s).append('\n');
      }
      out.append('\n');
    }
    boolean yearLine = dice.chance(0.4);
    String yearText = "（" + year + "年度）";
    switch (format) {
      case SPACED, TABBED -> {
        String sep = format == Format.SPACED ? " " : OfficialLayout.TAB;
        out.append(caption).append('\n');
        if (yearLine) {
          out.append(yearText).append('\n');
        }
        if (!header.isEmpty()) {
          out.append(String.join(sep, header)).append('\n');
        }
        for (List<String> r : rows) {
          out.append(String.join(sep, nonEmpty(r))).append('\n');
        }
      }
      case CELL_PER_LINE -> {
        out.append(caption).append('\n');
        for (String h : header) {
          out.append(h).append('\n');
        }
        for (List<String> r : rows) {
          for (String c : nonEmpty(r)) {
            out.append(c).append('\n');
          }
        }
      }
      case ONE_LINE, GLUED -> {
        String sep = format == Format.ONE_LINE ? " " : "";
        List<String> all = new ArrayList<>();
        all.add(caption);
        all.addAll(header);
        for (List<String> r : rows) {
          all.addAll(nonEmpty(r));
        }
        out.append(String.join(sep, all)).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> nonEmpty(List<String> cells) {
    return cells.stream().filter(c -> !c.isEmpty()).toList();
  }
}
