package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Severity;
import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The section 二 recognizer of the token-stream reader: one 第二十条 item table. The edition comes from the
 * column headers found in the region (the 2019 and 2021 headers share no label), else from the edition of
 * the section 三 table; rows are the item's official rows. Section 二 has no relations, so glued digits are
 * split only when one split exists at all.
 */
final class Section2Recognizer {
  /** Letters a row's numbers may follow its label by (a unit, a damaged label's extra character). */
  private static final int MAX_LETTERS_BEFORE_VALUES = 2;

  private static final java.util.Map<TableType, List<RowAligner.Item>> ITEMS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The label key of every section 二 column, by ordinal. */
  private static final String[] COLUMN_KEYS = new String[Section2Column.values().length];
  /** Whether a column is printed in a 2019 section 二 table, by ordinal. */
  private static final boolean[] IN_2019 = new boolean[Section2Column.values().length];

  static {
    for (Section2Column c : Section2Column.values()) {
      COLUMN_KEYS[c.ordinal()] = TextNormalizer.labelKey(c.label());
      for (TableType t : Edition.V2019.tableTypes()) {
        IN_2019[c.ordinal()] |= t.columns().contains(c);
      }
    }
  }

  private Section2Recognizer() {}

  /** The item's table in the edition the headers show ({@code fallback} when they show none). */
  static Optional<TableType> type(Stream s, int from, int to, String item, Edition fallback) {
    String region = s.chars().substring(from, to);
    int v19 = 0;
    int v21 = 0;
    for (Section2Column c : Section2Column.values()) {
      if (c == Section2Column.DECISIONS) {
        continue; // its label is part of the 2021 label 本年处理决定数量
      }
      if (region.contains(COLUMN_KEYS[c.ordinal()])) {
        if (IN_2019[c.ordinal()]) {
          v19++;
        } else {
          v21++;
        }
      }
    }
    Edition e = v19 > v21 ? Edition.V2019 : v21 > v19 ? Edition.V2021 : fallback;
    for (TableType t : e.tableTypes()) {
      if (t.section() == io.github.ogireport.model.ReportSection.ACTIVE_DISCLOSURE
          && t.caption().startsWith(io.github.ogireport.model.OfficialForm.ARTICLE20_CAPTION_PREFIX + item)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  static Optional<TableReading> read(Stream s, int from, int to, TableType type, boolean softReliable) {
    LabelFinder finder = new LabelFinder(s, from, to);
    List<RowAligner.Item> items = ITEMS.computeIfAbsent(type, t -> {
      List<RowAligner.Item> list = new ArrayList<>();
      for (TableRow r : t.rows()) {
        list.add(RowAligner.Item.of(r.label(), r));
      }
      return List.copyOf(list);
    });
    RowAligner.Placed[] placed = RowAligner.align(items, finder, s, LabelFinder.MIN_FRAGMENT);
    TableReading.Builder out = new TableReading.Builder(type);
    AmountUnit unit = unit(s.chars().substring(from, to), type);
    boolean any = false;
    int k = type.columns().size();
    String prose = null; // the text before the table, for the figures its sentences state (built once, if needed)
    for (int i = 0; i < items.size(); i++) {
      TableRow row = items.get(i).row();
      if (placed[i] == null) {
        continue;
      }
      any = true;
      int end = to;
      for (int j = i + 1; j < items.size(); j++) {
        if (placed[j] != null) {
          end = placed[j].start();
          break;
        }
      }
      out.printed.put(row, ApplicationsRecognizer.printed(s, placed[i].start(), placed[i].end()));
      List<Tokens.Tok> toks = Tokens.of(s, placed[i].end(), end).values();
      var at = s.location(placed[i].start());
      if (!toks.isEmpty() && Tokens.letters(s, placed[i].end(), toks.get(0).start()) > MAX_LETTERS_BEFORE_VALUES) {
        // words between the label and the numbers (a heading or a label not recognised: 第二条十条第（八）项
        // 信息内容…行政事业性收费): the numbers are another row's
        for (Tokens.Tok t : toks) {
          if (!t.blank()) {
            out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
                + "' after words that are not part of row " + row.label() + " was not read", List.of(t.text()),
                out.cells(row));
          }
        }
        toks = List.of();
      }
      for (int j = 1; j < toks.size(); j++) {
        if (Tokens.letters(s, toks.get(j - 1).end(), toks.get(j).start()) > MAX_LETTERS_BEFORE_VALUES) {
          // words among the numbers (行政文件, a damaged label of the next row): the numbers after them are
          // that row's, not this one's
          for (Tokens.Tok t : toks.subList(j, toks.size())) {
            if (!t.blank()) {
              out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
                  + "' after words that are not part of row " + row.label() + " was not read", List.of(t.text()),
                  out.cells(row));
            }
          }
          toks = toks.subList(0, j);
          break;
        }
      }
      Tokens.Tok zero = toks.size() < k ? null // fewer: glued digits, split below (no part with a leading zero)
          : toks.stream().filter(Section2Recognizer::leadingZero).findFirst().orElse(null);
      if (zero != null) {
        // a figure with a leading zero (64，090439元 for 6 and 4，090，439元 run together): the row's numbers are
        // not apart where they are printed, so none of them is known to be a cell
        out.finding("reader.cell-count-mismatch", Severity.ERROR, at, "row " + row.label() + ": '" + zero.text()
            + "' begins with a zero, so the row's figures are not apart where printed (" + ApplicationsRecognizer.digits(toks)
            + "); its cells are blank", ApplicationsRecognizer.values(toks), out.cells(row));
        continue;
      }
      boolean softGaps = toks.stream().skip(1).anyMatch(t -> t.gapBefore() == Stream.SOFT);
      if (toks.size() == k && (softReliable || !softGaps)) {
        for (int c = 0; c < k; c++) {
          TableColumn col = type.columns().get(c);
          Tokens.Tok t = toks.get(c);
          Optional<Cell> cell = cell(t, ((Section2Column) col).kind(), unit);
          if (cell.isEmpty()) {
            out.table.blank(row, col);
            out.finding("reader.invalid-value", Severity.ERROR, s.location(t.start()), "'" + t.text()
                + "' does not fit " + row.label() + " / " + col.label(), List.of(t.text()),
                List.of(io.github.ogireport.model.CellRef.of(type, row, col)));
          } else {
            out.set(row, col, cell.get(), s.location(t.start()));
          }
        }
        continue;
      }
      if (toks.isEmpty()) {
        out.finding("reader.empty-row", Severity.INFO, at, "row " + row.label() + " has no values; its cells are blank",
            List.of(row.label()), out.cells(row));
        continue;
      }
      // a signed column (本年增/减) whose run prints no sign holds no negative value: split like counts
      boolean counts = type.columns().stream().allMatch(c -> ((Section2Column) c).kind() == CellKind.COUNT
          || ((Section2Column) c).kind() == CellKind.SIGNED);
      boolean plain = counts && (toks.size() < k || !softReliable)
          && toks.stream().noneMatch(t -> t.blank() || t.decimal() || t.signed());
      RowValues.Options o = plain ? RowValues.of(s, toks, k, List.of(), softReliable) : null;
      if (o != null && o.decided()) {
        Long[] v = o.candidates().get(0);
        for (int c = 0; c < k; c++) {
          out.set(row, type.columns().get(c), Cell.of(v[c]), s.location(o.starts().get(0)[c]));
        }
        out.finding("reader.glued-digits-recovered", Severity.WARNING, at, "row " + row.label() + ": digits "
            + ApplicationsRecognizer.digits(toks) + " have one split only", List.of(java.util.Arrays.toString(v)),
            out.cells(row));
        continue;
      }
      boolean proseMayChoose = o != null && type == TableType.ITEM1_2021 && o.candidates().size() >= 2 && !o.searchCut();
      if (proseMayChoose && prose == null) {
        prose = s.original(0, from);
      }
      Long[] byProse = proseMayChoose ? ProseFigures.choose(o.candidates(), ProseFigures.of(prose, row)) : null;
      if (byProse != null) {
        int ci = o.candidates().indexOf(byProse);
        for (int c = 0; c < k; c++) {
          out.set(row, type.columns().get(c), Cell.of(byProse[c]), s.location(o.starts().get(ci)[c]));
        }
        out.finding("reader.glued-digits-recovered", Severity.WARNING, at, "row " + row.label() + ": digits "
            + ApplicationsRecognizer.digits(toks) + " split as " + java.util.Arrays.toString(byProse) + ", the only one of "
            + o.candidates().size() + " splits that agrees with the figures the narrative states",
            List.of(java.util.Arrays.toString(byProse)), out.cells(row));
        continue;
      }
      List<String> cands = new ArrayList<>();
      if (o != null) {
        for (Long[] c : o.candidates()) {
          cands.add(java.util.Arrays.toString(c));
        }
      }
      out.finding(o == null ? "reader.cell-count-mismatch" : "reader.glued-digits-ambiguous",
          o == null || (o.candidates().isEmpty() && !o.searchCut()) ? Severity.ERROR : Severity.WARNING, at,
          "row " + row.label() + ": " + toks.size() + " values (" + ApplicationsRecognizer.digits(toks) + ") for " + k
              + " cells" + (cands.isEmpty() ? "" : ", " + cands.size() + (o.searchCut() ? " or more" : "")
              + " splits: " + String.join(" ", cands.subList(0, Math.min(8, cands.size()))))
              + "; its cells are blank", cands.isEmpty() ? ApplicationsRecognizer.values(toks) : cands, out.cells(row));
    }
    if (!any) {
      return Optional.empty();
    }
    int first = to;
    for (int i = 0; i < items.size(); i++) {
      TableRow row = items.get(i).row();
      if (placed[i] == null) {
        // nothing silent: a row of the table whose label was not found
        out.finding("reader.missing-row", Severity.WARNING, s.location(from), "row " + row.label()
            + " was not found; its cells are blank", List.of(row.label()), out.cells(row));
      } else {
        first = Math.min(first, placed[i].start());
      }
    }
    for (Tokens.Tok t : Tokens.of(s, from, first).values()) {
      if (!t.blank()) {
        // a number before the first row label found (the row of a damaged label): reported, not dropped
        out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
            + "' could not be placed: before the first row label found in " + type.caption(), List.of(t.text()),
            List.of());
      }
    }
    return Optional.of(out.build(s.location(from), s.location(Math.max(from, to - 1))));
  }

  /** True if the token is digits with a leading zero (0 itself and 0.5 are figures; 090439 is none). */
  private static boolean leadingZero(Tokens.Tok t) {
    String d = t.digits();
    return !t.blank() && d.length() > 1 && d.charAt(0) == '0' && d.charAt(1) != '.';
  }

  private static AmountUnit unit(String region, TableType type) {
    if (region.contains("万元")) {
      return AmountUnit.WAN_YUAN;
    }
    if (region.contains("单位:元") || region.contains("(元)")) {
      return AmountUnit.YUAN;
    }
    return type == TableType.ITEM8_2021 ? AmountUnit.WAN_YUAN : AmountUnit.UNSPECIFIED;
  }

  private static Optional<Cell> cell(Tokens.Tok t, CellKind kind, AmountUnit unit) {
    if (t.blank()) {
      return Optional.of(Cell.blank());
    }
    if (t.digits().replace(".", "").length() > 15) {
      return Optional.empty();
    }
    return switch (kind) {
      case COUNT -> t.decimal() || t.signed() ? Optional.empty() : Optional.of(Cell.of(Long.parseLong(t.text())));
      case SIGNED -> t.decimal() ? Optional.empty() : Optional.of(Cell.of(Long.parseLong(t.text())));
      case AMOUNT -> t.signed() ? Optional.empty() : Optional.of(Cell.amount(new BigDecimal(t.text()),
          t.unit().equals("万元") ? AmountUnit.WAN_YUAN : t.unit().equals("元") ? AmountUnit.YUAN : unit));
    };
  }
}
