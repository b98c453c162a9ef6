package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The legacy statistics form recognizer of the token-stream reader, for the national form and the many
 * provincial {@code …情况统计表} variants: after the header (指标名称 / 统计指标, 计量单位 / 单位, 本年度 or
 * {@code 2014年度} / 统计数, and 历年累计 / 累计 when the form has a cumulative column), each row is a label, a
 * unit and one value (two with a cumulative column). A label means a national indicator only when its words
 * are the national label's (numbering, {@code 其中：} and bracketed notes aside); any other label is kept as
 * printed in a custom row. Glued value and cumulative digits are split only where exactly one split has this
 * year's value not above the cumulative one and, where known, agrees with two more facts: the parts of a
 * {@code 其中} list are each at most the row the list belongs to, and the first row of proactive disclosure
 * (主动公开…) has a this-year value the narrative before the form states ({@code 主动公开政府信息318条}).
 * Otherwise the cells are blank and the finding lists the splits. A numbering glued to the digits before it
 * ({@code 002、网上申请数}) is the next label's: its own number plus one, or 1.
 */
final class LegacyRecognizer {
  /** The most letters of a row label; a longer text run ends the form. */
  private static final int MAX_LABEL = 60;

  private LegacyRecognizer() {}

  static Optional<TableReading> read(Stream s) {
    String c = s.chars();
    int anchor = -1;
    for (String h : OfficialForm.LEGACY_INDICATOR_HEADERS) {
      anchor = Math.max(anchor, c.lastIndexOf(h));
    }
    boolean byFirstRow = false;
    if (anchor < 0) {
      int caption = c.lastIndexOf(OfficialForm.LEGACY_CAPTION.substring(OfficialForm.LEGACY_CAPTION.length() - 3));
      if (caption < 0) {
        // caption and header both damaged (政府信息公开情况统计府, 计计指标): the form's first heading row, taken
        // only when the national form's rows follow it
        caption = c.indexOf(FIRST_HEADING);
        byFirstRow = true;
      }
      if (caption < 0) {
        return Optional.empty();
      }
      anchor = caption;
    }
    int pos = anchor;
    boolean cumulative = false;
    // the header: its words, up to the first text that is none of them
    int headerEnd = skipHeader(c, anchor);
    for (String w : OfficialForm.LEGACY_CUMULATIVE_HEADERS) {
      if (c.substring(anchor, headerEnd).contains(w)) {
        cumulative = true;
      }
    }
    pos = headerEnd;
    // the national form, read from the first of its captions or headers (a header repeated after a page break
    // starts no new table)
    int firstAnchor = firstAnchor(c);
    int firstHeaderEnd = skipHeader(c, firstAnchor);
    boolean firstCumulative = cumulative;
    for (String w : OfficialForm.LEGACY_CUMULATIVE_HEADERS) {
      firstCumulative |= c.substring(firstAnchor, firstHeaderEnd).contains(w);
    }
    int[] pairs = firstCumulative ? null : valuePairs(s, firstHeaderEnd);
    boolean inferred = pairs != null;
    cumulative |= inferred;
    firstCumulative |= inferred;
    RowAligner.Placed[] placedNational = RowAligner.align(NATIONAL, new LabelFinder(s, firstHeaderEnd, s.length()), s,
        LabelFinder.MIN_FRAGMENT);
    double share = nationalShare(placedNational);
    if (share >= NATIONAL_SHARE) {
      return national(s, firstAnchor, firstHeaderEnd, firstCumulative, placedNational, pairs);
    }
    if (share >= PROVINCIAL_SHARE || byFirstRow) {
      return Optional.empty(); // neither clearly the national form nor clearly another: the line reading stands
    }
    TableReading.Builder out = new TableReading.Builder(TableType.LEGACY_STATISTICS);
    cumulativeInferred(out, s, firstHeaderEnd, pairs);
    int k = cumulative ? 2 : 1;
    int custom = 0;
    int lastNumbering = 0;
    Set<TableRow> used = new HashSet<>();
    int rowsRead = 0;
    int end = c.length();
    Set<Long> statedDisclosed = ProseFigures.legacyDisclosed(c.substring(0, Math.max(0, anchor)));
    boolean disclosedSeen = false;
    BigDecimal[] ofWhichTotal = null; // the values of the row a 其中 list belongs to, when read
    BigDecimal[] lastRead = null;
    boolean inOfWhich = false;
    while (pos < end) {
      int textStart = pos;
      int depth = 0;
      while (pos < end && !(depth == 0 && Stream.isAsciiDigit(c.charAt(pos)) && !numbering(c, pos, textStart))) {
        char ch = c.charAt(pos);
        depth = ch == '(' ? depth + 1 : ch == ')' ? Math.max(0, depth - 1) : depth; // a note's digits are text
        pos = Stream.isAsciiDigit(ch) ? skipDigits(c, pos) : pos + 1;
      }
      int textEnd = pos;
      if (textEnd - textStart > MAX_LABEL || pos >= end) {
        break;
      }
      List<Tokens.Tok> values = new ArrayList<>();
      boolean gluedNumbering = false;
      int labelFrom = textStart;
      for (int q = textEnd - 1; q > textStart; q--) {
        if (s.gapBefore(q) == Stream.HARD) {
          labelFrom = q;
          break;
        }
      }
      int own = leadingNumber(c.substring(labelFrom, textEnd)); // this label's numbering: the next one's is own + 1
      int vEnd = pos;
      while (vEnd < end && (Stream.isAsciiDigit(c.charAt(vEnd)) || c.charAt(vEnd) == '.')) {
        int t = vEnd;
        while (t < end && (Stream.isAsciiDigit(c.charAt(t)) || (c.charAt(t) == '.' && t + 1 < end
            && Stream.isAsciiDigit(c.charAt(t + 1))) || (c.charAt(t) == ',' && t > vEnd && Tokens.thousands(s, t, end)))
            && (t == vEnd || s.gapBefore(t) == Stream.NONE)) {
          t++;
        }
        if (t == vEnd) {
          break;
        }
        int run = t;
        boolean grouped = c.substring(vEnd, t).indexOf(',') >= 0; // 3,120: thousands, one value
        String digits = c.substring(vEnd, t).replace(",", "");
        // the next label's numbering glued to the digits: 789672.政府公报…, 002、网上申请数
        if (t < end && isNumberingMark(c.charAt(t)) && (t + 1 >= end || !Stream.isAsciiDigit(c.charAt(t + 1)))) {
          String want = Integer.toString((own > 0 ? own : lastNumbering) + 1);
          String first = "1";
          if (digits.length() > want.length() && digits.endsWith(want)) {
            t -= want.length();
          } else if (digits.length() > 1 && digits.endsWith(first)) {
            t -= 1;
          } else {
            gluedNumbering = true; // which of the digits are the numbering is not known
          }
          digits = c.substring(vEnd, t).replace(",", "");
        }
        values.add(new Tokens.Tok(digits, vEnd, t, s.gapBefore(vEnd), false, digits.contains("."), false, grouped, ""));
        boolean numberingNext = t < run;
        vEnd = t;
        if (numberingNext || values.size() == k || (t < end && !Stream.isAsciiDigit(c.charAt(t)))) {
          break;
        }
      }
      pos = vEnd;
      String text = c.substring(textStart, textEnd);
      String unit = null;
      for (String u : OfficialForm.UNITS) {
        if (text.endsWith(u) && text.length() > u.length()) {
          unit = u;
          text = text.substring(0, text.length() - u.length());
          break;
        }
      }
      String label = text;
      if (label.isEmpty() && !values.isEmpty()) {
        // values after a row's own (more than the form's columns): no label says whose they are
        for (Tokens.Tok v : values) {
          out.finding("reader.unplaced-number", Severity.WARNING, s.location(v.start()), "number '" + v.text()
              + "' follows a row's values with no row label before it; not read", List.of(v.text()), List.of());
        }
        continue;
      }
      if (label.isEmpty() || values.isEmpty()) {
        continue;
      }
      // the label is the text after the last line (or cell) boundary; text before it on earlier lines is a
      // heading, unless it is a row of the form: then labels are printed apart from their values (a detached
      // block), and which label these values are is not known
      int cut = -1;
      for (int q = textStart + label.length() - 1; q > textStart; q--) {
        if (s.gapBefore(q) == Stream.HARD) {
          cut = q;
          break;
        }
      }
      if (cut > textStart) {
        boolean detached = false;
        int segStart = textStart;
        for (int q = textStart + 1; q <= cut; q++) {
          if (q == cut || s.gapBefore(q) == Stream.HARD) {
            detached |= national(c.substring(segStart, q)).isPresent();
            segStart = q;
          }
        }
        if (detached) {
          for (Tokens.Tok v : values) {
            out.finding("reader.unplaced-number", Severity.WARNING, s.location(v.start()), "number '" + v.text()
                + "' follows several row labels printed apart from their values; not read", List.of(v.text()),
                List.of());
          }
          continue;
        }
        label = c.substring(cut, textStart + label.length());
        textStart = cut;
      }
      if (OfficialForm.UNITS.contains(label)) {
        // a value line with a unit and no label (条 7 28): whose values these are is not printed here
        for (Tokens.Tok v : values) {
          out.finding("reader.unplaced-number", Severity.WARNING, s.location(v.start()), "number '" + v.text()
              + "' on a line with only the unit " + label + " and no row label; not read", List.of(v.text()),
              List.of());
        }
        continue;
      }
      int num = leadingNumber(label);
      if (num > 0) {
        lastNumbering = num;
      }
      String printed = s.original(textStart, textStart + label.length());
      TableRow row = national(label).filter(r -> !used.contains(r)).orElse(null);
      if (row == null) {
        CustomRow cr = CustomRow.of("custom-" + (++custom), printed, Optional.ofNullable(unit));
        out.table.addCustomRow(cr);
        row = cr;
        out.finding("reader.custom-row", Severity.INFO, s.location(textStart), "legacy row '" + printed
            + "' is not on the national form; kept as a custom row", List.of(printed), List.of());
      }
      used.add(row);
      out.printed.put(row, printed);
      rowsRead++;
      if (gluedNumbering) {
        lastRead = null;
        List<CellRef> cells = out.cells(row);
        Tokens.Tok t = values.get(values.size() - 1);
        out.finding("reader.glued-digits-ambiguous", Severity.WARNING, s.location(t.start()), "legacy row "
            + printed + ": digits " + t.text() + " run into the numbering of the next label; its cells are blank",
            List.of(t.text()), cells);
        continue;
      }
      // a 其中 list (其中：1、… 2、…) holds parts of the row before it: each at most that row's figures
      String key = TextNormalizer.labelKey(label);
      boolean ofWhich = key.startsWith(OfficialForm.OF_WHICH);
      if (ofWhich && !inOfWhich) {
        ofWhichTotal = lastRead;
      }
      inOfWhich = ofWhich || (inOfWhich && num > 0);
      if (!inOfWhich) {
        ofWhichTotal = null;
      }
      // the narrative's 主动公开政府信息N条 states this year's value of the first row of proactive disclosure
      boolean disclosed = !disclosedSeen && !inOfWhich && key.contains(DISCLOSED_WORDS);
      disclosedSeen |= disclosed;
      lastRead = place(out, s, row, unit, values, k, inOfWhich ? ofWhichTotal : null,
          disclosed ? statedDisclosed : Set.of());
    }
    if (rowsRead == 0) {
      return Optional.empty();
    }
    return Optional.of(out.build(s.location(anchor), s.location(Math.max(anchor, pos - 1))));
  }

  /** The share of the national form's value rows whose labels must be found to read it as the national form. */
  private static final double NATIONAL_SHARE = 0.6;

  /** Below this share of national labels, the form is read as a provincial one. */
  private static final double PROVINCIAL_SHARE = 0.3;

  /** The label key of the statistics form's first heading row (一、主动公开情况). */
  private static final String FIRST_HEADING =
      TextNormalizer.stripNumbering(TextNormalizer.labelKey(LegacyIndicator.values()[0].label()));

  private static int firstAnchor(String c) {
    int best = -1;
    List<String> words = new ArrayList<>(OfficialForm.LEGACY_INDICATOR_HEADERS);
    words.add(OfficialForm.LEGACY_CAPTION.substring(OfficialForm.LEGACY_CAPTION.length() - 3));
    for (String w : words) {
      int i = c.indexOf(w);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best < 0 ? c.indexOf(FIRST_HEADING) : best;
  }

  private static final List<RowAligner.Item> NATIONAL = nationalItems();

  private static List<RowAligner.Item> nationalItems() {
    List<RowAligner.Item> items = new ArrayList<>();
    for (LegacyIndicator li : LegacyIndicator.values()) {
      List<String> provincial = new ArrayList<>();
      for (OfficialForm.ProvincialLabel p : OfficialForm.PROVINCIAL_LEGACY_LABELS) {
        if (p.sameMeaning() && p.standsFor().get(0) == li) {
          provincial.add(p.label());
        }
      }
      items.add(RowAligner.Item.of(li.label(), li, provincial));
    }
    return List.copyOf(items);
  }

  /** The share of the national form's value rows whose labels were placed. */
  private static double nationalShare(RowAligner.Placed[] placed) {
    List<RowAligner.Item> items = NATIONAL;
    int valueRows = 0;
    int found = 0;
    for (int k = 0; k < items.size(); k++) {
      if (!((LegacyIndicator) items.get(k).row()).isHeading()) {
        valueRows++;
        found += placed[k] != null ? 1 : 0;
      }
    }
    return valueRows == 0 ? 0 : (double) found / valueRows;
  }

  /**
   * The national form (统计指标 / 单位 / 统计数 [/ 累计]) read by its labels in the form's order, whatever the
   * boundaries: each row's values are the tokens between its label and the next; heading rows hold none.
   */
  private static Optional<TableReading> national(Stream s, int anchor, int headerEnd, boolean cumulative,
      RowAligner.Placed[] placed, int[] pairs) {
    List<RowAligner.Item> items = NATIONAL;
    int end = s.length();
    TableReading.Builder out = new TableReading.Builder(TableType.LEGACY_STATISTICS);
    cumulativeInferred(out, s, headerEnd, pairs);
    int k = cumulative ? 2 : 1;
    int last = headerEnd;
    int[] n = {0}; // custom rows made
    // provincial names of another meaning than any national row (信函、传真申请数): custom rows; a national
    // label found inside one (传真申请数) is not that national row
    List<int[]> customs = provincialOthers(s, headerEnd);
    placed = placed.clone();
    for (int i = 0; i < placed.length; i++) {
      for (int[] c : customs) {
        if (placed[i] != null && placed[i].start() < c[1] && c[0] < placed[i].end()) {
          placed[i] = null;
        }
      }
    }
    for (int i = 0; i < items.size(); i++) {
      LegacyIndicator li = (LegacyIndicator) items.get(i).row();
      List<CellRef> cells = out.cells(li);
      if (placed[i] == null) {
        if (!li.isHeading()) {
          out.finding("reader.missing-row", Severity.WARNING, s.location(last), "legacy row " + li.label()
              + " was not found; its cells are blank", List.of(li.label()), cells);
        }
        continue;
      }
      int spanEnd = end;
      for (int j = i + 1; j < items.size(); j++) {
        if (placed[j] != null) {
          spanEnd = placed[j].start();
          break;
        }
      }
      for (int[] c : customs) {
        if (c[0] >= placed[i].end() && c[0] < spanEnd) {
          spanEnd = c[0];
        }
      }
      out.printed.put(li, s.original(placed[i].start(), placed[i].end()));
      Tokens.Span span = Tokens.unsigned(s, placed[i].end(), spanEnd);
      List<Tokens.Tok> values = new ArrayList<>(span.values());
      last = placed[i].end();
      if (li.isHeading()) {
        int f = 0;
        while (f < values.size() && values.get(f).blank()) {
          f++;
        }
        int ff = f < values.size() ? foreignLabel(s, placed[i].end(), values.get(f).start(), li.label()) : -1;
        if (ff >= 0) {
          // a row of no national row right after the heading (网站专栏访问量 件 0 3454 after 八、…情况): its
          // values, blank cells included, are those after its label
          int r0 = 0;
          while (values.get(r0).start() < ff) {
            r0++;
          }
          foreignRows(out, s, values.subList(r0, values.size()), ff, li, k, n);
          continue;
        }
        for (Tokens.Tok t : values) {
          if (!t.blank()) {
            out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
                + "' beside the heading row " + li.label() + ", which holds no values, was not read",
                List.of(t.text()), List.of());
          }
        }
        continue;
      }
      // words that are no unit between this row's values and later ones: a row whose label is not on the
      // national form (or is printed out of order) — its numbers are not this row's
      AtForeignText split = AtForeignText.of(s, values);
      List<Tokens.Tok> trailing = split.trailing();
      int trailingFrom = split.trailingFrom();
      values = split.own();
      if (i == items.size() - 1 || spanEnd == end) {
        // the last row: its values end at the first text after them
        int dropped = 0;
        while (values.size() > k && values.get(values.size() - 1).gapBefore() == Stream.HARD) {
          Tokens.Tok t = values.remove(values.size() - 1);
          dropped++;
          if (!t.blank()) {
            out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
                + "' after the statistics form was not read", List.of(t.text()), List.of());
          }
        }
        int labelLine = s.location(placed[i].start()).line();
        if (dropped >= 2 && !values.isEmpty() && s.location(values.get(0).start()).line() != labelLine) {
          // a block of value lines after the last label (the labels printed apart from their values, more
          // lines than one stray page number): the first of them is not known to be this row's
          for (Tokens.Tok t : values) {
            if (!t.blank()) {
              out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
                  + "' begins a block of value lines printed after the last label of the statistics form; whose"
                  + " it is is not known", List.of(t.text()), cells);
            }
          }
          continue;
        }
      }
      int foreignFrom = values.isEmpty() ? -1 : foreignLabel(s, placed[i].end(), values.get(0).start(), li.label());
      if (foreignFrom >= 0) {
        // a label of no national row between this row's label and the values (主动公开文件数 条 2543 after
        // （三）接受培训人员数 人次): the values are that row's, kept as a custom row; this row has none
        out.finding("reader.empty-row", Severity.INFO, s.location(placed[i].start()), "legacy row " + li.label()
            + " has no values; its cells are blank", List.of(li.label()), cells);
        List<Tokens.Tok> all = new ArrayList<>(values);
        all.addAll(trailing);
        foreignRows(out, s, all, foreignFrom, li, k, n);
        continue;
      }
      foreignRows(out, s, trailing, trailingFrom, li, k, n);
      values = dotted(s, values);
      int numbered = numberingGlued(s, values);
      if (numbered >= 0) {
        // digits run into the numbering of a label that is not read here (2311、政府公报…): which digits are the
        // value is not known
        Tokens.Tok t = values.get(numbered);
        out.finding("reader.glued-digits-ambiguous", Severity.WARNING, s.location(t.start()), "legacy row "
            + li.label() + ": digits " + t.text() + " run into the numbering of the next label; its cells are blank",
            List.of(t.text()), cells);
        continue;
      }
      if (values.isEmpty()) {
        out.finding("reader.empty-row", Severity.INFO, s.location(placed[i].start()), "legacy row " + li.label()
            + " has no values; its cells are blank", List.of(li.label()), cells);
        continue;
      }
      String unit = printedUnit(s, placed[i].end(), values).orElse(li.unit().orElse(null));
      if (values.size() > k) {
        out.finding("reader.cell-count-mismatch", Severity.ERROR, s.location(values.get(0).start()), "legacy row "
            + li.label() + ": " + values.size() + " values for " + k + " cells; its cells are blank",
            ApplicationsRecognizer.values(values), cells);
        continue;
      }
      if (values.size() < k && values.size() > 1) {
        continue;
      }
      place(out, s, li, unit, yearOnly(s, values, k), k, null, Set.of());
    }
    for (int[] c : customs) {
      OfficialForm.ProvincialLabel p = OfficialForm.PROVINCIAL_LEGACY_LABELS.get(c[2]);
      int spanEnd = end;
      TableRow after = null;
      int afterStart = -1;
      for (int j = 0; j < items.size(); j++) {
        if (placed[j] != null && placed[j].start() >= c[1] && placed[j].start() < spanEnd) {
          spanEnd = placed[j].start();
        }
        if (placed[j] != null && placed[j].start() < c[0] && placed[j].start() > afterStart) {
          after = items.get(j).row();
          afterStart = placed[j].start();
        }
      }
      for (int[] d : customs) {
        if (d[0] >= c[1] && d[0] < spanEnd) {
          spanEnd = d[0];
        }
      }
      List<Tokens.Tok> values = new ArrayList<>(Tokens.unsigned(s, c[1], spanEnd).values());
      AtForeignText split = AtForeignText.of(s, values);
      List<Tokens.Tok> trailing = split.trailing();
      int trailingFrom = split.trailingFrom();
      values = split.own();
      if (values.isEmpty()) {
        continue;
      }
      values = dotted(s, values);
      String unit = printedUnit(s, c[1], values).orElse(null);
      CustomRow cr = CustomRow.of("custom-" + (++n[0]), s.original(c[0], c[1]), Optional.ofNullable(unit));
      if (after == null) {
        out.table.addCustomRow(cr);
      } else {
        out.table.addCustomRow(cr, after);
      }
      out.printed.put(cr, cr.label());
      out.finding("reader.custom-row", Severity.INFO, s.location(c[0]), "legacy row '" + cr.label()
          + "' is a provincial row of another meaning than any national row; kept as a custom row",
          List.of(cr.label()), List.of());
      place(out, s, cr, unit, yearOnly(s, values, k), k, null, Set.of());
      foreignRows(out, s, trailing, trailingFrom, cr, k, n);
    }
    return Optional.of(out.build(s.location(anchor), s.location(Math.max(anchor, end - 1))));
  }

  /**
   * The places of the shared catalogue's provincial names of another meaning after {@code from}: start, end
   * and index in {@link OfficialForm#PROVINCIAL_LEGACY_LABELS}, in stream order, not overlapping.
   */
  private static List<int[]> provincialOthers(Stream s, int from) {
    List<int[]> out = new ArrayList<>();
    String c = s.chars();
    List<OfficialForm.ProvincialLabel> labels = OfficialForm.PROVINCIAL_LEGACY_LABELS;
    for (int q = 0; q < labels.size(); q++) {
      if (labels.get(q).sameMeaning()) {
        continue;
      }
      String key = TextNormalizer.labelKey(labels.get(q).label());
      for (int at = c.indexOf(key, from); at >= 0 && out.size() < 1000; at = c.indexOf(key, at + key.length())) {
        int start = at;
        if (out.stream().noneMatch(o -> o[0] < start + key.length() && start < o[1])) {
          out.add(new int[] {at, at + key.length(), q});
        }
      }
    }
    out.sort((x, y) -> Integer.compare(x[0], y[0]));
    return out;
  }

  /** The unit printed between a row's label and its first value ({@code 元}, {@code 条}), if any. */
  private static Optional<String> printedUnit(Stream s, int labelEnd, List<Tokens.Tok> values) {
    if (values.isEmpty() || values.get(0).start() <= labelEnd) {
      return Optional.empty();
    }
    String between = s.chars().substring(labelEnd, values.get(0).start());
    for (String u : OfficialForm.UNITS) {
      if (between.endsWith(u)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /**
   * The rows printed after a row's values whose labels are on no row of the national form (政府信息公开收费减免金额
   * 元 0 0 after 信函、传真申请数 条 7 49): each kept as a custom row after {@code after}, with the values up to
   * the next such label. {@code rest} are the values after the first such label, which starts at
   * {@code textFrom}. Where the words are a national row's label (printed out of order) or no label, the
   * numbers are reported as not read.
   */
  private static void foreignRows(TableReading.Builder out, Stream s, List<Tokens.Tok> rest, int textFrom,
      TableRow after, int k, int[] count) {
    while (!rest.isEmpty()) {
      AtForeignText split = AtForeignText.of(s, rest);
      CustomRow made = foreignRow(out, s, rest, split.own(), textFrom, after, k, count);
      if (made == null || split.trailing().isEmpty()) {
        return;
      }
      after = made;
      textFrom = split.trailingFrom();
      rest = split.trailing();
    }
  }

  /**
   * One row of {@link #foreignRows}: the custom row for the words between {@code textFrom} and {@code rest}'s
   * first value, holding {@code own} (the values up to the next such label); {@code null}, with every value of
   * {@code rest} reported as not read, when the words are no label or a national row's.
   */
  private static CustomRow foreignRow(TableReading.Builder out, Stream s, List<Tokens.Tok> rest,
      List<Tokens.Tok> own, int textFrom, TableRow after, int k, int[] count) {
    // the label as printed (not the stream's unified characters), white space and pipes aside
    String printed = s.original(textFrom, rest.get(0).start());
    StringBuilder words = new StringBuilder();
    for (int q = 0; q < printed.length(); q++) {
      char ch = printed.charAt(q);
      if (!Character.isWhitespace(ch) && ch != '|' && ch != '\u3000') {
        words.append(ch);
      }
    }
    String label = words.toString();
    String unit = longestUnit(label, false);
    String lead = longestUnit(label, true); // the unit of the row before, glued in front (人次主动公开文件数条)
    label = unit == null || label.length() <= unit.length() ? label : label.substring(0, label.length() - unit.length());
    label = lead != null && label.length() > lead.length() + 1 ? label.substring(lead.length()) : label;
    if (label.codePoints().filter(Character::isLetter).count() < 2 || national(label).isPresent()) {
      String what = printed.strip();
      for (Tokens.Tok t : rest) {
        if (!t.blank()) {
          out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
              + "' after the row " + after.label() + " and the text '" + what
              + "', which is no row of the form here, was not read", List.of(t.text()), List.of());
        }
      }
      return null;
    }
    CustomRow cr = CustomRow.of("custom-" + (++count[0]), label, Optional.ofNullable(unit));
    out.table.addCustomRow(cr, after);
    out.printed.put(cr, label);
    out.finding("reader.custom-row", Severity.INFO, s.location(rest.get(0).start()), "legacy row '" + label
        + "' is not on the national form; kept as a custom row", List.of(label), List.of());
    if (own.size() > k) {
      out.finding("reader.cell-count-mismatch", Severity.ERROR, s.location(own.get(0).start()), "legacy row "
          + label + ": " + own.size() + " values for " + k + " cells; its cells are blank",
          ApplicationsRecognizer.values(own), out.cells(cr));
    } else {
      place(out, s, cr, unit, yearOnly(s, dotted(s, new ArrayList<>(own)), k), k, null, Set.of());
    }
    return cr;
  }

  /** The longest of the form's units that {@code text} starts ({@code prefix}) or ends with, or {@code null}. */
  private static String longestUnit(String text, boolean prefix) {
    String best = null;
    for (String u : OfficialForm.UNITS) {
      if ((prefix ? text.startsWith(u) : text.endsWith(u)) && (best == null || u.length() > best.length())) {
        best = u;
      }
    }
    return best;
  }

  /**
   * A row's values split at the first that follows words other than a unit ({@link #foreignText}): the row's
   * own values, the later ones (another row's, or none) and where the words before them begin.
   */
  private record AtForeignText(List<Tokens.Tok> own, List<Tokens.Tok> trailing, int trailingFrom) {
    static AtForeignText of(Stream s, List<Tokens.Tok> values) {
      int foreign = foreignText(s, values);
      return foreign <= 0 ? new AtForeignText(new ArrayList<>(values), List.of(), -1)
          : new AtForeignText(new ArrayList<>(values.subList(0, foreign)),
              List.copyOf(values.subList(foreign, values.size())), values.get(foreign - 1).end());
    }
  }

  /**
   * Where a label of another row begins in the text between a row's label and its first value, or -1: a
   * run of two or more letters, after a boundary or after the row's unit, that are neither a unit, a
   * bracketed note nor part of the row's own label (whose words may wrap onto the next line).
   */
  private static int foreignLabel(Stream s, int from, int to, String rowLabel) {
    String own = TextNormalizer.labelKey(rowLabel);
    String ownNumbering = own.substring(0, own.length() - TextNormalizer.stripNumbering(own).length());
    int depth = 0;
    int start = -1;
    int segment = from;
    boolean first = true; // the segment glued to the label: only after the row's unit (人次主动公开文件数)
    StringBuilder letters = new StringBuilder();
    for (int q = from; q < to; q++) {
      char ch = s.charAt(q);
      if (q > from && s.gapBefore(q) != Stream.NONE) {
        if (foreignWords(letters, own, first) || otherNumbering(s, segment, q, ownNumbering)) {
          return start >= 0 ? start : segment;
        }
        letters.setLength(0);
        start = -1;
        segment = q;
        first = false;
      }
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Character.isLetter(ch)) {
        if (start < 0) {
          start = q;
        }
        letters.append(ch);
      }
    }
    return foreignWords(letters, own, first) || otherNumbering(s, segment, to, ownNumbering)
        ? (start >= 0 ? start : segment) : -1;
  }

  /**
   * True if the segment [from, to) begins with a label's numbering other than the row's own, a letter after it
   * ({@code (三)其}, a label cut to one word, after row （二）'s blank cells): another row's label.
   */
  private static boolean otherNumbering(Stream s, int from, int to, String ownNumbering) {
    return from < to && Tokens.numberedLabel(s, from, to) == from
        && (ownNumbering.isEmpty() || !s.chars().startsWith(ownNumbering, from));
  }

  private static boolean foreignWords(StringBuilder letters, String ownKey, boolean glued) {
    String w = letters.toString();
    if (glued) {
      String lead = longestUnit(w, true);
      if (lead == null) {
        return false; // the label's own words, perhaps damaged, glued to it
      }
      w = w.substring(lead.length());
    }
    String unit = longestUnit(w, false);
    if (unit != null && w.length() > unit.length()) {
      w = w.substring(0, w.length() - unit.length());
    }
    return w.length() >= 2 && !OfficialForm.UNITS.contains(w) && !ownKey.contains(w);
  }


  /**
   * One value printed apart from the text before it, in a form with a cumulative column: the year's figure,
   * the cumulative one not printed (a blank is added for it). A value glued to its label may hold both.
   */
  private static List<Tokens.Tok> yearOnly(Stream s, List<Tokens.Tok> values, int k) {
    if (values.size() != 1 || k != 2 || values.get(0).gapBefore() == Stream.NONE || glued(s, values.get(0))) {
      return values;
    }
    List<Tokens.Tok> out = new ArrayList<>(values);
    out.add(new Tokens.Tok("", values.get(0).end(), values.get(0).end(), Stream.HARD, true, false, false, false, ""));
    return out;
  }

  /**
   * Values glued with a decimal point between them ({@code 2.610.4} tokenised as {@code 2.610} and {@code 4})
   * are one run of two amounts: they are joined back, for the glued split to decide or refuse.
   */
  private static List<Tokens.Tok> dotted(Stream s, List<Tokens.Tok> values) {
    List<Tokens.Tok> out = new ArrayList<>(values);
    for (int j = out.size() - 1; j >= 1; j--) {
      Tokens.Tok a = out.get(j - 1);
      Tokens.Tok b = out.get(j);
      if (!a.blank() && !b.blank() && b.start() == a.end() + 1 && s.charAt(a.end()) == '.'
          && s.gapBefore(a.end()) == Stream.NONE && s.gapBefore(b.start()) == Stream.NONE) {
        String text = s.chars().substring(a.start(), b.end());
        out.set(j - 1, new Tokens.Tok(text, a.start(), b.end(), a.gapBefore(), false, true, false, false, ""));
        out.remove(j);
      }
    }
    return out;
  }

  /**
   * The index of the first value whose digits are followed by a numbering mark and a letter ({@code 2311、政府…},
   * {@code 132.政府…}): its last digits may be the next label's numbering. -1 if none.
   */
  private static int numberingGlued(Stream s, List<Tokens.Tok> values) {
    String c = s.chars();
    for (int j = 0; j < values.size(); j++) {
      Tokens.Tok t = values.get(j);
      int e = t.end();
      if (t.blank() || e + 1 >= c.length() || s.gapBefore(e) != Stream.NONE) {
        continue;
      }
      char mark = c.charAt(e);
      if ((mark == '、' || mark == '．' || mark == '.') && Character.isLetter(c.charAt(e + 1))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The index of the first value with two or more letters other than a unit between it and the value before
   * it, or -1 when the values follow each other with at most a unit or punctuation between them.
   */
  private static int foreignText(Stream s, List<Tokens.Tok> values) {
    for (int j = 1; j < values.size(); j++) {
      String between = s.chars().substring(values.get(j - 1).end(), values.get(j).start());
      for (String u : OfficialForm.UNITS) {
        between = between.replace(u, "");
      }
      int letters = 0;
      for (int q = 0; q < between.length(); q++) {
        letters += Character.isLetter(between.charAt(q)) ? 1 : 0;
      }
      if (letters >= 2) {
        return j;
      }
    }
    return -1;
  }

  /** True if the value is glued to the text before it (a crawler's join): its digits may hold two cells. */
  private static boolean glued(Stream s, Tokens.Tok t) {
    return t.start() > 0 && s.gapBefore(t.start()) == Stream.NONE && Character.isLetter(s.charAt(t.start() - 1));
  }

  /** The words of a label of the row of proactive disclosure (主动公开…数); the first such row's value is stated. */
  private static final String DISCLOSED_WORDS = "主动公开";

  /**
   * Places a row's values; returns the two figures read (this year and cumulative), or {@code null} when
   * not both were read. A glued run of two figures is split where exactly one split keeps this year's value
   * at most the cumulative one and, where given, each figure at most {@code upper}'s (the total a 其中 list
   * belongs to) and this year's value among {@code stated} (figures the narrative states for the row).
   */
  private static BigDecimal[] place(TableReading.Builder out, Stream s, TableRow row, String unit,
      List<Tokens.Tok> values, int k, BigDecimal[] upper, Set<Long> stated) {
    List<CellRef> cells = out.cells(row);
    boolean money = "万元".equals(unit) || "元".equals(unit);
    Location at = s.location(values.get(0).start());
    if (values.size() == k) {
      for (int i = 0; i < k; i++) {
        Tokens.Tok t = values.get(i);
        if (t.blank()) {
          continue;
        }
        // an amount may print its own unit (752893.5元 in a row whose 单位 is 万元): the figure's unit is that one
        boolean ownUnit = "元".equals(t.unit()) || "万元".equals(t.unit());
        Optional<Cell> cell = cell(t.text(), money || ownUnit, ownUnit ? t.unit() : unit);
        if (cell.isEmpty()) {
          out.finding("reader.invalid-value", Severity.ERROR, s.location(t.start()), "'" + t.text()
              + "' does not fit the legacy row " + row.label(), List.of(t.text()), List.of(cells.get(i)));
          continue;
        }
        out.set(row, LegacyColumn.values()[i], cell.get(), s.location(t.start()));
      }
      return k == 2 && figures(values.get(0)) && figures(values.get(1))
          ? new BigDecimal[] {new BigDecimal(values.get(0).text()), new BigDecimal(values.get(1).text())} : null;
    }
    // one glued run for this year's value and the cumulative value
    String d = values.get(0).text();
    List<String[]> splits = new ArrayList<>();
    if (values.size() == 1 && k == 2 && (money || !d.contains("."))) {
      // two figures glued: 416 as 4 / 16, or amounts 1.203.60 as 1.20 / 3.60
      for (int cut = 1; cut < d.length(); cut++) {
        String a = d.substring(0, cut);
        String b = d.substring(cut);
        if (!FIGURE.matcher(a).matches() || !FIGURE.matcher(b).matches()
            || a.replace(".", "").length() > 15 || b.replace(".", "").length() > 15) {
          continue;
        }
        if (new BigDecimal(a).compareTo(new BigDecimal(b)) <= 0) {
          splits.add(new String[] {a, b});
        }
      }
    }
    String how = "the only split with this year's value not above the cumulative one";
    if (splits.size() > 1 && upper != null) {
      List<String[]> within = new ArrayList<>();
      for (String[] v : splits) {
        if (new BigDecimal(v[0]).compareTo(upper[0]) <= 0 && new BigDecimal(v[1]).compareTo(upper[1]) <= 0) {
          within.add(v);
        }
      }
      if (within.size() == 1) {
        splits = within;
        how = "the only split with this year's value not above the cumulative one and neither above the total"
            + " of its 其中 list (" + upper[0].toPlainString() + " / " + upper[1].toPlainString() + ")";
      }
    }
    if (splits.size() > 1 && !stated.isEmpty()) {
      List<String[]> agreeing = new ArrayList<>();
      for (String[] v : splits) {
        if (!v[0].contains(".") && v[0].length() <= 15 && stated.contains(Long.parseLong(v[0]))) {
          agreeing.add(v);
        }
      }
      if (agreeing.size() == 1) {
        splits = agreeing;
        how = "the only split with this year's value not above the cumulative one that agrees with the figure the"
            + " narrative states (" + agreeing.get(0)[0] + ")";
      }
    }
    if (splits.size() == 1) {
      String[] v = splits.get(0);
      out.set(row, LegacyColumn.VALUE, cell(v[0], money, unit).orElseThrow(), at);
      out.set(row, LegacyColumn.CUMULATIVE, cell(v[1], money, unit).orElseThrow(),
          s.location(values.get(0).start() + v[0].length()));
      out.finding("reader.glued-digits-recovered", Severity.WARNING, at, "legacy row " + row.label() + ": digits "
          + d + " split as " + v[0] + " / " + v[1] + " (" + how + ")",
          List.of(v[0], v[1]), cells);
      return new BigDecimal[] {new BigDecimal(v[0]), new BigDecimal(v[1])};
    }
    List<String> cands = new ArrayList<>();
    for (String[] v : splits) {
      cands.add(v[0] + "/" + v[1]);
    }
    out.finding("reader.glued-digits-ambiguous", cands.isEmpty() ? Severity.ERROR : Severity.WARNING, at,
        "legacy row " + row.label() + ": digits " + d
        + (cands.isEmpty() ? " cannot be split" : " have " + cands.size() + " splits: " + String.join(" ", cands))
        + "; its cells are blank", cands.isEmpty() ? List.of(d) : cands, cells);
    return null;
  }

  /** True if the token is a figure (not a blank marker). */
  private static boolean figures(Tokens.Tok t) {
    return !t.blank() && FIGURE.matcher(t.text()).matches();
  }

  /** A figure as printed: no leading zero, at most one decimal point with digits on both sides. */
  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private static Optional<Cell> cell(String text, boolean money, String unit) {
    if (text.replace(".", "").length() > 15) {
      return Optional.empty();
    }
    if (money) {
      return Optional.of(Cell.amount(new BigDecimal(text), "元".equals(unit) ? AmountUnit.YUAN : AmountUnit.WAN_YUAN));
    }
    return text.contains(".") ? Optional.empty() : Optional.of(Cell.of(Long.parseLong(text)));
  }

  /** The national indicator whose label has the same words, if any. */
  static Optional<TableRow> national(String label) {
    String core = words(label);
    for (LegacyIndicator li : LegacyIndicator.values()) {
      if (!li.isHeading() && words(li.label()).equals(core)) {
        return Optional.of(li);
      }
    }
    for (OfficialForm.ProvincialLabel p : OfficialForm.PROVINCIAL_LEGACY_LABELS) {
      if (p.sameMeaning() && words(p.label()).equals(core)) {
        return Optional.of(p.standsFor().get(0)); // a provincial name of the shared catalogue, same meaning
      }
    }
    return Optional.empty();
  }

  /** A label's words: numbering, 其中：, and a trailing bracketed note removed. */
  static String words(String label) {
    String k = TextNormalizer.labelKey(label);
    k = k.startsWith(OfficialForm.OF_WHICH) ? k.substring(OfficialForm.OF_WHICH.length()) : k;
    if (k.startsWith(":")) {
      k = k.substring(1);
    }
    k = TextNormalizer.stripNumbering(k);
    int b = k.indexOf('(');
    if (b > 0 && k.endsWith(")")) {
      k = k.substring(0, b);
    }
    return k;
  }

  private static int leadingNumber(String label) {
    String k = TextNormalizer.labelKey(label);
    k = k.startsWith(OfficialForm.OF_WHICH + ":") ? k.substring(OfficialForm.OF_WHICH.length() + 1) : k;
    int i = 0;
    while (i < k.length() && Stream.isAsciiDigit(k.charAt(i))) {
      i++;
    }
    return i > 0 && i <= 2 && i < k.length() && k.charAt(i) == '.' ? Integer.parseInt(k.substring(0, i)) : 0;
  }

  /** The marks that end a label's numbering: 1. 1． 1、 */
  private static boolean isNumberingMark(char ch) {
    return ch == '.' || ch == '．' || ch == '、';
  }

  /**
   * Digits followed by a numbering mark and a non-digit at the start of a label: its numbering, part of the
   * label text.
   */
  private static boolean numbering(String c, int pos, int textStart) {
    int e = pos + 1;
    while (e < c.length() && Stream.isAsciiDigit(c.charAt(e)) && e - pos < 3) {
      e++;
    }
    return e - pos <= 2 && e < c.length() && isNumberingMark(c.charAt(e))
        && (e + 1 >= c.length() || !Stream.isAsciiDigit(c.charAt(e + 1)))
        && (pos == textStart || !Stream.isAsciiDigit(c.charAt(pos - 1)));
  }

  private static int skipDigits(String c, int pos) {
    int e = pos;
    while (e < c.length() && Stream.isAsciiDigit(c.charAt(e))) {
      e++;
    }
    return e;
  }

  /** The fewest rows printing two values that tell a cumulative column no header names. */
  private static final int MIN_CUMULATIVE_ROWS = 3;

  /**
   * Where the form's header names no cumulative column, whether its rows print one: the runs of values between
   * two texts after {@code from} (the values of one row: digits apart by white space; numbers in brackets, a
   * year before 年 and a run ending in the next label's numbering left out), none longer than two, at least
   * {@value #MIN_CUMULATIVE_ROWS} and half of them two values, the first never above the second. Returns the
   * count of two-value runs and of runs, or null when the rows do not tell a cumulative column.
   */
  static int[] valuePairs(Stream s, int from) {
    String c = s.chars();
    int runs = 0;
    int two = 0;
    int depth = 0;
    int i = from;
    while (i < c.length()) {
      char ch = c.charAt(i);
      if (!Stream.isAsciiDigit(ch) || depth > 0) {
        depth = ch == '(' ? depth + 1 : ch == ')' ? Math.max(0, depth - 1) : depth;
        i++;
        continue;
      }
      List<String> values = new ArrayList<>();
      int start = i;
      int e = i;
      while (e < c.length() && (Stream.isAsciiDigit(c.charAt(e))
          || (c.charAt(e) == '.' && e + 1 < c.length() && Stream.isAsciiDigit(c.charAt(e + 1)) && e > start))) {
        if (e > start && s.gapBefore(e) != Stream.NONE) {
          values.add(c.substring(start, e));
          start = e;
        }
        e++;
      }
      values.add(c.substring(start, e));
      i = e;
      if (e < c.length() && (isNumberingMark(c.charAt(e)) || c.charAt(e) == '年')) {
        continue; // the next label's numbering (1.当面申请数), a year: no row's values
      }
      if (values.size() > 2) {
        return null;
      }
      runs++;
      if (values.size() == 2) {
        if (new BigDecimal(values.get(0)).compareTo(new BigDecimal(values.get(1))) > 0) {
          return null;
        }
        two++;
      }
    }
    return two >= MIN_CUMULATIVE_ROWS && 2 * two >= runs ? new int[] {two, runs} : null;
  }

  /** The {@code reader.cumulative-column} finding, where {@link #valuePairs} told the column. */
  private static void cumulativeInferred(TableReading.Builder out, Stream s, int at, int[] pairs) {
    if (pairs != null) {
      out.finding("reader.cumulative-column", Severity.INFO, s.location(Math.min(at, s.length() - 1)),
          "the statistics form names no cumulative column, but " + pairs[0] + " of its " + pairs[1] + " rows with"
              + " numbers print two, the first never above the second: read as this year's value and the"
              + " cumulative one (累计)", List.of(Integer.toString(pairs[0]), Integer.toString(pairs[1])), List.of());
    }
  }

  /** The end of the header words after the anchor (the caption, 指标名称, 计量单位, 2014年度, 历年累计…). */
  private static int skipHeader(String c, int anchor) {
    return io.github.ogireport.io.internal.LegacyHeaderWords.end(c, anchor, true, new int[1]);
  }

}
