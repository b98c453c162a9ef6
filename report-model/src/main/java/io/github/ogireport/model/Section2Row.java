package io.github.ogireport.model;

/**
 * Rows of the section 二 tables (主动公开政府信息情况) of the 2019 and 2021 editions.
 *
 * @since 0.1
 */
public enum Section2Row implements TableRow {
  /** 规章 (第二十条第（一）项). */
  RULES("rules", "规章", "Rules"),
  /** 规范性文件 (2019 edition). */
  NORMATIVE_DOCUMENTS("normative_documents", "规范性文件", "Normative documents"),
  /** 行政规范性文件 (2021 edition). */
  ADMINISTRATIVE_NORMATIVE_DOCUMENTS(
      "administrative_normative_documents", "行政规范性文件", "Administrative normative documents"),
  /** 行政许可 (第二十条第（五）项). */
  ADMINISTRATIVE_LICENSING("administrative_licensing", "行政许可", "Administrative licensing"),
  /** 其他对外管理服务事项 (2019 edition only). */
  OTHER_MANAGEMENT_SERVICES(
      "other_management_services", "其他对外管理服务事项", "Other external management and service matters"),
  /** 行政处罚 (第二十条第（六）项). */
  ADMINISTRATIVE_PENALTY("administrative_penalty", "行政处罚", "Administrative penalties"),
  /** 行政强制 (第二十条第（六）项). */
  ADMINISTRATIVE_COMPULSION("administrative_compulsion", "行政强制", "Administrative compulsion"),
  /** 行政事业性收费 (第二十条第（八）项). */
  ADMINISTRATIVE_FEES("administrative_fees", "行政事业性收费", "Administrative and institutional fees"),
  /** 政府集中采购 (第二十条第（九）项, 2019 edition only). */
  CENTRALIZED_PROCUREMENT("centralized_procurement", "政府集中采购", "Government centralised procurement");

  private final String key;
  private final String label;
  private final String englishName;

  Section2Row(String key, String label, String englishName) {
    this.key = key;
    this.label = label;
    this.englishName = englishName;
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
}
