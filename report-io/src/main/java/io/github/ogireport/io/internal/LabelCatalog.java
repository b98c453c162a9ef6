package io.github.ogireport.io.internal;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.OfficialForm;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The row labels a reader recognises, per table family, built from the model's own labels plus a small
 * list of aliases and typos seen in published reports. Matching works on label keys
 * ({@link TextNormalizer#labelKey}) and tolerates labels split into several fragments (letter-spaced,
 * broken across lines or cells, interleaved with vertical group labels).
 */
public final class LabelCatalog {
  /** How a label was recognised. */
  public enum MatchKind {
    /** The official label (possibly split into fragments). */
    EXACT,
    /** The beginning of the official label; the rest followed elsewhere. */
    PREFIX,
    /** A known alias or typo from the alias list. */
    ALIAS,
    /** Within a small edit distance of the official label. */
    FUZZY
  }

  /** A recognised row: the row, its index in the catalogue, and how its label was matched. */
  public record Match(TableRow row, int index, MatchKind kind) {}

  /**
   * The most characters {@link TextNormalizer#stripNumbering(String)} removes: three rounds of a bracketed
   * numeral of up to three characters, a Chinese numeral of up to three with its mark, an Arabic one of up to
   * two with its mark.
   */
  private static final int MAX_NUMBERING = 3 * (5 + 4 + 3);

  private record Entry(TableRow row, int index, String fullKey, String core, boolean allowBare, boolean alias) {}

  /** Aliases and typos seen in published reports: alias text → official row. Data, not logic. */
  private static final Map<String, ApplicationRow> APPLICATION_ALIASES = Map.of(
      "其他法律行政止公开", ApplicationRow.DENIED_LAW_FORBIDDEN,
      "属于三类内容事务信息", ApplicationRow.DENIED_INTERNAL_AFFAIRS,
      "部分公开(区分处理的,只计这一情况,不计其他情形)", ApplicationRow.PARTIALLY_GRANTED,
      "危及三安全一稳定", ApplicationRow.DENIED_THREE_SAFETIES,
      "本年新收政府信息公开申请", ApplicationRow.NEW_RECEIVED,
      "上年结转政府信息公开申请", ApplicationRow.CARRIED_OVER,
      "结转下年度继续办理数量", ApplicationRow.CARRIED_FORWARD);

  private static final Map<String, Section2Row> SECTION2_ALIASES = Map.of(
      "其他对外管理服务", Section2Row.OTHER_MANAGEMENT_SERVICES,
      "行政事业收费", Section2Row.ADMINISTRATIVE_FEES,
      "集中采购", Section2Row.CENTRALIZED_PROCUREMENT);

  private static final LabelCatalog APPLICATIONS = buildApplications();
  private static final LabelCatalog SECTION2 = buildSection2();
  private static final LabelCatalog LEGACY = buildLegacy();

  private final List<Entry> entries;
  /** Entry positions by the last character of their label key (the suffix tests of step 1). */
  private final CharIndex byLastChar;
  /** Entry positions by the first character of their stripped label (the prefix test of step 2). */
  private final CharIndex byFirstChar;
  /** Entry positions by their stripped label when it is shorter than four characters (总计, 其他). */
  private final Map<String, int[]> shortCores;
  /** The longest stripped label: a longer prefix candidate (step 2) begins no label. */
  private final int longestCore;

  private LabelCatalog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.longestCore = this.entries.stream().mapToInt(e -> e.core.length()).max().orElse(0);
    Map<Character, List<Integer>> last = new TreeMap<>();
    Map<Character, List<Integer>> first = new TreeMap<>();
    Map<String, List<Integer>> shorts = new TreeMap<>();
    for (int i = 0; i < this.entries.size(); i++) {
      Entry e = this.entries.get(i);
      if (!e.fullKey.isEmpty()) {
        last.computeIfAbsent(e.fullKey.charAt(e.fullKey.length() - 1), c -> new ArrayList<>()).add(i);
      }
      if (!e.core.isEmpty()) {
        first.computeIfAbsent(e.core.charAt(0), c -> new ArrayList<>()).add(i);
      }
      if (!e.core.isEmpty() && e.core.length() < 4) {
        shorts.computeIfAbsent(e.core, c -> new ArrayList<>()).add(i);
      }
    }
    this.byLastChar = new CharIndex(last);
    this.byFirstChar = new CharIndex(first);
    Map<String, int[]> s = new HashMap<>();
    shorts.forEach((k, v) -> s.put(k, toArray(v)));
    this.shortCores = Map.copyOf(s);
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** An immutable map from a character to ascending entry positions: sorted keys, binary search. */
  private static final class CharIndex {
    private static final int[] NONE = new int[0];
    private final char[] keys;
    private final int[][] positions;

    CharIndex(Map<Character, List<Integer>> sorted) {
      keys = new char[sorted.size()];
      positions = new int[sorted.size()][];
      int i = 0;
      for (Map.Entry<Character, List<Integer>> e : sorted.entrySet()) {
        keys[i] = e.getKey();
        positions[i] = toArray(e.getValue());
        i++;
      }
    }

    int[] get(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i < 0 ? NONE : positions[i];
    }
  }

  /** The rows of the section 三 table of both editions (the 2019 （六）其他处理 row and the 2021 sub-rows). */
  public static LabelCatalog applications() {
    return APPLICATIONS;
  }

  /** The rows of all section 二 tables of both editions. */
  public static LabelCatalog section2() {
    return SECTION2;
  }

  /** The rows of the legacy statistics form. */
  public static LabelCatalog legacy() {
    return LEGACY;
  }

  private static LabelCatalog buildApplications() {
    List<Entry> list = new ArrayList<>();
    ApplicationRow[] rows = ApplicationRow.values();
    for (int i = 0; i < rows.length; i++) {
      add(list, rows[i], i, rows[i].label(), false);
    }
    APPLICATION_ALIASES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> list.add(new Entry(e.getValue(), e.getValue().ordinal(),
            TextNormalizer.labelKey(e.getKey()), TextNormalizer.labelKey(e.getKey()), false, true)));
    return new LabelCatalog(list);
  }

  private static LabelCatalog buildSection2() {
    List<Entry> list = new ArrayList<>();
    Section2Row[] rows = Section2Row.values();
    for (int i = 0; i < rows.length; i++) {
      add(list, rows[i], i, rows[i].label(), true);
    }
    SECTION2_ALIASES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> list.add(new Entry(e.getValue(), e.getValue().ordinal(),
            TextNormalizer.labelKey(e.getKey()), TextNormalizer.labelKey(e.getKey()), true, true)));
    return new LabelCatalog(list);
  }

  private static LabelCatalog buildLegacy() {
    List<Entry> list = new ArrayList<>();
    LegacyIndicator[] rows = LegacyIndicator.values();
    for (int i = 0; i < rows.length; i++) {
      add(list, rows[i], i, rows[i].label(), true);
    }
    // the provincial names of the shared catalogue: a same-meaning name is an alias of its national row; a
    // name of another meaning matches as a custom row (PROVINCIAL_ROW_KEY), so that its words never fall to
    // the national label they end with (信函、传真申请数 is not 传真申请数)
    for (OfficialForm.ProvincialLabel p : OfficialForm.PROVINCIAL_LEGACY_LABELS) {
      LegacyIndicator first = p.standsFor().get(0);
      TableRow row = p.sameMeaning() ? first
          : CustomRow.of(PROVINCIAL_ROW_KEY, p.label(), Optional.empty());
      String key = TextNormalizer.labelKey(p.label());
      list.add(new Entry(row, first.ordinal(), key, TextNormalizer.stripNumbering(key), true, true));
    }
    return new LabelCatalog(list);
  }

  /**
   * The key of the custom row a legacy match returns for a provincial name that is not a national row; the
   * reader gives the row its own key and the printed label.
   */
  public static final String PROVINCIAL_ROW_KEY = "provincial";

  private static void add(List<Entry> list, TableRow row, int index, String label, boolean allowBare) {
    String full = TextNormalizer.labelKey(label);
    String core = TextNormalizer.stripNumbering(full);
    list.add(new Entry(row, index, full, core, allowBare || core.length() >= 4, false));
  }

  /**
   * For a match on a label's words at the end of a longer fragment: the one other entry whose whole label
   * is within a small edit distance of the whole fragment, or {@code null}.
   */
  private Entry closerWhole(String fragment, String numbering, Entry matched) {
    if (fragment.length() < matched.core.length() + 1) {
      return null;
    }
    Entry found = null;
    for (Entry e : entries) {
      if (e.row.equals(matched.row) || e.core.length() < 5) {
        continue;
      }
      int limit = Math.max(1, e.core.length() / 6);
      if (TextNormalizer.distance(fragment, e.core, limit) <= limit) {
        if (found != null && !found.row.equals(e.row)) {
          return null; // two candidates: keep the exact match on the words
        }
        found = e;
      }
    }
    if (found != null && !numbering.isEmpty()) {
      // a printed numbering decides: 2.同同意公开答复数 is 2. (同意公开答复数), 4.不数同意公开答复数 is 4. (不同意…)
      boolean matchedNumbered = matched.fullKey.startsWith(numbering);
      boolean foundNumbered = found.fullKey.startsWith(numbering);
      return foundNumbered && !matchedNumbered ? found : null;
    }
    return found;
  }

  /**
   * Recognises the row whose label ends the given fragments (label keys, oldest first).
   *
   * @param fragments the label keys of the text fragments seen since the last row
   * @param lastIndex the index of the last row recognised (rows after it are preferred), or -1
   * @param fuzzy true when a number follows the fragments: then labels within a small edit distance
   *     (typos) and short labels printed without their numbering ({@code 总计}) are accepted too
   */
  public Optional<Match> match(List<String> fragments, int lastIndex, boolean fuzzy) {
    return matchCanonical(canonicalNumbering(fragments), lastIndex, fuzzy);
  }

  /**
   * {@link #match(List, int, boolean)} for fragments whose numbering is already written the official way
   * (each passed through {@link #canonicalKey(String)}), for callers that match the same fragments often.
   */
  public Optional<Match> matchCanonical(List<String> fragments, int lastIndex, boolean fuzzy) {
    if (fragments.isEmpty()) {
      return Optional.empty();
    }
    int size = fragments.size();
    // suffixLength[i]: the length of fragments i..size-1 joined (the buffer is only joined when needed)
    int[] suffixLength = new int[size + 1];
    for (int i = size - 1; i >= 0; i--) {
      suffixLength[i] = suffixLength[i + 1] + fragments.get(i).length();
    }
    String last = fragments.get(size - 1);
    String lastStripped = TextNormalizer.stripNumbering(last);
    // 1. the buffer ends with a whole label (official or alias): prefer the longest. Only the entries
    //    ending with the buffer's last character, or whose short label is the last fragment, can match.
    Entry best = null;
    int bestLen = -1;
    int[] byLast = suffixLength[0] == 0 ? CharIndex.NONE : byLastChar.get(lastChar(fragments));
    int[] byShort = shortCores.getOrDefault(lastStripped, CharIndex.NONE);
    int a = 0;
    int b = 0;
    while (a < byLast.length || b < byShort.length) {
      int pos;
      if (b >= byShort.length || (a < byLast.length && byLast[a] < byShort[b])) {
        pos = byLast[a++];
      } else if (a >= byLast.length || byShort[b] < byLast[a]) {
        pos = byShort[b++];
      } else {
        pos = byLast[a++];
        b++;
      }
      Entry e = entries.get(pos);
      int len = -1;
      if (e.allowBare && e.core.length() >= 4 && endsWith(fragments, suffixLength[0], e.core)
          && (e.alias || !lastStripped.equals(e.core) || numberingAgrees(last, lastStripped, e))) {
        // (the row's words printed with another row's numbering are not this row: 3.同意公开答复数 is the
        // 3.同意部分公开答复数 of the legacy form with a word lost, not its 2.同意公开答复数)
        len = e.core.length();
      }
      if (e.allowBare && e.core.length() < 4 && lastStripped.equals(e.core)
          && numberingAgrees(last, lastStripped, e)) {
        len = e.core.length();
      }
      if (e.fullKey.length() >= 3 && endsWith(fragments, suffixLength[0], e.fullKey)) {
        len = Math.max(len, e.fullKey.length());
      }
      if (len > bestLen || (len == bestLen && len > 0 && prefer(e, best, lastIndex))) {
        best = e;
        bestLen = len;
      }
    }
    if (best != null && bestLen > 0) {
      String numbering = last.substring(0, Math.max(0, last.length() - lastStripped.length()));
      Entry closer = bestLen == best.core.length() ? closerWhole(lastStripped, numbering, best) : null;
      if (closer != null) {
        // the words end with this row's label but are, as a whole, a typo of another row's label (其谈：主要负责
        // 同志参加政府网站在线访谈次数 is 其中：…, not 政府网站在线访谈次数; 4.不数同意公开答复数 is 不同意…)
        return Optional.of(new Match(closer.row, closer.index, MatchKind.FUZZY));
      }
      return Optional.of(new Match(best.row, best.index, best.alias ? MatchKind.ALIAS : MatchKind.EXACT));
    }
    // 2. the buffer ends with the beginning of a label (the rest is printed after the numbers).
    String all = null; // the fragments joined from the first admissible start, when needed
    for (int start = 0; start < size; start++) {
      if (suffixLength[start] < 6) {
        break; // stripping the numbering only shortens: every later candidate is shorter still
      }
      if (suffixLength[start] > longestCore + MAX_NUMBERING) {
        continue; // even without its numbering, too long to begin any label
      }
      if (all == null) {
        // the fragments from this first admissible start on (every later candidate is a suffix of them)
        all = size - start == 1 ? fragments.get(start) : String.join("", fragments.subList(start, size));
      }
      // the fragments from start on are the end of all; without their numbering they begin at candStart
      int joinedStart = all.length() - suffixLength[start];
      int candStart = TextNormalizer.numberingEnd(all, joinedStart);
      int candLength = all.length() - candStart;
      if (candLength < 6) {
        continue;
      }
      String joined = null;
      String cand = null;
      Entry found = null;
      boolean ambiguous = false;
      for (int pos : byFirstChar.get(all.charAt(candStart))) {
        Entry e = entries.get(pos);
        if (e.core.length() < candLength || !e.core.regionMatches(0, all, candStart, candLength)) {
          continue;
        }
        if (joined == null) {
          joined = all.substring(joinedStart);
          cand = all.substring(candStart);
        }
        // a printed numbering must be the row's own (九.政府信息公开 is not (四)政府信息公开专项经费…)
        if (numberingAgrees(joined, cand, e)) {
          if (found == null || found.row.equals(e.row)) {
            found = found == null ? e : found;
          } else if (prefer(e, found, lastIndex)) {
            found = e;
          } else if (!prefer(found, e, lastIndex)) {
            ambiguous = true;
          }
        }
      }
      if (found != null && !ambiguous) {
        return Optional.of(new Match(found.row, found.index, MatchKind.PREFIX));
      }
    }
    // 2b. a short label cut after its numbering and a word or two ((六)其他 for (六)其他处理): the one row whose
    //     numbered label begins so.
    if (fuzzy && last.length() > lastStripped.length() && !lastStripped.isEmpty() && lastStripped.length() < 6) {
      Entry found = null;
      boolean ambiguous = false;
      for (Entry e : entries) {
        if (!e.alias && e.fullKey.length() > last.length() && e.fullKey.startsWith(last)) {
          ambiguous |= found != null && !found.row.equals(e.row);
          found = found == null ? e : found;
        }
      }
      if (found != null && !ambiguous) {
        return Optional.of(new Match(found.row, found.index, MatchKind.PREFIX));
      }
    }
    // 3. a short label printed without its numbering (总计, 其他) right before its numbers: the first such
    //    row after the last row read (the same words head the columns, but never right before numbers).
    if (fuzzy && !lastStripped.isEmpty() && lastStripped.length() < 4) {
      Entry found = null;
      for (int pos : byShort) {
        Entry e = entries.get(pos);
        if (!e.alias && e.index > lastIndex && numberingAgrees(last, lastStripped, e)
            && (found == null || e.index < found.index)) {
          found = e;
        }
      }
      if (found != null) {
        return Optional.of(new Match(found.row, found.index, MatchKind.EXACT));
      }
    }
    // 4. typos: the last fragment within a small edit distance of a label.
    if (fuzzy && lastStripped.length() >= 5) {
      Entry found = null;
      int bestDistance = Integer.MAX_VALUE;
      boolean tie = false;
      for (Entry e : entries) {
        if (e.core.length() < 5) {
          continue;
        }
        int limit = Math.max(1, e.core.length() / 6);
        int d = TextNormalizer.distance(lastStripped, e.core, limit);
        if (d <= limit) {
          if (d < bestDistance) {
            found = e;
            bestDistance = d;
            tie = false;
          } else if (d == bestDistance && !found.row.equals(e.row)) {
            tie = true;
          }
        }
      }
      if (found != null && !tie) {
        return Optional.of(new Match(found.row, found.index, MatchKind.FUZZY));
      }
    }
    return Optional.empty();
  }

  /**
   * False when the fragment prints a numbering that is not the entry's ({@code （六）其他} is not {@code 3.其他}):
   * a short label matched on its words alone is checked against the numbering printed before it.
   */
  private static boolean numberingAgrees(String fragment, String stripped, Entry e) {
    String numbering = fragment.substring(0, fragment.length() - stripped.length());
    return numbering.isEmpty() || e.fullKey.startsWith(numbering);
  }

  /** The last character of the joined fragments (at least one is not empty). */
  private static char lastChar(List<String> fragments) {
    for (int i = fragments.size() - 1; i >= 0; i--) {
      String f = fragments.get(i);
      if (!f.isEmpty()) {
        return f.charAt(f.length() - 1);
      }
    }
    throw new IllegalStateException("no character");
  }

  /** {@code String.join("", fragments).endsWith(suffix)} without joining. */
  private static boolean endsWith(List<String> fragments, int totalLength, String suffix) {
    if (suffix.length() > totalLength) {
      return false;
    }
    int remaining = suffix.length();
    for (int i = fragments.size() - 1; i >= 0 && remaining > 0; i--) {
      String f = fragments.get(i);
      int take = Math.min(remaining, f.length());
      if (!f.regionMatches(f.length() - take, suffix, remaining - take, take)) {
        return false;
      }
      remaining -= take;
    }
    return true;
  }

  private static final java.util.regex.Pattern ARABIC_ENUM =
      java.util.regex.Pattern.compile("\\(([0-9]{1,2})\\)|^([0-9]{1,2})\\)(?=\\D)|([\u2460-\u2473])");

  /**
   * Writes every Arabic enumeration mark the official way ({@code 1.}): {@code (1)}, {@code 1)} and the
   * circled digits {@code ①…⑳} number the same third-level rows in real reports ({@code 1、} already is
   * {@code 1.} in a label key).
   */
  static List<String> canonicalNumbering(List<String> fragments) {
    List<String> out = null;
    for (int i = 0; i < fragments.size(); i++) {
      String f = fragments.get(i);
      if (!mayHoldArabicEnumeration(f)) {
        continue;
      }
      java.util.regex.Matcher m = ARABIC_ENUM.matcher(f);
      if (!m.find()) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      int from = 0;
      do {
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
            : String.valueOf(m.group(3).charAt(0) - '\u2460' + 1);
        sb.append(f, from, m.start()).append(n).append('.');
        from = m.end();
      } while (m.find());
      sb.append(f.substring(from));
      if (out == null) {
        out = new ArrayList<>(fragments);
      }
      out.set(i, sb.toString());
    }
    return out == null ? fragments : out;
  }

  /** One label key with its Arabic enumeration marks written the official way ({@code (1)} → {@code 1.}). */
  public static String canonicalKey(String key) {
    return canonicalNumbering(List.of(key)).get(0);
  }

  /** Every alternative of {@link #ARABIC_ENUM} needs a digit before a closing bracket, or a circled digit. */
  private static boolean mayHoldArabicEnumeration(String f) {
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if ((c == ')' && i > 0 && f.charAt(i - 1) >= '0' && f.charAt(i - 1) <= '9') || (c >= '\u2460' && c <= '\u2473')) {
        return true;
      }
    }
    return false;
  }

  private static boolean prefer(Entry candidate, Entry current, int lastIndex) {
    if (current == null) {
      return true;
    }
    boolean candAfter = candidate.index > lastIndex;
    boolean curAfter = current.index > lastIndex;
    if (candAfter != curAfter) {
      return candAfter;
    }
    return candidate.index < current.index;
  }
}
