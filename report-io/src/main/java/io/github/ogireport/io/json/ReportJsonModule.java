package io.github.ogireport.io.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ogireport.model.Amount;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table;

/**
 * The Jackson module of the report model: stateless serializers and deserializers for {@link Report},
 * {@link ReportMetadata}, {@link NarrativeSection}, {@link Table}, {@link Cell}, {@link Amount} and
 * {@link CustomRow}, so that the model itself carries no Jackson annotations. The JSON shape is
 * documented in the module's README and is stable within format {@value ReportJson#FORMAT}.
 *
 * <p>Register it explicitly, or let {@code ObjectMapper.findAndRegisterModules()} find it through the
 * service loader. Most users want {@link ReportJson} instead, which also sets the read limits, strict
 * duplicate detection and plain decimals, and turns every problem into a
 * {@link io.github.ogireport.io.ReportException}.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ReportJsonModule()).build();
 * String json = mapper.writeValueAsString(report);
 * Report back = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * <p>Without the module a mapper does not guess: writing or reading any of these types throws a
 * {@code JsonMappingException} whose message names this module and how to register it (the model's
 * {@code jackson-annotations} hooks, over which this module's serializers and deserializers take
 * precedence).
 *
 * <p>Through a plain mapper, malformed input raises a Jackson {@code MismatchedInputException} whose
 * message names the problem; the deserializers never throw anything but Jackson's exceptions. A
 * {@link Table} standing alone carries a {@code type} member before its rows; within a report the
 * table's key gives its type.
 *
 * @since 0.1
 */
public final class ReportJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module name Jackson registers it under. */
  public static final String NAME = "ogi-report";

  /** Creates the module (public, for the service loader). */
  public ReportJsonModule() {
    super(NAME, Version.unknownVersion());
    addSerializer(Report.class, ModelSerializers.REPORT);
    addSerializer(ReportMetadata.class, ModelSerializers.METADATA);
    addSerializer(NarrativeSection.class, ModelSerializers.NARRATIVE);
    addSerializer(Table.class, ModelSerializers.TABLE);
    addSerializer(Cell.class, ModelSerializers.CELL);
    addSerializer(Amount.class, ModelSerializers.AMOUNT);
    addSerializer(CustomRow.class, ModelSerializers.CUSTOM_ROW);
    addDeserializer(Report.class, ModelDeserializers.ReportDeserializer.INSTANCE);
    addDeserializer(ReportMetadata.class, ModelDeserializers.MetadataDeserializer.INSTANCE);
    addDeserializer(NarrativeSection.class, ModelDeserializers.NarrativeDeserializer.INSTANCE);
    addDeserializer(Table.class, ModelDeserializers.TableDeserializer.INSTANCE);
    addDeserializer(Cell.class, ModelDeserializers.CellDeserializer.INSTANCE);
    addDeserializer(Amount.class, ModelDeserializers.AmountDeserializer.INSTANCE);
    addDeserializer(CustomRow.class, ModelDeserializers.CustomRowDeserializer.INSTANCE);
  }
}
