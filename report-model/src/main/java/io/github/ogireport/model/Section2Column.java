package io.github.ogireport.model;

/**
 * Columns of the section 二 tables of the 2019 and 2021 editions.
 *
 * @since 0.1
 */
public enum Section2Column implements TableColumn {
  /** 本年新制作数量 (2019, 第（一）项). */
  NEW_MADE("new_made", "本年新制作数量", "Newly produced this year", CellKind.COUNT),
  /** 本年新公开数量 (2019, 第（一）项). */
  NEW_DISCLOSED("new_disclosed", "本年新公开数量", "Newly disclosed this year", CellKind.COUNT),
  /** 对外公开总数量 (2019, 第（一）项; cumulative). */
  TOTAL_DISCLOSED("total_disclosed", "对外公开总数量", "Total disclosed externally", CellKind.COUNT),
  /** 上一年项目数量 (2019, 第（五）（六）（八）项). */
  PREVIOUS_ITEMS("previous_items", "上一年项目数量", "Items in the previous year", CellKind.COUNT),
  /** 本年增/减 (2019, 第（五）（六）（八）项; signed). */
  CHANGE("change", "本年增/减", "Increase or decrease this year", CellKind.SIGNED),
  /** 处理决定数量 (2019, 第（五）（六）项). */
  DECISIONS("decisions", "处理决定数量", "Decisions", CellKind.COUNT),
  /** 采购项目数量 (2019, 第（九）项). */
  PROCUREMENT_PROJECTS("procurement_projects", "采购项目数量", "Procurement projects", CellKind.COUNT),
  /** 采购总金额 (2019, 第（九）项; an amount, unit as reported). */
  PROCUREMENT_AMOUNT("procurement_amount", "采购总金额", "Total procurement amount", CellKind.AMOUNT),
  /** 本年制发件数 (2021, 第（一）项). */
  ISSUED("issued", "本年制发件数", "Issued this year", CellKind.COUNT),
  /** 本年废止件数 (2021, 第（一）项). */
  REPEALED("repealed", "本年废止件数", "Repealed this year", CellKind.COUNT),
  /** 现行有效件数 (2021, 第（一）项). */
  IN_FORCE("in_force", "现行有效件数", "Currently in force", CellKind.COUNT),
  /** 本年处理决定数量 (2021, 第（五）（六）项). */
  DECISIONS_THIS_YEAR("decisions_this_year", "本年处理决定数量", "Decisions this year", CellKind.COUNT),
  /** 本年收费金额（单位：万元） (2021, 第（八）项). */
  FEES_AMOUNT("fees_amount", "本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)", CellKind.AMOUNT);

  private final String key;
  private final String label;
  private final String englishName;
  private final CellKind kind;

  Section2Column(String key, String label, String englishName, CellKind kind) {
    this.key = key;
    this.label = label;
    this.englishName = englishName;
    this.kind = kind;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** What the column's cells hold. */
  public CellKind kind() {
    return kind;
  }

  /**
   * The unit printed in the column header, which applies to amounts typed without a unit:
   * {@link AmountUnit#WAN_YUAN} for 本年收费金额, otherwise {@link AmountUnit#UNSPECIFIED}.
   */
  public AmountUnit headerUnit() {
    return this == FEES_AMOUNT ? AmountUnit.WAN_YUAN : AmountUnit.UNSPECIFIED;
  }
}
