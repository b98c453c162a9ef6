package io.github.ogireport.examples;

import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.List;

/** The README's quick start: build a report, write its JSON, read it back. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the quick start and returns the report, its JSON and the report read back. */
  public static List<Object> run() {
    // tag::quick-start[]
    Report report = Report.builder()
        .metadata(ReportMetadata.of("示例县示例镇人民政府", 2023))
        .edition(Edition.V2021)
        .table(Table.builder(TableType.REVIEW_LITIGATION)
            .row(ReviewRow.REVIEW, 1L, 0L, 0L, 0L, 1L)
            .build())
        .build();
    ReportJson json = ReportJson.standard();
    String text = json.write(report);
    Report back = json.read(text); // back.equals(report)
    // end::quick-start[]
    return List.of(report, text, back);
  }
}
