package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The section 三 recognizer of the token-stream reader: places the official row labels of the 2019 and the
 * 2021 table in the region (the edition is the one whose labels are found: the 2021 sub-rows of
 * （六）其他处理), reads each row's values from the stream up to the next label, pairs detached value rows
 * with labels in template order, and decides glued digits jointly over the table with its exact relations
 * ({@link TableSolver}).
 */
final class ApplicationsRecognizer {
  /** The most letters between two values of the last row; more is the text after the table. */
  private static final int MAX_WORDS_BETWEEN = 5;
  private static final int K = ApplicantColumn.values().length;
  private static final List<Splitter.Group> ROW_SUM = List.of(new Splitter.Group(0, K - 1));

  private ApplicationsRecognizer() {}

  private static final List<RowAligner.Item> TEMPLATE_2019 = build(TableType.APPLICATIONS_2019);
  private static final List<RowAligner.Item> TEMPLATE_2021 = build(TableType.APPLICATIONS_2021);

  /** The labels of a section 三 table in printed order: its rows and the group labels between them. */
  static List<RowAligner.Item> template(TableType type) {
    return type == TableType.APPLICATIONS_2019 ? TEMPLATE_2019 : TEMPLATE_2021;
  }

  private static List<RowAligner.Item> build(TableType type) {
    List<RowAligner.Item> items = new ArrayList<>();
    ApplicationRow.Category last = null;
    boolean outcomes = false;
    for (TableRow r : type.rows()) {
      ApplicationRow row = (ApplicationRow) r;
      if (row.isOutcome() && !outcomes && row != ApplicationRow.TOTAL) {
        items.add(RowAligner.Item.of(ApplicationRow.OUTCOME_GROUP_LABEL, null));
        outcomes = true;
      }
      ApplicationRow.Category cat = row.category().orElse(null);
      if (cat != null && cat != last) {
        items.add(RowAligner.Item.of(cat.label(), null));
      }
      last = cat;
      items.add(RowAligner.Item.of(row.label(), row));
    }
    return List.copyOf(items);
  }

  static Optional<TableReading> read(Stream s, int from, int to, boolean softReliable) {
    LabelFinder finder = new LabelFinder(s, from, to);
    List<RowAligner.Item> t21 = template(TableType.APPLICATIONS_2021);
    RowAligner.Placed[] p21 = RowAligner.align(t21, finder, s, LabelFinder.MIN_FRAGMENT);
    boolean v2021 = false;
    for (int i = 0; i < t21.size(); i++) {
      TableRow r = t21.get(i).row();
      if (p21[i] != null && r instanceof ApplicationRow a && a.category().orElse(null) == ApplicationRow.Category.OTHER) {
        v2021 = true;
      }
    }
    TableType type = v2021 ? TableType.APPLICATIONS_2021 : TableType.APPLICATIONS_2019;
    List<RowAligner.Item> items = v2021 ? t21 : template(TableType.APPLICATIONS_2019);
    RowAligner.Placed[] placed = v2021 ? p21 : RowAligner.align(items, finder, s, LabelFinder.MIN_FRAGMENT);
    int rowsFound = 0;
    for (int i = 0; i < items.size(); i++) {
      if (placed[i] != null && items.get(i).row() != null) {
        rowsFound++;
      }
    }
    if (rowsFound < 3) {
      return Optional.empty();
    }
    TableReading.Builder out = new TableReading.Builder(type);
    List<TableRow> rows = type.rows();
    List<Tokens.Span> spans = new ArrayList<>();
    int[] spanStart = new int[rows.size()];
    boolean[] found = new boolean[rows.size()];
    int firstPlaced = to;
    for (int i = 0, r = 0; i < items.size(); i++) {
      RowAligner.Item it = items.get(i);
      if (placed[i] != null) {
        firstPlaced = Math.min(firstPlaced, placed[i].start());
      }
      if (it.row() == null) {
        continue;
      }
      if (placed[i] == null) {
        spans.add(new Tokens.Span(List.of(), List.of()));
        spanStart[r++] = -1;
        continue;
      }
      int end = to;
      for (int j = i + 1; j < items.size(); j++) {
        if (placed[j] != null) {
          end = placed[j].start();
          break;
        }
      }
      Tokens.Span span = Tokens.unsigned(s, placed[i].end(), end);
      // the last row found: its values end at the first run of words after them (the next section's text:
      // 问题与改进：3项 is no cell of 四、结转下年度继续办理)
      Tokens.Span kept = end == to ? Tokens.beforeWords(s, span, MAX_WORDS_BETWEEN) : span;
      int foreign = kept.values().isEmpty() ? -1 : Tokens.numberedLabel(s, placed[i].end(), kept.values().get(0).start());
      if (foreign >= 0) {
        // a numbered label not recognised (3.危及“三安全危一稳定”) stands between this row's label and the values:
        // they are that row's, not this one's
        for (Tokens.Tok t : kept.values()) {
          if (!t.blank()) {
            out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
                + "' after the label at " + s.location(foreign) + ", which is no row label of section 三 as"
                + " printed, was not read", List.of(t.text()), List.of());
          }
        }
        kept = new Tokens.Span(List.of(), kept.notes());
      }
      for (Tokens.Tok t : span.values().subList(kept.values().size(), span.values().size())) {
        if (!t.blank()) {
          out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()), "number '" + t.text()
              + "' in the text after the last row of section 三 was not read", List.of(t.text()), List.of());
        }
      }
      spans.add(kept);
      spanStart[r] = placed[i].start();
      found[r] = true;
      out.printed.put(it.row(), printed(s, placed[i].start(), placed[i].end()));
      r++;
    }
    Tokens.Span before = Tokens.unsigned(s, from, firstPlaced);
    for (Tokens.Tok t : before.values()) {
      if (!t.blank()) {
        out.finding("reader.unplaced-number", Severity.WARNING, s.location(t.start()),
            "number '" + t.text() + "' before the first row of section 三 was not read", List.of(t.text()), List.of());
      }
    }
    List<List<Tokens.Tok>> tokens = Detached.assign(spans, found, K, out, s, rows, type);
    RowValues.Options[] options = new RowValues.Options[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      options[r] = RowValues.of(s, tokens.get(r), K, ROW_SUM, softReliable);
      for (Tokens.Tok n : spans.get(r).notes()) {
        out.finding("reader.note-number", Severity.INFO, s.location(n.start()),
            "number '" + n.text() + "' in brackets or a percentage beside row " + rows.get(r).label()
                + " is a note, not a cell", List.of(n.text()), List.of());
      }
    }
    Long[][] decided = TableSolver.solve(options, relations(type));
    for (int r = 0; r < rows.size(); r++) {
      TableRow row = rows.get(r);
      RowValues.Options o = options[r];
      Location at = spanStart[r] >= 0 ? s.location(spanStart[r]) : s.location(from);
      if (decided[r] != null) {
        int ci = o.candidates().size() == 1 ? 0 : indexOf(o.candidates(), decided[r]);
        int[] starts = o.starts().get(ci);
        for (int c = 0; c < K; c++) {
          TableColumn col = type.columns().get(c);
          Long v = decided[r][c];
          out.set(row, col, v == null ? Cell.blank() : Cell.of(v), s.location(starts[c]));
        }
        if (o.kind() == RowValues.Kind.SPLIT || o.kind() == RowValues.Kind.MERGED) {
          String how = o.candidates().size() == 1 ? "the only split that satisfies the row's sum"
              : "the only one of " + o.candidates().size() + " splits that satisfies the table's relations";
          String split = Arrays.toString(decided[r]);
          out.finding(o.kind() == RowValues.Kind.MERGED ? "reader.stray-space-merged" : "reader.glued-digits-recovered",
              Severity.WARNING, at, "row " + row.label() + ": digits split as " + split + " (" + how + ")",
              List.of(split), out.cells(row));
        }
        continue;
      }
      for (TableColumn col : type.columns()) {
        out.table.blank(row, col);
      }
      if (o.kind() == RowValues.Kind.EMPTY) {
        out.finding(found[r] ? "reader.empty-row" : "reader.missing-row", found[r] ? Severity.INFO : Severity.WARNING,
            at, "row " + row.label() + (found[r] ? " has no values" : " was not found") + "; its cells are blank",
            List.of(row.label()), out.cells(row));
      } else if (o.kind() == RowValues.Kind.IMPOSSIBLE) {
        out.finding("reader.cell-count-mismatch", Severity.ERROR, at, "row " + row.label() + ": " + o.why()
            + "; its cells are blank", values(tokens.get(r)), out.cells(row));
      } else if (o.candidates().isEmpty()) {
        out.finding("reader.glued-digits-ambiguous", o.searchCut() ? Severity.WARNING : Severity.ERROR, at,
            "row " + row.label() + ": no split of "
            + digits(tokens.get(r)) + " satisfies the relations" + (o.why().isEmpty() ? "" : " (" + o.why() + ")")
            + "; its cells are blank", values(tokens.get(r)), out.cells(row));
      } else {
        List<String> cands = new ArrayList<>();
        for (Long[] c : o.candidates()) {
          cands.add(Arrays.toString(c));
        }
        out.finding("reader.glued-digits-ambiguous", Severity.WARNING, at, "row " + row.label() + ": "
            + o.candidates().size() + (o.searchCut() ? " or more" : "") + " splits of " + digits(tokens.get(r))
            + " satisfy the relations: " + String.join(" ", cands.subList(0, Math.min(8, cands.size())))
            + "; its cells are blank", cands, out.cells(row));
      }
    }
    return Optional.of(out.build(s.location(from), s.location(Math.max(from, to - 1))));
  }

  static String printed(Stream s, int from, int to) {
    return s.original(from, to);
  }

  private static int indexOf(List<Long[]> cands, Long[] v) {
    for (int i = 0; i < cands.size(); i++) {
      if (Arrays.equals(cands.get(i), v)) {
        return i;
      }
    }
    return 0;
  }

  static List<String> values(List<Tokens.Tok> toks) {
    List<String> out = new ArrayList<>();
    for (Tokens.Tok t : toks) {
      out.add(t.text());
    }
    return out;
  }

  static String digits(List<Tokens.Tok> toks) {
    return String.join(" ", values(toks));
  }

  /** The table's column relations as row coefficient vectors (each must sum to zero per column). */
  static List<int[]> relations(TableType type) {
    List<TableRow> rows = type.rows();
    int n = rows.size();
    int[] flow = new int[n];
    flow[rows.indexOf(ApplicationRow.NEW_RECEIVED)] = 1;
    flow[rows.indexOf(ApplicationRow.CARRIED_OVER)] = 1;
    flow[rows.indexOf(ApplicationRow.TOTAL)] = -1;
    flow[rows.indexOf(ApplicationRow.CARRIED_FORWARD)] = -1;
    int[] outcomes = new int[n];
    for (int i = 0; i < n; i++) {
      ApplicationRow r = (ApplicationRow) rows.get(i);
      if (r.isOutcome() && r != ApplicationRow.TOTAL) {
        outcomes[i] = 1;
      }
    }
    outcomes[rows.indexOf(ApplicationRow.TOTAL)] = -1;
    return List.of(flow, outcomes);
  }
}
