package io.github.ogireport.model;

/**
 * The three groups of the section 四 table (政府信息公开行政复议、行政诉讼情况), modelled as rows of
 * five {@link ReviewColumn}s each.
 *
 * @since 0.1
 */
public enum ReviewRow implements TableRow {
  /** 行政复议. */
  REVIEW("review", "行政复议", "Administrative reconsideration"),
  /** 行政诉讼 › 未经复议直接起诉. */
  LITIGATION_DIRECT("litigation_direct", "未经复议直接起诉", "Lawsuits filed without reconsideration"),
  /** 行政诉讼 › 复议后起诉. */
  LITIGATION_AFTER_REVIEW("litigation_after_review", "复议后起诉", "Lawsuits filed after reconsideration");

  /** The group label printed above the two lawsuit groups. */
  public static final String LITIGATION_GROUP_LABEL = "行政诉讼";

  private final String key;
  private final String label;
  private final String englishName;

  ReviewRow(String key, String label, String englishName) {
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
