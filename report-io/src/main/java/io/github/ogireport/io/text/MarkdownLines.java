package io.github.ogireport.io.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The source stage of Markdown (a PDF or OCR converter's output) for the line reading: a pipe-table row
 * {@code | 一、本年新收… | 4 |  | 6 |} becomes TAB-separated fields (its outer pipes spaces, its inner pipes
 * TABs, so an empty cell stays an empty field), a separator row {@code |---|:--|} an empty line, and a
 * heading's marks ({@code ## 四、…}) spaces. Every line keeps its length and its place, so the line and
 * column of every cell are those of the source (a TAB inside a pipe row is white space in its cell). A row
 * printed without its outer pipes ({@code 行政许可 | 12}) is one too where a field is a figure, a blank marker
 * or empty, and so is its separator ({@code ---|---}). Any other line is left as it is (the token stream reads
 * a table cut inside a row).
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
    if (last <= first) {
      return null;
    }
    if (line.charAt(first) != '|' || line.charAt(last) != '|') {
      return withoutOuterPipes(line, first, last);
    }
    if (separator(line, first, last)) {
      return " ".repeat(line.length());
    }
    char[] out = line.toCharArray();
    out[first] = ' ';
    out[last] = ' ';
    return fields(out, first + 1, last - 1);
  }

  /** True if {@code line[first, last]} is a separator row: pipes, dashes, colons and white space, a dash in it. */
  private static boolean separator(String line, int first, int last) {
    boolean dash = false;
    for (int i = first; i <= last; i++) {
      char c = line.charAt(i);
      dash |= c == '-';
      if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return dash;
  }

  /**
   * The characters with the unescaped pipes of {@code out[from, to]} made TABs and its TABs spaces (white space
   * inside a cell: only the pipes separate cells).
   */
  private static String fields(char[] out, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (out[i] == '\t') {
        out[i] = ' ';
      } else if (out[i] == '|' && (i == 0 || out[i - 1] != '\\')) {
        out[i] = '\t';
      }
    }
    return new String(out);
  }

  /** The fewest inner pipes of a pipe row printed without its outer pipes ({@code 行政许可 | 12}). */
  private static final int MIN_INNER_PIPES = 1;

  /**
   * A pipe row printed without its outer pipes (GitHub Markdown allows it: {@code 规章 | 0 | 0 | 3}), or its
   * separator {@code ---|---|---}, as fields; null for any other line. Taken only with a pipe and a
   * field that is a figure, a blank marker or empty (a breadcrumb {@code 首页 | 政务公开} is none), or a
   * separator: a header row without its outer pipes stays a line of text.
   */
  private static String withoutOuterPipes(String line, int first, int last) {
    if (line.indexOf('|', first) < 0) {
      return null; // the common line: no pipe at all
    }
    int pipes = 0;
    for (int i = first; i <= last; i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        pipes++;
      }
    }
    if (pipes < MIN_INNER_PIPES) {
      return null;
    }
    if (separator(line, first, last)) {
      return " ".repeat(line.length());
    }
    boolean figure = false;
    int from = first;
    for (int i = first; i <= last + 1; i++) {
      if (i == last + 1 || (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\'))) {
        String field = line.substring(from, i).strip();
        figure |= field.isEmpty() || isFigure(field);
        from = i + 1;
      }
    }
    return figure ? fields(line.toCharArray(), first, last) : null;
  }

  /** True if the field is digits (full-width too, with a point or commas) or one blank marker (— - / 无). */
  private static boolean isFigure(String f) {
    if (f.length() == 1 && "—-－/／无".indexOf(f.charAt(0)) >= 0) {
      return true;
    }
    boolean digit = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      boolean d = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
      if (!d && c != '.' && c != ',') {
        return false;
      }
      digit |= d;
    }
    return digit;
  }
}
