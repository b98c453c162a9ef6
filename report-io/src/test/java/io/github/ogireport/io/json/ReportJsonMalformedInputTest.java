package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each class of malformed input gives the library's exception, of the exact type, at the exact JSON
 * Pointer, whichever kind of input (text, bytes, byte stream, character stream) it came from.
 */
final class ReportJsonMalformedInputTest {
  private static final ReportJson JSON = ReportJson.standard();

  private static final String VALID = """
      {"format": "ogi-report/1",
       "edition": "2021",
       "metadata": {"agency": "某县人民政府", "year": 2023},
       "narrative": [{"section": "overview", "heading": "一、总体情况", "text": "全年工作平稳。"}],
       "tables": {
        "review_litigation": {"rows": {"review": {"upheld": 1, "total": 1}}},
        "article20_item8_2021": {"rows": {"administrative_fees": {"fees_amount": {"value": 12.50, "unit": "wan_yuan"}}}}
       }}
      """;

  private static final String UPHELD = "/tables/review_litigation/rows/review/upheld";
  private static final String FEES = "/tables/article20_item8_2021/rows/administrative_fees/fees_amount";

  @Test
  void the_valid_document_reads() {
    then(JSON.read(VALID).metadata().agency()).isEqualTo("某县人民政府");
  }

  // ------------------------------------------------------------------------------------------- syntax

  @Test
  void bad_syntax_is_reported_at_the_member_being_read_with_its_line() {
    ReportException e = failure(VALID.replace("\"year\": 2023", "\"year\": 2023 2024"));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/metadata/year");
    then(e.location().line()).isEqualTo(3);
    then(e.problem()).contains("was expecting comma");
  }

  @Test
  void an_unterminated_document_is_malformed() {
    ReportException e = failure(VALID.substring(0, VALID.indexOf("\"tables\"")));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/narrative");
    then(e.problem()).contains("end-of-input");
  }

  @Test
  void malformed_utf8_is_malformed_input() {
    byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
    int at = VALID.substring(0, VALID.indexOf("全年")).getBytes(StandardCharsets.UTF_8).length;
    bytes[at] = (byte) 0xFF;

    Throwable thrown = catchThrowable(() -> JSON.read(bytes));

    then(thrown).isExactlyInstanceOf(ReportFormatException.class);
    then(((ReportException) thrown).location().jsonPath()).isEqualTo("/narrative/0/text");
    then(((ReportException) thrown).location().line()).isEqualTo(4);
  }

  // --------------------------------------------------------------------------------------- wrong types

  @Test
  void a_string_where_the_year_belongs_is_a_wrong_type() {
    ReportException e = failure(VALID.replace("\"year\": 2023", "\"year\": \"2023\""));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/metadata/year", VALID.replace("\"year\": 2023", "\"year\": \"2023\""),
        "\"2023\""));
    then(e.problem()).isEqualTo("year must be an integer but was a string");
  }

  @Test
  void a_string_in_a_cell_is_a_wrong_type() {
    String json = VALID.replace("\"upheld\": 1", "\"upheld\": \"1\"");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(UPHELD, json, "\"1\""));
    then(e.problem()).isEqualTo("a cell must be null, an integer or an amount object but was a string");
  }

  @Test
  void a_boolean_in_a_cell_is_a_wrong_type() {
    ReportException e = failure(VALID.replace("\"total\": 1", "\"total\": true"));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/tables/review_litigation/rows/review/total");
    then(e.problem()).endsWith("but was true");
  }

  @Test
  void an_object_where_the_narrative_list_belongs_is_a_wrong_type() {
    ReportException e = failure(VALID.replace("\"narrative\": [{", "\"narrative\": {\"x\": [{").replace("平稳。\"}]", "平稳。\"}]}"));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/narrative");
    then(e.problem()).isEqualTo("narrative must be an array but was an object");
  }

  @Test
  void a_deeply_nested_array_in_a_cell_fails_at_its_first_bracket() {
    String json = VALID.replace("\"upheld\": 1", "\"upheld\": " + "[".repeat(10_000));
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(UPHELD, json, "[["));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "42", "\"a report\"", "true"})
  void a_document_that_is_not_an_object_is_not_a_report(String json) {
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(Location.ofJsonPath("", 1, 1));
    then(e.problem()).startsWith("a report must be an object but was ");
  }

  // ---------------------------------------------------------------------------------------- unknown keys

  @Test
  void an_unknown_table_type_is_reported_at_its_key() {
    String json = VALID.replace("\"review_litigation\"", "\"review_litigation_2021\"");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/tables/review_litigation_2021", json, "\"review_litigation_2021\""));
    then(e.problem()).isEqualTo("unknown table type 'review_litigation_2021'; expected a key of TableType");
  }

  @Test
  void an_unknown_row_is_reported_at_its_key() {
    String json = VALID.replace("\"review\":", "\"appeal\":");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/tables/review_litigation/rows/appeal", json, "\"appeal\""));
    then(e.problem()).isEqualTo("table review_litigation has no row 'appeal'");
  }

  @Test
  void an_unknown_column_is_reported_at_its_key() {
    String json = VALID.replace("\"upheld\"", "\"overturned\"");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(
        at("/tables/review_litigation/rows/review/overturned", json, "\"overturned\""));
    then(e.problem()).isEqualTo("table review_litigation has no column 'overturned'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022", "V2021", "LEGACY", ""})
  void an_unknown_edition_is_reported_at_its_value(String edition) {
    String json = VALID.replace("\"2021\"", "\"" + edition + "\"");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/edition", json, "\"" + edition + "\""));
    then(e.problem()).isEqualTo("unknown edition '" + edition + "'; expected one of legacy, 2019, 2021");
  }

  @ParameterizedTest
  @ValueSource(strings = {"万元", "WAN_YUAN", "cny"})
  void an_unknown_unit_is_reported_at_its_value(String unit) {
    String json = VALID.replace("\"wan_yuan\"", "\"" + unit + "\"");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(FEES + "/unit", json, "\"" + unit + "\""));
    then(e.problem()).isEqualTo("unknown unit '" + unit + "'; expected one of yuan, wan_yuan, unspecified");
  }

  @Test
  void an_unknown_top_level_member_is_reported_at_its_key() {
    String json = VALID.replace("\"edition\": \"2021\",", "\"edition\": \"2021\", \"version\": 2,");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/version", json, "\"version\""));
    then(e.problem()).isEqualTo("unknown member 'version' in the report");
  }

  @Test
  void unknown_members_of_metadata_and_amounts_are_reported_at_their_keys() {
    ReportException metadata = failure(VALID.replace("\"year\": 2023", "\"year\": 2023, \"county\": \"x\""));
    ReportException amount = failure(VALID.replace("\"unit\": \"wan_yuan\"", "\"unit\": \"wan_yuan\", \"note\": null"));
    ReportException pointerChars = failure(VALID.replace("\"year\": 2023", "\"year\": 2023, \"a/b~c\": 1"));

    then(metadata.location().jsonPath()).isEqualTo("/metadata/county");
    then(amount.location().jsonPath()).isEqualTo(FEES + "/note");
    then(pointerChars.location().jsonPath()).isEqualTo("/metadata/a~1b~0c");
    then(List.of(metadata, amount, pointerChars)).allMatch(e -> e.getClass() == ReportFormatException.class);
  }

  @Test
  void an_unsupported_format_is_reported_at_its_value() {
    ReportException e = failure(VALID.replace("ogi-report/1", "ogi-report/2"));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/format");
    then(e.problem()).isEqualTo("unsupported format 'ogi-report/2'; expected 'ogi-report/1'");
  }

  // ----------------------------------------------------------------------------------- missing members

  @Test
  void a_missing_agency_is_reported_at_its_pointer_and_the_end_of_its_object() {
    String json = VALID.replace("\"agency\": \"某县人民政府\", ", "");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/metadata/agency", json, "}"));
    then(e.problem()).isEqualTo("metadata lacks the required member 'agency'");
  }

  @Test
  void a_missing_year_is_reported_at_its_pointer() {
    ReportException e = failure(VALID.replace(", \"year\": 2023", ""));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/metadata/year");
    then(e.problem()).isEqualTo("metadata lacks the required member 'year'");
  }

  @Test
  void a_missing_edition_is_reported_at_its_pointer_and_the_end_of_the_document() {
    ReportException e = failure(VALID.replace(" \"edition\": \"2021\",\n", ""));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/edition");
    then(e.location().line()).isEqualTo(7);
    then(e.problem()).isEqualTo("the report lacks the required member 'edition'");
  }

  @Test
  void missing_format_metadata_and_amount_unit_are_reported_at_their_pointers() {
    ReportException format = failure(VALID.replace("\"format\": \"ogi-report/1\",", ""));
    ReportException metadata = failure(VALID.replace(" \"metadata\": {\"agency\": \"某县人民政府\", \"year\": 2023},\n", ""));
    ReportException unit = failure(VALID.replace(", \"unit\": \"wan_yuan\"", ""));
    ReportException text = failure(VALID.replace(", \"text\": \"全年工作平稳。\"", ""));

    then(format.location().jsonPath()).isEqualTo("/format");
    then(metadata.location().jsonPath()).isEqualTo("/metadata");
    then(unit.location().jsonPath()).isEqualTo(FEES + "/unit");
    then(text.location().jsonPath()).isEqualTo("/narrative/0/text");
    then(List.of(format, metadata, unit, text)).allMatch(e -> e.getClass() == ReportFormatException.class);
  }

  // --------------------------------------------------------------------------------- values out of range

  @Test
  void a_negative_count_is_reported_at_its_cell() {
    String json = VALID.replace("\"upheld\": 1", "\"upheld\": -1");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(UPHELD, json, "-1"));
    then(e.problem()).isEqualTo("a count must not be negative but was -1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000000", "-1000000000000000", "99999999999999999999", "9223372036854775808"})
  void a_count_beyond_fifteen_digits_is_out_of_range(String count) {
    String json = VALID.replace("\"upheld\": 1", "\"upheld\": " + count);
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(UPHELD, json, count));
    then(e.problem()).isEqualTo("the integer " + count + " is out of range: a cell holds at most 15 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.5000001", "1000000000000000", "1e15", "1e999999999", "1e-999999999"})
  void an_amount_beyond_the_scale_or_digits_of_the_model_is_out_of_range(String value) {
    String json = VALID.replace("12.50", value);
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(FEES + "/value", json, value));
    then(e.problem()).startsWith("the amount " + value + " is out of range: at most ");
  }

  /** An exponent too large for BigDecimal itself (found by ReportJsonPropertiesTest): Jackson's parse fails. */
  @ParameterizedTest
  @ValueSource(strings = {"0.001e9999999990380", "1e99999999999"})
  void an_amount_whose_exponent_no_decimal_holds_is_out_of_range_at_its_value(String value) {
    String json = VALID.replace("12.50", value);
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(FEES + "/value", json, value));
    then(e.problem()).isEqualTo("the amount " + value + " is out of range: not a number an amount can hold");
  }

  @Test
  void a_negative_amount_is_reported_at_its_value() {
    ReportException e = failure(VALID.replace("12.50", "-12.50"));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo(FEES + "/value");
    then(e.problem()).isEqualTo("an amount must not be negative but was -12.50");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1066", "2101", "99999999999"})
  void a_year_out_of_range_is_reported_at_its_value(String year) {
    String json = VALID.replace("2023", year);
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/metadata/year", json, year));
  }

  @Test
  void impossible_metadata_values_are_reported_at_their_values() {
    ReportException agency = failure(VALID.replace("某县人民政府", " "));
    ReportException code = failure(VALID.replace("\"year\": 2023", "\"year\": 2023, \"divisionCode\": \"12a\""));
    ReportException date = failure(VALID.replace("\"year\": 2023", "\"year\": 2023, \"publicationDate\": \"2024-02-30\""));

    then(agency.location().jsonPath()).isEqualTo("/metadata/agency");
    then(agency.problem()).isEqualTo("agency must not be blank");
    then(code.location().jsonPath()).isEqualTo("/metadata/divisionCode");
    then(code.problem()).isEqualTo("division code must have 6, 9 or 12 digits but was '12a'");
    then(date.location().jsonPath()).isEqualTo("/metadata/publicationDate");
    then(date.problem()).isEqualTo("publicationDate must be an ISO date (yyyy-mm-dd) but was '2024-02-30'");
  }

  // --------------------------------------------------------------------------------------- fractions

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "1.0", "1e2", "0.0"})
  void a_fraction_in_a_count_cell_is_reported_at_its_cell(String number) {
    String json = VALID.replace("\"upheld\": 1", "\"upheld\": " + number);
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(UPHELD, json, number));
    then(e.problem()).isEqualTo("a count must be a JSON integer but was the number " + number);
  }

  // ------------------------------------------------------------------------- table and cells disagree

  @Test
  void an_integer_in_an_amount_column_is_reported_at_its_cell() {
    String json = VALID.replace("{\"value\": 12.50, \"unit\": \"wan_yuan\"}", "12");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(FEES, json, "12}"));
    then(e.problem()).isEqualTo("the cell takes an amount object {\"value\", \"unit\"} but was the integer 12");
  }

  @Test
  void a_decimal_in_an_amount_column_must_be_an_amount_object() {
    String json = VALID.replace("{\"value\": 12.50, \"unit\": \"wan_yuan\"}", "12.50");
    ReportException e = failure(json);

    then(e.location().jsonPath()).isEqualTo(FEES);
    then(e.problem()).isEqualTo("an amount cell must be an object {\"value\", \"unit\"} but was the number 12.50");
  }

  @Test
  void an_amount_in_a_count_column_is_reported_at_its_cell() {
    String json = VALID.replace("\"upheld\": 1", "\"upheld\": {\"value\": 1, \"unit\": \"yuan\"}");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at(UPHELD, json, "{\"value\": 1"));
    then(e.problem()).isEqualTo("the cell takes a count but was an amount object");
  }

  @Test
  void a_row_of_another_edition_is_unknown_to_the_table() {
    String json = VALID.replace("\"edition\": \"2021\"", "\"edition\": \"2019\"")
        .replace("\"review_litigation\": {\"rows\": {\"review\": {\"upheld\": 1, \"total\": 1}}}",
            "\"applications_2019\": {\"rows\": {\"other_overdue_fee\": {\"total\": 1}}}");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/tables/applications_2019/rows/other_overdue_fee", json, "\"other_overdue_fee\""));
    then(e.problem()).isEqualTo("table applications_2019 has no row 'other_overdue_fee'");
  }

  @Test
  void custom_rows_in_a_table_other_than_the_legacy_form_are_rejected() {
    String json = VALID.replace("\"review_litigation\": {\"rows\"", "\"review_litigation\": {\"customRows\": [], \"rows\"");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/tables/review_litigation/customRows");
    then(e.problem()).isEqualTo("table review_litigation takes no custom rows");
  }

  @Test
  void custom_rows_with_a_bad_key_an_unknown_anchor_or_a_taken_key_are_reported_at_that_member() {
    String legacy = """
        {"format": "ogi-report/1", "edition": "legacy", "metadata": {"agency": "某县", "year": 2015},
         "tables": {"legacy_statistics": {"customRows": [%s], "rows": {"L6": {"value": 1}}}}}
        """;
    ReportException badKey = failure(legacy.formatted("{\"key\": \"Bad Key\", \"label\": \"x\", \"after\": \"L6\"}"));
    ReportException anchor = failure(legacy.formatted("{\"key\": \"x\", \"label\": \"x\", \"after\": \"L99\"}"));
    ReportException taken = failure(legacy.formatted(
        "{\"key\": \"x\", \"label\": \"x\", \"after\": \"L6\"}, {\"key\": \"x\", \"label\": \"y\", \"after\": \"L6\"}"));
    ReportException cell = failure(legacy.formatted("{\"key\": \"x\", \"label\": \"x\", \"unit\": \"元\", \"after\": \"L6\"}")
        .replace("\"L6\": {\"value\": 1}", "\"x\": {\"value\": 1}"));

    then(badKey.location().jsonPath()).isEqualTo("/tables/legacy_statistics/customRows/0/key");
    then(badKey.problem()).startsWith("custom row key must match");
    then(anchor.location().jsonPath()).isEqualTo("/tables/legacy_statistics/customRows/0/after");
    then(taken.location().jsonPath()).isEqualTo("/tables/legacy_statistics/customRows/1/key");
    then(taken.problem()).isEqualTo("table legacy_statistics already has a row 'x'");
    then(cell.location().jsonPath()).isEqualTo("/tables/legacy_statistics/rows/x/value");
    then(cell.problem()).startsWith("the cell takes an amount object");
    then(List.of(badKey, anchor, taken, cell)).allMatch(e -> e.getClass() == ReportFormatException.class);
  }

  @Test
  void a_row_never_declared_as_a_custom_row_is_reported_when_the_table_ends() {
    String json = """
        {"format": "ogi-report/1", "edition": "legacy", "metadata": {"agency": "某县", "year": 2015},
         "tables": {"legacy_statistics": {"rows": {"hotline": {"value": 1}}, "customRows": []}}}
        """;
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(at("/tables/legacy_statistics/rows/hotline", json, "\"hotline\""));
    then(e.problem()).isEqualTo("table legacy_statistics has no row 'hotline'");
  }

  @Test
  void a_table_section_in_the_narrative_is_rejected_at_its_value() {
    ReportException e = failure(VALID.replace("\"overview\"", "\"applications\""));

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/narrative/0/section");
    then(e.problem()).startsWith("section 'applications' holds tables, not text");
  }

  // -------------------------------------------------------------------------------------- duplicates

  @Test
  void a_duplicate_member_is_reported_at_its_second_occurrence() {
    String json = VALID.replace("\"year\": 2023", "\"year\": 2023, \"year\": 2024");
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("/metadata/year");
    then(e.location().line()).isEqualTo(3);
    then(e.problem()).contains("Duplicate", "'year'");
  }

  @Test
  void a_duplicate_table_or_cell_is_reported_at_its_second_occurrence() {
    ReportException table = failure(VALID.replace("\"article20_item8_2021\"", "\"review_litigation\""));
    ReportException cell = failure(VALID.replace("\"total\": 1", "\"upheld\": 2"));

    then(table.location().jsonPath()).isEqualTo("/tables/review_litigation");
    then(cell.location().jsonPath()).isEqualTo(UPHELD);
    then(List.of(table, cell)).allMatch(e -> e.getClass() == ReportFormatException.class);
  }

  // --------------------------------------------------------------------------- trailing and empty input

  @Test
  void a_second_value_after_the_report_is_trailing_content() {
    String json = VALID + "{}";
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location()).isEqualTo(Location.ofJsonPath("", 9, 1));
    then(e.problem()).isEqualTo("trailing content after the report: an object");
  }

  @Test
  void text_after_the_report_is_malformed() {
    ReportException e = failure(VALID + "garbage");

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("");
    then(e.location().line()).isEqualTo(9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t\r\n  "})
  void empty_input_is_malformed(String json) {
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(ReportFormatException.class);
    then(e.location().jsonPath()).isEqualTo("");
    then(e.problem()).isEqualTo("no JSON content: the input is empty");
  }

  // ------------------------------------------------------------------------------------------ limits

  @Test
  void a_string_longer_than_the_limit_is_an_input_limit() {
    String json = VALID.replace("全年工作平稳。", "文".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH + 1));
    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(InputLimitException.class);
    then(e.location().jsonPath()).isEqualTo("/narrative/0/text");
    then(e.location().line()).isEqualTo(4);
    then(e.problem()).contains("String value length", "exceeds the maximum allowed (1048576");
  }

  @Test
  void a_string_at_the_limit_reads() {
    String text = "文".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH);

    then(JSON.read(VALID.replace("全年工作平稳。", text)).narrative().get(0).text()).isEqualTo(text);
  }

  @Test
  void a_number_longer_than_the_limit_is_an_input_limit() {
    String number = "1".repeat(JsonLimits.DEFAULT_MAX_NUMBER_LENGTH + 1);
    ReportException e = failure(VALID.replace("\"upheld\": 1", "\"upheld\": " + number));

    then(e).isExactlyInstanceOf(InputLimitException.class);
    then(e.location().jsonPath()).isEqualTo(UPHELD);
    then(e.problem()).contains("Number value length (41) exceeds the maximum allowed (40");
  }

  @Test
  void a_document_longer_than_the_limit_is_an_input_limit_for_text_and_bytes() {
    String json = VALID.replace("\"tables\"", " ".repeat((int) JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH) + "\"tables\"");

    Throwable text = catchThrowable(() -> JSON.read(json));
    Throwable bytes = catchThrowable(() -> JSON.read(json.getBytes(StandardCharsets.UTF_8)));

    then(text).isExactlyInstanceOf(InputLimitException.class);
    then(((ReportException) text).location()).isEqualTo(Location.ofJsonPath("", 0, 0));
    then(text).hasMessageStartingWith("document of " + json.length() + " characters exceeds the limit of 16777216");
    then(bytes).isExactlyInstanceOf(InputLimitException.class);
  }

  @Test
  void a_stream_longer_than_the_limit_is_an_input_limit_where_it_crosses_it() {
    JsonLimits limits = JsonLimits.standard().withMaxDocumentLength(100_000);
    InputStream endless = new SequenceInputStream(
        new ByteArrayInputStream("{\"narrative\": [".getBytes(StandardCharsets.UTF_8)),
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        });

    Throwable thrown = catchThrowable(() -> ReportJson.builder().limits(limits).build().read(endless));

    then(thrown).isExactlyInstanceOf(InputLimitException.class);
    then(((ReportException) thrown).location().jsonPath()).isEqualTo("/narrative");
    then(thrown).hasMessageContaining("exceeds the maximum allowed (100000");
  }

  @Test
  void nesting_deeper_than_the_limit_is_an_input_limit() {
    ReportJson shallow = ReportJson.builder().limits(JsonLimits.standard().withMaxNestingDepth(3)).build();

    Throwable thrown = catchThrowable(() -> shallow.read(VALID));

    then(thrown).isExactlyInstanceOf(InputLimitException.class);
    then(((ReportException) thrown).location().jsonPath()).isEqualTo("/tables/review_litigation/rows");
    then(((ReportException) thrown).location().line()).isEqualTo(6);
    then(thrown).hasMessageContaining("nesting depth (4) exceeds the maximum allowed (3");
  }

  @Test
  void the_embedding_mapper_carries_the_default_nesting_limit() {
    String deep = "[".repeat(JsonLimits.DEFAULT_MAX_NESTING_DEPTH + 1) + "]".repeat(JsonLimits.DEFAULT_MAX_NESTING_DEPTH + 1);
    String allowed = "[".repeat(JsonLimits.DEFAULT_MAX_NESTING_DEPTH) + "]".repeat(JsonLimits.DEFAULT_MAX_NESTING_DEPTH);

    Throwable thrown = catchThrowable(() -> JSON.mapper().readTree(deep));

    then(thrown).isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class)
        .hasMessageContaining("(33) exceeds the maximum allowed (32");
    then(catchThrowable(() -> JSON.mapper().readTree(allowed))).isNull();
  }

  @Test
  void more_custom_rows_than_the_limit_is_an_input_limit() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i <= ReportJson.MAX_CUSTOM_ROWS; i++) {
      rows.append(i == 0 ? "" : ",").append("{\"key\": \"r").append(i).append("\", \"label\": \"x\"}");
    }
    String json = """
        {"format": "ogi-report/1", "edition": "legacy", "metadata": {"agency": "某县", "year": 2015},
         "tables": {"legacy_statistics": {"customRows": [%s]}}}
        """.formatted(rows);

    ReportException e = failure(json);

    then(e).isExactlyInstanceOf(InputLimitException.class);
    then(e.location().jsonPath()).isEqualTo("/tables/legacy_statistics/customRows/" + ReportJson.MAX_CUSTOM_ROWS);
    then(e.problem()).isEqualTo("table legacy_statistics has more than " + ReportJson.MAX_CUSTOM_ROWS + " custom rows");
  }

  @Test
  void limits_must_be_positive() {
    Throwable thrown = catchThrowable(() -> JsonLimits.standard().withMaxNestingDepth(0));

    then(thrown).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be positive but was 0");
  }

  // ----------------------------------------------------------------------------------------- helpers

  /**
   * Reads {@code json} as text, bytes, a byte stream and a character stream; checks that each fails with
   * a {@link ReportException} (nothing else escapes) of one type, at one pointer and line; returns the
   * failure of the text.
   */
  private static ReportException failure(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<Throwable> thrown = List.of(
        catchThrowable(() -> JSON.read(json)),
        catchThrowable(() -> JSON.read(bytes)),
        catchThrowable(() -> JSON.read(new ByteArrayInputStream(bytes))),
        catchThrowable(() -> JSON.read(new StringReader(json))));
    for (Throwable t : thrown) {
      then(t).isInstanceOf(ReportException.class);
    }
    ReportException first = (ReportException) thrown.get(0);
    for (Throwable t : thrown) {
      ReportException e = (ReportException) t;
      then(e.getClass()).isEqualTo(first.getClass());
      then(e.location().jsonPath()).isEqualTo(first.location().jsonPath());
      then(e.location().line()).isEqualTo(first.location().line());
      then(e.getMessage()).doesNotContain("\n");
    }
    return first;
  }

  /** The location of the first occurrence of {@code token} in {@code json}, 1-based, with a pointer. */
  private static Location at(String pointer, String json, String token) {
    int offset = json.indexOf(token);
    then(offset).as("token %s in the test input", token).isNotNegative();
    String before = json.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = offset - before.lastIndexOf('\n');
    return Location.ofJsonPath(pointer, line, column);
  }
}
