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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stateless deserializers of the model types. They read the token stream directly, so every problem
 * is reported at the offending token with its JSON Pointer; they accept members in any order, reject
 * unknown members, and never coerce (a count is a JSON integer, a string is a JSON string).
 *
 * <p>Each {@code read*} method starts at the value's first token and leaves the parser at its last.
 */
final class ModelDeserializers {
  /** The most custom rows one table may declare (and rows waiting for their declaration). */
  static final int MAX_CUSTOM_ROWS = 1024;

  private static final String EDITION_KEYS = keys(Arrays.stream(Edition.values()).map(Edition::key).toList());
  private static final String UNIT_KEYS = keys(Arrays.stream(AmountUnit.values()).map(AmountUnit::key).toList());
  private static final String SECTION_KEYS = keys(
      Arrays.stream(ReportSection.values()).filter(ReportSection::isNarrative).map(ReportSection::key).toList());

  /** The columns of every table type by key. */
  private static final Map<TableType, Map<String, TableColumn>> COLUMNS = new EnumMap<>(TableType.class);

  static {
    for (TableType type : TableType.values()) {
      Map<String, TableColumn> byKey = new HashMap<>();
      type.columns().forEach(c -> byKey.put(c.key(), c));
      COLUMNS.put(type, Map.copyOf(byKey));
    }
  }

  private ModelDeserializers() {}

  // ---------------------------------------------------------------------------------------------- report

  static Report readReport(JsonParser p) throws IOException {
    expectObject(p, "a report");
    String at = pointer(p);
    String format = null;
    Edition edition = null;
    ReportMetadata metadata = null;
    List<NarrativeSection> narrative = List.of();
    List<Table> tables = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "format" -> {
          p.nextToken();
          format = string(p, "format");
          if (!format.equals(ReportJson.FORMAT)) {
            throw ReportJsonProblem.at(
                p, "unsupported format " + quote(format) + "; expected '" + ReportJson.FORMAT + "'");
          }
        }
        case "edition" -> {
          p.nextToken();
          edition = readEdition(p);
        }
        case "metadata" -> {
          p.nextToken();
          metadata = readMetadata(p);
        }
        case "narrative" -> {
          p.nextToken();
          narrative = readNarrativeList(p);
        }
        case "tables" -> {
          p.nextToken();
          tables = readTables(p);
        }
        default -> throw unknownMember(p, "the report", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (format == null) {
      throw missingMember(p, at, end, "the report", "format");
    }
    if (edition == null) {
      throw missingMember(p, at, end, "the report", "edition");
    }
    if (metadata == null) {
      throw missingMember(p, at, end, "the report", "metadata");
    }
    Report.Builder builder = Report.builder().metadata(metadata).edition(edition).addAllNarrative(narrative);
    tables.forEach(builder::table);
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ReportJsonProblem.at(p, at, end, String.valueOf(e.getMessage()));
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

  static ReportMetadata readMetadata(JsonParser p) throws IOException {
    expectObject(p, "metadata");
    String at = pointer(p);
    ReportMetadata.Builder builder = ReportMetadata.builder();
    boolean agency = false;
    boolean year = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "agency" -> {
          p.nextToken();
          String value = string(p, "agency");
          check(p, () -> ReportMetadata.of(value, ReportMetadata.MIN_YEAR));
          builder.agency(value);
          agency = true;
        }
        case "year" -> {
          p.nextToken();
          int value = integer(p, "year");
          check(p, () -> ReportMetadata.of("-", value));
          builder.year(value);
          year = true;
        }
        case "divisionCode" -> {
          p.nextToken();
          String value = nullableString(p, "divisionCode");
          if (value != null) {
            check(p, () -> ReportMetadata.builder().agency("-").year(ReportMetadata.MIN_YEAR).divisionCode(value).build());
          }
          builder.divisionCode(Optional.ofNullable(value));
        }
        case "title" -> {
          p.nextToken();
          builder.title(Optional.ofNullable(nullableString(p, "title")));
        }
        case "publicationDate" -> {
          p.nextToken();
          builder.publicationDate(Optional.ofNullable(readDate(p)));
        }
        case "source" -> {
          p.nextToken();
          builder.source(Optional.ofNullable(nullableString(p, "source")));
        }
        default -> throw unknownMember(p, "metadata", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (!agency) {
      throw missingMember(p, at, end, "metadata", "agency");
    }
    if (!year) {
      throw missingMember(p, at, end, "metadata", "year");
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ReportJsonProblem.at(p, at, end, String.valueOf(e.getMessage()));
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

  private static List<NarrativeSection> readNarrativeList(JsonParser p) throws IOException {
    expectArray(p, "narrative");
    List<NarrativeSection> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(readNarrative(p));
    }
    return list;
  }

  static NarrativeSection readNarrative(JsonParser p) throws IOException {
    expectObject(p, "a narrative section");
    String at = pointer(p);
    ReportSection section = null;
    String heading = null;
    String text = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "section" -> {
          p.nextToken();
          section = readSection(p);
        }
        case "heading" -> {
          p.nextToken();
          heading = string(p, "heading");
        }
        case "text" -> {
          p.nextToken();
          text = string(p, "text");
        }
        default -> throw unknownMember(p, "a narrative section", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (section == null) {
      throw missingMember(p, at, end, "a narrative section", "section");
    }
    if (heading == null) {
      throw missingMember(p, at, end, "a narrative section", "heading");
    }
    if (text == null) {
      throw missingMember(p, at, end, "a narrative section", "text");
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

  private static List<Table> readTables(JsonParser p) throws IOException {
    expectObject(p, "tables");
    List<Table> tables = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      TableType type = TableType.fromKey(key).orElseThrow(() -> ReportJsonProblem.at(
          p, "unknown table type " + quote(key) + "; expected a key of " + TableType.class.getSimpleName()));
      p.nextToken();
      tables.add(readTable(p, type));
    }
    return tables;
  }

  /**
   * Reads a table. Within a report the enclosing key gives {@code keyType}; a table standing alone
   * ({@code keyType} null) names its type in a {@code type} member that comes before its rows.
   */
  static Table readTable(JsonParser p, TableType keyType) throws IOException {
    expectObject(p, keyType == null ? "a table" : "table " + keyType.key());
    String at = pointer(p);
    TableReader reader = keyType == null ? null : new TableReader(keyType);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "type" -> {
          p.nextToken();
          String key = string(p, "type");
          TableType type = TableType.fromKey(key).orElseThrow(() -> ReportJsonProblem.at(
              p, "unknown table type " + quote(key) + "; expected a key of " + TableType.class.getSimpleName()));
          if (keyType != null && type != keyType) {
            throw ReportJsonProblem.at(
                p, "table type '" + key + "' does not match its key '" + keyType.key() + "'");
          }
          if (reader == null) {
            reader = new TableReader(type);
          }
        }
        case "customRows", "rows" -> {
          if (reader == null) {
            throw ReportJsonProblem.at(p, "a table standing alone must name its type before its " + name);
          }
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
      throw missingMember(p, at, p.currentTokenLocation(), "a table", "type");
    }
    return reader.finish(p);
  }

  /** Collects one table's custom rows and cells, in whatever order the members come. */
  private static final class TableReader {
    final TableType type;
    final Map<String, TableColumn> columns;
    final Table.Builder builder;
    final Map<String, TableRow> rowsByKey = new HashMap<>();
    /** Rows of a legacy table named before its custom rows were declared. */
    final List<PendingRow> pending = new ArrayList<>();
    boolean customRowsRead;

    TableReader(TableType type) {
      this.type = type;
      this.columns = COLUMNS.get(type);
      this.builder = Table.builder(type);
      for (TableRow row : type.rows()) {
        rowsByKey.put(row.key(), row);
      }
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
        PlacedRow placed = readCustomRow(p, true);
        CustomRow row = placed.row();
        if (rowsByKey.containsKey(row.key())) {
          throw ReportJsonProblem.at(p, placed.keyPointer(), placed.keyLocation(),
              "table " + type.key() + " already has a row '" + row.key() + "'");
        }
        TableRow anchor = placed.after() == null ? null : rowsByKey.get(placed.after());
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
        rowsByKey.put(row.key(), row);
      }
    }

    void readRows(JsonParser p) throws IOException {
      expectObject(p, "rows");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        TableRow row = rowsByKey.get(key);
        if (row == null && (!type.allowsCustomRows() || customRowsRead)) {
          throw ReportJsonProblem.at(p, "table " + type.key() + " has no row " + quote(key));
        }
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
        expectObject(p, "row " + quote(key));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String columnKey = p.currentName();
          TableColumn column = columns.get(columnKey);
          if (column == null) {
            throw ReportJsonProblem.at(p, "table " + type.key() + " has no column " + quote(columnKey));
          }
          p.nextToken();
          if (row == null) {
            Cell cell = readCell(p, null);
            later.cells().add(new PendingCell(column, cell, pointer(p), p.currentTokenLocation()));
          } else if (p.currentToken() == JsonToken.START_OBJECT) {
            // an amount: once read, the parser stands at its end, so remember where it started
            String at = pointer(p);
            JsonLocation start = p.currentTokenLocation();
            set(p, row, column, readCell(p, type.kind(row, column)), at, start);
          } else {
            // a scalar: pointer and location are taken from the parser only if the cell does not fit
            set(p, row, column, readCell(p, type.kind(row, column)), null, null);
          }
        }
      }
    }

    Table finish(JsonParser p) throws IOException {
      for (PendingRow later : pending) {
        TableRow row = rowsByKey.get(later.key());
        if (row == null) {
          throw ReportJsonProblem.at(p, later.pointer(), later.location(),
              "table " + type.key() + " has no row " + quote(later.key()));
        }
        for (PendingCell cell : later.cells()) {
          set(p, row, cell.column(), cell.cell(), cell.pointer(), cell.location());
        }
      }
      return builder.build();
    }

    /** Sets a cell; {@code at} and {@code location} are null for a cell at the parser's current token. */
    private void set(JsonParser p, TableRow row, TableColumn column, Cell cell, String at, JsonLocation location)
        throws ReportJsonProblem {
      if (!cell.isBlank()) {
        CellKind kind = type.kind(row, column);
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
  static PlacedRow readCustomRow(JsonParser p, boolean inTable) throws IOException {
    expectObject(p, "a custom row");
    String at = pointer(p);
    String key = null;
    String label = null;
    String englishName = null;
    String unit = null;
    String after = null;
    String keyPointer = at;
    JsonLocation keyLocation = p.currentTokenLocation();
    String afterPointer = at;
    JsonLocation afterLocation = keyLocation;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "key" -> {
          p.nextToken();
          String value = string(p, "key");
          check(p, () -> CustomRow.of(value, "-", Optional.empty()));
          key = value;
          keyPointer = pointer(p);
          keyLocation = p.currentTokenLocation();
        }
        case "label" -> {
          p.nextToken();
          String value = string(p, "label");
          check(p, () -> CustomRow.of("label", value, Optional.empty()));
          label = value;
        }
        case "englishName" -> {
          p.nextToken();
          englishName = nullableString(p, "englishName");
        }
        case "unit" -> {
          p.nextToken();
          unit = nullableString(p, "unit");
        }
        case "after" -> {
          if (!inTable) {
            throw unknownMember(p, "a custom row", name);
          }
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
      throw missingMember(p, at, end, "a custom row", "key");
    }
    if (label == null) {
      throw missingMember(p, at, end, "a custom row", "label");
    }
    CustomRow row = CustomRow.of(key, label, englishName == null ? label : englishName, Optional.ofNullable(unit));
    return new PlacedRow(row, after, keyPointer, keyLocation, afterPointer, afterLocation);
  }

  // ---------------------------------------------------------------------------------------- cell, amount

  /**
   * Reads a cell: {@code null} (blank), an integer, or an amount object. {@code kind}, when known, only
   * sharpens the messages; whether the cell fits its column is checked by the table.
   */
  static Cell readCell(JsonParser p, CellKind kind) throws IOException {
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
      return Cell.of(readAmount(p));
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw ReportJsonProblem.at(p, kind == CellKind.AMOUNT
          ? "an amount cell must be an object {\"value\", \"unit\"} but was " + describe(p)
          : "a count must be a JSON integer but was " + describe(p));
    }
    throw ReportJsonProblem.at(p, "a cell must be null, an integer or an amount object but was " + describe(p));
  }

  static Amount readAmount(JsonParser p) throws IOException {
    expectObject(p, "an amount");
    String at = pointer(p);
    BigDecimal value = null;
    AmountUnit unit = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "value" -> {
          p.nextToken();
          value = readAmountValue(p);
        }
        case "unit" -> {
          p.nextToken();
          unit = readUnit(p);
        }
        default -> throw unknownMember(p, "an amount", name);
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (value == null) {
      throw missingMember(p, at, end, "an amount", "value");
    }
    if (unit == null) {
      throw missingMember(p, at, end, "an amount", "unit");
    }
    try {
      return Amount.of(value, unit);
    } catch (IllegalArgumentException e) {
      throw ReportJsonProblem.at(p, JsonTokens.member(at, "value"), end, String.valueOf(e.getMessage()));
    }
  }

  private static BigDecimal readAmountValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw ReportJsonProblem.at(p, "an amount's value must be a number but was " + describe(p));
    }
    BigDecimal value = p.getDecimalValue();
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
      return readReport(p);
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
      return readMetadata(p);
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
      return readNarrative(p);
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
      return readTable(p, null);
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
      return readCell(p, null);
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
      return readAmount(p);
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
      return readCustomRow(p, false).row();
    }
  }
}
