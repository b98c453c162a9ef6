package io.github.ogireport.validation;

import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Project fixtures: the tables of the seed reports and of two corpus reports, reproduced as numbers
 * (official labels and figures are facts; no narrative text is copied), and small builders for tests.
 */
final class Fixtures {
  private Fixtures() {}

  /** Builds a table of the given type from rows of values in column order; {@code null} is blank. */
  static Table table(TableType type, Long[]... rows) {
    if (rows.length != type.rows().size()) {
      throw new IllegalArgumentException(type.key() + " has " + type.rows().size() + " rows, not " + rows.length);
    }
    Table.Builder b = Table.builder(type);
    for (int i = 0; i < rows.length; i++) {
      b.row(type.rows().get(i), rows[i]);
    }
    return b.build();
  }

  /** A row of values; use {@code null} for a blank cell. */
  static Long[] r(Integer... values) {
    Long[] longs = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      longs[i] = values[i] == null ? null : Long.valueOf(values[i]);
    }
    return longs;
  }

  /** A row of seven applicant values where only 总计 is filled. */
  static Long[] totalOnly(Integer total) {
    return r(null, null, null, null, null, null, total);
  }

  /** A row with the same value in every one of {@code n} columns. */
  static Long[] same(int n, Integer value) {
    Integer[] v = new Integer[n];
    java.util.Arrays.fill(v, value);
    return r(v);
  }

  /** The section 四 table from its 15 printed values. */
  static Table review(Integer... fifteen) {
    return Table.builder(TableType.REVIEW_LITIGATION)
        .row(ReviewRow.REVIEW, r(fifteen[0], fifteen[1], fifteen[2], fifteen[3], fifteen[4]))
        .row(ReviewRow.LITIGATION_DIRECT, r(fifteen[5], fifteen[6], fifteen[7], fifteen[8], fifteen[9]))
        .row(ReviewRow.LITIGATION_AFTER_REVIEW, r(fifteen[10], fifteen[11], fifteen[12], fifteen[13], fifteen[14]))
        .build();
  }

  static Report report(String agency, int year, Edition edition, Table... tables) {
    Report.Builder b = Report.builder().metadata(ReportMetadata.of(agency, year)).edition(edition);
    for (Table t : tables) {
      b.table(t);
    }
    return b.build();
  }

  /** An applications table (2019 layout) where every row has the same seven values. */
  static Table applications2019AllZero() {
    Long[][] rows = new Long[23][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = same(7, 0);
    }
    return table(TableType.APPLICATIONS_2019, rows);
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 000: 高青县高城镇 2020, 2019-format tables (all section 三/四 cells 0; 行政处罚 middle cell blank).

  static Report seed000() {
    Table item1 = table(TableType.ITEM1_2019, r(0, 0, 0), r(0, 0, 0));
    Table item5 = table(TableType.ITEM5_2019, r(0, 0, 0), r(0, 0, 0));
    Table item6 = table(TableType.ITEM6_2019, r(14, null, 0), r(0, 0, 0));
    Table item8 = table(TableType.ITEM8_2019, r(0, 0));
    Table item9 = Table.builder(TableType.ITEM9_2019)
        .count(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_PROJECTS, 5)
        .amount(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT,
            new BigDecimal("4332.8"), AmountUnit.WAN_YUAN)
        .build();
    return report("高青县高城镇人民政府", 2020, Edition.V2019, item1, item5, item6, item8, item9,
        applications2019AllZero(), review(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 001: 温县祥云镇 2020, 2019-format tables; in the extraction the outcome rows lost one column:
  // reproduced as a blank 自然人 cell on rows 三 (一)…(七).

  static Report seed001() {
    Table item1 = table(TableType.ITEM1_2019, r(0, 0, 0), r(0, 0, 0));
    Table item5 = table(TableType.ITEM5_2019, r(5, 0, 12), r(58, 0, 869));
    Table item6 = table(TableType.ITEM6_2019, r(26, 0, 0), r(1, 0, 0));
    Table item8 = table(TableType.ITEM8_2019, r(0, 0));
    Table item9 = Table.builder(TableType.ITEM9_2019)
        .count(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_PROJECTS, 0)
        .amount(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT, BigDecimal.ZERO,
            AmountUnit.WAN_YUAN)
        .build();
    Table.Builder apps = Table.builder(TableType.APPLICATIONS_2019);
    for (TableRow row : TableType.APPLICATIONS_2019.rows()) {
      ApplicationRow a = (ApplicationRow) row;
      boolean outcome = a.isOutcome() || a == ApplicationRow.TOTAL;
      apps.row(row, outcome ? r(null, 0, 0, 0, 0, 0, 0) : same(7, 0));
    }
    return report("温县祥云镇人民政府", 2020, Edition.V2019, item1, item5, item6, item8, item9, apps.build(),
        review(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 002: 高城镇 (万载县) 2018, legacy statistics form.

  static Report seed002() {
    Table.Builder b = Table.builder(TableType.LEGACY_STATISTICS);
    Object[][] values = {
      {LegacyIndicator.L1_1, 190}, {LegacyIndicator.L1_1A, 26}, {LegacyIndicator.L1_1B, 135},
      {LegacyIndicator.L1_2_1, 0}, {LegacyIndicator.L1_2_2, 53}, {LegacyIndicator.L1_2_3, 0},
      {LegacyIndicator.L1_2_4, 137}, {LegacyIndicator.L1_2_5, 0},
      {LegacyIndicator.L2_1, 0}, {LegacyIndicator.L2_2, 0},
      {LegacyIndicator.L2_2_1, 0}, {LegacyIndicator.L2_2_1A, 0}, {LegacyIndicator.L2_2_2, 0},
      {LegacyIndicator.L2_2_2A, 0}, {LegacyIndicator.L2_2_3, 0}, {LegacyIndicator.L2_2_4, 0},
      {LegacyIndicator.L2_2_5, 0},
      {LegacyIndicator.L3_1, 0}, {LegacyIndicator.L3_1_1, 0}, {LegacyIndicator.L3_1_2, 0},
      {LegacyIndicator.L3_1_3, 0}, {LegacyIndicator.L3_1_4, 0},
      {LegacyIndicator.L3_2, 0}, {LegacyIndicator.L3_2_1, 0}, {LegacyIndicator.L3_2_2, 0},
      {LegacyIndicator.L3_3, 0}, {LegacyIndicator.L3_3_1, 0}, {LegacyIndicator.L3_3_2, 0},
      {LegacyIndicator.L3_3_3, 0}, {LegacyIndicator.L3_3_4, 0}, {LegacyIndicator.L3_3_4A, 0},
      {LegacyIndicator.L3_3_4B, 0}, {LegacyIndicator.L3_3_4C, 0}, {LegacyIndicator.L3_3_4D, 0},
      {LegacyIndicator.L3_3_4E, 0}, {LegacyIndicator.L3_3_4F, 0}, {LegacyIndicator.L3_3_5, 0},
      {LegacyIndicator.L3_3_6, 0}, {LegacyIndicator.L3_3_7, 0}, {LegacyIndicator.L3_3_8, 0},
      {LegacyIndicator.L4, 0}, {LegacyIndicator.L4_1, 0}, {LegacyIndicator.L4_2, 0}, {LegacyIndicator.L4_3, 0},
      {LegacyIndicator.L5, 0}, {LegacyIndicator.L5_1, 0}, {LegacyIndicator.L5_2, 0}, {LegacyIndicator.L5_3, 0},
      {LegacyIndicator.L6, 0},
      {LegacyIndicator.L8_1, 1}, {LegacyIndicator.L8_2, 3}, {LegacyIndicator.L8_3, 4},
      {LegacyIndicator.L8_3_1, 2}, {LegacyIndicator.L8_3_2, 2},
      {LegacyIndicator.L9_1, 1}, {LegacyIndicator.L9_2, 0}, {LegacyIndicator.L9_3, 0},
    };
    for (Object[] v : values) {
      b.count((LegacyIndicator) v[0], LegacyColumn.VALUE, (Integer) v[1]);
    }
    b.amount(LegacyIndicator.L7, LegacyColumn.VALUE, BigDecimal.ZERO, AmountUnit.WAN_YUAN);
    b.amount(LegacyIndicator.L8_4, LegacyColumn.VALUE, new BigDecimal("1.1"), AmountUnit.WAN_YUAN);
    return report("高城镇人民政府", 2018, Edition.LEGACY, b.build());
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 003: 莱州市金城镇 2020, 2019-format tables; section 三 has only 总计 filled (all 0) and row 四
  // (结转下年度) entirely blank.

  static Report seed003() {
    Table item1 = table(TableType.ITEM1_2019, r(0, 0, 0), r(0, 0, 0));
    Table item5 = table(TableType.ITEM5_2019, r(0, 0, 0), r(0, 0, 0));
    Table item6 = table(TableType.ITEM6_2019, r(0, 0, 0), r(0, 0, 0));
    Table item8 = table(TableType.ITEM8_2019, r(0, 0));
    Table item9 = Table.builder(TableType.ITEM9_2019)
        .count(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_PROJECTS, 14)
        .amount(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT,
            new BigDecimal("4168558"), AmountUnit.YUAN)
        .build();
    Table.Builder apps = Table.builder(TableType.APPLICATIONS_2019);
    for (TableRow row : TableType.APPLICATIONS_2019.rows()) {
      apps.row(row, row == ApplicationRow.CARRIED_FORWARD ? same(7, null) : totalOnly(0));
    }
    return report("莱州市金城镇人民政府", 2020, Edition.V2019, item1, item5, item6, item8, item9, apps.build(),
        review(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 004: 淄博市张店区 2020, 2019-format tables; 行政复议 14/4/0/0 with 总计 9.

  static Table seed004Applications() {
    return table(TableType.APPLICATIONS_2019,
        r(108, 15, 8, 0, 0, 0, 131), // 一、本年新收
        same(7, 0), // 二、上年结转
        r(34, 15, 8, 0, 0, 0, 57), // （一）予以公开
        same(7, 0), // （二）部分公开
        same(7, 0), same(7, 0), same(7, 0), same(7, 0), // （三）1-4
        r(13, 0, 0, 0, 0, 0, 13), // （三）5 三类内部事务信息
        r(10, 0, 0, 0, 0, 0, 10), // （三）6 四类过程性信息
        same(7, 0), same(7, 0), // （三）7-8
        r(3, 0, 0, 0, 0, 0, 3), // （四）1 不掌握
        r(5, 0, 0, 0, 0, 0, 5), // （四）2 另行制作
        same(7, 0), // （四）3
        same(7, 0), same(7, 0), same(7, 0), same(7, 0), same(7, 0), // （五）1-5
        r(43, 0, 0, 0, 0, 0, 43), // （六）其他处理
        r(108, 15, 8, 0, 0, 0, 131), // （七）总计
        same(7, 0)); // 四、结转下年度
  }

  static Report seed004() {
    Table item1 = table(TableType.ITEM1_2019, r(0, 0, 0), r(10, 10, 47));
    Table item5 = table(TableType.ITEM5_2019, r(633, -309, 253227), r(223, -206, 861));
    Table item6 = table(TableType.ITEM6_2019, r(4020, -17, 71664), r(139, 1, 8288));
    Table item8 = table(TableType.ITEM8_2019, r(53, 5));
    Table item9 = Table.builder(TableType.ITEM9_2019)
        .count(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_PROJECTS, 182)
        .amount(Section2Row.CENTRALIZED_PROCUREMENT, Section2Column.PROCUREMENT_AMOUNT,
            new BigDecimal("60516"), AmountUnit.WAN_YUAN)
        .build();
    return report("淄博市张店区人民政府", 2020, Edition.V2019, item1, item5, item6, item8, item9,
        seed004Applications(), review(14, 4, 0, 0, 9, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0));
  }

  // ---------------------------------------------------------------------------------------------
  // Corpus F01: 淮安市人民政府 2024, 2021 format; every identity holds.

  static Report f01() {
    Table item1 = table(TableType.ITEM1_2021, r(1, 0, 11), r(8, 26, 66));
    Table item5 = table(TableType.ITEM5_2021, r(447228));
    Table item6 = table(TableType.ITEM6_2021, r(3985758), r(88283));
    Table item8 = Table.builder(TableType.ITEM8_2021)
        .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, new BigDecimal("96171.6"),
            AmountUnit.WAN_YUAN)
        .build();
    Table apps = table(TableType.APPLICATIONS_2021,
        r(3001, 53, 0, 0, 61, 4, 3119),
        r(34, 0, 0, 0, 0, 0, 34),
        r(1288, 21, 0, 0, 50, 3, 1362),
        r(447, 7, 0, 0, 0, 0, 454),
        r(2, 0, 0, 0, 0, 0, 2),
        r(30, 1, 0, 0, 0, 0, 31),
        r(5, 0, 0, 0, 0, 0, 5),
        r(6, 0, 0, 0, 0, 0, 6),
        r(7, 1, 0, 0, 0, 0, 8),
        r(12, 0, 0, 0, 0, 0, 12),
        r(9, 0, 0, 0, 0, 0, 9),
        r(105, 0, 0, 0, 0, 0, 105),
        r(746, 12, 0, 0, 10, 1, 769),
        r(11, 0, 0, 0, 0, 0, 11),
        r(1, 0, 0, 0, 0, 0, 1),
        r(56, 6, 0, 0, 0, 0, 62),
        r(25, 0, 0, 0, 0, 0, 25),
        same(7, 0),
        same(7, 0),
        r(1, 0, 0, 0, 0, 0, 1),
        r(67, 3, 0, 0, 1, 0, 71),
        r(6, 0, 0, 0, 0, 0, 6),
        r(108, 2, 0, 0, 0, 0, 110),
        r(2932, 53, 0, 0, 61, 4, 3050),
        r(103, 0, 0, 0, 0, 0, 103));
    return report("淮安市人民政府", 2024, Edition.V2021, item1, item5, item6, item8, apps,
        review(72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20));
  }

  // ---------------------------------------------------------------------------------------------
  // Corpus F02: 淮安市洪泽区 2023; 2021-style section 二 with a 2019-shaped section 三 (mixed edition);
  // 行政复议 10/1/0/0 with 总计 0 and 复议后起诉 5/0/0/0 with 总计 0.

  static Report f02() {
    Table apps = table(TableType.APPLICATIONS_2019,
        r(21, 0, 0, 0, 0, 0, 21),
        same(7, 0),
        same(7, 0),
        r(4, 0, 0, 0, 0, 0, 4),
        r(1, 0, 0, 0, 0, 0, 1),
        same(7, 0), same(7, 0), same(7, 0), same(7, 0),
        r(1, 0, 0, 0, 0, 0, 1),
        r(1, 0, 0, 0, 0, 0, 1),
        same(7, 0),
        r(10, 0, 0, 0, 0, 0, 10),
        r(3, 0, 0, 0, 0, 0, 3),
        same(7, 0),
        r(1, 0, 0, 0, 0, 0, 1),
        same(7, 0), same(7, 0), same(7, 0), same(7, 0),
        same(7, 0),
        r(21, 0, 0, 0, 0, 0, 21),
        same(7, 0));
    Table item8 = Table.builder(TableType.ITEM8_2021)
        .amount(Section2Row.ADMINISTRATIVE_FEES, Section2Column.FEES_AMOUNT, new BigDecimal("7730.28"),
            AmountUnit.WAN_YUAN)
        .build();
    return report("淮安市洪泽区人民政府", 2023, Edition.V2019,
        table(TableType.ITEM1_2021, r(0, 0, 0), r(0, 5, 5)), table(TableType.ITEM5_2021, r(550)),
        table(TableType.ITEM6_2021, r(4119), r(195)), item8, apps,
        review(10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0));
  }

  /** Every seed and corpus fixture that must pass without error. */
  static List<Report> passing() {
    return List.of(seed000(), seed001(), seed002(), seed003(), f01());
  }
}
