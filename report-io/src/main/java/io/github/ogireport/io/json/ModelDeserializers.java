package io.github.ogireport.io.json;

import static io.github.ogireport.io.json.JsonTokens.describe;
import static io.github.ogireport.io.json.JsonTokens.expectArray;
import static io.github.ogireport.io.json.JsonTokens.expectObject;
import static io.github.ogireport.io.json.JsonTokens.integer;
import static io.github.ogireport.io.json.JsonTokens.missingMember;
import static io.github.ogireport.io.json.JsonTokens.nullableString;
import static io.github.ogireport.io.json.JsonTokens.pointer;
import static io.github.ogireport.io.json.JsonTokens.string;
import static io.github.ogireport.io.json.JsonTokens.unknownMember;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stateless deserializers of the model types. They read the token stream directly, so every problem
 * is reported at the offending token with its JSON Pointer; they accept members in any order, reject
 * unknown members, and never coerce (a count is a JSON integer, a string is a JSON string).
 *
 * <p>Each {@code read*} method starts at the value's first token and leaves the parser at its last.
 */
final class ModelDeserializers {
  /**
   * The most custom rows one table may declare (and rows waiting for their declaration): at least as
   * many as the text and HTML readers can produce under their default limits, since a table they read
   * holds at most 5,000 numbers ({@code TextReportReader.Builder.maxTableNumbers}) and every custom row
   * they keep holds one.
   */
  static final int MAX_CUSTOM_ROWS = 5_000;

  private static final String EDITION_KEYS = keys(Arrays.stream(Edition.values()).map(Edition::key).toList());
  private static final String UNIT_KEYS = keys(Arrays.stream(AmountUnit.values()).map(AmountUnit::key).toList());
  private static final String SECTION_KEYS = keys(
      Arrays.stream(ReportSection.values()).filter(ReportSection::isNarrative).map(ReportSection::key).toList());

  /** The layout of every table type, by ordinal. */
  private static final TableLayout[] LAYOUTS = new TableLayout[TableType.values().length];
  /** The table types by key. */
  private static final Map<String, TableType> TABLE_TYPES = new HashMap<>();

  static {
    for (TableType type : TableType.values()) {
      LAYOUTS[type.ordinal()] = new TableLayout(type);
      TABLE_TYPES.put(type.key(), type);
    }
  }

  /**
   * The official rows and columns of a table type with their keys, and the kind of each official cell.
   * JSON written by {@link ReportJson} names rows and columns in printed order, and Jackson canonicalises
   * member names, so a key is first compared by identity with the one expected next; the map is the
   * fallback that decides.
   */
  private static final class TableLayout {
    final TableRow[] rows;
    final String[] rowKeys;
    final Map<String, Integer> rowIndex = new HashMap<>();
    final TableColumn[] columns;
    final String[] columnKeys;
    final Map<String, Integer> columnIndex = new HashMap<>();
    /** The kind of each official cell, row-major. */
    final CellKind[] kinds;

    TableLayout(TableType type) {
      rows = type.rows().toArray(new TableRow[0]);
      columns = type.columns().toArray(new TableColumn[0]);
      if (columns.length > Long.SIZE) {
        throw new IllegalStateException("the reader tracks at most 64 columns per table, not " + columns.length);
      }
      rowKeys = new String[rows.length];
      for (int i = 0; i < rows.length; i++) {
        rowKeys[i] = rows[i].key();
        rowIndex.put(rowKeys[i], i);
      }
      columnKeys = new String[columns.length];
      for (int i = 0; i < columns.length; i++) {
        columnKeys[i] = columns[i].key();
        columnIndex.put(columnKeys[i], i);
      }
      kinds = new CellKind[rows.length * columns.length];
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < columns.length; c++) {
          kinds[r * columns.length + c] = type.kind(rows[r], columns[c]);
        }
      }
    }

    /** The index of the official row named {@code key}, or -1; {@code expected} is tried first. */
    int row(String key, int expected) {
      if (expected < rowKeys.length && rowKeys[expected] == key) {
        return expected;
      }
      Integer i = rowIndex.get(key);
      return i == null ? -1 : i;
    }

    /** The index of the column named {@code key}, or -1; {@code expected} is tried first. */
    int column(String key, int expected) {
      if (expected < columnKeys.length && columnKeys[expected] == key) {
        return expected;
      }
      Integer i = columnIndex.get(key);
      return i == null ? -1 : i;
    }
  }

  /** The table type with the given key, or null. */
  private static TableType tableType(String key) {
    return TABLE_TYPES.get(key);
  }

  /**
   * The context attribute under which {@link ReportJson} asks the deserializers to detect repeated
   * members themselves, on its fast path whose parser does not (Jackson's duplicate detection allocates
   * a hash set for every object of three members or more: most of the allocation of a read).
   */
  static final Object CHECK_DUPLICATES = new Object();

  /**
   * Raised on the fast path at a repeated member. It carries no message or location: {@link ReportJson}
   * then reads the input again with Jackson's duplicate detection, which reports the problem exactly
   * as it always has.
   */
  static final class DuplicateMember extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final DuplicateMember INSTANCE = new DuplicateMember();

    private DuplicateMember() {
      super("a member is repeated", null, false, false);
    }
  }

  /** Marks member {@code bit} as seen, failing if {@code dups} and it was seen before. */
  private static int seen(int seen, int bit, boolean dups) {
    if (dups && (seen & bit) != 0) {
      throw DuplicateMember.INSTANCE;
    }
    return seen | bit;
  }

  private ModelDeserializers() {}

  // ---------------------------------------------------------------------------------------------- report

  static Report readReport(JsonParser p, boolean dups) throws IOException {
    expectObject(p, "a report");
    int seen = 0;
    String format = null;
    Edition edition = null;
    ReportMetadata metadata = null;
    List<NarrativeSection> narrative = List.of();
    List<Table> tables = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = JsonTokens.name(p);
      switch (name) {
        case "format" -> {
          seen = seen(seen, 1, dups);
          p.nextToken();
          format = string(p, "format");
          if (!format.equals(ReportJson.FORMAT)) {
            throw ReportJsonProblem.at(
                p, "unsupported format " + quote(format) + "; expected '" + ReportJson.FORMAT + "'");
          }
        }
        case "edition" -> {
          seen = seen(seen, 2, dups);
          p.nextToken();
          edition = readEdition(p);
        }
        case "metadata" -> {
          seen = seen(seen, 4, dups);
          p.nextToken();
          metadata = readMetadata(p, dups);
        }
        case "narrative" -> {
          seen = seen(seen, 8, dups);
          p.nextToken();
          narrative = readNarrativeList(p, dups);
        }
        case "tables" -> {
          seen = seen(seen, 16, dups);
          p.nextToken();
          tables = readTables(p, dups);
        }
        default -> throw unknownMember(p, "the report", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (format == null) {
      throw missingMember(p, end, "the report", "format");
    }
    if (edition == null) {
      throw missingMember(p, end, "the report", "edition");
    }
    if (metadata == null) {
      throw missingMember(p, end, "the report", "metadata");
    }
    Report.Builder builder = Report.builder().metadata(metadata).edition(edition).addAllNarrative(narrative);
    tables.forEach(builder::table);
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ReportJsonProblem.at(p, pointer(p), end, String.valueOf(e.getMessage()));
    }
  }

  private static Edition readEdition(JsonParser p) throws IOException {
    String key = string(p, "edition");
    for (Edition e : Edition.values()) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    throw ReportJsonProblem.at(p, "unknown edition " + quote(key) + "; expected one of " + EDITION_KEYS);
  }

  // -------------------------------------------------------------------------------------------- metadata

  static ReportMetadata readMetadata(JsonParser p, boolean dups) throws IOException {
    expectObject(p, "metadata");
    int seen = 0;
    ReportMetadata.Builder builder = ReportMetadata.builder();
    boolean agency = false;
    boolean year = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = JsonTokens.name(p);
      switch (name) {
        case "agency" -> {
          seen = seen(seen, 1, dups);
          p.nextToken();
          String value = string(p, "agency");
          check(p, () -> ReportMetadata.of(value, ReportMetadata.MIN_YEAR));
          builder.agency(value);
          agency = true;
        }
        case "year" -> {
          seen = seen(seen, 2, dups);
          p.nextToken();
          int value = integer(p, "year");
          check(p, () -> ReportMetadata.of("-", value));
          builder.year(value);
          year = true;
        }
        case "divisionCode" -> {
          seen = seen(seen, 4, dups);
          p.nextToken();
          String value = nullableString(p, "divisionCode");
          if (value != null) {
            check(p, () -> ReportMetadata.builder().agency("-").year(ReportMetadata.MIN_YEAR).divisionCode(value).build());
          }
          builder.divisionCode(Optional.ofNullable(value));
        }
        case "title" -> {
          seen = seen(seen, 8, dups);
          p.nextToken();
          builder.title(Optional.ofNullable(nullableString(p, "title")));
        }
        case "publicationDate" -> {
          seen = seen(seen, 16, dups);
          p.nextToken();
          builder.publicationDate(Optional.ofNullable(readDate(p)));
        }
        case "source" -> {
          seen = seen(seen, 32, dups);
          p.nextToken();
          builder.source(Optional.ofNullable(nullableString(p, "source")));
        }
        default -> throw unknownMember(p, "metadata", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (!agency) {
      throw missingMember(p, end, "metadata", "agency");
    }
    if (!year) {
      throw missingMember(p, end, "metadata", "year");
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ReportJsonProblem.at(p, pointer(p), end, String.valueOf(e.getMessage()));
    }
  }

  private static LocalDate readDate(JsonParser p) throws IOException {
    String text = nullableString(p, "publicationDate");
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw ReportJsonProblem.at(p, "publicationDate must be an ISO date (yyyy-mm-dd) but was " + quote(text));
    }
  }

  // ------------------------------------------------------------------------------------------- narrative

  private static List<NarrativeSection> readNarrativeList(JsonParser p, boolean dups) throws IOException {
    expectArray(p, "narrative");
    List<NarrativeSection> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(readNarrative(p, dups));
    }
    return list;
  }

  static NarrativeSection readNarrative(JsonParser p, boolean dups) throws IOException {
    expectObject(p, "a narrative section");
    int seen = 0;
    ReportSection section = null;
    String heading = null;
    String text = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = JsonTokens.name(p);
      switch (name) {
        case "section" -> {
          seen = seen(seen, 1, dups);
          p.nextToken();
          section = readSection(p);
        }
        case "heading" -> {
          seen = seen(seen, 2, dups);
          p.nextToken();
          heading = string(p, "heading");
        }
        case "text" -> {
          seen = seen(seen, 4, dups);
          p.nextToken();
          text = string(p, "text");
        }
        default -> throw unknownMember(p, "a narrative section", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (section == null) {
      throw missingMember(p, end, "a narrative section", "section");
    }
    if (heading == null) {
      throw missingMember(p, end, "a narrative section", "heading");
    }
    if (text == null) {
      throw missingMember(p, end, "a narrative section", "text");
    }
    return NarrativeSection.of(section, heading, text);
  }

  private static ReportSection readSection(JsonParser p) throws IOException {
    String key = string(p, "section");
    for (ReportSection s : ReportSection.values()) {
      if (s.key().equals(key)) {
        if (!s.isNarrative()) {
          throw ReportJsonProblem.at(
              p, "section '" + key + "' holds tables, not text; expected one of " + SECTION_KEYS);
        }
        return s;
      }
    }
    throw ReportJsonProblem.at(p, "unknown section " + quote(key) + "; expected one of " + SECTION_KEYS);
  }

  // ---------------------------------------------------------------------------------------------- tables

  private static List<Table> readTables(JsonParser p, boolean dups) throws IOException {
    expectObject(p, "tables");
    List<Table> tables = new ArrayList<>();
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = JsonTokens.name(p);
      TableType type = tableType(key);
      if (type == null) {
        throw ReportJsonProblem.at(
            p, "unknown table type " + quote(key) + "; expected a key of " + TableType.class.getSimpleName());
      }
      if (dups && (seen & (1L << type.ordinal())) != 0) {
        throw DuplicateMember.INSTANCE;
      }
      seen |= 1L << type.ordinal();
      p.nextToken();
      tables.add(readTable(p, type, dups));
    }
    return tables;
  }

  /**
   * Reads a table. Within a report the enclosing key gives {@code keyType}; a table standing alone
   * ({@code keyType} null) names its type in a {@code type} member that comes before its rows.
   */
  static Table readTable(JsonParser p, TableType keyType, boolean dups) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw ReportJsonProblem.at(p, (keyType == null ? "a table" : "table " + keyType.key())
          + " must be an object but was " + describe(p));
    }
    TableReader reader = keyType == null ? null : new TableReader(keyType, dups);
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = JsonTokens.name(p);
      switch (name) {
        case "type" -> {
          seen = seen(seen, 1, dups);
          p.nextToken();
          String key = string(p, "type");
          TableType type = TableType.fromKey(key).orElseThrow(() -> ReportJsonProblem.at(
              p, "unknown table type " + quote(key) + "; expected a key of " + TableType.class.getSimpleName()));
          if (keyType != null && type != keyType) {
            throw ReportJsonProblem.at(
                p, "table type '" + key + "' does not match its key '" + keyType.key() + "'");
          }
          if (reader == null) {
            reader = new TableReader(type, dups);
          }
        }
        case "customRows", "rows" -> {
          if (reader == null) {
            throw ReportJsonProblem.at(p, "a table standing alone must name its type before its " + name);
          }
          seen = seen(seen, name.equals("rows") ? 2 : 4, dups);
          p.nextToken();
          if (name.equals("rows")) {
            reader.readRows(p);
          } else {
            reader.readCustomRows(p);
          }
        }
        default -> throw unknownMember(p, reader == null ? "a table" : "table " + reader.type.key(), name);
      }
    }
    if (reader == null) {
      throw missingMember(p, p.currentTokenLocation(), "a table", "type");
    }
    return reader.finish(p);
  }

  /** Collects one table's custom rows and cells, in whatever order the members come. */
  private static final class TableReader {
    final TableType type;
    final Table.Builder builder;
    final TableLayout layout;
    /** Whether to detect repeated rows and columns (the fast path of {@link ReportJson}). */
    final boolean dups;
    /** On the fast path: the official rows seen so far, a bit per row index. */
    final long[] seenRows;
    /** On the fast path: the keys of the other rows seen so far; null while there are none. */
    Set<String> seenOtherRows;
    /** The custom rows declared so far, by key; null while there are none. */
    Map<String, TableRow> customRows;
    /** Rows of a legacy table named before its custom rows were declared. */
    final List<PendingRow> pending = new ArrayList<>();
    boolean customRowsRead;

    TableReader(TableType type, boolean dups) {
      this.type = type;
      this.layout = LAYOUTS[type.ordinal()];
      this.builder = Table.builder(type);
      this.dups = dups;
      this.seenRows = dups ? new long[(layout.rowKeys.length + 63) >>> 6] : null;
    }

    TableRow row(String key) {
      int i = layout.row(key, 0);
      return i >= 0 ? layout.rows[i] : customRows == null ? null : customRows.get(key);
    }

    void readCustomRows(JsonParser p) throws IOException {
      if (!type.allowsCustomRows()) {
        throw ReportJsonProblem.at(p, "table " + type.key() + " takes no custom rows");
      }
      expectArray(p, "customRows");
      customRowsRead = true;
      int count = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (++count > MAX_CUSTOM_ROWS) {
          throw ReportJsonProblem.limit(p, "table " + type.key() + " has more than " + MAX_CUSTOM_ROWS + " custom rows");
        }
        PlacedRow placed = readCustomRow(p, true, dups);
        CustomRow row = placed.row();
        if (row(row.key()) != null) {
          throw ReportJsonProblem.at(p, placed.keyPointer(), placed.keyLocation(),
              "table " + type.key() + " already has a row '" + row.key() + "'");
        }
        TableRow anchor = placed.after() == null ? null : row(placed.after());
        if (placed.after() != null && anchor == null) {
          throw ReportJsonProblem.at(p, placed.afterPointer(), placed.afterLocation(),
              "custom row '" + row.key() + "' comes after " + quote(placed.after())
                  + ", which is neither an official row nor a custom row declared before it");
        }
        try {
          // without "after", a custom row goes after every row so far
          if (anchor == null) {
            builder.addCustomRow(row);
          } else {
            builder.addCustomRow(row, anchor);
          }
        } catch (IllegalArgumentException e) {
          throw ReportJsonProblem.at(p, placed.keyPointer(), placed.keyLocation(), String.valueOf(e.getMessage()));
        }
        if (customRows == null) {
          customRows = new HashMap<>();
        }
        customRows.put(row.key(), row);
      }
    }

    void readRows(JsonParser p) throws IOException {
      expectObject(p, "rows");
      int nextRow = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = JsonTokens.name(p);
        int rowIndex = layout.row(key, nextRow);
        TableRow row = rowIndex >= 0 ? layout.rows[rowIndex] : customRows == null ? null : customRows.get(key);
        if (row == null && (!type.allowsCustomRows() || customRowsRead)) {
          throw ReportJsonProblem.at(p, "table " + type.key() + " has no row " + quote(key));
        }
        if (dups) {
          checkRepeatedRow(rowIndex, key);
        }
        nextRow = rowIndex + 1;
        PendingRow later = null;
        if (row == null) {
          if (pending.size() >= MAX_CUSTOM_ROWS) {
            throw ReportJsonProblem.limit(
                p, "table " + type.key() + " has more than " + MAX_CUSTOM_ROWS + " rows that are not official rows");
          }
          later = new PendingRow(key, pointer(p), p.currentTokenLocation(), new ArrayList<>());
          pending.add(later);
        }
        p.nextToken();
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw ReportJsonProblem.at(p, "row " + quote(key) + " must be an object but was " + describe(p));
        }
        int nextColumn = 0;
        long seenColumns = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String columnKey = JsonTokens.name(p);
          int columnIndex = layout.column(columnKey, nextColumn);
          if (columnIndex < 0) {
            throw ReportJsonProblem.at(p, "table " + type.key() + " has no column " + quote(columnKey));
          }
          if (dups && (seenColumns & (1L << columnIndex)) != 0) {
            throw DuplicateMember.INSTANCE;
          }
          seenColumns |= 1L << columnIndex;
          nextColumn = columnIndex + 1;
          TableColumn column = layout.columns[columnIndex];
          p.nextToken();
          if (row == null) {
            Cell cell = readCell(p, null, dups);
            later.cells().add(new PendingCell(column, cell, pointer(p), p.currentTokenLocation()));
            continue;
          }
          CellKind kind = rowIndex >= 0 ? layout.kinds[rowIndex * layout.columns.length + columnIndex]
              : type.kind(row, column);
          if (p.currentToken() == JsonToken.START_OBJECT) {
            // an amount: once read, the parser stands at its end, so remember where it started
            String at = pointer(p);
            JsonLocation start = p.currentTokenLocation();
            set(p, row, column, kind, readCell(p, kind, dups), at, start);
          } else {
            // a scalar: pointer and location are taken from the parser only if the cell does not fit
            set(p, row, column, kind, readCell(p, kind, dups), null, null);
          }
        }
      }
    }

    /** On the fast path, fails if the row was named before (a bit per official row, a set for others). */
    private void checkRepeatedRow(int rowIndex, String key) {
      if (rowIndex >= 0) {
        long bit = 1L << rowIndex;
        if ((seenRows[rowIndex >>> 6] & bit) != 0) {
          throw DuplicateMember.INSTANCE;
        }
        seenRows[rowIndex >>> 6] |= bit;
        return;
      }
      if (seenOtherRows == null) {
        seenOtherRows = new HashSet<>();
      }
      if (!seenOtherRows.add(key)) {
        throw DuplicateMember.INSTANCE;
      }
    }

    Table finish(JsonParser p) throws IOException {
      for (PendingRow later : pending) {
        TableRow row = row(later.key());
        if (row == null) {
          throw ReportJsonProblem.at(p, later.pointer(), later.location(),
              "table " + type.key() + " has no row " + quote(later.key()));
        }
        for (PendingCell cell : later.cells()) {
          set(p, row, cell.column(), type.kind(row, cell.column()), cell.cell(), cell.pointer(), cell.location());
        }
      }
      return builder.build();
    }

    /** Sets a cell; {@code at} and {@code location} are null for a cell at the parser's current token. */
    private void set(JsonParser p, TableRow row, TableColumn column, CellKind kind, Cell cell, String at,
        JsonLocation location) throws ReportJsonProblem {
      if (!cell.isBlank()) {
        String problem = switch (kind) {
          case COUNT -> cell.isAmount()
              ? "the cell takes a count but was an amount object"
              : cell.longValue() < 0 ? "a count must not be negative but was " + cell.longValue() : null;
          case SIGNED -> cell.isAmount() ? "the cell takes an integer but was an amount object" : null;
          case AMOUNT -> cell.isInteger()
              ? "the cell takes an amount object {\"value\", \"unit\"} but was the integer " + cell.longValue()
              : null;
        };
        if (problem != null) {
          throw problem(p, at, location, problem);
        }
      }
      try {
        builder.set(row, column, cell);
      } catch (IllegalArgumentException e) {
        throw problem(p, at, location, String.valueOf(e.getMessage()));
      }
    }

    private static ReportJsonProblem problem(JsonParser p, String at, JsonLocation location, String message) {
      return at == null ? ReportJsonProblem.at(p, message) : ReportJsonProblem.at(p, at, location, message);
    }
  }

  private record PendingRow(String key, String pointer, JsonLocation location, List<PendingCell> cells) {}

  private record PendingCell(TableColumn column, Cell cell, String pointer, JsonLocation location) {}

  // ------------------------------------------------------------------------------------------ custom row

  /** A custom row with where its table places it and where its members were. */
  record PlacedRow(
      CustomRow row, String after, String keyPointer, JsonLocation keyLocation, String afterPointer,
      JsonLocation afterLocation) {}

  /** Reads a custom row; {@code inTable} admits the {@code after} member that places it in its table. */
  static PlacedRow readCustomRow(JsonParser p, boolean inTable, boolean dups) throws IOException {
    expectObject(p, "a custom row");
    int seen = 0;
    String key = null;
    String label = null;
    String englishName = null;
    String unit = null;
    String after = null;
    // where the key and after members were, for problems found once the row is placed in its table
    String keyPointer = null;
    JsonLocation keyLocation = null;
    String afterPointer = null;
    JsonLocation afterLocation = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = JsonTokens.name(p);
      switch (name) {
        case "key" -> {
          seen = seen(seen, 1, dups);
          p.nextToken();
          String value = string(p, "key");
          check(p, () -> CustomRow.of(value, "-", Optional.empty()));
          key = value;
          keyPointer = pointer(p);
          keyLocation = p.currentTokenLocation();
        }
        case "label" -> {
          seen = seen(seen, 2, dups);
          p.nextToken();
          String value = string(p, "label");
          check(p, () -> CustomRow.of("label", value, Optional.empty()));
          label = value;
        }
        case "englishName" -> {
          seen = seen(seen, 4, dups);
          p.nextToken();
          englishName = nullableString(p, "englishName");
        }
        case "unit" -> {
          seen = seen(seen, 8, dups);
          p.nextToken();
          unit = nullableString(p, "unit");
        }
        case "after" -> {
          if (!inTable) {
            throw unknownMember(p, "a custom row", name);
          }
          seen = seen(seen, 16, dups);
          p.nextToken();
          after = nullableString(p, "after");
          afterPointer = pointer(p);
          afterLocation = p.currentTokenLocation();
        }
        default -> throw unknownMember(p, "a custom row", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (key == null) {
      throw missingMember(p, end, "a custom row", "key");
    }
    if (label == null) {
      throw missingMember(p, end, "a custom row", "label");
    }
    CustomRow row = CustomRow.of(key, label, englishName == null ? label : englishName, Optional.ofNullable(unit));
    return new PlacedRow(row, after, keyPointer, keyLocation, afterPointer, afterLocation);
  }

  // ---------------------------------------------------------------------------------------- cell, amount

  /**
   * Reads a cell: {@code null} (blank), an integer, or an amount object. {@code kind}, when known, only
   * sharpens the messages; whether the cell fits its column is checked by the table.
   */
  static Cell readCell(JsonParser p, CellKind kind, boolean dups) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Cell.blank();
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = p.getLongValue();
        if (value <= Cell.MAX_MAGNITUDE && value >= -Cell.MAX_MAGNITUDE) {
          return Cell.of(value);
        }
      }
      throw ReportJsonProblem.at(p, "the integer " + p.getText() + " is out of range: a cell holds at most "
          + Cell.MAX_DIGITS + " digits");
    }
    if (t == JsonToken.START_OBJECT) {
      return Cell.of(readAmount(p, dups));
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw ReportJsonProblem.at(p, kind == CellKind.AMOUNT
          ? "an amount cell must be an object {\"value\", \"unit\"} but was " + describe(p)
          : "a count must be a JSON integer but was " + describe(p));
    }
    throw ReportJsonProblem.at(p, "a cell must be null, an integer or an amount object but was " + describe(p));
  }

  static Amount readAmount(JsonParser p, boolean dups) throws IOException {
    expectObject(p, "an amount");
    int seen = 0;
    BigDecimal value = null;
    AmountUnit unit = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = JsonTokens.name(p);
      switch (name) {
        case "value" -> {
          seen = seen(seen, 1, dups);
          p.nextToken();
          value = readAmountValue(p);
        }
        case "unit" -> {
          seen = seen(seen, 2, dups);
          p.nextToken();
          unit = readUnit(p);
        }
        default -> throw unknownMember(p, "an amount", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (value == null) {
      throw missingMember(p, end, "an amount", "value");
    }
    if (unit == null) {
      throw missingMember(p, end, "an amount", "unit");
    }
    try {
      return Amount.of(value, unit);
    } catch (IllegalArgumentException e) {
      throw ReportJsonProblem.at(p, JsonTokens.member(pointer(p), "value"), end, String.valueOf(e.getMessage()));
    }
  }

  private static BigDecimal readAmountValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw ReportJsonProblem.at(p, "an amount's value must be a number but was " + describe(p));
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException e) {
      // an exponent BigDecimal cannot hold (0.001e9999999990380): Jackson's own parse failure
      throw ReportJsonProblem.at(p, "the amount " + p.getText() + " is out of range: not a number an amount can hold");
    }
    // checked on scale and precision before anything computes with the value: 1e999999999 is short text
    if (value.signum() < 0) {
      throw ReportJsonProblem.at(p, "an amount must not be negative but was " + p.getText());
    }
    if (value.scale() > Amount.MAX_SCALE) {
      throw ReportJsonProblem.at(p, "the amount " + p.getText() + " is out of range: at most " + Amount.MAX_SCALE
          + " decimals");
    }
    if ((long) value.precision() - value.scale() > Cell.MAX_DIGITS) {
      throw ReportJsonProblem.at(p, "the amount " + p.getText() + " is out of range: at most " + Cell.MAX_DIGITS
          + " integer digits");
    }
    return value;
  }

  private static AmountUnit readUnit(JsonParser p) throws IOException {
    String key = string(p, "unit");
    for (AmountUnit u : AmountUnit.values()) {
      if (u.key().equals(key)) {
        return u;
      }
    }
    throw ReportJsonProblem.at(p, "unknown unit " + quote(key) + "; expected one of " + UNIT_KEYS);
  }

  // ------------------------------------------------------------------------------------------- helpers

  /** Runs a model constructor on one value so that its rule is reported at that value's token. */
  private static void check(JsonParser p, Runnable probe) throws ReportJsonProblem {
    try {
      probe.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ReportJsonProblem.at(p, String.valueOf(e.getMessage()));
    }
  }

  /** Quotes an input value for a message, cut short so that a huge value cannot flood a log. */
  static String quote(String value) {
    return value.length() <= 64 ? "'" + value + "'" : "'" + value.substring(0, 61) + "...'";
  }

  private static String keys(List<String> keys) {
    return keys.stream().collect(Collectors.joining(", "));
  }

  // --------------------------------------------------------------------------------- Jackson adapters

  static final class ReportDeserializer extends StdDeserializer<Report> {
    private static final long serialVersionUID = 1L;
    static final ReportDeserializer INSTANCE = new ReportDeserializer();

    private ReportDeserializer() {
      super(Report.class);
    }

    @Override
    public Report deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readReport(p, ctxt.getAttribute(CHECK_DUPLICATES) != null);
    }
  }

  static final class MetadataDeserializer extends StdDeserializer<ReportMetadata> {
    private static final long serialVersionUID = 1L;
    static final MetadataDeserializer INSTANCE = new MetadataDeserializer();

    private MetadataDeserializer() {
      super(ReportMetadata.class);
    }

    @Override
    public ReportMetadata deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readMetadata(p, false);
    }
  }

  static final class NarrativeDeserializer extends StdDeserializer<NarrativeSection> {
    private static final long serialVersionUID = 1L;
    static final NarrativeDeserializer INSTANCE = new NarrativeDeserializer();

    private NarrativeDeserializer() {
      super(NarrativeSection.class);
    }

    @Override
    public NarrativeSection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readNarrative(p, false);
    }
  }

  static final class TableDeserializer extends StdDeserializer<Table> {
    private static final long serialVersionUID = 1L;
    static final TableDeserializer INSTANCE = new TableDeserializer();

    private TableDeserializer() {
      super(Table.class);
    }

    @Override
    public Table deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readTable(p, null, false);
    }
  }

  static final class CellDeserializer extends StdDeserializer<Cell> {
    private static final long serialVersionUID = 1L;
    static final CellDeserializer INSTANCE = new CellDeserializer();

    private CellDeserializer() {
      super(Cell.class);
    }

    @Override
    public Cell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readCell(p, null, false);
    }

    /** JSON {@code null} is the blank cell, not a missing one. */
    @Override
    public Cell getNullValue(DeserializationContext ctxt) {
      return Cell.blank();
    }
  }

  static final class AmountDeserializer extends StdDeserializer<Amount> {
    private static final long serialVersionUID = 1L;
    static final AmountDeserializer INSTANCE = new AmountDeserializer();

    private AmountDeserializer() {
      super(Amount.class);
    }

    @Override
    public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readAmount(p, false);
    }
  }

  static final class CustomRowDeserializer extends StdDeserializer<CustomRow> {
    private static final long serialVersionUID = 1L;
    static final CustomRowDeserializer INSTANCE = new CustomRowDeserializer();

    private CustomRowDeserializer() {
      super(CustomRow.class);
    }

    @Override
    public CustomRow deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return readCustomRow(p, false, false).row();
    }
  }
}
