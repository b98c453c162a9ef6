package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The section 四 recognizer of the token-stream reader: the fifteen values after the two-level header, in the
 * printed order (行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计). Glued digits are
 * split by the three group sums. The values end at the first run of text after them (the next section,
 * whether or not its heading is printed).
 */
final class ReviewRecognizer {
  private static final int GROUP = ReviewColumn.values().length;
  private static final int K = GROUP * ReviewRow.values().length;
  /** The most letters between two values of the row; more is the text after the table. */
  private static final int MAX_TEXT_BETWEEN = 5;

  private ReviewRecognizer() {}

  static Optional<TableReading> read(Stream s, int from, int to, boolean softReliable) {
    List<Tokens.Tok> values = Tokens.beforeWords(s, Tokens.unsigned(s, from, to), MAX_TEXT_BETWEEN).values();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    TableType type = TableType.REVIEW_LITIGATION;
    TableReading.Builder out = new TableReading.Builder(type);
    List<Splitter.Group> groups = new ArrayList<>();
    for (int g = 0; g < ReviewRow.values().length; g++) {
      groups.add(new Splitter.Group(g * GROUP, g * GROUP + GROUP - 1));
    }
    RowValues.Options o = RowValues.of(s, values, K, groups, softReliable);
    List<io.github.ogireport.model.CellRef> cells = new ArrayList<>();
    for (TableRow r : type.rows()) {
      cells.addAll(out.cells(r));
    }
    int end = values.get(values.size() - 1).end();
    if (o.decided()) {
      Long[] v = o.candidates().get(0);
      int[] at = o.starts().get(0);
      for (int i = 0; i < K; i++) {
        out.set(ReviewRow.values()[i / GROUP], ReviewColumn.values()[i % GROUP],
            v[i] == null ? Cell.blank() : Cell.of(v[i]), s.location(at[i]));
      }
      if (o.kind() != RowValues.Kind.CERTAIN) {
        out.finding("reader.glued-digits-recovered", Severity.WARNING, s.location(values.get(0).start()),
            "section 四: digits split as " + Arrays.toString(v) + " (the only split that satisfies the three totals)",
            List.of(Arrays.toString(v)), cells);
      }
    } else {
      for (TableRow r : type.rows()) {
        for (var c : type.columns()) {
          out.table.blank(r, c);
        }
      }
      String what = o.kind() == RowValues.Kind.IMPOSSIBLE ? o.why()
          : o.candidates().isEmpty() ? "no split satisfies the three totals"
          : o.candidates().size() + (o.searchCut() ? " or more" : "") + " splits satisfy the three totals";
      out.finding(o.kind() == RowValues.Kind.IMPOSSIBLE ? "reader.cell-count-mismatch" : "reader.glued-digits-ambiguous",
          o.kind() == RowValues.Kind.IMPOSSIBLE || (o.candidates().isEmpty() && !o.searchCut())
              ? Severity.ERROR : Severity.WARNING, s.location(values.get(0).start()), "section 四: " + what + " ("
              + ApplicationsRecognizer.digits(values) + "); its cells are blank",
          ApplicationsRecognizer.values(values), cells);
    }
    return Optional.of(out.build(s.location(from), s.location(Math.max(from, end - 1))));
  }
}
