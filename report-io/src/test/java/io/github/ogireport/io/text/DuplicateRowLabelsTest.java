package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * D7: a row label printed twice in sections 二, 三 and 四 (text and HTML) is a {@code reader.duplicate-row}
 * finding naming both places; the first row's values are kept, never overwritten by the repetition.
 */
class DuplicateRowLabelsTest {
  private static Report report(Edition edition) {
    Report r = ReportGenerator.builder().seed(7).edition(edition).build().generate(11);
    return r.toBuilder().metadata(ReportMetadata.of(r.metadata().agency(), r.metadata().year())).build();
  }

  /** The line's label (its first TAB field) with other numbers: each value + 7. */
  private static String otherValues(String line) {
    String[] f = line.split("\t", -1);
    for (int i = 1; i < f.length; i++) {
      if (f[i].matches("\\d+")) {
        f[i] = String.valueOf(Long.parseLong(f[i]) + 7);
      }
    }
    return String.join("\t", f);
  }

  @ParameterizedTest
  @CsvSource({
    "V2021, 行政规范性文件", "V2021, 行政许可", "V2021, 2.重复申请", "V2021, （七）总计", "V2019, 行政处罚",
    "V2019, 2.重复申请"
  })
  void a_repeated_row_in_the_text_keeps_the_first_values_and_names_both_lines(Edition edition, String label) {
    String text = TextReportWriter.write(report(edition));
    List<String> lines = new ArrayList<>(text.lines().toList());
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(label + "\t") || lines.get(i).contains("\t" + label + "\t")) {
        first = i;
        break;
      }
    }
    then(first).as("the row %s in%n%s", label, text).isNotNegative();
    String repeated = otherValues(lines.get(first));
    if (!repeated.startsWith(label)) {
      repeated = repeated.substring(repeated.indexOf(label));
    }
    lines.add(first + 1, repeated);
    ReadResult original = TextReportReader.lenient().read(text);
    int firstLine = first + 1;

    ReadResult read = TextReportReader.lenient().read(String.join("\n", lines));

    then(read.report().tables()).as("the first values are kept; findings %s", read.findings())
        .isEqualTo(original.report().tables());
    then(read.findings()).filteredOn(f -> f.code().equals("reader.duplicate-row"))
        .as("findings %s", read.findings())
        .anySatisfy(f -> {
          then(f.location().line()).isEqualTo(firstLine + 1);
          then(String.join(" ", f.arguments())).contains(Location.ofLine(firstLine, 1).toString().split(",")[0]);
        });
  }

  @ParameterizedTest
  @CsvSource({"V2021, 行政许可", "V2021, 2.重复申请", "V2019, 3.要求提供公开出版物"})
  void a_repeated_row_in_html_keeps_the_first_values_and_names_both_cells(Edition edition, String label) {
    String html = HtmlReportWriter.create().write(report(edition));
    Document doc = Jsoup.parse(html);
    Element row = doc.select("tr").stream().filter(tr -> tr.children().stream()
        .anyMatch(td -> td.text().strip().equals(label))).findFirst().orElseThrow();
    Element copy = row.clone();
    for (Element td : copy.children()) {
      if (td.text().strip().matches("\\d+")) {
        td.text(String.valueOf(Long.parseLong(td.text().strip()) + 7));
      }
    }
    row.after(copy);
    ReadResult original = HtmlReportReader.lenient().read(html);

    ReadResult read = HtmlReportReader.lenient().read(doc.outerHtml());

    then(read.report().tables()).as("the first values are kept; findings %s", read.findings())
        .isEqualTo(original.report().tables());
    List<ReaderFinding> duplicates = read.findings().stream()
        .filter(f -> f.code().equals("reader.duplicate-row")).toList();
    then(duplicates).as("findings %s", read.findings()).isNotEmpty();
    then(duplicates).anySatisfy(f -> {
      then(f.location().htmlCell()).isNotNull();
      then(String.join(" ", f.arguments())).contains("table[");
      then(String.join(" ", f.arguments())).doesNotContain(f.location().toString());
    });
  }
}
