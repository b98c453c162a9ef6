package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mapper without {@link ReportJsonModule} fails loudly on every model type the module maps, naming the
 * module, instead of writing {@code {"mixedEdition":false}}; with the module, the hooks that fail are never
 * reached (the module's serializers and deserializers take precedence over {@code @JsonValue} and
 * {@code @JsonCreator}).
 */
final class JacksonWithoutModuleTest {
  private static final String JSON = ReportJson.standard().write(EditionReports.legacy());

  static Stream<Arguments> values() {
    Report report = EditionReports.legacy();
    Table table = report.table(TableType.LEGACY_STATISTICS).orElseThrow();
    return Stream.of(
        Arguments.of(Report.class, report),
        Arguments.of(Report.class, EditionReports.edition2021()),
        Arguments.of(ReportMetadata.class, report.metadata()),
        Arguments.of(NarrativeSection.class, NarrativeSection.of(ReportSection.OVERVIEW, "概述")),
        Arguments.of(Table.class, table),
        Arguments.of(Cell.class, Cell.of(7)),
        Arguments.of(Cell.class, Cell.amount(new BigDecimal("4332.80"), AmountUnit.WAN_YUAN)),
        Arguments.of(Amount.class, Amount.of(new BigDecimal("12.5"), AmountUnit.YUAN)),
        Arguments.of(CustomRow.class, EditionReports.FEES_ONLINE));
  }

  private static List<ObjectMapper> mappersWithoutTheModule() {
    return List.of(
        new ObjectMapper(),
        JsonMapper.builder().build(),
        // even a mapper told to write empty beans must not write {} for a report
        JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void writing_without_the_module_throws_naming_the_module(Class<?> type, Object value) {
    for (ObjectMapper mapper : mappersWithoutTheModule()) {
      Throwable thrown = catchThrowable(() -> mapper.writeValueAsString(value));

      then(thrown).as("%s through %s", type.getSimpleName(), mapper)
          .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
          .hasMessageContaining("ReportJsonModule")
          .hasMessageContaining("registerModule(new ReportJsonModule())")
          .hasMessageContaining(type.getSimpleName());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void writing_a_model_value_inside_a_users_object_throws_too(Class<?> type, Object value) {
    Throwable thrown = catchThrowable(() -> new ObjectMapper().writeValueAsString(Map.of("value", value)));

    then(thrown).hasMessageContaining("ReportJsonModule");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void reading_without_the_module_throws_naming_the_module(Class<?> type, Object value) throws Exception {
    String json = ReportJson.standard().mapper().writeValueAsString(value);

    for (ObjectMapper mapper : mappersWithoutTheModule()) {
      Throwable thrown = catchThrowable(() -> mapper.readValue(json, type));

      then(thrown).as("%s through %s", type.getSimpleName(), mapper)
          .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
          .hasMessageContaining("ReportJsonModule")
          .hasMessageContaining(type.getSimpleName());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void with_the_module_every_type_round_trips_equal(Class<?> type, Object value) throws Exception {
    for (ObjectMapper mapper : List.of(
        new ObjectMapper().registerModule(new ReportJsonModule()),
        JsonMapper.builder().addModule(new ReportJsonModule()).build(),
        JsonMapper.builder().findAndAddModules().build(),
        ReportJson.standard().mapper())) {
      String json = mapper.writeValueAsString(value);

      then(mapper.readValue(json, type)).isEqualTo(value);
      then(json).doesNotContain("mixedEdition");
    }
  }

  @org.junit.jupiter.api.Test
  void a_plain_mapper_with_the_module_writes_what_the_facade_writes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ReportJsonModule());

    then(mapper.writeValueAsString(EditionReports.legacy())).isEqualTo(JSON);
    then(mapper.readValue(JSON, Report.class)).isEqualTo(EditionReports.legacy());
    then(mapper.readValue(JSON, Report.class).edition()).isEqualTo(Edition.LEGACY);
    then(Optional.of(mapper.writeValueAsString(Cell.blank()))).contains("null");
  }
}
