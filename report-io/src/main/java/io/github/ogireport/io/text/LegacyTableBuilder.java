package io.github.ogireport.io.text;

import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.internal.ParsedNumber;
import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the legacy statistics form (政府信息公开情况统计表) from its regions: pairs label blocks printed apart
 * from their value lines, keeps provincial rows as custom rows, splits a row's glued year and cumulative
 * values, keeps what an earlier fragment of the form read, and at the end names the national rows no
 * fragment printed ({@link #missingLegacyRows}). It remembers only which rows its fragments read.
 */
final class LegacyTableBuilder {
  private static final List<String> UNITS = io.github.ogireport.model.OfficialForm.UNITS;

  /** How the scanning phase turns one printed field into a token (for the value lines paired here). */
  @FunctionalInterface
  interface Tokens {
    Tok classify(String text, int offset, int field, int lineNo);
  }

  private final ReadContext ctx;
  private final CellPlacement placement;
  private final Tokens tokens;

  LegacyTableBuilder(ReadContext ctx, CellPlacement placement, Tokens tokens) {
    this.ctx = ctx;
    this.placement = placement;
    this.tokens = tokens;
  }

  /** The national legacy rows read in any fragment of the statistics form, for {@link #missingLegacyRows}. */
  private final java.util.Set<TableRow> legacySeen = new java.util.HashSet<>();
  private boolean legacyProvincial;
  private int legacyStart = -1;

  /**
   * Builds the legacy statistics form of one region; a later fragment of the form ({@code before}, the form
   * read so far, or null) keeps what the earlier ones read.
   */
  BuiltTable build(TableRegion region, Table before) {
    TableType type = TableType.LEGACY_STATISTICS;
    List<WorkRow> rows = WorkRow.copies(region.rows());
    List<Tok> orphans = new ArrayList<>(region.orphans());
    if (!ctx.cellColumns()) {
      pairDetachedLegacy(rows, orphans);
    }
    TableDraft d = new TableDraft(type);
    TableRow previous = null;
    boolean cumulative = region.cumulative() || inferredCumulative(rows, region);
    List<TableColumn> cols = cumulative
        ? List.of(LegacyColumn.VALUE, LegacyColumn.CUMULATIVE) : List.of(LegacyColumn.VALUE);
    java.util.Map<TableRow, WorkRow> seen = new java.util.HashMap<>();
    // a form with a cumulative column whose rows never print two numbers apart, and whose numbers are glued
    // to their labels: each row's one digit run holds both the year's value and the cumulative one
    boolean gluedLayout = cumulative && !ctx.cellColumns()
        && rows.stream().noneMatch(r -> twoApart(numbers(r)))
        && rows.stream().anyMatch(r -> numbers(r).size() == 1 && gluedToText(numbers(r).get(0)));
    for (WorkRow r : rows) {
      WorkRow first = r.row instanceof CustomRow ? null : seen.get(r.row);
      if (first != null && first.hasValues() && r.hasValues()) {
        // a repeated row label: the first row's values are kept, the repetition is reported
        ctx.finding("reader.duplicate-row", Severity.ERROR, ctx.location(r.label),
            "row " + r.row.label() + " is printed again (first at " + ctx.location(first.label) + "); the first values are kept",
            List.of(r.row.label(), ctx.location(first.label).toString()));
        placement.unplaced(r.cells, "number in the repeated row " + r.row.label(), List.of());
        continue;
      }
      TableRow placed = r.row;
      if (r.row instanceof CustomRow c0) {
        CustomRow custom = c0.unit().isEmpty() && r.unit != null
            ? CustomRow.of(c0.key(), c0.label(), Optional.of(r.unit)) : c0; // a provincial name, its unit after it
        placed = custom;
        try {
          if (previous == null) {
            d.table.addCustomRow(custom);
          } else {
            d.table.addCustomRow(custom, previous);
          }
        } catch (IllegalArgumentException e) {
          placement.unplaced(r.cells, "custom row '" + custom.label() + "' could not be added", List.of());
          continue;
        }
      } else if (seen.putIfAbsent(r.row, r) != null && !r.hasValues()) {
        continue;
      }
      if (r.hasValues()
          && r.cells.stream().anyMatch(c -> c.kind() == Tok.Kind.SOFT_BLANK && c.line() == r.label.line())
          && r.cells.stream().allMatch(c -> c.kind() == Tok.Kind.SOFT_BLANK || c.line() != r.label.line())) {
        // a row printed with its cells on its line, all empty (a heading row, a row left blank), then a number on
        // a line of its own: a page number, not the row's value
        placement.unplaced(r.cells, "number on a line of its own after the row " + r.row.label()
            + ", whose cells are printed empty on its line (a page number?)", List.of());
        previous = placed;
        continue;
      }
      if (r.unit == null && !r.cells.isEmpty() && r.cells.get(0).kind() == Tok.Kind.SOFT_BLANK) {
        r.cells.remove(0); // the empty 单位 cell
      }
      while (r.cells.size() > 0 && r.cells.get(r.cells.size() - 1).kind() == Tok.Kind.SOFT_BLANK) {
        r.cells.remove(r.cells.size() - 1);
      }
      if (r.hasValues() && r.cells.size() < cols.size()) {
        // The cumulative column is the optional one: a single value is the year's figure.
        Tok last = r.cells.get(r.cells.size() - 1);
        while (r.cells.size() < cols.size()) {
          r.cells.add(new Tok(Tok.Kind.HARD_BLANK, "", "", null, last.line(), last.col()));
        }
      }
      if (cols.size() == 2 && gluedLayout && !gluedPair(r, type, placed)) {
        previous = placed;
        continue; // the year's value and the cumulative one glued with several or no splits: left blank
      }
      AmountUnit unit = "元".equals(r.unit) ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
      placement.placeRow(d, placed, r, cols, List.of(), unit, null, false, null);
      previous = placed;
    }
    placement.unplaced(orphans, "number in the statistics form with no recognisable row label", List.of());
    legacySeen.addAll(seen.keySet());
    legacyProvincial |= rows.stream().anyMatch(r -> r.row instanceof CustomRow);
    if (legacyStart < 0 && !rows.isEmpty()) {
      legacyStart = region.startLine();
    }
    BuiltTable read = d.built(null);
    return before == null ? read
        : new BuiltTable(keepFirst(before, read.table(), region.startLine()), read.provenance(), null);
  }

  /**
   * The rows of the national form (headings aside) whose label was not found in a statistics form that was
   * read: one finding naming their cells. A WARNING for a form printing the national rows only; INFO for a
   * provincial form, which prints rows of its own instead of some national ones.
   */
  void missingLegacyRows(Table table) {
    if (legacyStart < 0 || table == null) {
      return;
    }
    List<TableColumn> cols = table.columns();
    List<String> labels = new ArrayList<>();
    List<CellRef> cells = new ArrayList<>();
    for (TableRow row : TableType.LEGACY_STATISTICS.rows()) {
      if (legacySeen.contains(row) || (row instanceof LegacyIndicator li && li.isHeading())) {
        continue;
      }
      labels.add(row.label());
      for (TableColumn c : cols) {
        cells.add(CellRef.of(TableType.LEGACY_STATISTICS, row, c));
      }
    }
    if (labels.isEmpty()) {
      return;
    }
    ctx.add(new ReaderFinding("reader.missing-row", legacyProvincial ? Severity.INFO : Severity.WARNING,
        ctx.location(legacyStart, 0), labels.size() + " rows of the national statistics form were not found"
            + (legacyProvincial ? " (the form prints rows of its own)" : "") + "; their cells are blank: "
            + String.join("、", labels), labels, cells));
  }

  /**
   * Detached legacy blocks: a run of label lines with nothing else on them, then a run of value lines
   * ({@code 条\t565}, {@code 件\t4\t16}, a lone {@code /} for a heading row), as PDF converters print a page
   * of the form. When the two runs are equally long, the i-th value line is the i-th label's; when they are
   * not, the rows of the block are left blank and the numbers reported. The line reading would otherwise
   * hand each value line to the wrong row.
   */
  private void pairDetachedLegacy(List<WorkRow> rows, List<Tok> orphans) {
    java.util.Map<Integer, WorkRow> byLine = new java.util.HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (WorkRow r : rows) {
      if (r.row instanceof LegacyIndicator && labelOnly(r.label.line())) {
        byLine.putIfAbsent(r.label.line(), r);
      }
      first = Math.min(first, r.label.line());
      last = Math.max(last, r.label.line());
      for (Tok c : r.cells) {
        last = Math.max(last, c.line());
      }
    }
    for (Tok o : orphans) {
      last = Math.max(last, o.line());
    }
    if (byLine.size() < 2 || first > last) {
      return;
    }
    List<WorkRow> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    java.util.Set<Integer> pairedLines = new java.util.HashSet<>();
    java.util.Map<WorkRow, Integer> valueLineOf = new java.util.LinkedHashMap<>(); // insertion order: deterministic
    List<WorkRow> refused = new ArrayList<>();
    for (int line = first; line <= last + 1; line++) {
      WorkRow label = line <= last ? byLine.get(line) : null;
      boolean value = line <= last && valueLine(line);
      if (label != null && !values.isEmpty()) {
        closeDetachedBlock(labels, values, valueLineOf, pairedLines, refused);
      }
      if (label != null) {
        labels.add(label);
      } else if (value && !labels.isEmpty()) {
        values.add(line);
      } else if (!labels.isEmpty() || !values.isEmpty()) {
        closeDetachedBlock(labels, values, valueLineOf, pairedLines, refused);
      }
    }
    if (valueLineOf.isEmpty() && refused.isEmpty()) {
      return;
    }
    // the numbers of the value lines leave the rows and the orphans they were given to
    for (WorkRow r : rows) {
      r.cells.removeIf(c -> pairedLines.contains(c.line()));
    }
    orphans.removeIf(o -> pairedLines.contains(o.line()));
    for (java.util.Map.Entry<WorkRow, Integer> e : valueLineOf.entrySet()) {
      WorkRow r = e.getKey();
      String line = ctx.lines().get(e.getValue() - 1);
      String[] fields = line.strip().split("[\\s\u3000]+");
      int offset = 0;
      for (String f : fields) {
        int at = line.indexOf(f, offset);
        offset = at + f.length();
        String k = TextNormalizer.labelKey(f);
        if (UNITS.contains(k)) {
          r.unit = k;
          continue;
        }
        r.cells.add(tokens.classify(f, at, 0, e.getValue()));
      }
    }
    for (WorkRow r : refused) {
      r.cells.clear();
    }
    if (!valueLineOf.isEmpty()) {
      // the finding points at the first label paired (a HashMap here made it follow identity hash codes)
      WorkRow any = valueLineOf.keySet().iterator().next();
      ctx.finding("reader.detached-labels", Severity.WARNING, ctx.location(any.label),
          "legacy labels are printed in blocks apart from their value lines; each block's value lines were given"
              + " to its labels in printed order", List.of(TableType.LEGACY_STATISTICS.key()));
    }
    for (WorkRow r : refused) {
      ctx.finding(CellPlacement.cellsOf(TableType.LEGACY_STATISTICS, r.row), "reader.cell-count-mismatch", Severity.ERROR, ctx.location(r.label),
          "legacy row " + r.row.label() + " is in a block of labels whose value lines are not as many as its labels;"
              + " its cells are blank", List.of(r.row.label()));
    }
    for (int line : pairedLines) {
      if (valueLineOf.values().stream().noneMatch(l -> l == line)) {
        ctx.finding("reader.unplaced-number", Severity.WARNING, ctx.location(line, 1),
            "value line '" + ctx.lines().get(line - 1).strip() + "' of a detached block whose labels are not as many"
                + " as its value lines was not read", List.of(ctx.lines().get(line - 1).strip()));
      }
    }
  }

  private static void closeDetachedBlock(List<WorkRow> labels, List<Integer> values,
      java.util.Map<WorkRow, Integer> valueLineOf, java.util.Set<Integer> pairedLines, List<WorkRow> refused) {
    if (labels.size() >= 2 && values.size() >= 2) {
      pairedLines.addAll(values);
      if (labels.size() == values.size()) {
        for (int i = 0; i < labels.size(); i++) {
          valueLineOf.put(labels.get(i), values.get(i));
        }
      } else {
        refused.addAll(labels);
      }
    }
    labels.clear();
    values.clear();
  }

  /** True if the line holds text and no digit (a label printed without its values). */
  private boolean labelOnly(int line) {
    if (line < 1 || line > ctx.lines().size()) {
      return false;
    }
    String key = TextNormalizer.stripNumbering(TextNormalizer.labelKey(ctx.lines().get(line - 1)));
    String noNotes = key.replaceAll("\\([^)]*\\)", "");
    return !noNotes.isBlank() && noNotes.chars().noneMatch(Character::isDigit);
  }

  /**
   * True for a detached value line: a unit and one or two values ({@code 条\t565}, {@code 件 4 16}), or a blank
   * marker alone ({@code /}, the value line of a heading row).
   */
  private boolean valueLine(int line) {
    if (line < 1 || line > ctx.lines().size()) {
      return false;
    }
    String[] f = ctx.lines().get(line - 1).strip().split("[\\s\u3000]+");
    if (f.length == 1) {
      return ReadSession.isBlankMarker(TextNormalizer.labelKey(f[0]));
    }
    if (f.length < 2 || f.length > 3 || !UNITS.contains(TextNormalizer.labelKey(f[0]))) {
      return false;
    }
    for (int i = 1; i < f.length; i++) {
      String k = TextNormalizer.labelKey(f[i]);
      if (!ReadSession.isBlankMarker(k) && !k.matches("[0-9]+(\\.[0-9]+)?")) {
        return false;
      }
    }
    return true;
  }

  /** The fewest rows printing two numbers that tell a cumulative column no header names. */
  private static final int MIN_CUMULATIVE_ROWS = 3;

  /**
   * True if the form names no cumulative column in a header (none printed, or one without 累计) but its rows
   * print one: no row prints more than two numbers, at least {@value #MIN_CUMULATIVE_ROWS} and at least half of
   * the rows with numbers print two, and in each of them the first is not above the second (this year's value
   * is part of the cumulative one). Said in a {@code reader.cumulative-column} finding; otherwise two numbers
   * in a row stay a {@code reader.cell-count-mismatch}.
   */
  private boolean inferredCumulative(List<WorkRow> rows, TableRegion region) {
    int withNumbers = 0;
    int two = 0;
    for (WorkRow r : rows) {
      List<Tok> nums = numbers(r);
      if (nums.isEmpty()) {
        continue;
      }
      withNumbers++;
      if (nums.size() > 2) {
        return false;
      }
      if (nums.size() == 2) {
        if (nums.get(0).number().value().compareTo(nums.get(1).number().value()) > 0) {
          return false;
        }
        two++;
      }
    }
    if (two < MIN_CUMULATIVE_ROWS || 2 * two < withNumbers) {
      return false;
    }
    ctx.finding("reader.cumulative-column", Severity.INFO, ctx.location(region.startLine(), 1),
        "the statistics form names no cumulative column, but " + two + " of its " + withNumbers + " rows with"
            + " numbers print two, the first never above the second: read as this year's value and the cumulative"
            + " one (累计)", List.of(Integer.toString(two), Integer.toString(withNumbers)));
    return true;
  }

  private static List<Tok> numbers(WorkRow r) {
    List<Tok> out = new ArrayList<>();
    for (Tok c : r.cells) {
      if (c.kind() == Tok.Kind.NUMBER) {
        out.add(c);
      }
    }
    return out;
  }

  /** True if two of the numbers follow each other on one line with white space between them. */
  private boolean twoApart(List<Tok> nums) {
    for (int i = 1; i < nums.size(); i++) {
      Tok n = nums.get(i);
      int before = charBefore(n);
      if (n.line() == nums.get(i - 1).line() && before >= 0 && Character.isWhitespace(before)) {
        return true;
      }
    }
    return false;
  }

  /** True if the number is printed right after a letter of text on its line, with no space or separator. */
  private boolean gluedToText(Tok n) {
    int before = charBefore(n);
    return before >= 0 && !Character.isWhitespace(before) && !Character.isDigit(before) && before != '|'
        && before != '\u3000';
  }

  /** The character printed right before the token on its line, or -1 at the line's start or off the text. */
  private int charBefore(Tok t) {
    if (t.line() < 1 || t.line() > ctx.lines().size()) {
      return -1;
    }
    String line = ctx.lines().get(t.line() - 1);
    int at = t.col() - 2;
    return at >= 0 && at < line.length() ? line.charAt(at) : -1;
  }

  /**
   * Splits a glued legacy row's one digit run into the year's value and the cumulative value: only when
   * exactly one split has the year's value not above the cumulative one (and no part with a leading zero).
   * Otherwise the row's cells stay blank with a finding naming them. A row that is not one glued digit run
   * is left as it is.
   *
   * @return false if the row was left blank
   */
  private boolean gluedPair(WorkRow r, TableType type, TableRow row) {
    List<Tok> nums = numbers(r);
    if (nums.size() != 1 || !gluedToText(nums.get(0))) {
      return true;
    }
    Tok n = nums.get(0);
    String digits = n.text();
    if (digits.length() < 2 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') || digits.length() > 30) {
      return true;
    }
    List<int[]> splits = new ArrayList<>();
    for (int i = 1; i < digits.length(); i++) {
      String a = digits.substring(0, i);
      String b = digits.substring(i);
      if ((a.length() > 1 && a.charAt(0) == '0') || (b.length() > 1 && b.charAt(0) == '0')) {
        continue;
      }
      if (new BigDecimal(a).compareTo(new BigDecimal(b)) <= 0) {
        splits.add(new int[] {i});
      }
    }
    List<CellRef> about = CellPlacement.cellsOf(type, row);
    {
      List<String> candidates = new ArrayList<>();
      for (int[] sp : splits) {
        candidates.add(digits.substring(0, sp[0]) + "/" + digits.substring(sp[0]));
      }
      if (splits.size() != 1) {
        ctx.finding(about, "reader.glued-digits-ambiguous", splits.isEmpty() ? Severity.ERROR : Severity.WARNING,
            ctx.location(n),
            "row '" + row.label() + "' prints the glued digits " + digits + " for its year's and cumulative values; "
                + (splits.isEmpty() ? "no split" : splits.size() + " splits") + " with the year's value not above the"
                + " cumulative one; left blank", candidates.isEmpty() ? List.of(digits) : candidates);
        return false;
      }
      int i = splits.get(0)[0];
      Tok a = new Tok(Tok.Kind.NUMBER, digits.substring(0, i), digits.substring(0, i),
          ParsedNumber.parse(digits.substring(0, i), 30).orElseThrow(), n.line(), n.col());
      Tok b = new Tok(Tok.Kind.NUMBER, digits.substring(i), digits.substring(i),
          ParsedNumber.parse(digits.substring(i), 30).orElseThrow(), n.line(), n.col() + i);
      r.cells.set(r.cells.indexOf(n), a);
      r.cells.add(r.cells.indexOf(a) + 1, b);
      while (r.cells.size() > 2 && r.cells.get(r.cells.size() - 1).isBlank()) {
        r.cells.remove(r.cells.size() - 1); // the blank the single run was padded with
      }
      ctx.finding(about, "reader.glued-digits-recovered", Severity.WARNING, ctx.location(n),
          "row '" + row.label() + "' prints the glued digits " + digits + "; the only split with the year's value"
              + " not above the cumulative one, " + candidates.get(0) + ", was used", candidates);
      return true;
    }
  }

  /**
   * A second fragment of a table (a header repeated after a page break) never replaces what the first read:
   * its values fill only the cells the first left blank; a cell both read differently is reported.
   */
  private Table keepFirst(Table first, Table second, int startLine) {
    Table.Builder b = first.toBuilder();
    for (TableRow row : second.rows()) {
      if (!first.hasRow(row)) {
        if (row instanceof CustomRow c) {
          b.addCustomRow(c);
        } else {
          continue;
        }
      }
      for (TableColumn col : second.columns()) {
        Cell v = second.cell(row, col);
        Cell w = first.hasRow(row) ? first.cell(row, col) : Cell.blank();
        if (v.isBlank()) {
          continue;
        }
        if (w.isBlank()) {
          b.set(row, col, v);
        } else if (!w.equals(v)) {
          ctx.finding("reader.duplicate-row", Severity.ERROR, ctx.location(startLine, 0), "row " + row.label()
              + " is read again in a later part of the table with " + v + " (first " + w + "); the first is kept",
              List.of(row.label()));
        }
      }
    }
    return b.build();
  }
}
