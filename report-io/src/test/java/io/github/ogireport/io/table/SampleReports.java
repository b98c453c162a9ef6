package io.github.ogireport.io.table;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.Optional;

/** Hand-made reports for the writer tests (figures invented; narrative sentences our own). */
final class SampleReports {
  private SampleReports() {}

  static Report report2021() {
    return Report.builder()
        .metadata(ReportMetadata.of("示例县人民政府", 2023))
        .edition(Edition.V2021)
        .addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, "本年度示例文字第一段。\n第二段说明。"))
        .table(Table.builder(TableType.ITEM1_2021)
            .row(Section2Row.RULES, 0L, 0L, 3L)
            .row(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 5L, null, 8L)
            .build())
        .table(Table.builder(TableType.ITEM5_2021).count(Section2Row.ADMINISTRATIVE_LICENSING,
            Section2Column.DECISIONS_THIS_YEAR, 1234).build())
        .table(Table.builder(TableType.ITEM8_2021).amount(Section2Row.ADMINISTRATIVE_FEES,
            Section2Column.FEES_AMOUNT, new BigDecimal("12.50"), AmountUnit.WAN_YUAN).build())
        .table(Table.builder(TableType.APPLICATIONS_2021)
            .row(ApplicationRow.NEW_RECEIVED, 10L, 1L, null, 0L, 0L, 2L, 13L)
            .count(ApplicationRow.OTHER_OVERDUE_FEE, ApplicantColumn.TOTAL, 4)
            .build())
        .table(Table.builder(TableType.REVIEW_LITIGATION)
            .row(ReviewRow.REVIEW, 1L, 2L, 3L, 4L, 10L)
            .row(ReviewRow.LITIGATION_AFTER_REVIEW, 5L, 0L, 0L, 0L, 5L)
            .build())
        .addNarrative(NarrativeSection.of(ReportSection.PROBLEMS, "需要改进的地方 <较多> & 复杂。"))
        .build();
  }

  static Report report2019() {
    return Report.builder()
        .metadata(ReportMetadata.builder().agency("示例市政府办公厅").year(2019)
            .title("示例市政府办公厅2019年政府信息公开年度报告").build())
        .edition(Edition.V2019)
        .table(Table.builder(TableType.ITEM5_2019)
            .row(Section2Row.ADMINISTRATIVE_LICENSING, 633L, -309L, 253227L)
            .row(Section2Row.OTHER_MANAGEMENT_SERVICES, 223L, 5L, 861L)
            .build())
        .table(Table.builder(TableType.ITEM8_2019)
            .row(Section2Row.ADMINISTRATIVE_FEES, 53L, 0L).build())
        .table(Table.builder(TableType.ITEM9_2019)
            .count(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_PROJECTS, 182)
            .amount(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT,
                new BigDecimal("251000"), AmountUnit.YUAN)
            .build())
        .table(Table.builder(TableType.APPLICATIONS_2019)
            .count(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, 258)
            .count(ApplicationRow.OTHER, ApplicantColumn.TOTAL, 7)
            .build())
        .build();
  }

  static Report legacy() {
    CustomRow custom = CustomRow.of("x.fees", "其中：复印费, \"含邮寄\"", Optional.of("元"));
    return Report.builder()
        .metadata(ReportMetadata.of("示例镇人民政府", 2016))
        .edition(Edition.LEGACY)
        .table(Table.builder(TableType.LEGACY_STATISTICS)
            .addCustomRow(custom, LegacyIndicator.L7)
            .count(LegacyIndicator.L1_1, LegacyColumn.VALUE, 190)
            .count(LegacyIndicator.L1_1, LegacyColumn.CUMULATIVE, 900)
            .amount(LegacyIndicator.L8_4, LegacyColumn.VALUE, new BigDecimal("1.1"), AmountUnit.WAN_YUAN)
            .amount(custom, LegacyColumn.VALUE, new BigDecimal("35"), AmountUnit.YUAN)
            .build())
        .build();
  }
}
