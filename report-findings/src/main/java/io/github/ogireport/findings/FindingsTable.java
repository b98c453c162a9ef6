package io.github.ogireport.findings;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every finding of some checked reports as the rows of one table, for spreadsheets: one row per
 * validation finding and per reader finding (INFO ones too), and one row for each input that could not
 * be read. Rows follow the reports' order, and within a report the reader's findings (input order)
 * before the validation findings (catalogue order). {@link FindingsCsvWriter} and
 * {@link FindingsXlsxWriter} write it.
 *
 * <pre>{@code
 * FindingsTable table = FindingsTable.of(List.of(checked));
 * Files.write(Path.of("findings.xlsx"), FindingsXlsxWriter.create().write(table));
 * }</pre>
 *
 * @since 0.1
 */
public final class FindingsTable {
  /** The column names, in order: the header row of the CSV and XLSX files. */
  public static final List<String> COLUMNS = List.of(
      "source", "origin", "agency", "year", "edition", "rule", "severity", "location", "cells",
      "reported", "computed", "difference", "message_zh", "message_en");

  /** Where a row's finding comes from. */
  public enum Origin {
    /** A rule of the validator ({@code rule} is the rule id). */
    VALIDATION("validation"),
    /** The reader of the published file ({@code rule} is the reader finding's code). */
    READER("reader"),
    /** The input as a whole: it could not be read ({@code rule} is {@code input.unreadable}). */
    INPUT("input");

    private final String key;

    Origin(String key) {
      this.key = key;
    }

    /** The text of the {@code origin} column. */
    public String key() {
      return key;
    }
  }

  /** The code of the row of an input that could not be read. */
  public static final String UNREADABLE_CODE = "input.unreadable";

  /**
   * One finding.
   *
   * @param source where the report came from
   * @param origin validation, reader or input
   * @param agency the reporting agency; empty for an unreadable input
   * @param year the report year; empty for an unreadable input
   * @param edition the edition key ({@code legacy}, {@code 2019}, {@code 2021}); empty for an unreadable input
   * @param rule the rule id or the reader finding's code
   * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
   * @param location the finding's location ({@link io.github.ogireport.model.Location#toString()}: a JSON
   *     Pointer, a line, an HTML cell, a page)
   * @param cells the JSON Pointers of the cells involved; those of the previous year's report prefixed
   *     with {@code previous:}
   * @param reported the reported value, if the finding compares numbers
   * @param computed the computed value, if the finding compares numbers
   * @param difference reported − computed, if the finding compares numbers
   * @param messageZh the message in Chinese
   * @param messageEn the message in English
   */
  public record Row(String source, Origin origin, String agency, Optional<Integer> year, String edition,
      String rule, String severity, String location, List<String> cells, Optional<BigDecimal> reported,
      Optional<BigDecimal> computed, Optional<BigDecimal> difference, String messageZh, String messageEn) {
    /** Checks that no part is {@code null} and copies the cells. */
    public Row {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(edition, "edition");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(location, "location");
      cells = List.copyOf(cells);
      Objects.requireNonNull(reported, "reported");
      Objects.requireNonNull(computed, "computed");
      Objects.requireNonNull(difference, "difference");
      Objects.requireNonNull(messageZh, "messageZh");
      Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The cells column: the paths separated by {@code "; "}. */
    public String cellsText() {
      return String.join("; ", cells);
    }

    /** Every column as text, in the order of {@link #COLUMNS}; numbers in plain notation, absent as empty. */
    public List<String> texts() {
      return List.of(source, origin.key(), agency, year.map(String::valueOf).orElse(""), edition, rule,
          severity, location, cellsText(), plain(reported), plain(computed), plain(difference), messageZh,
          messageEn);
    }

    private static String plain(Optional<BigDecimal> v) {
      return v.map(BigDecimal::toPlainString).orElse("");
    }
  }

  private final List<Row> rows;

  private FindingsTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** A table of the given rows (for example some rows of another table, filtered). */
  public static FindingsTable copyOf(List<Row> rows) {
    return new FindingsTable(rows);
  }

  /** The rows of the findings of the given reports, in order. */
  public static FindingsTable of(List<CheckedReport> reports) {
    List<Row> rows = new ArrayList<>();
    for (CheckedReport r : reports) {
      rows.addAll(rows(r));
    }
    return new FindingsTable(rows);
  }

  /** The rows of one checked report: reader findings, then validation findings; one row if unreadable. */
  public static List<Row> rows(CheckedReport checked) {
    Objects.requireNonNull(checked, "checked");
    if (checked.report().isEmpty()) {
      String problem = checked.problem().orElse("");
      return List.of(new Row(checked.source(), Origin.INPUT, "", Optional.empty(), "", UNREADABLE_CODE,
          "ERROR", "", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), problem, problem));
    }
    Report report = checked.report().get();
    String agency = report.metadata().agency();
    Optional<Integer> year = Optional.of(report.metadata().year());
    String edition = report.edition().key();
    List<Row> rows = new ArrayList<>();
    for (Diagnostic d : checked.diagnostics()) {
      List<String> cells = new ArrayList<>();
      d.cells().forEach(c -> cells.add(c.path()));
      Finding f = d instanceof Finding finding ? finding : null;
      if (f != null) {
        f.previousCells().forEach(c -> cells.add("previous:" + c.path()));
      }
      rows.add(new Row(checked.source(), f != null ? Origin.VALIDATION : Origin.READER, agency, year, edition,
          d.code(), d.severity().name(), d.location().toString(), cells,
          f != null ? f.reported() : Optional.empty(),
          f != null ? f.computed() : Optional.empty(),
          f != null ? f.difference() : Optional.empty(),
          d.message(Texts.ZH), d.message(Texts.EN)));
    }
    return rows;
  }

  /** The rows, in order; never {@code null}. */
  public List<Row> rows() {
    return rows;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }
}
