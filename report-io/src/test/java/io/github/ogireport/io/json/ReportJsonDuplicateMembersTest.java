package io.github.ogireport.io.json;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.ReportFormatException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A member repeated in any object of a report is rejected at its second occurrence. Strings and byte
 * arrays are read on a fast path that detects repeated members itself; streams are read with Jackson's
 * own detection. Both must report the same problem at the same place.
 */
final class ReportJsonDuplicateMembersTest {
  private static final ReportJson JSON = ReportJson.standard();

  private static final String REPORT_2021 = """
      {"format": "ogi-report/1",
       "edition": "2021",
       "metadata": {"agency": "某县人民政府", "year": 2023, "title": "年报"},
       "narrative": [{"section": "overview", "heading": "一、总体情况", "text": "全年工作平稳。"}],
       "tables": {
        "review_litigation": {"rows": {"review": {"upheld": 1, "total": 1}, "litigation_direct": {"total": 0}}},
        "article20_item8_2021": {"rows": {"administrative_fees": {"fees_amount": {"value": 12.50, "unit": "wan_yuan"}}}}
       }}
      """;

  private static final String LEGACY = """
      {"format": "ogi-report/1",
       "edition": "legacy",
       "metadata": {"agency": "某县人民政府", "year": 2016},
       "tables": {
        "legacy_statistics": {
         "rows": {"L1.1": {"value": 3}, "extra": {"value": 2}},
         "customRows": [{"key": "extra", "label": "其他指标", "after": "L1.1"}]}
       }}
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "report member             | \"edition\": \"2021\",                | \"edition\": \"2021\", \"edition\": \"2021\",                   | /edition",
      "metadata member           | \"title\": \"年报\"                    | \"title\": \"年报\", \"title\": \"年报\"                         | /metadata/title",
      "narrative member          | \"text\": \"全年工作平稳。\"            | \"text\": \"全年工作平稳。\", \"text\": \"同上。\"                | /narrative/0/text",
      "table                     | \"article20_item8_2021\"              | \"review_litigation\"                                         | /tables/review_litigation",
      "table member              | {\"rows\": {\"review\"                  | {\"rows\": {}, \"rows\": {\"review\"                            | /tables/review_litigation/rows",
      "row                       | \"litigation_direct\"                 | \"review\"                                                    | /tables/review_litigation/rows/review",
      "column                    | \"upheld\": 1,                        | \"upheld\": 1, \"upheld\": 2,                                   | /tables/review_litigation/rows/review/upheld",
      "column written escaped    | \"upheld\": 1,                        | \"upheld\": 1, \"\\u0075pheld\": 2,                             | /tables/review_litigation/rows/review/upheld",
      "amount member             | \"unit\": \"wan_yuan\"                 | \"unit\": \"wan_yuan\", \"unit\": \"yuan\"                       | /tables/article20_item8_2021/rows/administrative_fees/fees_amount/unit",
  })
  void a_repeated_member_of_a_2021_report_is_reported_as_the_strict_read_reports_it(
      String object, String original, String replacement, String pointer) {
    assertSameDuplicateProblem(REPORT_2021.replace(original, replacement), pointer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "custom row member         | \"label\": \"其他指标\",                | \"label\": \"其他指标\", \"label\": \"另一指标\",                 | /tables/legacy_statistics/customRows/0/label",
      "custom row named twice    | \"extra\": {\"value\": 2}              | \"extra\": {\"value\": 2}, \"extra\": {\"value\": 5}              | /tables/legacy_statistics/rows/extra",
      "official row named twice  | \"L1.1\": {\"value\": 3},              | \"L1.1\": {\"value\": 3}, \"L1.1\": {\"cumulative\": 3},          | /tables/legacy_statistics/rows/L1.1",
      "column of a custom row    | \"extra\": {\"value\": 2}              | \"extra\": {\"value\": 2, \"value\": 4}                          | /tables/legacy_statistics/rows/extra/value",
  })
  void a_repeated_member_of_a_legacy_report_is_reported_as_the_strict_read_reports_it(
      String object, String original, String replacement, String pointer) {
    assertSameDuplicateProblem(LEGACY.replace(original, replacement), pointer);
  }

  private static void assertSameDuplicateProblem(String json, String pointer) {
    then(json).as("the replacement applies").isNotIn(REPORT_2021, LEGACY);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ReportException fromString = failure(() -> JSON.read(json));
    ReportException fromBytes = failure(() -> JSON.read(bytes));
    ReportException fromReader = failure(() -> JSON.read(new StringReader(json)));
    ReportException fromStream = failure(() -> JSON.read(new ByteArrayInputStream(bytes)));

    then(fromStream).isExactlyInstanceOf(ReportFormatException.class);
    then(fromStream.problem()).startsWith("Duplicate field '");
    then(fromStream.location().jsonPath()).isEqualTo(pointer);
    // same problem at the same place; columns count characters for text, bytes for byte input
    then(fromBytes.getClass()).isEqualTo(fromStream.getClass());
    then(fromBytes.problem()).isEqualTo(fromStream.problem());
    then(fromBytes.location()).isEqualTo(fromStream.location());
    then(fromString.getClass()).isEqualTo(fromReader.getClass());
    then(fromString.problem()).isEqualTo(fromReader.problem());
    then(fromString.location()).isEqualTo(fromReader.location());
  }

  private static ReportException failure(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    then(thrown).isInstanceOf(ReportException.class);
    return (ReportException) thrown;
  }
}
