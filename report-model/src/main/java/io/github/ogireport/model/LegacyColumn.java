package io.github.ogireport.model;

/**
 * Value columns of the legacy statistics form. The national form has one (统计数); some provinces print
 * a second, cumulative one.
 *
 * @since 0.1
 */
public enum LegacyColumn implements TableColumn {
  /** 统计数 (the year's figure). */
  VALUE("value", "统计数", "Value"),
  /** 累计 (cumulative figure, printed by some provinces). */
  CUMULATIVE("cumulative", "累计", "Cumulative");

  private final String key;
  private final String label;
  private final String englishName;

  LegacyColumn(String key, String label, String englishName) {
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
