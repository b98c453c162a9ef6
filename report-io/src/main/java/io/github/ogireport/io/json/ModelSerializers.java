package io.github.ogireport.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ogireport.model.Amount;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The stateless serializers of the model types. Every member is always written, in a fixed order, so equal
 * values give byte-identical JSON; the shape is documented in the module README.
 */
final class ModelSerializers {
  private ModelSerializers() {}

  static void writeReport(Report report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ReportJson.FORMAT);
    g.writeStringField("edition", report.edition().key());
    g.writeFieldName("metadata");
    writeMetadata(report.metadata(), g);
    g.writeArrayFieldStart("narrative");
    for (NarrativeSection section : report.narrative()) {
      writeNarrative(section, g);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("tables");
    for (Table table : report.tableList()) {
      g.writeFieldName(table.type().key());
      writeTable(table, g, false);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void writeMetadata(ReportMetadata metadata, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("agency", metadata.agency());
    g.writeNumberField("year", metadata.year());
    writeOptional(g, "divisionCode", metadata.divisionCode());
    writeOptional(g, "title", metadata.title());
    writeOptional(g, "publicationDate", metadata.publicationDate().map(DateTimeFormatter.ISO_LOCAL_DATE::format));
    writeOptional(g, "source", metadata.source());
    g.writeEndObject();
  }

  static void writeNarrative(NarrativeSection section, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("section", section.section().key());
    g.writeStringField("heading", section.heading());
    g.writeStringField("text", section.text());
    g.writeEndObject();
  }

  /** Writes a table; {@code withType} for a table standing alone, whose type no enclosing key names. */
  static void writeTable(Table table, JsonGenerator g, boolean withType) throws IOException {
    g.writeStartObject();
    if (withType) {
      g.writeStringField("type", table.type().key());
    }
    List<TableRow> rows = table.rows();
    List<TableColumn> columns = table.columns();
    if (table.type().allowsCustomRows()) {
      g.writeArrayFieldStart("customRows");
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r) instanceof CustomRow custom) {
          // every custom row follows some row: the legacy form's official rows come first
          writeCustomRow(custom, r == 0 ? null : rows.get(r - 1).key(), g);
        }
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("rows");
    for (int r = 0; r < rows.size(); r++) {
      g.writeObjectFieldStart(rows.get(r).key());
      for (int c = 0; c < columns.size(); c++) {
        g.writeFieldName(columns.get(c).key());
        writeCell(table.cell(r, c), g);
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Writes a custom row; {@code after} is the key of the row it follows, or {@code null} to omit it. */
  static void writeCustomRow(CustomRow row, String after, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", row.key());
    g.writeStringField("label", row.label());
    g.writeStringField("englishName", row.englishName());
    writeOptional(g, "unit", row.unit());
    if (after != null) {
      g.writeStringField("after", after);
    }
    g.writeEndObject();
  }

  static void writeCell(Cell cell, JsonGenerator g) throws IOException {
    if (cell.isBlank()) {
      g.writeNull();
    } else if (cell.isInteger()) {
      g.writeNumber(cell.longValue());
    } else {
      writeAmount(cell.amount().orElseThrow(), g);
    }
  }

  static void writeAmount(Amount amount, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("value");
    // plain digits with the scale as reported (4332.80 stays 4332.80), whatever the generator's settings
    g.writeNumber(amount.value().toPlainString());
    g.writeStringField("unit", amount.unit().key());
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  /** The part of a serializer that differs per model type: the static method that writes the value. */
  @FunctionalInterface
  interface Writing<T> extends java.io.Serializable {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /**
   * A stateless serializer that delegates to one of the static {@code write…} methods above; one instance
   * per model type, registered by {@link ReportJsonModule}.
   */
  static final class Delegating<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final Writing<T> writing;

    Delegating(Class<T> type, Writing<T> writing) {
      super(type);
      this.writing = writing;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writing.write(value, g);
    }
  }

  static final Delegating<Report> REPORT = new Delegating<>(Report.class, ModelSerializers::writeReport);
  static final Delegating<ReportMetadata> METADATA =
      new Delegating<>(ReportMetadata.class, ModelSerializers::writeMetadata);
  static final Delegating<NarrativeSection> NARRATIVE =
      new Delegating<>(NarrativeSection.class, ModelSerializers::writeNarrative);
  static final Delegating<Table> TABLE = new Delegating<>(Table.class, (t, g) -> writeTable(t, g, true));
  static final Delegating<Cell> CELL = new Delegating<>(Cell.class, ModelSerializers::writeCell);
  static final Delegating<Amount> AMOUNT = new Delegating<>(Amount.class, ModelSerializers::writeAmount);
  static final Delegating<CustomRow> CUSTOM_ROW =
      new Delegating<>(CustomRow.class, (r, g) -> writeCustomRow(r, null, g));
}
