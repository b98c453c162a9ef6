package io.github.ogireport.io.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The source stage of Markdown (a PDF or OCR converter's output) for the line reading: a pipe-table row
 * {@code | 一、本年新收… | 4 |  | 6 |} becomes TAB-separated fields (its outer pipes spaces, its inner pipes
 * TABs, so an empty cell stays an empty field), a separator row {@code |---|:--|} an empty line, and a
 * heading's marks ({@code ## 四、…}) spaces. Every line keeps its length and its place, so the line and
 * column of every cell are those of the source (a TAB inside a pipe row is white space in its cell). Any
 * other line is left as it is (the token stream reads a
 * pipe row that lost its outer pipes, or a table cut inside a row).
 */
final class MarkdownLines {
  private MarkdownLines() {}

  /**
   * The lines as the line reading reads them, and which of them were pipe rows.
   *
   * @param lines the lines, pipe rows as TAB-separated fields and heading marks removed
   * @param pipeRows the 0-based indexes of the lines that were pipe rows (each field one cell)
   */
  record Converted(List<String> lines, BitSet pipeRows) {}

  /** The lines, their pipe rows as TAB-separated fields and heading marks removed; the same list when none. */
  static Converted convert(List<String> lines) {
    List<String> out = null;
    BitSet pipeRows = new BitSet();
    for (int i = 0; i < lines.size(); i++) {
      String rewritten = asFields(lines.get(i));
      if (rewritten != null && out == null) {
        out = new ArrayList<>(lines.subList(0, i));
      }
      if (out != null) {
        out.add(rewritten != null ? rewritten : lines.get(i));
      }
      if (rewritten != null && rewritten.indexOf('\t') >= 0) {
        pipeRows.set(i);
      }
    }
    return new Converted(out == null ? lines : out, pipeRows);
  }

  /** The line's fields when it is a pipe row or a separator row, the heading without marks, else null. */
  static String asFields(String line) {
    int hashes = 0;
    while (hashes < line.length() && hashes < 7 && line.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes >= 1 && hashes <= 6 && hashes < line.length()
        && (line.charAt(hashes) == ' ' || line.charAt(hashes) == '\t')) {
      return " ".repeat(hashes) + line.substring(hashes);
    }
    int first = 0;
    while (first < line.length() && (line.charAt(first) == ' ' || line.charAt(first) == '\u3000')) {
      first++;
    }
    int last = line.length() - 1;
    while (last > first && (line.charAt(last) == ' ' || line.charAt(last) == '\u3000')) {
      last--;
    }
    if (last <= first || line.charAt(first) != '|' || line.charAt(last) != '|') {
      return null;
    }
    boolean separator = true;
    boolean dash = false;
    for (int i = first; i <= last; i++) {
      char c = line.charAt(i);
      dash |= c == '-';
      separator &= c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t';
    }
    char[] out = line.toCharArray();
    if (separator && dash) {
      java.util.Arrays.fill(out, ' ');
      return new String(out);
    }
    out[first] = ' ';
    out[last] = ' ';
    for (int i = first + 1; i < last; i++) {
      if (out[i] == '\t') {
        out[i] = ' '; // white space inside a cell: only the pipes separate cells
      } else if (out[i] == '|' && out[i - 1] != '\\') {
        out[i] = '\t';
      }
    }
    return new String(out);
  }
}
