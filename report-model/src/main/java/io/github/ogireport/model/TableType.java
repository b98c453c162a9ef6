package io.github.ogireport.model;

import static io.github.ogireport.model.Section2Column.CHANGE;
import static io.github.ogireport.model.Section2Column.DECISIONS;
import static io.github.ogireport.model.Section2Column.DECISIONS_THIS_YEAR;
import static io.github.ogireport.model.Section2Column.FEES_AMOUNT;
import static io.github.ogireport.model.Section2Column.IN_FORCE;
import static io.github.ogireport.model.Section2Column.ISSUED;
import static io.github.ogireport.model.Section2Column.NEW_DISCLOSED;
import static io.github.ogireport.model.Section2Column.NEW_MADE;
import static io.github.ogireport.model.Section2Column.PREVIOUS_ITEMS;
import static io.github.ogireport.model.Section2Column.PROCUREMENT_AMOUNT;
import static io.github.ogireport.model.Section2Column.PROCUREMENT_PROJECTS;
import static io.github.ogireport.model.Section2Column.REPEALED;
import static io.github.ogireport.model.Section2Column.TOTAL_DISCLOSED;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_COMPULSION;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_FEES;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_LICENSING;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS;
import static io.github.ogireport.model.Section2Row.ADMINISTRATIVE_PENALTY;
import static io.github.ogireport.model.Section2Row.CENTRALIZED_PROCUREMENT;
import static io.github.ogireport.model.Section2Row.NORMATIVE_DOCUMENTS;
import static io.github.ogireport.model.Section2Row.OTHER_MANAGEMENT_SERVICES;
import static io.github.ogireport.model.Section2Row.RULES;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every table layout of every edition. A table type fixes the caption, the rows and the columns, and
 * what each cell may hold. The section 四 table is the same in the 2019 and 2021 editions.
 *
 * @since 0.1
 */
public enum TableType {
  /** 2019 第二十条第（一）项: 规章/规范性文件 × 本年新制作/本年新公开/对外公开总数量. */
  ITEM1_2019("article20_item1_2019", "第二十条第（一）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2019), List.of(RULES, NORMATIVE_DOCUMENTS),
      List.of(NEW_MADE, NEW_DISCLOSED, TOTAL_DISCLOSED)),
  /** 2019 第二十条第（五）项: 行政许可/其他对外管理服务事项 × 上一年项目数量/本年增减/处理决定数量. */
  ITEM5_2019("article20_item5_2019", "第二十条第（五）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2019), List.of(ADMINISTRATIVE_LICENSING, OTHER_MANAGEMENT_SERVICES),
      List.of(PREVIOUS_ITEMS, CHANGE, DECISIONS)),
  /** 2019 第二十条第（六）项: 行政处罚/行政强制 × 上一年项目数量/本年增减/处理决定数量. */
  ITEM6_2019("article20_item6_2019", "第二十条第（六）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2019), List.of(ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_COMPULSION),
      List.of(PREVIOUS_ITEMS, CHANGE, DECISIONS)),
  /** 2019 第二十条第（八）项: 行政事业性收费 × 上一年项目数量/本年增减. */
  ITEM8_2019("article20_item8_2019", "第二十条第（八）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2019), List.of(ADMINISTRATIVE_FEES), List.of(PREVIOUS_ITEMS, CHANGE)),
  /** 2019 第二十条第（九）项: 政府集中采购 × 采购项目数量/采购总金额. */
  ITEM9_2019("article20_item9_2019", "第二十条第（九）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2019), List.of(CENTRALIZED_PROCUREMENT),
      List.of(PROCUREMENT_PROJECTS, PROCUREMENT_AMOUNT)),
  /** 2021 第二十条第（一）项: 规章/行政规范性文件 × 本年制发/本年废止/现行有效件数. */
  ITEM1_2021("article20_item1_2021", "第二十条第（一）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2021), List.of(RULES, ADMINISTRATIVE_NORMATIVE_DOCUMENTS),
      List.of(ISSUED, REPEALED, IN_FORCE)),
  /** 2021 第二十条第（五）项: 行政许可 × 本年处理决定数量. */
  ITEM5_2021("article20_item5_2021", "第二十条第（五）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2021), List.of(ADMINISTRATIVE_LICENSING), List.of(DECISIONS_THIS_YEAR)),
  /** 2021 第二十条第（六）项: 行政处罚/行政强制 × 本年处理决定数量. */
  ITEM6_2021("article20_item6_2021", "第二十条第（六）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2021), List.of(ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_COMPULSION),
      List.of(DECISIONS_THIS_YEAR)),
  /** 2021 第二十条第（八）项: 行政事业性收费 × 本年收费金额（万元）. */
  ITEM8_2021("article20_item8_2021", "第二十条第（八）项", ReportSection.ACTIVE_DISCLOSURE,
      EnumSet.of(Edition.V2021), List.of(ADMINISTRATIVE_FEES), List.of(FEES_AMOUNT)),
  /** 2019 section 三: 23 rows × 7 applicant columns. */
  APPLICATIONS_2019("applications_2019", "收到和处理政府信息公开申请情况", ReportSection.APPLICATIONS,
      EnumSet.of(Edition.V2019), applicationRows(Edition.V2019), List.of(ApplicantColumn.values())),
  /** 2021 section 三: 25 rows × 7 applicant columns. */
  APPLICATIONS_2021("applications_2021", "收到和处理政府信息公开申请情况", ReportSection.APPLICATIONS,
      EnumSet.of(Edition.V2021), applicationRows(Edition.V2021), List.of(ApplicantColumn.values())),
  /** Section 四 of both editions: 3 groups × 5 outcome columns (15 cells). */
  REVIEW_LITIGATION("review_litigation", "政府信息公开行政复议、行政诉讼情况", ReportSection.REVIEW_LITIGATION,
      EnumSet.of(Edition.V2019, Edition.V2021), List.of(ReviewRow.values()), List.of(ReviewColumn.values())),
  /** The legacy statistics form: 65 national rows (plus any custom rows) × 统计数 (and 累计). */
  LEGACY_STATISTICS("legacy_statistics", "政府信息公开情况统计表", ReportSection.LEGACY_STATISTICS,
      EnumSet.of(Edition.LEGACY), List.of(LegacyIndicator.values()), List.of(LegacyColumn.values()));

  private final String key;
  private final String caption;
  private final ReportSection section;
  private final Set<Edition> editions;
  private final List<TableRow> rows;
  private final List<TableColumn> columns;
  private final Map<TableRow, Integer> rowIndex;
  private final Map<TableColumn, Integer> columnIndex;
  // Every table reads and writes cells through rowIndex and columnIndex: the official rows (and the
  // columns) of a type are constants of one enum, so the index is looked up by ordinal, without hashing;
  // anything else (custom rows) goes through the map.
  private final Class<?> rowClass;
  private final int[] rowByOrdinal;
  private final Class<?> columnClass;
  private final int[] columnByOrdinal;

  TableType(
      String key,
      String caption,
      ReportSection section,
      Set<Edition> editions,
      List<? extends TableRow> rows,
      List<? extends TableColumn> columns) {
    this.key = key;
    this.caption = caption;
    this.section = section;
    this.editions = Collections.unmodifiableSet(EnumSet.copyOf(editions));
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.rowIndex = indexOf(this.rows);
    this.columnIndex = indexOf(this.columns);
    this.rowClass = this.rows.get(0).getClass();
    this.rowByOrdinal = byOrdinal(this.rows, rowClass);
    this.columnClass = this.columns.get(0).getClass();
    this.columnByOrdinal = byOrdinal(this.columns, columnClass);
  }

  /**
   * The index of each constant of {@code type} among {@code items}, by ordinal, -1 for those absent; an
   * empty array, which no lookup reaches, unless every item is a constant of that one enum class.
   */
  private static int[] byOrdinal(List<?> items, Class<?> type) {
    Object[] constants = type.getEnumConstants();
    if (constants == null) {
      return new int[0];
    }
    int[] index = new int[constants.length];
    Arrays.fill(index, -1);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getClass() != type) {
        return new int[0];
      }
      index[((Enum<?>) items.get(i)).ordinal()] = i;
    }
    return index;
  }

  private static List<TableRow> applicationRows(Edition edition) {
    return Arrays.stream(ApplicationRow.values())
        .filter(r -> r.editions().contains(edition))
        .map(TableRow.class::cast)
        .toList();
  }

  static <T> Map<T, Integer> indexOf(List<T> items) {
    Map<T, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
    }
    return Collections.unmodifiableMap(index);
  }

  /** The stable key used in JSON and finding locations, for example {@code applications_2021}. */
  public String key() {
    return key;
  }

  /** The printed caption, for example {@code 第二十条第（一）项}. */
  public String caption() {
    return caption;
  }

  /** The report section the table is printed in. */
  public ReportSection section() {
    return section;
  }

  /** The editions that print this table. */
  public Set<Edition> editions() {
    return editions;
  }

  /**
   * The official rows, in printed order. A {@link #LEGACY_STATISTICS} table may carry custom rows
   * besides these; see {@link Table#rows()}.
   */
  public List<TableRow> rows() {
    return rows;
  }

  /** The columns, in printed order. */
  public List<TableColumn> columns() {
    return columns;
  }

  /** True if tables of this type may carry {@link CustomRow}s (only the legacy form). */
  public boolean allowsCustomRows() {
    return this == LEGACY_STATISTICS;
  }

  /** The index of an official row in {@link #rows()}, or -1. */
  public int rowIndex(TableRow row) {
    if (row != null && row.getClass() == rowClass && rowByOrdinal.length > 0) {
      return rowByOrdinal[((Enum<?>) row).ordinal()];
    }
    Integer i = rowIndex.get(row);
    return i == null ? -1 : i;
  }

  /** The index of a column in {@link #columns()}, or -1. */
  public int columnIndex(TableColumn column) {
    if (column != null && column.getClass() == columnClass && columnByOrdinal.length > 0) {
      return columnByOrdinal[((Enum<?>) column).ordinal()];
    }
    Integer i = columnIndex.get(column);
    return i == null ? -1 : i;
  }

  /** Returns the official row with the given key, or empty. */
  public Optional<TableRow> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** Returns the column with the given key, or empty. */
  public Optional<TableColumn> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** What a cell of this table at the given row and column may hold, besides being blank. */
  public CellKind kind(TableRow row, TableColumn column) {
    if (row instanceof LegacyIndicator indicator) {
      return indicator.kind();
    }
    if (row instanceof CustomRow custom) {
      return custom.kind();
    }
    if (column instanceof Section2Column s2) {
      return s2.kind();
    }
    return CellKind.COUNT;
  }

  /** The number of official cells: rows × columns. */
  public int cellCount() {
    return rows.size() * columns.size();
  }

  /** Returns the table type with the given key, or empty. */
  public static Optional<TableType> fromKey(String key) {
    for (TableType t : values()) {
      if (t.key.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
