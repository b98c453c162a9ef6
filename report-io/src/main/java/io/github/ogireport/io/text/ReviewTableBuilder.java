package io.github.ogireport.io.text;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the section 四 table (行政复议和行政诉讼) of one region from its one value row of 15 cells: places the
 * row by its group totals, and when the 15 numbers were printed in several runs out of order, finds the one
 * order of the runs whose group totals check. It keeps no state between regions.
 */
final class ReviewTableBuilder {
  private final ReadContext ctx;
  private final CellPlacement placement;

  ReviewTableBuilder(ReadContext ctx, CellPlacement placement) {
    this.ctx = ctx;
    this.placement = placement;
  }

  /**
   * Builds the section 四 table of one region; the result has no table when the region prints no value. Every
   * finding made meanwhile names the table's cells.
   */
  BuiltTable build(TableRegion region) {
    List<CellRef> about = CellPlacement.cellsOf(TableType.REVIEW_LITIGATION);
    TableType type = TableType.REVIEW_LITIGATION;
    List<int[]> relations = List.of(new int[] {0, 1, 2, 3, 4}, new int[] {5, 6, 7, 8, 9},
        new int[] {10, 11, 12, 13, 14});
    List<Tok> cells = region.reviewCells();
    if (cells.stream().noneMatch(c -> c.kind() == Tok.Kind.NUMBER) && cells.stream().noneMatch(Tok::isBlank)) {
      ctx.finding(about, "reader.missing-table", Severity.WARNING, ctx.location(region.startLine(), 0),
          "the reconsideration and litigation table has no values", List.of(type.key()));
      return BuiltTable.none(null);
    }
    List<Tok> numbersOnly = cells.stream().filter(c -> c.kind() == Tok.Kind.NUMBER).toList();
    Tok[] placed = null;
    if (numbersOnly.size() == 15 && numbersOnly.size() == cells.size() && region.runStarts().size() > 1) {
      placed = unscramble(region, relations, about);
      if (placed == null) {
        return new TableDraft(type).built(null);
      }
    }
    TableDraft d = new TableDraft(type);
    if (placed != null) {
      for (int i = 0; i < 15; i++) {
        placement.setCell(d, type.rows().get(i / 5), type.columns().get(i % 5), placed[i], null,
            AmountUnit.UNSPECIFIED, about);
      }
    } else {
      WorkRow r = new WorkRow(null, 0, cells.isEmpty() ? null : cells.get(0));
      r.cells.addAll(cells);
      placement.placeFlat(d, r, relations);
    }
    return d.built(null);
  }

  /** Numbers of the review row printed in several runs (reading order): find the run order whose group totals check. */
  private Tok[] unscramble(TableRegion region, List<int[]> relations, List<CellRef> about) {
    List<List<Tok>> runs = new ArrayList<>();
    List<Integer> starts = region.runStarts();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : region.reviewCells().size();
      runs.add(region.reviewCells().subList(from, to));
    }
    if (runs.size() > 7) {
      ctx.finding(about, "reader.review-scrambled", Severity.WARNING, ctx.location(region.reviewCells().get(0)),
          "the 15 reconsideration and litigation numbers come in " + runs.size()
              + " pieces; too many to reorder, left blank", RowPlacement.texts(region.reviewCells()));
      return null;
    }
    Long[] printed = CellPlacement.toLongs(region.reviewCells());
    if (printed != null && CellPlacement.allHold(printed, relations)) {
      return region.reviewCells().toArray(new Tok[0]);
    }
    // A run preceded by exactly one group label (复议后起诉 printed above its column block) belongs to it.
    int[] constraint = new int[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      String text = region.runPrecedingText().get(i);
      boolean rv = text.contains("行政复议|");
      boolean ld = text.contains("未经复议直接起诉");
      boolean lr = text.contains("复议后起诉");
      int count = (rv ? 1 : 0) + (ld ? 1 : 0) + (lr ? 1 : 0);
      constraint[i] = count != 1 ? -1 : rv ? 0 : ld ? 1 : 2;
    }
    List<int[]> perms = new ArrayList<>();
    permute(new int[runs.size()], new boolean[runs.size()], 0, perms);
    List<List<Tok>> solutions = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    for (int[] p : perms) {
      List<Tok> seq = new ArrayList<>();
      int penalty = 0;
      for (int idx : p) {
        if (constraint[idx] >= 0 && seq.size() / 5 != constraint[idx]) {
          penalty++;
        }
        seq.addAll(runs.get(idx));
      }
      Long[] v = CellPlacement.toLongs(seq);
      if (v != null && CellPlacement.allHold(v, relations)
          && solutions.stream().noneMatch(x -> java.util.Arrays.equals(CellPlacement.toLongs(x), v))) {
        solutions.add(seq);
        scores.add(penalty * 1000 + inversions(p));
      }
    }
    if (solutions.isEmpty()) {
      ctx.finding(about, "reader.review-order-unchecked", Severity.WARNING, ctx.location(region.reviewCells().get(0)),
          "no order of the printed pieces makes the reconsideration and litigation totals check; read as printed",
          RowPlacement.texts(region.reviewCells()));
      return region.reviewCells().toArray(new Tok[0]);
    }
    int best = scores.stream().min(Integer::compare).orElse(0);
    long atBest = scores.stream().filter(x -> x == best).count();
    if (atBest == 1) {
      int i = scores.indexOf(best);
      ctx.finding(about, "reader.review-reordered", Severity.WARNING, ctx.location(region.reviewCells().get(0)),
          "the reconsideration and litigation numbers were printed out of order; the only order closest to the"
              + " printed one (and to the group labels printed above them) whose totals check was used",
          RowPlacement.texts(solutions.get(i)));
      return solutions.get(i).toArray(new Tok[0]);
    }
    List<String> args = new ArrayList<>();
    for (List<Tok> s : solutions) {
      args.add(RowPlacement.texts(s).toString());
    }
    ctx.finding(about, "reader.review-ambiguous", Severity.WARNING, ctx.location(region.reviewCells().get(0)),
        "the reconsideration and litigation numbers were printed out of order and " + solutions.size()
            + " orders make the totals check; left blank", args);
    return null;
  }

  private static int inversions(int[] p) {
    int n = 0;
    for (int i = 0; i < p.length; i++) {
      for (int j = i + 1; j < p.length; j++) {
        if (p[i] > p[j]) {
          n++;
        }
      }
    }
    return n;
  }

  private static void permute(int[] cur, boolean[] used, int depth, List<int[]> out) {
    if (depth == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int i = 0; i < cur.length; i++) {
      if (!used[i]) {
        used[i] = true;
        cur[depth] = i;
        permute(cur, used, depth + 1, out);
        used[i] = false;
      }
    }
  }
}
