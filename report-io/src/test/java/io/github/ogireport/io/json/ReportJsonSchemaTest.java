package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the format: generated from the model and checked in without drift (run the module's
 * tests with {@code -Dregenerate=true} to rewrite the two copies), valid against the 2020-12 meta-schema,
 * satisfied by every report the SDK writes (10,000 generated reports per edition, plus random reports with
 * custom rows and amounts in every unit) and violated by each class of malformed input the JSON reader
 * rejects, as a real validator (networknt json-schema-validator) decides.
 */
final class ReportJsonSchemaTest {
  private static final Path RESOURCE = Path.of("src/main/resources" + ReportJsonSchema.RESOURCE);
  private static final Path DOCS = Path.of("../docs/report.schema.json");
  private static final String HOW =
      "is out of date: regenerate with `mvn -B -pl report-io -am verify -Dregenerate=true` and commit it";

  private static final ReportJson JSON = ReportJson.standard();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ReportJsonSchema.generate(), InputFormat.JSON);

  /** Reports per edition: 10,000; {@code -Dogi.schema.reports=N} changes it. */
  private static final int PER_EDITION = Integer.getInteger("ogi.schema.reports", 10_000);

  // ------------------------------------------------------------------------------------------ drift

  @Test
  void the_checked_in_schema_is_what_the_model_generates() throws IOException {
    String generated = ReportJsonSchema.generate();
    regenerateIfAsked(RESOURCE, generated);
    regenerateIfAsked(DOCS, generated);

    then(Files.readString(RESOURCE, StandardCharsets.UTF_8)).as(RESOURCE + " " + HOW).isEqualTo(generated);
    then(Files.readString(DOCS, StandardCharsets.UTF_8)).as(DOCS + " " + HOW).isEqualTo(generated);
  }

  @Test
  void the_schema_is_on_the_class_path() {
    // when regenerating, the class path still holds the previous copy until the next build
    Assumptions.assumeFalse(Boolean.getBoolean("regenerate"));

    then(ReportJsonSchema.checkedIn()).isEqualTo(ReportJsonSchema.generate());
  }

  @Test
  void the_schema_is_a_valid_draft_2020_12_schema_naming_every_table_row_and_column() throws IOException {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(ReportJsonSchema.DIALECT));
    String text = ReportJsonSchema.generate();

    then(meta.validate(text, InputFormat.JSON)).isEmpty();
    JsonNode schema = MAPPER.readTree(text);
    then(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    for (var type : io.github.ogireport.model.TableType.values()) {
      JsonNode rows = schema.path("$defs").path("table." + type.key()).path("properties").path("rows")
          .path("properties");
      then(rows.size()).as(type.key()).isEqualTo(type.rows().size());
      for (var row : type.rows()) {
        then(rows.path(row.key()).path("title").asText()).isEqualTo(row.label());
        then(rows.path(row.key()).path("properties").size()).isEqualTo(type.columns().size());
      }
    }
    then(text).doesNotContain("\r").endsWith("}\n");
  }

  private static void regenerateIfAsked(Path path, String text) throws IOException {
    if (Boolean.getBoolean("regenerate")) {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    }
  }

  // ------------------------------------------------------------------------------------- valid input

  @ParameterizedTest
  @EnumSource(Edition.class)
  void every_generated_report_of_every_edition_satisfies_the_schema(Edition edition) {
    ReportGenerator generator =
        ReportGenerator.builder().seed(20_260_101L).edition(edition).blanks(BlankStyle.MIXED).build();
    AtomicInteger checked = new AtomicInteger();
    // on every core: the generator, the writer and the validator are thread-safe; the reader's round trip
    // over these reports is GeneratedReportJsonTest's
    List<String> invalid = LongStream.range(0, PER_EDITION).parallel()
        .mapToObj(i -> {
          String json = JSON.write(generator.generate(i));
          // the schema uses no keyword that needs annotations (unevaluated*): not collecting them is faster
          List<Error> errors = SCHEMA.validate(json, InputFormat.JSON,
              c -> c.executionConfig(b -> b.annotationCollectionEnabled(false)));
          checked.incrementAndGet();
          return errors.isEmpty() ? null : "report " + i + ": " + errors + " in " + json;
        })
        .filter(Objects::nonNull)
        .limit(3)
        .toList();

    then(invalid).isEmpty();
    then(checked.get()).isEqualTo(PER_EDITION);
  }

  @Test
  void random_reports_with_custom_rows_mixed_editions_and_amounts_in_every_unit_satisfy_the_schema() {
    Random random = new Random(7);
    for (int i = 0; i < 1_000; i++) {
      assertValid(JSON.write(RandomReports.next(random)));
    }
    for (Edition edition : Edition.values()) {
      assertValid(JSON.write(EditionReports.of(edition)));
    }
  }

  @Test
  void a_table_may_repeat_its_type_and_absent_members_read_as_blank() {
    assertValid("""
        {"format": "ogi-report/1", "edition": "2021", "metadata": {"agency": "某县人民政府", "year": 2023},
         "tables": {"review_litigation": {"type": "review_litigation", "rows": {"review": {"total": 1}}}}}""");
  }

  private static void assertValid(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    then(errors).as(json).isEmpty();
    // and the reader agrees
    JSON.read(json);
  }

  // --------------------------------------------------------------------------------- malformed input

  private static final String BASE_2021 = JSON.write(EditionReports.edition2021());
  private static final String BASE_2019 = JSON.write(EditionReports.edition2019());
  private static final String BASE_LEGACY = JSON.write(EditionReports.legacy());

  private static final String METADATA = "/metadata";
  private static final String REVIEW = "/tables/review_litigation/rows/review";
  private static final String FEES = "/tables/article20_item8_2021/rows/administrative_fees";
  private static final String LEGACY = "/tables/legacy_statistics";

  /** Each class of malformed input the JSON reader rejects, made from a valid report by one change. */
  static Stream<Arguments> malformed() {
    List<Arguments> cases = new ArrayList<>();
    // the document
    cases.add(raw("not an object: array", "[]"));
    cases.add(raw("not an object: string", "\"report\""));
    cases.add(raw("not an object: null", "null"));
    cases.add(edit("unknown format", BASE_2021, "", o -> o.put("format", "ogi-report/2")));
    cases.add(edit("format of the wrong type", BASE_2021, "", o -> o.put("format", 1)));
    cases.add(edit("missing format", BASE_2021, "", o -> o.remove("format")));
    cases.add(edit("missing edition", BASE_2021, "", o -> o.remove("edition")));
    cases.add(edit("missing metadata", BASE_2021, "", o -> o.remove("metadata")));
    cases.add(edit("unknown member", BASE_2021, "", o -> o.put("comment", "x")));
    cases.add(edit("unknown edition", BASE_2021, "", o -> o.put("edition", "2030")));
    cases.add(edit("edition by constant name", BASE_2021, "", o -> o.put("edition", "V2021")));
    cases.add(edit("edition of the wrong type", BASE_2021, "", o -> o.put("edition", 2021)));
    cases.add(edit("narrative not an array", BASE_2021, "", o -> o.put("narrative", "text")));
    cases.add(edit("tables not an object", BASE_2021, "", o -> o.putArray("tables")));
    cases.add(edit("metadata null", BASE_2021, "", o -> o.putNull("metadata")));
    // metadata
    cases.add(edit("missing agency", BASE_2021, METADATA, o -> o.remove("agency")));
    cases.add(edit("missing year", BASE_2021, METADATA, o -> o.remove("year")));
    cases.add(edit("blank agency", BASE_2021, METADATA, o -> o.put("agency", "  ")));
    cases.add(edit("agency of the wrong type", BASE_2021, METADATA, o -> o.put("agency", 12)));
    cases.add(edit("year of the wrong type", BASE_2021, METADATA, o -> o.put("year", "2023")));
    cases.add(edit("year with a fraction", BASE_2021, METADATA, o -> o.put("year", 2023.5)));
    cases.add(edit("year before 2000", BASE_2021, METADATA, o -> o.put("year", 1999)));
    cases.add(edit("year after 2100", BASE_2021, METADATA, o -> o.put("year", 2101)));
    cases.add(edit("division code of 5 digits", BASE_2021, METADATA, o -> o.put("divisionCode", "12345")));
    cases.add(edit("division code with letters", BASE_2021, METADATA, o -> o.put("divisionCode", "11010a")));
    cases.add(edit("title of the wrong type", BASE_2021, METADATA, o -> o.put("title", true)));
    cases.add(edit("date not ISO", BASE_2021, METADATA, o -> o.put("publicationDate", "2023/01/02")));
    cases.add(edit("date with month 13", BASE_2021, METADATA, o -> o.put("publicationDate", "2023-13-01")));
    cases.add(edit("unknown metadata member", BASE_2021, METADATA, o -> o.put("region", "x")));
    // narrative
    cases.add(edit("unknown section", BASE_2021, "/narrative/0", o -> o.put("section", "preface")));
    cases.add(edit("table section as narrative", BASE_2021, "/narrative/0", o -> o.put("section", "applications")));
    cases.add(edit("missing heading", BASE_2021, "/narrative/0", o -> o.remove("heading")));
    cases.add(edit("missing text", BASE_2021, "/narrative/0", o -> o.remove("text")));
    cases.add(edit("missing section", BASE_2021, "/narrative/0", o -> o.remove("section")));
    cases.add(edit("null heading", BASE_2021, "/narrative/0", o -> o.putNull("heading")));
    cases.add(edit("unknown narrative member", BASE_2021, "/narrative/0", o -> o.put("page", 1)));
    // tables, rows, columns
    cases.add(edit("unknown table", BASE_2021, "/tables", o -> o.putObject("applications_2030").putObject("rows")));
    cases.add(edit("table not an object", BASE_2021, "/tables", o -> o.putArray("review_litigation")));
    cases.add(edit("table type not its key", BASE_2021, "/tables/review_litigation",
        o -> o.put("type", "applications_2021")));
    cases.add(edit("unknown table member", BASE_2021, "/tables/review_litigation", o -> o.put("note", "x")));
    cases.add(edit("rows not an object", BASE_2021, "/tables/review_litigation", o -> o.putArray("rows")));
    cases.add(edit("unknown row", BASE_2021, "/tables/review_litigation/rows", o -> o.putObject("appeal")));
    cases.add(edit("2021-only row in a 2019 table", BASE_2019, "/tables/applications_2019/rows",
        o -> o.putObject("other_other")));
    cases.add(edit("row not an object", BASE_2021, "/tables/review_litigation/rows", o -> o.put("review", 1)));
    cases.add(edit("unknown column", BASE_2021, REVIEW, o -> o.put("overturned", 1)));
    cases.add(edit("custom rows in a table that takes none", BASE_2021, "/tables/review_litigation",
        o -> o.putArray("customRows")));
    // cells
    cases.add(edit("negative count", BASE_2021, REVIEW, o -> o.put("upheld", -1)));
    cases.add(edit("count of 16 digits", BASE_2021, REVIEW, o -> o.put("upheld", 1_000_000_000_000_000L)));
    cases.add(edit("count as a string", BASE_2021, REVIEW, o -> o.put("upheld", "1")));
    cases.add(edit("count as a boolean", BASE_2021, REVIEW, o -> o.put("upheld", true)));
    cases.add(edit("count with a fraction", BASE_2021, REVIEW, o -> o.put("upheld", 1.5)));
    cases.add(edit("amount in a count cell", BASE_2021, REVIEW,
        o -> o.putObject("upheld").put("value", 1).put("unit", "yuan")));
    cases.add(edit("signed change of 16 digits", BASE_2019, "/tables/article20_item5_2019/rows/administrative_licensing",
        o -> o.put("change", -1_000_000_000_000_000L)));
    cases.add(edit("integer in an amount cell", BASE_2021, FEES, o -> o.put("fees_amount", 12)));
    cases.add(edit("amount as a string", BASE_2021, FEES, o -> o.put("fees_amount", "12.5万元")));
    cases.add(edit("negative amount", BASE_2021, FEES + "/fees_amount", o -> o.put("value", new BigDecimal("-0.5"))));
    cases.add(edit("amount with 7 decimals", BASE_2021, FEES + "/fees_amount",
        o -> o.put("value", new BigDecimal("12.5000001"))));
    cases.add(edit("amount of 16 integer digits", BASE_2021, FEES + "/fees_amount",
        o -> o.put("value", new BigDecimal("1000000000000000"))));
    cases.add(edit("amount value as a string", BASE_2021, FEES + "/fees_amount", o -> o.put("value", "12.5")));
    cases.add(edit("unknown unit", BASE_2021, FEES + "/fees_amount", o -> o.put("unit", "usd")));
    cases.add(edit("unit by printed label", BASE_2021, FEES + "/fees_amount", o -> o.put("unit", "万元")));
    cases.add(edit("amount without unit", BASE_2021, FEES + "/fees_amount", o -> o.remove("unit")));
    cases.add(edit("amount without value", BASE_2021, FEES + "/fees_amount", o -> o.remove("value")));
    cases.add(edit("unknown amount member", BASE_2021, FEES + "/fees_amount", o -> o.put("currency", "CNY")));
    // custom rows of the legacy form
    cases.add(edit("custom rows not an array", BASE_LEGACY, LEGACY, o -> o.putObject("customRows")));
    cases.add(edit("custom row key with capitals", BASE_LEGACY, LEGACY + "/customRows/0", o -> o.put("key", "Fees")));
    cases.add(edit("custom row without key", BASE_LEGACY, LEGACY + "/customRows/0", o -> o.remove("key")));
    cases.add(edit("custom row without label", BASE_LEGACY, LEGACY + "/customRows/0", o -> o.remove("label")));
    cases.add(edit("custom row with a blank label", BASE_LEGACY, LEGACY + "/customRows/0", o -> o.put("label", " ")));
    cases.add(edit("custom row unit of the wrong type", BASE_LEGACY, LEGACY + "/customRows/0", o -> o.put("unit", 1)));
    cases.add(edit("unknown custom row member", BASE_LEGACY, LEGACY + "/customRows/0", o -> o.put("order", 1)));
    cases.add(edit("legacy row key with capitals", BASE_LEGACY, LEGACY + "/rows", o -> o.putObject("Extra")));
    cases.add(edit("negative count in a custom row", BASE_LEGACY, LEGACY + "/rows/hotline_calls",
        o -> o.put("value", -3)));
    cases.add(edit("unknown column in a custom row", BASE_LEGACY, LEGACY + "/rows/hotline_calls",
        o -> o.put("total", 3)));
    cases.add(edit("more custom rows than the limit", BASE_LEGACY, LEGACY, o -> {
      ArrayNode rows = o.putArray("customRows");
      for (int i = 0; i <= ReportJson.MAX_CUSTOM_ROWS; i++) {
        rows.addObject().put("key", "extra" + i).put("label", "额外" + i);
      }
    }));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void each_malformed_class_is_rejected_by_both_the_reader_and_the_schema(String name, String json) {
    Throwable read = catchThrowable(() -> JSON.read(json));
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);

    then(read).as("the reader on " + name).isInstanceOf(ReportException.class);
    then(errors).as("the schema on " + name).isNotEmpty();
  }

  /**
   * What only the reader rejects, as the schema's documentation says: the schema accepts these, so a
   * change that makes it reject one should move it to {@link #malformed()} and update the documentation.
   */
  static Stream<Arguments> beyondTheSchema() {
    return Stream.of(
        raw("repeated member", BASE_2021.replaceFirst("\"year\":2023", "\"year\":2023,\"year\":2024")),
        edit("count written with a zero fraction", BASE_2021, REVIEW, o -> o.put("upheld", new BigDecimal("3.0"))),
        edit("custom row after an unknown row", BASE_LEGACY, LEGACY + "/customRows/0", o -> o.put("after", "l99")),
        edit("row not declared in customRows", BASE_LEGACY, LEGACY + "/rows", o -> o.putObject("undeclared")),
        edit("integer in a custom row in 元", BASE_LEGACY, LEGACY + "/rows/province.fees_online",
            o -> o.put("value", 12)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondTheSchema")
  void what_only_the_reader_rejects_is_documented(String name, String json) {
    then(catchThrowable(() -> JSON.read(json))).as("the reader on " + name).isInstanceOf(ReportException.class);
    then(SCHEMA.validate(json, InputFormat.JSON)).as("the schema on " + name).isEmpty();
  }

  private static Arguments raw(String name, String json) {
    return Arguments.of(name, json);
  }

  /** The report {@code base} with the object at {@code pointer} changed by {@code change}. */
  private static Arguments edit(String name, String base, String pointer, Consumer<ObjectNode> change) {
    try {
      JsonNode root = MAPPER.readTree(base);
      JsonNode target = pointer.isEmpty() ? root : root.at(pointer);
      if (!(target instanceof ObjectNode object)) {
        throw new IllegalArgumentException(name + ": no object at " + pointer);
      }
      change.accept(object);
      return Arguments.of(name, MAPPER.writeValueAsString(root));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
