package io.github.ogireport.io.text.stream;

import io.github.ogireport.io.internal.TextNormalizer;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage 3 of the token-stream reader: places the labels of a table's template (its rows and the group labels
 * between them, in the official order) in a region of the stream. Every label gets its candidate places from a
 * {@link LabelFinder}; the chosen places are the order-preserving, non-overlapping choice of the highest total
 * score (dynamic programming over the candidates), so a header word, a label's fragment elsewhere, or a label
 * detached from its row cannot take another row's place. A label's numbering ({@code 1.}, {@code (三)}) is
 * taken with it when it stands right before it, even glued to the previous row's digits.
 */
final class RowAligner {
  /** One label of a template: a row (with its model row) or a group label (separator, {@code row == null}). */
  record Item(String core, String numbering, TableRow row, String printed, List<String> aliases) {
    Item {
      aliases = List.copyOf(aliases);
    }

    static Item of(String officialLabel, TableRow row) {
      return of(officialLabel, row, List.of());
    }

    /** An item that may also be printed as one of the other labels (provincial names of the same row). */
    static Item of(String officialLabel, TableRow row, List<String> otherLabels) {
      String key = TextNormalizer.labelKey(officialLabel);
      String core = TextNormalizer.stripNumbering(key);
      List<String> aliases = new ArrayList<>();
      for (String o : otherLabels) {
        aliases.add(TextNormalizer.stripNumbering(TextNormalizer.labelKey(o)));
      }
      return new Item(core, key.substring(0, key.length() - core.length()), row, officialLabel, aliases);
    }
  }

  /** Where an item stands: the stream range of its label (numbering included) and how well it matched. */
  record Placed(int item, int start, int end, int score, boolean whole) {}

  /** The most places of one label considered (the placement is quadratic in the places). */
  static final int MAX_HITS_PER_LABEL = 40;

  private RowAligner() {}

  /**
   * Places the items; the result has one entry per item, {@code null} for those not found.
   *
   * @param minFragment the fewest matching characters of a long label that count
   */
  static Placed[] align(List<Item> items, LabelFinder finder, Stream stream, int minFragment) {
    List<Placed> cands = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      int min = Math.min(it.core().length(), Math.max(minFragment, (it.core().length() * 3 + 9) / 10));
      List<LabelFinder.Hit> hits = finder.find(it.core(), min);
      if (hits.size() > MAX_HITS_PER_LABEL) {
        // a label printed this often is no table's row: keep the first places only (bounds the DP)
        hits = hits.subList(0, MAX_HITS_PER_LABEL);
      }
      for (String alias : it.aliases()) {
        // another name of the row, printed whole (a provincial name): a place of the same item
        List<LabelFinder.Hit> other = finder.find(alias, alias.length());
        for (LabelFinder.Hit h : other.subList(0, Math.min(other.size(), MAX_HITS_PER_LABEL))) {
          if (h.whole(alias.length())) {
            cands.add(new Placed(i, h.start(), h.end(), h.matched() * 2 + 2, true));
          }
        }
      }
      for (LabelFinder.Hit h : hits) {
        int start = h.start();
        boolean numbered = false;
        String num = it.numbering();
        if (!num.isEmpty() && h.labelFrom() == 0 && start - num.length() >= finder.from()
            && numberedAt(stream.chars(), start - num.length(), num)) {
          start -= num.length();
          numbered = true;
        }
        if (!numbered && contradicts(bracketedBefore(stream.chars(), h.start(), finder.from()), num)) {
          // words of this label right after another bracketed numbering are another row's: (一)政府信息公开 is
          // not (四)政府信息公开专项经费's nor (二)设置政府信息公开查阅点数's
          continue;
        }
        boolean whole = h.whole(it.core().length());
        if (it.core().length() < LabelFinder.MIN_FRAGMENT && !numbered && !num.isEmpty() && !bareAllowed(it)) {
          // a short label counts without its numbering only where nothing but a boundary precedes it
          if (start > finder.from() && stream.gapBefore(start) == Stream.NONE
              && !Stream.isAsciiDigit(stream.charAt(start - 1))) {
            continue;
          }
        }
        int score = h.matched() * 2 + (numbered ? 3 : 0) + (whole ? 2 : 0);
        cands.add(new Placed(i, start, h.end(), score, whole));
      }
    }
    cands.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.item(), b.item()));
    int n = cands.size();
    int[] best = new int[n];
    int[] prev = new int[n];
    Arrays.fill(prev, -1);
    for (int k = 0; k < n; k++) {
      Placed c = cands.get(k);
      best[k] = c.score();
      for (int j = 0; j < k; j++) {
        Placed p = cands.get(j);
        // a label printed right after another with nothing between them counts only when printed whole (a
        // fragment there is more likely the rest of the other label's words: 政府公报|公开政府信息数)
        if (p.item() < c.item() && p.end() <= c.start() && (p.end() < c.start() || c.whole())
            && best[j] + c.score() > best[k]) {
          best[k] = best[j] + c.score();
          prev[k] = j;
        }
      }
    }
    Placed[] out = new Placed[items.size()];
    int top = -1;
    for (int k = 0; k < n; k++) {
      if (top < 0 || best[k] > best[top]) {
        top = k;
      }
    }
    for (int k = top; k >= 0; k = prev[k]) {
      Placed c = cands.get(k);
      out[c.item()] = c;
    }
    return out;
  }

  /** The bracketed Chinese numbering ({@code (三)}) that ends right before {@code at}, or null. */
  private static String bracketedBefore(String chars, int at, int from) {
    if (at - 3 < from || chars.charAt(at - 1) != ')') {
      return null;
    }
    int open = at - 2;
    while (open >= from && open >= at - 4 && Tokens.CHINESE_NUMERALS.indexOf(chars.charAt(open)) >= 0) {
      open--;
    }
    return open >= from && open < at - 2 && chars.charAt(open) == '(' ? chars.substring(open, at) : null;
  }

  /** True if a bracketed numbering printed before a label's words is not the label's own bracketed numbering. */
  private static boolean contradicts(String printed, String own) {
    return printed != null && own.startsWith("(") && own.endsWith(")") && !printed.equals(own);
  }

  /** True if the numbering is printed at {@code at}: as in the form ({@code 1.}) or with {@code 、} or {@code ．}. */
  private static boolean numberedAt(String chars, int at, String num) {
    if (chars.startsWith(num, at)) {
      return true;
    }
    if (num.endsWith(".")) {
      String digits = num.substring(0, num.length() - 1);
      int dot = at + digits.length();
      return chars.startsWith(digits, at) && dot < chars.length()
          && (chars.charAt(dot) == '、' || chars.charAt(dot) == '．');
    }
    return false;
  }

  private static boolean bareAllowed(Item it) {
    return it.core().length() >= 4;
  }
}
