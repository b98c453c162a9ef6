package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An annual report on open government information: metadata, edition, narrative sections and tables.
 * Immutable and thread-safe; equal reports have equal JSON.
 *
 * <p>A report may lack tables (not printed) and may mix table types of different editions (a 2021-style
 * section 二 with a 2019-style section 三 happens); {@link #edition()} is the edition the report is
 * treated as, normally that of its section 三 table.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .metadata(ReportMetadata.of("某县人民政府", 2023))
 *     .edition(Edition.V2021)
 *     .table(Table.builder(TableType.REVIEW_LITIGATION)
 *         .row(ReviewRow.REVIEW, 1L, 0L, 0L, 0L, 1L)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>The class carries the {@link ValidReport} constraint: with the validation module on the class path,
 * Jakarta Bean Validation checks a report against the whole rule catalogue.
 *
 * <p>Sealed: only the generated implementation extends it, so no subclass can bypass its checks.
 *
 * @since 0.1
 */
@Value.Immutable
@ValidReport
public abstract sealed class Report permits ImmutableReport {
  /** Who published the report and for which year; never {@code null}. */
  public abstract ReportMetadata metadata();

  /** The edition the report is treated as; never {@code null}. */
  public abstract Edition edition();

  /** The narrative sections in printed order; never {@code null}, may be empty. */
  public abstract List<NarrativeSection> narrative();

  /** The tables by type; never {@code null}. Use {@link #tableList()} for printed order. */
  public abstract Map<TableType, Table> tables();

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this report. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Returns the table of the given type, if the report has it. */
  public Optional<Table> table(TableType type) {
    return Optional.ofNullable(tables().get(type));
  }

  /** The tables in printed order (the order of {@link TableType}). */
  public List<Table> tableList() {
    List<Table> list = new ArrayList<>(tables().values());
    list.sort(Comparator.comparing(Table::type));
    return list;
  }

  /** Returns the cell at {@code ref}, or empty if the report lacks that table. */
  public Optional<Cell> cell(CellRef ref) {
    return table(ref.table()).map(t -> t.cell(ref.row(), ref.column()));
  }

  /** Returns the text of the first narrative section of the given kind, if any. */
  public Optional<String> narrativeText(ReportSection section) {
    return narrative().stream().filter(n -> n.section() == section).map(NarrativeSection::text).findFirst();
  }

  /**
   * True if the report's tables belong to more than one edition (for example a 2021 section 二 with a
   * 2019 section 三).
   */
  public boolean isMixedEdition() {
    return tables().keySet().stream()
            .filter(t -> t.editions().size() == 1)
            .map(t -> t.editions().iterator().next())
            .collect(Collectors.toSet())
            .size()
        > 1;
  }

  @Value.Check
  void check() {
    for (Map.Entry<TableType, Table> e : tables().entrySet()) {
      if (e.getValue().type() != e.getKey()) {
        throw new IllegalArgumentException(
            "table of type " + e.getValue().type().key() + " was put under " + e.getKey().key());
      }
    }
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}

    /** Adds a table under its own type. */
    public Builder table(Table table) {
      putTables(table.type(), table);
      return this;
    }
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of writing a wrong object.
   */
  @JsonValue
  Object jacksonWithoutModule() {
    throw JacksonGuard.writing(Report.class);
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of reading a wrong value.
   */
  @JsonCreator // delegating: one unnamed parameter
  static Report jacksonWithoutModule(Object json) {
    throw JacksonGuard.reading(Report.class);
  }
}
