package io.github.ogireport.model;

import java.util.List;

/**
 * The five outcome columns of each section 四 group.
 *
 * @since 0.1
 */
public enum ReviewColumn implements TableColumn {
  /** 结果维持. */
  UPHELD("upheld", "结果维持", "Upheld"),
  /** 结果纠正. */
  CORRECTED("corrected", "结果纠正", "Corrected"),
  /** 其他结果. */
  OTHER("other", "其他结果", "Other outcome"),
  /** 尚未审结. */
  PENDING("pending", "尚未审结", "Pending"),
  /** 总计. */
  TOTAL("total", "总计", "Total");

  private final String key;
  private final String label;
  private final String englishName;

  ReviewColumn(String key, String label, String englishName) {
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

  /** The four columns whose sum is {@link #TOTAL}. */
  public static List<ReviewColumn> parts() {
    return List.of(UPHELD, CORRECTED, OTHER, PENDING);
  }
}
