package io.github.ogireport.examples;

import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Builds a 2021-format report in code, prints its JSON, reads it back and validates it.
 *
 * <p>Run with {@code mvn -q -pl examples exec:java} after {@code mvn -q install -DskipTests}.
 */
public final class BuildReportExample {
  private BuildReportExample() {}

  /** Builds the example report: a small town office with two applications and one review. */
  public static Report buildReport() {
    Report report = Report.builder()
        .metadata(ReportMetadata.of("示例县示例镇人民政府", 2023))
        .edition(Edition.V2021)
        .addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, "本镇依法做好政府信息公开工作。"))
        .table(Table.builder(TableType.ITEM1_2021)
            .row(Section2Row.RULES, 0L, 0L, 0L)
            .row(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 2L, 1L, 9L)
            .build())
        .table(Table.builder(TableType.ITEM8_2021)
            .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT,
                new BigDecimal("1.25"), AmountUnit.WAN_YUAN)
            .build())
        .table(Table.builder(TableType.APPLICATIONS_2021)
            .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 2)
            .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 2)
            .count(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, 2)
            .count(ApplicationRow.GRANTED, ApplicantColumn.TOTAL, 2)
            .count(ApplicationRow.TOTAL, ApplicantColumn.NATURAL_PERSON, 2)
            .count(ApplicationRow.TOTAL, ApplicantColumn.TOTAL, 2)
            .build())
        .table(Table.builder(TableType.REVIEW_LITIGATION)
            .row(ReviewRow.REVIEW, 1L, 0L, 0L, 0L, 1L)
            .build())
        .build();
    return report;
  }

  /** Prints the example report's JSON and its validation findings. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Report report = buildReport();
    ReportJson json = ReportJson.standard();
    String text = json.write(report);
    Report back = json.read(text);
    ValidationResult result = ReportValidator.standard().validate(back);
    out.println(text);
    out.println("round trip equal: " + back.equals(report));
    for (Finding f : result.findings()) {
      out.println(f.severity() + " " + f.ruleId() + " " + f.location() + ": " + f.message(Locale.ENGLISH));
    }
    out.println("errors: " + result.errors().size() + ", warnings: " + result.warnings().size()
        + ", not evaluable: " + result.notEvaluable().size());
  }
}
