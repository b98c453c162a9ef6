package io.github.ogireport.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link FindingsTable} as CSV (RFC 4180): a header row of {@link FindingsTable#COLUMNS}, one
 * line per finding, fields separated by commas, lines ended by CRLF, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes doubled inside. The text starts with a byte order mark (U+FEFF) so
 * that Excel opens the UTF-8 Chinese text as such.
 *
 * <p>Formula injection: a text field that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a CR would be taken for a formula by a spreadsheet, so it is written with an apostrophe in front
 * ({@code '=cmd…}). The number columns ({@code year}, {@code reported}, {@code computed},
 * {@code difference}) hold numbers only and keep their minus sign.
 *
 * <pre>{@code
 * byte[] csv = FindingsCsvWriter.create().write(FindingsTable.of(reports));
 * }</pre>
 *
 * @since 0.1
 */
public final class FindingsCsvWriter {
  /** The byte order mark the text starts with. */
  public static final char BOM = '\uFEFF';

  private static final List<Integer> NUMBER_COLUMNS = List.of(
      FindingsTable.COLUMNS.indexOf("year"),
      FindingsTable.COLUMNS.indexOf("reported"),
      FindingsTable.COLUMNS.indexOf("computed"),
      FindingsTable.COLUMNS.indexOf("difference"));

  private FindingsCsvWriter() {}

  /** Returns a writer. */
  public static FindingsCsvWriter create() {
    return new FindingsCsvWriter();
  }

  /** The CSV as UTF-8 bytes, byte order mark first. */
  public byte[] write(FindingsTable table) {
    StringBuilder sb = new StringBuilder(256 + 256 * table.size());
    try {
      write(table, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Appends the whole CSV: the byte order mark, the header and the rows; encode it as UTF-8. */
  public void write(FindingsTable table, Appendable out) throws IOException {
    writeHeader(out);
    writeRows(table.rows(), out);
  }

  /** Appends the byte order mark and the header line: the start of a CSV written row by row. */
  public void writeHeader(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(BOM);
    line(FindingsTable.COLUMNS, false, out);
  }

  /** Appends the lines of some rows (after {@link #writeHeader}). */
  public void writeRows(List<FindingsTable.Row> rows, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    for (FindingsTable.Row row : rows) {
      line(row.texts(), true, out);
    }
  }

  private static void line(List<String> fields, boolean data, Appendable out) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      field(fields.get(i), data && !NUMBER_COLUMNS.contains(i), out);
    }
    out.append("\r\n");
  }

  /** One field, neutralised if it is text that a spreadsheet would evaluate, quoted if it must be. */
  static void field(String value, boolean text, Appendable out) throws IOException {
    String v = text && startsLikeFormula(value) ? "'" + value : value;
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.append(v);
      return;
    }
    out.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  /** True for text a spreadsheet takes for a formula: it begins with = + - @, a tab or a CR. */
  static boolean startsLikeFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
