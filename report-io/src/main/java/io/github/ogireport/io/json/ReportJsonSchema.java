package io.github.ogireport.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The JSON Schema (draft 2020-12) of the JSON format {@value ReportJson#FORMAT}, generated from the model:
 * every edition, every table type with its official rows and columns (their keys, labels and English
 * names) and the kind of every cell, the metadata and narrative members, the units and the limits of
 * counts and amounts. Platforms in other languages can validate with it what they exchange with this SDK.
 *
 * <p>The generated text is checked in as the class-path resource {@value #RESOURCE} of report-io and as
 * {@code docs/report.schema.json}; a test fails when either drifts from {@link #generate()}.
 *
 * <p>What the schema cannot say, and only the reader checks: a repeated member (most JSON parsers keep
 * the last one); trailing content after the document; that a custom row's {@code after} names a row
 * declared before it, that a row under {@code legacy_statistics/rows} that is not an official row is
 * declared in {@code customRows}, and that a custom row's cells are amounts exactly when its unit is
 * 元 or 万元; an impossible calendar date in {@code publicationDate} where a validator does not assert
 * {@code "format": "date"}; and the read limits ({@link JsonLimits}). A number with a zero fraction
 * ({@code 3.0}) is an integer to JSON Schema but not to the reader, which wants a JSON integer.
 *
 * @since 0.1
 */
public final class ReportJsonSchema {
  /** The class-path resource holding the generated schema. */
  public static final String RESOURCE = "/io/github/ogireport/io/json/report.schema.json";

  /** The schema's {@code $id}. */
  public static final String ID = "https://github.com/ogi-report/ogi-report/raw/main/docs/report.schema.json";

  /** The JSON Schema dialect the schema is written in. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ReportJsonSchema() {}

  /**
   * Generates the schema: pretty-printed JSON, two spaces of indentation, {@code \n} line ends and a final
   * line end; the same bytes on every machine.
   */
  public static String generate() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", ID);
    root.put("title", "ogi-report annual report on open government information, format " + ReportJson.FORMAT);
    root.put("description", "One annual report on open government information (政府信息公开工作年度报告) as "
        + "written by io.github.ogireport.io.json.ReportJson. Generated from the model by ReportJsonSchema: "
        + "do not edit.");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.putObject("format").put("const", ReportJson.FORMAT);
    ObjectNode edition = properties.putObject("edition");
    edition.put("description", Arrays.stream(Edition.values())
        .map(e -> e.key() + ": " + e.englishName())
        .collect(Collectors.joining("; ")));
    enumOf(edition, Arrays.stream(Edition.values()).map(Edition::key).toArray(String[]::new));
    properties.putObject("metadata").put("$ref", "#/$defs/metadata");
    ObjectNode narrative = properties.putObject("narrative");
    narrative.put("type", "array");
    narrative.putObject("items").put("$ref", "#/$defs/narrativeSection");
    ObjectNode tables = properties.putObject("tables");
    tables.put("type", "object");
    ObjectNode tableProperties = tables.putObject("properties");
    for (TableType type : TableType.values()) {
      tableProperties.putObject(type.key()).put("$ref", "#/$defs/" + tableDef(type));
    }
    tables.put("additionalProperties", false);
    required(root, "format", "edition", "metadata");
    root.put("additionalProperties", false);

    ObjectNode defs = root.putObject("$defs");
    defs.set("metadata", metadata());
    defs.set("narrativeSection", narrativeSection());
    defs.set("count", integer("A count: blank (null) or a non-negative integer of at most "
        + Cell.MAX_DIGITS + " digits.", 0));
    defs.set("signed", integer("A change (本年增/减): blank (null) or an integer of at most "
        + Cell.MAX_DIGITS + " digits, which may be negative.", -Cell.MAX_MAGNITUDE));
    defs.set("amount", amount());
    defs.set("customCell", customCell());
    defs.set("customRow", customRow());
    for (TableType type : TableType.values()) {
      defs.set(tableDef(type), table(type));
    }
    try {
      return printer().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the schema cannot be printed", e);
    }
  }

  /**
   * The schema as checked in on the class path (equal to {@link #generate()}).
   *
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String checkedIn() {
    try (InputStream in = ReportJsonSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the resource " + RESOURCE + " is missing"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tableDef(TableType type) {
    return "table." + type.key();
  }

  private static ObjectNode metadata() {
    ObjectNode m = NODES.objectNode();
    m.put("description", "Who published the report and for which year.");
    m.put("type", "object");
    ObjectNode p = m.putObject("properties");
    ObjectNode agency = p.putObject("agency");
    agency.put("description", "The reporting agency as printed; not blank.");
    agency.put("type", "string");
    agency.put("pattern", "\\S");
    ObjectNode year = p.putObject("year");
    year.put("description", "The year the statistics cover.");
    year.put("type", "integer");
    year.put("minimum", ReportMetadata.MIN_YEAR);
    year.put("maximum", ReportMetadata.MAX_YEAR);
    ObjectNode division = p.putObject("divisionCode");
    division.put("description", "The administrative-division code (行政区划代码) of 6, 9 or 12 digits.");
    types(division, "string", "null");
    division.put("pattern", "^" + ReportMetadata.DIVISION_CODE_PATTERN + "$");
    nullableString(p, "title", "The title as printed.");
    ObjectNode date = p.putObject("publicationDate");
    date.put("description", "The publication date, yyyy-mm-dd.");
    types(date, "string", "null");
    date.put("format", "date");
    date.put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
    nullableString(p, "source", "Where the report came from (a URL, a file name).");
    required(m, "agency", "year");
    m.put("additionalProperties", false);
    return m;
  }

  private static ObjectNode narrativeSection() {
    ObjectNode n = NODES.objectNode();
    n.put("description", "A narrative part of the report.");
    n.put("type", "object");
    ObjectNode p = n.putObject("properties");
    ObjectNode section = p.putObject("section");
    section.put("description", Arrays.stream(ReportSection.values())
        .filter(ReportSection::isNarrative)
        .map(s -> s.key() + ": " + s.englishName())
        .collect(Collectors.joining("; ")));
    enumOf(section, Arrays.stream(ReportSection.values())
        .filter(ReportSection::isNarrative)
        .map(ReportSection::key)
        .toArray(String[]::new));
    p.putObject("heading").put("description", "The heading as printed; empty if there was none.").put("type", "string");
    p.putObject("text").put("description", "The text, lines joined with \\n.").put("type", "string");
    required(n, "section", "heading", "text");
    n.put("additionalProperties", false);
    return n;
  }

  private static ObjectNode integer(String description, long minimum) {
    ObjectNode c = NODES.objectNode();
    c.put("description", description);
    types(c, "integer", "null");
    c.put("minimum", minimum);
    c.put("maximum", Cell.MAX_MAGNITUDE);
    return c;
  }

  /** The members of an amount object, added to {@code node}. */
  private static void amountMembers(ObjectNode node) {
    ObjectNode p = node.putObject("properties");
    ObjectNode value = p.putObject("value");
    value.put("description", "The number as printed, with its scale: at most " + Amount.MAX_SCALE
        + " decimals and " + Cell.MAX_DIGITS + " integer digits, not negative.");
    value.put("type", "number");
    value.put("minimum", 0);
    value.put("exclusiveMaximum", BigDecimal.TEN.pow(Cell.MAX_DIGITS));
    value.put("multipleOf", BigDecimal.ONE.movePointLeft(Amount.MAX_SCALE));
    ObjectNode unit = p.putObject("unit");
    unit.put("description", Arrays.stream(AmountUnit.values())
        .map(u -> u.key() + (u.label().isEmpty() ? " (no unit printed)" : " (" + u.label() + ")"))
        .collect(Collectors.joining(", ")));
    enumOf(unit, Arrays.stream(AmountUnit.values()).map(AmountUnit::key).toArray(String[]::new));
    required(node, "value", "unit");
    node.put("additionalProperties", false);
  }

  private static ObjectNode amount() {
    ObjectNode a = NODES.objectNode();
    a.put("description", "An amount of money: blank (null) or {value, unit}.");
    types(a, "object", "null");
    amountMembers(a);
    return a;
  }

  private static ObjectNode customCell() {
    ObjectNode c = NODES.objectNode();
    c.put("description", "A cell of a custom row: blank (null), a count, or (for a row in 元 or 万元) an amount.");
    types(c, "integer", "object", "null");
    c.put("minimum", 0);
    c.put("maximum", Cell.MAX_MAGNITUDE);
    amountMembers(c);
    return c;
  }

  private static ObjectNode customRow() {
    ObjectNode r = NODES.objectNode();
    r.put("description", "A row a province added to, or renamed in, the legacy form.");
    r.put("type", "object");
    ObjectNode p = r.putObject("properties");
    ObjectNode key = p.putObject("key");
    key.put("type", "string");
    key.put("pattern", "^" + CustomRow.KEY_PATTERN + "$");
    ObjectNode label = p.putObject("label");
    label.put("description", "The label as printed; not blank.");
    label.put("type", "string");
    label.put("pattern", "\\S");
    nullableString(p, "englishName", "The English name; null or absent: the label.");
    nullableString(p, "unit", "The unit printed in the 单位 column; 元 or 万元 make its cells amounts.");
    nullableString(p, "after", "The key of the row it follows (an official row or a custom row declared "
        + "before it); null or absent: after every row so far.");
    required(r, "key", "label");
    r.put("additionalProperties", false);
    return r;
  }

  private static ObjectNode table(TableType type) {
    ObjectNode t = NODES.objectNode();
    t.put("title", type.caption());
    t.put("description", "Table " + type.key() + " (" + type.section().englishName() + "), editions "
        + type.editions().stream().map(Edition::key).collect(Collectors.joining(", "))
        + ". An absent row or cell is blank.");
    t.put("type", "object");
    ObjectNode p = t.putObject("properties");
    p.putObject("type").put("const", type.key());
    if (type.allowsCustomRows()) {
      ObjectNode custom = p.putObject("customRows");
      custom.put("type", "array");
      custom.put("maxItems", ReportJson.MAX_CUSTOM_ROWS);
      custom.putObject("items").put("$ref", "#/$defs/customRow");
    }
    ObjectNode rows = p.putObject("rows");
    rows.put("type", "object");
    ObjectNode rowProperties = rows.putObject("properties");
    for (TableRow row : type.rows()) {
      ObjectNode r = rowProperties.putObject(row.key());
      r.put("title", row.label());
      r.put("description", row.englishName());
      r.put("type", "object");
      ObjectNode columns = r.putObject("properties");
      for (TableColumn column : type.columns()) {
        columns.putObject(column.key()).put("$ref", "#/$defs/" + kindDef(type.kind(row, column)));
      }
      r.put("additionalProperties", false);
    }
    if (type.allowsCustomRows()) {
      ObjectNode custom = rows.putObject("patternProperties").putObject("^" + CustomRow.KEY_PATTERN + "$");
      custom.put("description", "A custom row declared in customRows.");
      custom.put("type", "object");
      ObjectNode columns = custom.putObject("properties");
      for (TableColumn column : type.columns()) {
        columns.putObject(column.key()).put("$ref", "#/$defs/customCell");
      }
      custom.put("additionalProperties", false);
    }
    rows.put("additionalProperties", false);
    t.put("additionalProperties", false);
    return t;
  }

  private static String kindDef(CellKind kind) {
    return switch (kind) {
      case COUNT -> "count";
      case SIGNED -> "signed";
      case AMOUNT -> "amount";
    };
  }

  private static void nullableString(ObjectNode properties, String name, String description) {
    ObjectNode s = properties.putObject(name);
    s.put("description", description);
    types(s, "string", "null");
  }

  private static void types(ObjectNode node, String... types) {
    ArrayNode array = node.putArray("type");
    for (String t : types) {
      array.add(t);
    }
  }

  private static void enumOf(ObjectNode node, String... values) {
    ArrayNode array = node.putArray("enum");
    for (String v : values) {
      array.add(v);
    }
  }

  private static void required(ObjectNode node, String... names) {
    ArrayNode array = node.putArray("required");
    for (String n : names) {
      array.add(n);
    }
  }

  private static ObjectMapper printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    ObjectMapper mapper = new ObjectMapper();
    mapper.setDefaultPrettyPrinter(pretty);
    mapper.enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    return mapper;
  }
}
