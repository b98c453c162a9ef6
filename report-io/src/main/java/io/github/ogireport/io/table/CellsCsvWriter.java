package io.github.ogireport.io.table;

import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a report as a long CSV table with one line per cell (blank cells included), after a header line:
 * {@value #HEADER}. RFC 4180: fields with a comma, a quote or a line break are quoted, quotes doubled,
 * lines end with CRLF; UTF-8 without a byte-order mark.
 *
 * <ul>
 *   <li>{@code edition}: the edition of the cell's table ({@code legacy}, {@code 2019}, {@code 2021}); for
 *       the section 四 table, which both editions share, the report's edition.
 *   <li>{@code table}, {@code row_key}, {@code column_key}: the stable keys of {@link CellRef#path()}.
 *   <li>{@code row_label}, {@code column_label}: the official Chinese labels with their group prefix, such
 *       as {@code 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密}.
 *   <li>{@code value}: empty for a blank cell, else the integer or the amount's number as reported.
 *   <li>{@code unit}: the amount's unit ({@code 万元}, {@code 元}; empty if none was printed), or for the
 *       legacy form the row's printed unit (件, 条, …); empty for the counts of other tables.
 *   <li>{@code source_location}: where the value was read, from a {@link ReadResult}'s provenance; empty
 *       otherwise.
 *   <li>{@code source_label}: the row label as printed in the source (white space removed), from a
 *       {@link ReadResult}'s {@linkplain ReadResult#sourceLabels() source labels}; for a custom row of the
 *       legacy form, its label (which is the printed one); empty otherwise.
 * </ul>
 *
 * @since 0.1
 */
public final class CellsCsvWriter {
  /** The header line (without its line break). */
  public static final String HEADER =
      "edition,table,row_key,column_key,row_label,column_label,value,unit,source_location,source_label";

  private CellsCsvWriter() {}

  /** Returns the writer (stateless, thread-safe). */
  public static CellsCsvWriter standard() {
    return new CellsCsvWriter();
  }

  /**
   * Returns a writer.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static CellsCsvWriter create() {
    return standard();
  }

  /** Returns the CSV text of a report, without source locations. */
  public String write(Report report) {
    return write(report, Map.of(), Map.of());
  }

  /** Returns the CSV text of a read report, with the source location of every cell that was read. */
  public String write(ReadResult result) {
    return write(result.report(), result.provenance(), result.sourceLabels());
  }

  private String write(Report report, Map<CellRef, Location> provenance, Map<TableType, Map<TableRow, String>> labels) {
    StringBuilder sb = new StringBuilder(16_384);
    try {
      write(report, provenance, labels, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws
    }
    return sb.toString();
  }

  /** Writes the CSV of a report, encoded in UTF-8, to a stream (which is flushed, not closed). */
  public void write(Report report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    write(report, Map.of(), Map.of(), w);
    w.flush();
  }

  /** Writes the CSV of a read report, with source locations, in UTF-8 to a stream (flushed, not closed). */
  public void write(ReadResult result, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    write(result.report(), result.provenance(), result.sourceLabels(), w);
    w.flush();
  }

  /** Appends the CSV of a report, without source locations. */
  public void write(Report report, Appendable out) throws IOException {
    write(report, Map.of(), Map.of(), out);
  }

  /** Appends the CSV of a read report, with source locations. */
  public void write(ReadResult result, Appendable out) throws IOException {
    write(result.report(), result.provenance(), result.sourceLabels(), out);
  }

  private static void write(Report report, Map<CellRef, Location> provenance,
      Map<TableType, Map<TableRow, String>> labels, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    out.append(HEADER).append("\r\n");
    for (Table table : report.tableList()) {
      TableType type = table.type();
      String edition = edition(type, report.edition()).key();
      for (TableRow row : table.rows()) {
        String rowLabel = OfficialLayout.rowTitle(type, row);
        String legacyUnit = OfficialLayout.legacyUnit(row).orElse("");
        String printed = labels.getOrDefault(type, Map.of()).get(row);
        String sourceLabel = printed != null ? printed : row instanceof CustomRow c ? c.label() : "";
        for (TableColumn column : type.columns()) {
          Cell cell = table.cell(row, column);
          String unit = cell.amount().map(a -> a.unit().label()).orElse(legacyUnit);
          Location location = provenance.get(CellRef.of(type, row, column));
          List<String> fields = List.of(
              edition,
              type.key(),
              row.key(),
              column.key(),
              rowLabel,
              OfficialLayout.columnTitle(type, column),
              OfficialLayout.plainValue(cell),
              unit,
              location == null ? "" : location.toString(),
              sourceLabel);
          for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
              out.append(',');
            }
            out.append(quote(fields.get(i)));
          }
          out.append("\r\n");
        }
      }
    }
  }

  private static Edition edition(TableType type, Edition reportEdition) {
    return type.editions().contains(reportEdition) ? reportEdition : type.editions().iterator().next();
  }

  /** Quotes a field as RFC 4180 requires: only if it holds a comma, a quote or a line break. */
  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
