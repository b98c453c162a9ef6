package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

final class ReportJsonModuleTest {

  @Test
  void the_service_loader_finds_the_module() {
    List<Module> found = ObjectMapper.findModules();

    then(found).anySatisfy(m -> then(m).isInstanceOf(ReportJsonModule.class));
    then(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::type))
        .contains(ReportJsonModule.class);
  }

  @Test
  void a_mapper_that_found_and_registered_modules_writes_what_the_facade_writes() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Report report = EditionReports.legacy();

    String text = mapper.writeValueAsString(report);

    then(text).isEqualTo(ReportJson.standard().write(report));
    then(mapper.readValue(text, Report.class)).isEqualTo(report);
  }

  @Test
  void an_explicitly_registered_module_reads_reports_embedded_in_other_json() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportJsonModule()).build();
    Report report = EditionReports.edition2019();
    String envelope = "{\"id\":7,\"report\":" + ReportJson.standard().write(report) + "}";

    Envelope read = mapper.readValue(envelope, Envelope.class);

    then(read.report).isEqualTo(report);
    then(mapper.writeValueAsString(read)).isEqualTo(envelope);
  }

  /** A user's type holding a report. */
  static final class Envelope {
    public int id;
    public Report report;
  }

  @Test
  void through_a_plain_mapper_malformed_input_raises_a_jackson_mismatch_naming_the_problem() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ReportJsonModule()).build();
    String envelope = "{\"id\":7,\"report\":{\"format\":\"ogi-report/1\",\"edition\":\"2030\"}}";

    Throwable thrown = catchThrowable(() -> mapper.readValue(envelope, Envelope.class));

    then(thrown).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("unknown edition '2030'")
        .hasMessageContaining("Envelope[\"report\"]");
  }

  @Test
  void each_model_type_has_its_own_serializer_and_deserializer() throws Exception {
    ObjectMapper mapper = ReportJson.standard().mapper();
    Amount amount = Amount.of(new BigDecimal("4332.80"), AmountUnit.WAN_YUAN);
    CustomRow row = CustomRow.of("hotline", "热线", "Hotline", Optional.of("件"));
    ReportMetadata metadata = ReportMetadata.of("某县人民政府", 2021);
    NarrativeSection section = NarrativeSection.of(ReportSection.OVERVIEW, "概述");
    Table table = EditionReports.edition2021().table(TableType.ITEM1_2021).orElseThrow();

    then(mapper.writeValueAsString(amount)).isEqualTo("{\"value\":4332.80,\"unit\":\"wan_yuan\"}");
    then(mapper.writeValueAsString(Cell.blank())).isEqualTo("null");
    then(mapper.writeValueAsString(Cell.of(-3))).isEqualTo("-3");
    then(mapper.writeValueAsString(row))
        .isEqualTo("{\"key\":\"hotline\",\"label\":\"热线\",\"englishName\":\"Hotline\",\"unit\":\"件\"}");
    then(mapper.writeValueAsString(table)).startsWith("{\"type\":\"article20_item1_2021\",\"rows\":{");

    then(mapper.readValue("{\"value\":4332.80,\"unit\":\"wan_yuan\"}", Amount.class)).isEqualTo(amount);
    then(mapper.readValue("null", Cell.class)).isEqualTo(Cell.blank());
    then(mapper.readValue("-3", Cell.class)).isEqualTo(Cell.of(-3));
    then(mapper.readValue(mapper.writeValueAsString(row), CustomRow.class)).isEqualTo(row);
    then(mapper.readValue(mapper.writeValueAsString(metadata), ReportMetadata.class)).isEqualTo(metadata);
    then(mapper.readValue(mapper.writeValueAsString(section), NarrativeSection.class)).isEqualTo(section);
    then(mapper.readValue(mapper.writeValueAsString(table), Table.class)).isEqualTo(table);
  }

  @Test
  void a_table_standing_alone_must_name_its_type_before_its_rows() {
    ObjectMapper mapper = ReportJson.standard().mapper();

    Throwable late = catchThrowable(() -> mapper.readValue("{\"rows\":{},\"type\":\"review_litigation\"}", Table.class));
    Throwable none = catchThrowable(() -> mapper.readValue("{}", Table.class));

    then(late).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("a table standing alone must name its type before its rows");
    then(none).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("a table lacks the required member 'type'");
  }

  @Test
  void the_embedding_mapper_enables_no_default_typing_and_is_a_fresh_copy_each_time() throws Exception {
    ReportJson json = ReportJson.standard();
    ObjectMapper first = json.mapper();
    first.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("other"));

    then(first.getSerializationConfig().getDefaultTyper(null)).isNull();
    then(first.getDeserializationConfig().getDefaultTyper(null)).isNull();
    then(json.mapper()).isNotSameAs(first);
    then(json.mapper().getRegisteredModuleIds()).containsExactly(ReportJsonModule.NAME);
    // a map of Object values stays plain JSON: no type ids are written or honoured
    then(first.writeValueAsString(Map.of("k", List.of(1)))).isEqualTo("{\"k\":[1]}");
  }

  @Test
  void the_module_is_named_and_registers_once() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ReportJsonModule()).registerModule(new ReportJsonModule());

    then(mapper.getRegisteredModuleIds()).containsExactly(ReportJsonModule.NAME);
    then(Edition.V2021.key()).isEqualTo("2021");
  }
}
