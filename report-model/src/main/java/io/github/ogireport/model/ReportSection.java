package io.github.ogireport.model;

/**
 * The sections of a report of the 2019 and 2021 editions (一 to 六), plus the legacy statistics form and a
 * catch-all for narrative text that fits no section.
 *
 * @since 0.1
 */
public enum ReportSection {
  /** 一、总体情况 (narrative). */
  OVERVIEW("overview", "一、总体情况", "Overview", true),
  /** 二、主动公开政府信息情况 (tables). */
  ACTIVE_DISCLOSURE("active_disclosure", "二、主动公开政府信息情况", "Proactive disclosure", false),
  /** 三、收到和处理政府信息公开申请情况 (table). */
  APPLICATIONS("applications", "三、收到和处理政府信息公开申请情况", "Applications received and handled", false),
  /** 四、政府信息公开行政复议、行政诉讼情况 (table). */
  REVIEW_LITIGATION(
      "review_litigation", "四、政府信息公开行政复议、行政诉讼情况", "Administrative reconsideration and litigation", false),
  /** 五、存在的主要问题及改进情况 (narrative). */
  PROBLEMS("problems", "五、存在的主要问题及改进情况", "Main problems and improvements", true),
  /** 六、其他需要报告的事项 (narrative). */
  OTHER_MATTERS("other_matters", "六、其他需要报告的事项", "Other matters to report", true),
  /** The legacy statistics form (政府信息公开情况统计表), an attachment to a free-form report. */
  LEGACY_STATISTICS("legacy_statistics", "政府信息公开情况统计表", "Legacy statistics form", false),
  /** Narrative text that belongs to no official section (a legacy report's free-form parts, a preface). */
  UNCLASSIFIED("unclassified", "", "Other text", true);

  private final String key;
  private final String label;
  private final String englishName;
  private final boolean narrative;

  ReportSection(String key, String label, String englishName, boolean narrative) {
    this.key = key;
    this.label = label;
    this.englishName = englishName;
    this.narrative = narrative;
  }

  /** The stable key used in JSON. */
  public String key() {
    return key;
  }

  /** The official heading; empty for {@link #UNCLASSIFIED}. */
  public String label() {
    return label;
  }

  /** An English name. */
  public String englishName() {
    return englishName;
  }

  /** True for the sections that hold text rather than tables. */
  public boolean isNarrative() {
    return narrative;
  }
}
