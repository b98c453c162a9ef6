package io.github.ogireport.io.html;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.FuzzBudget;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.io.table.ReportArbitraries;
import io.github.ogireport.model.Edition;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Any input gives lines or the library's exception with a known location, never another exception.
 *
 * <p>Cases: 300 to 500 per property in the default build, {@value FuzzBudget#TRIES} with
 * {@code -Pnightly}.
 */
@AddLifecycleHook(FuzzBudget.class)
class HtmlFuzzPropertiesTest {
  private static final String[] FRAGMENTS = {
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=\"3\">", "<td rowspan=\"0\">",
    "<td colspan=\"-5\">", "<td rowspan=\"99999999999999\">", "<td colspan=\"1e9\">", "&nbsp;", "&#0;",
    "&#xD800;", "<br>", "<p>", "</p>", "<caption>", "<script>", "<!--", "-->", "<![CDATA[", "<meta charset=gbk>",
    "<meta charset=\"utf-16\">", "\u0000", "\ufeff", "规章", "12", "+5", "\t", "\n", "<", ">", "\"", "'",
    "<thead>", "<tbody>", "<tfoot>", "<svg><table>", "<template><tr><td>", "<select><td>", "<frameset>"
  };

  @Provide
  Arbitrary<String> htmlLike() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutatedReport() {
    return Combinators.combine(
            Arbitraries.oneOf(
                ReportArbitraries.reports(Edition.V2019),
                ReportArbitraries.reports(Edition.V2021),
                ReportArbitraries.reports(Edition.LEGACY)),
            Arbitraries.longs())
        .as((report, seed) -> mutate(HtmlReportWriter.standard().write(report), new Random(seed)));
  }

  static String mutate(String html, Random random) {
    StringBuilder sb = new StringBuilder(html);
    int edits = 1 + random.nextInt(8);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(5)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> sb.setCharAt(at, (char) random.nextInt(0x10000));
        case 3 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(200)));
        default -> {
          int from = random.nextInt(sb.length());
          int to = Math.min(sb.length(), from + random.nextInt(300));
          sb.insert(at, sb.substring(from, to));
        }
      }
    }
    return sb.toString();
  }

  @Property(tries = 500)
  void any_bytes_give_lines_or_a_report_exception(@ForAll byte[] bytes) {
    convertOrReportException(() -> HtmlLines.parse(bytes));
  }

  @Property(tries = 500)
  void any_string_gives_lines_or_a_report_exception(@ForAll String text) {
    convertOrReportException(() -> HtmlLines.parse(text));
  }

  @Property(tries = 500)
  void html_like_soup_gives_lines_or_a_report_exception(@ForAll("htmlLike") String html) {
    convertOrReportException(() -> HtmlLines.parse(html));
    convertOrReportException(() -> HtmlLines.parse(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 300)
  void mutated_written_reports_give_lines_or_a_report_exception(@ForAll("mutatedReport") String html) {
    convertOrReportException(() -> HtmlLines.parse(html));
  }

  private static void convertOrReportException(java.util.function.Supplier<HtmlLines> conversion) {
    try {
      HtmlLines lines = conversion.get();
      then(lines.lines()).allSatisfy(l -> then(l).doesNotContain("\n").doesNotContain("\r"));
      for (int i = 1; i <= lines.lines().size(); i++) {
        then(lines.locate(i, 1)).isNotNull();
      }
    } catch (ReportException expected) {
      then(expected.location().isUnknown()).as("unknown location of %s", expected).isFalse();
    }
  }
}
