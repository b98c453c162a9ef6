package io.github.ogireport.io.json;

import static io.github.ogireport.model.Section2Column.CHANGE;
import static io.github.ogireport.model.Section2Column.PROCUREMENT_AMOUNT;
import static io.github.ogireport.model.Section2Column.PROCUREMENT_PROJECTS;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_COMPULSION;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_FEES;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_LICENSING;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_PENALTY;
import static io.github.ogireport.model.Section2Row.CENTRALIZED_PROCUREMENT;
import static io.github.ogireport.model.Section2Row.NORMATIVE_DOCUMENTS;
import static io.github.ogireport.model.Section2Row.OTHER_MANAGEMENT_SERVICES;
import static io.github.ogireport.model.Section2Row.RULES;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
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
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One hand-built report per edition in which every cell of every table of the edition is set: blanks,
 * zeros, large counts, negative changes and amounts in every unit with decimals. The narrative is our own
 * invented text.
 */
final class EditionReports {
  /** A legacy custom row with a money unit (its cells are amounts). */
  static final CustomRow FEES_ONLINE =
      CustomRow.of("province.fees_online", "其中：网上缴费金额", "of which: paid online", Optional.of("元"));
  /** A legacy custom row counted in 件, placed right after another custom row. */
  static final CustomRow COMPLAINTS_ONLINE =
      CustomRow.of("province.complaints_online", "其中：网上举报投诉数量", Optional.of("件"));
  /** A legacy custom row without a unit. */
  static final CustomRow HOTLINE = CustomRow.of("hotline_calls", "政务热线受理数", Optional.empty());

  private EditionReports() {}

  static Report edition2019() {
    return Report.builder()
        .metadata(ReportMetadata.builder()
            .agency("某市某区人民政府")
            .year(2019)
            .divisionCode("370303")
            .title("某区人民政府2019年政府信息公开工作年度报告")
            .publicationDate(LocalDate.of(2020, 1, 31))
            .source("https://example.gov.cn/2019.html")
            .build())
        .edition(Edition.V2019)
        .addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, "本年度我区稳步推进政务公开，各项工作有序开展。"))
        .addNarrative(NarrativeSection.of(ReportSection.PROBLEMS, "五、存在的问题", "公开内容仍需细化。\n下一步将加强培训。"))
        .table(Table.builder(TableType.ITEM1_2019)
            .row(RULES, 3L, 2L, 41L)
            .row(NORMATIVE_DOCUMENTS, 0L, null, 1_204L)
            .build())
        .table(Table.builder(TableType.ITEM5_2019)
            .row(ADMINISTRATIVE_LICENSING, 1_536L, -309L, 482_117L)
            .row(OTHER_MANAGEMENT_SERVICES, null, 0L, 999_999_999_999_999L)
            .build())
        .table(Table.builder(TableType.ITEM6_2019)
            .row(ADMINISTRATIVE_PENALTY, 88L, 12L, 3_051L)
            .row(ADMINISTRATIVE_COMPULSION, 7L, -7L, null)
            .build())
        .table(Table.builder(TableType.ITEM8_2019).row(ADMINISTRATIVE_FEES, 14L, -999_999_999_999_999L).build())
        .table(Table.builder(TableType.ITEM9_2019)
            .count(CENTRALIZED_PROCUREMENT, PROCUREMENT_PROJECTS, 126)
            .amount(CENTRALIZED_PROCUREMENT, PROCUREMENT_AMOUNT, new BigDecimal("4332.80"), AmountUnit.WAN_YUAN)
            .build())
        .table(applications(TableType.APPLICATIONS_2019))
        .table(review())
        .build();
  }

  static Report edition2021() {
    return Report.builder()
        .metadata(ReportMetadata.of("某县人民政府", 2023))
        .edition(Edition.V2021)
        .addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, "本机关全年办理公开申请均在法定期限内答复。"))
        .addNarrative(NarrativeSection.of(ReportSection.OTHER_MATTERS, "", "无。"))
        .addNarrative(NarrativeSection.of(ReportSection.UNCLASSIFIED, "前言", "特殊字符：\"引号\" \\ / \t 制表 \u2028 😀"))
        .table(Table.builder(TableType.ITEM1_2021)
            .row(RULES, 0L, 0L, 12L)
            .row(ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 27L, null, 310L)
            .build())
        .table(Table.builder(TableType.ITEM5_2021)
            .count(ADMINISTRATIVE_LICENSING, Section2Column.DECISIONS_THIS_YEAR, 123_456_789_012L)
            .build())
        .table(Table.builder(TableType.ITEM6_2021)
            .count(ADMINISTRATIVE_PENALTY, Section2Column.DECISIONS_THIS_YEAR, 0)
            .blank(ADMINISTRATIVE_COMPULSION, Section2Column.DECISIONS_THIS_YEAR)
            .build())
        .table(Table.builder(TableType.ITEM8_2021)
            .amount(ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, new BigDecimal("4168558.00"), AmountUnit.YUAN)
            .build())
        .table(applications(TableType.APPLICATIONS_2021))
        .table(review())
        .build();
  }

  static Report legacy() {
    Table.Builder form = Table.builder(TableType.LEGACY_STATISTICS)
        .addCustomRow(FEES_ONLINE, LegacyIndicator.L7)
        .addCustomRow(COMPLAINTS_ONLINE, LegacyIndicator.L6)
        .addCustomRow(HOTLINE, COMPLAINTS_ONLINE);
    int i = 0;
    for (LegacyIndicator row : LegacyIndicator.values()) {
      i++;
      switch (row.kind()) {
        case AMOUNT -> {
          // L7 and L8.4 are the two 万元 rows: decimals, a zero with scale, and a blank
          if (row == LegacyIndicator.L7) {
            form.amount(row, LegacyColumn.VALUE, new BigDecimal("0.35"), AmountUnit.WAN_YUAN);
            form.blank(row, LegacyColumn.CUMULATIVE);
          } else {
            form.amount(row, LegacyColumn.VALUE, new BigDecimal("12.5"), AmountUnit.UNSPECIFIED);
            form.amount(row, LegacyColumn.CUMULATIVE, new BigDecimal("0.000"), AmountUnit.WAN_YUAN);
          }
        }
        default -> {
          if (row.isHeading()) {
            // heading rows are usually empty; one report in the corpus printed a number there
            if (row == LegacyIndicator.L3) {
              form.count(row, LegacyColumn.VALUE, 1);
            }
            continue;
          }
          form.set(row, LegacyColumn.VALUE, i % 7 == 0 ? Cell.of(0) : Cell.of(i * 1_001L));
          if (i % 3 == 0) {
            form.count(row, LegacyColumn.CUMULATIVE, 987_654_321_000L + i);
          }
        }
      }
    }
    form.amount(FEES_ONLINE, LegacyColumn.VALUE, new BigDecimal("1999.99"), AmountUnit.YUAN);
    form.amount(FEES_ONLINE, LegacyColumn.CUMULATIVE, new BigDecimal("0.000001"), AmountUnit.YUAN);
    form.count(COMPLAINTS_ONLINE, LegacyColumn.VALUE, 3);
    form.count(HOTLINE, LegacyColumn.CUMULATIVE, 0);
    return Report.builder()
        .metadata(ReportMetadata.builder()
            .agency("某省某市人民政府办公室")
            .year(2016)
            .divisionCode("370300000000")
            .source("legacy-2016.txt")
            .build())
        .edition(Edition.LEGACY)
        .addNarrative(NarrativeSection.of(ReportSection.UNCLASSIFIED, "一、概述", "本报告由本机关编制，数据统计期限为全年。"))
        .table(form.build())
        .build();
  }

  /** A section 三 table: every row and column, with blanks, zeros, small and large counts. */
  private static Table applications(TableType type) {
    Table.Builder b = Table.builder(type);
    List<TableRow> rows = type.rows();
    List<TableColumn> columns = type.columns();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        int pattern = (r * columns.size() + c) % 6;
        switch (pattern) {
          case 0 -> b.blank(rows.get(r), columns.get(c));
          case 1 -> b.count(rows.get(r), columns.get(c), 0);
          default -> b.count(rows.get(r), columns.get(c), r * 100L + c);
        }
      }
    }
    return b.count(ApplicationRow.TOTAL, ApplicantColumn.TOTAL, 999_999_999_999_999L)
        .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 1_024)
        .blank(ApplicationRow.GRANTED, ApplicantColumn.RESEARCH_INSTITUTION)
        .build();
  }

  private static Table review() {
    return Table.builder(TableType.REVIEW_LITIGATION)
        .row(ReviewRow.REVIEW, 14L, 4L, 0L, null, 18L)
        .row(ReviewRow.LITIGATION_DIRECT, 0L, 0L, 0L, 0L, 0L)
        .row(ReviewRow.LITIGATION_AFTER_REVIEW, 1L, null, 2L, 3L, 6L)
        .build();
  }

  /** The report of an edition. */
  static Report of(Edition edition) {
    return switch (edition) {
      case V2019 -> edition2019();
      case V2021 -> edition2021();
      case LEGACY -> legacy();
    };
  }
}
