package io.github.ogireport.io.text.stream;

import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a report's narrative states about the rows of 第二十条第（一）项 (2021), and about a legacy
 * form's proactive disclosure: how many rules or
 * normative documents were issued, repealed, are in force ({@code 全年制发厅规范性文件1件、废止1件},
 * {@code 现行有效行政规范性文件393件}). Used only to choose among the splits of a glued digit run that the
 * table's relations leave open: the one split that agrees with every stated figure, if exactly one does.
 *
 * <p>A figure is taken only from a sentence that names the row's noun and not the other row's (a sentence
 * about 规章 and 规范性文件 together decides nothing), with the verb directly before the noun and the number
 * directly after it, so that 牵头起草省政府规范性文件2件 states nothing about what was issued.
 */
final class ProseFigures {
  private ProseFigures() {}


  /** Column index (0 issued, 1 repealed, 2 in force) to the numbers the sentences state for it. */
  static List<TreeSet<Long>> of(String prose, TableRow row) {
    boolean rules = row == Section2Row.RULES;
    String noun = rules ? "规章" : "规范性文件";
    String other = rules ? "规范性文件" : "规章";
    Pattern[] figures = rules ? RULES_FIGURES : NORMATIVE_FIGURES;
    List<TreeSet<Long>> out = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    if (!containsWithoutSpaces(prose, noun)) {
      return out; // no sentence can name the row's noun
    }
    for (String sentence : sentences(prose)) {
      if (!sentence.contains(noun) || sentence.contains(other)) {
        continue;
      }
      for (int column = 0; column < figures.length; column++) {
        Matcher m = figures[column].matcher(sentence);
        while (m.find()) {
          out.get(column).add(Long.parseLong(m.group(1)));
        }
      }
    }
    return out;
  }

  /**
   * True if the prose without the white space {@link #sentences(String)} drops contains {@code word} (which
   * holds none), told without building that text.
   */
  static boolean containsWithoutSpaces(String prose, String word) {
    int n = prose.length();
    char first = word.charAt(0);
    for (int i = prose.indexOf(first); i >= 0; i = prose.indexOf(first, i + 1)) {
      int j = i;
      int w = 0;
      while (j < n && w < word.length()) {
        char c = prose.charAt(j++);
        if (dropped(c)) {
          continue;
        }
        if (c != word.charAt(w)) {
          break;
        }
        w++;
      }
      if (w == word.length()) {
        return true;
      }
    }
    return false;
  }

  /** The white space {@link #sentences(String)} drops. */
  private static boolean dropped(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
  }

  /**
   * The prose without white space ({@code \\s} of a regular expression and the ideographic space), cut after
   * every sentence or clause end ({@code 。；;！!？?，,}); empty pieces included.
   */
  private static List<String> sentences(String prose) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < prose.length(); i++) {
      char c = prose.charAt(i);
      if (dropped(c)) {
        continue;
      }
      switch (c) {
        case '。', '；', ';', '！', '!', '？', '?', '，', ',' -> {
          out.add(sb.toString());
          sb.setLength(0);
        }
        default -> sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }
  /**
   * The figures a legacy report's narrative states for the year's proactive disclosure
   * ({@code 主动公开政府信息2543条}, {@code 全年共主动公开各类信息318条}): every such figure, whatever body the
   * sentence is about; a split is chosen only where exactly one of its candidates agrees with one of them.
   */
  static Set<Long> legacyDisclosed(String prose) {
    Set<Long> out = new TreeSet<>();
    for (String sentence : sentences(prose)) {
      Matcher m = LEGACY_DISCLOSED.matcher(sentence);
      while (m.find()) {
        out.add(Long.parseLong(m.group(1)));
      }
    }
    return out;
  }

  private static final Pattern LEGACY_DISCLOSED =
      Pattern.compile("主动公开(?:了)?(?:各类)?(?:政府)?信息(?:共计|共|总计|合计)?([0-9]{1,9})条");

  private static final Pattern[] RULES_FIGURES = figures("规章");
  private static final Pattern[] NORMATIVE_FIGURES = figures("规范性文件");

  /** The sentence patterns stating how many were issued, repealed and are in force, by column. */
  private static Pattern[] figures(String noun) {
    return new Pattern[] {
      Pattern.compile("(?:制发|印发|出台)(?:的|了)?[^，,、0-9]{0,6}?" + noun + "([0-9]{1,6})件"),
      Pattern.compile("废止(?:的|了)?(?:[^，,、0-9]{0,6}?" + noun + ")?([0-9]{1,6})件"),
      Pattern.compile("现行有效(?:的)?[^，,、0-9]{0,6}?" + noun + "([0-9]{1,6})件"),
    };
  }

  /**
   * The one candidate that agrees with every stated figure, or {@code null} (no figure stated, or none or
   * several candidates agree).
   */
  static Long[] choose(List<Long[]> candidates, List<TreeSet<Long>> figures) {
    if (figures.stream().allMatch(TreeSet::isEmpty)) {
      return null;
    }
    List<Long[]> agreeing = new ArrayList<>();
    for (Long[] c : candidates) {
      boolean ok = c.length == figures.size();
      for (int i = 0; ok && i < c.length; i++) {
        ok = figures.get(i).isEmpty() || (c[i] != null && figures.get(i).contains(c[i]));
      }
      if (ok) {
        agreeing.add(c);
      }
    }
    return agreeing.size() == 1 ? agreeing.get(0) : null;
  }
}
