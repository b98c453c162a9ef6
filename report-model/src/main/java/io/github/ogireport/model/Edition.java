package io.github.ogireport.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An edition of the report tables. The edition of a report is recognised from its tables' labels, never
 * from the report year.
 *
 * @since 0.1
 */
public enum Edition {
  /** 政府信息公开情况统计表 (国办发〔2014〕32号), used for reports up to 2018. */
  LEGACY("legacy", "政府信息公开情况统计表", "Legacy statistics form (2014–2018)"),
  /** 年度报告格式（试行） (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports. */
  V2019("2019", "国办公开办函〔2019〕60号", "2019 format (trial)"),
  /** 年度报告格式 (国办公开办函〔2021〕30号), used for every report from 2021 on. */
  V2021("2021", "国办公开办函〔2021〕30号", "2021 format");

  private final String key;
  private final String label;
  private final String englishName;

  Edition(String key, String label, String englishName) {
    this.key = key;
    this.label = label;
    this.englishName = englishName;
  }

  /** The stable key used in JSON and on the command line: {@code legacy}, {@code 2019} or {@code 2021}. */
  public String key() {
    return key;
  }

  /** The official Chinese name of the form or the notice that defines it. */
  public String label() {
    return label;
  }

  /** An English name for messages. */
  public String englishName() {
    return englishName;
  }

  /** The table types that a complete report of this edition contains, in printed order. */
  public List<TableType> tableTypes() {
    return TableTypes.OF.get(this);
  }

  /** The table types of each edition, computed once (on first use, after both enumerations exist). */
  private static final class TableTypes {
    static final java.util.Map<Edition, List<TableType>> OF = new java.util.EnumMap<>(Edition.class);

    static {
      for (Edition e : values()) {
        OF.put(e, Arrays.stream(TableType.values()).filter(t -> t.editions().contains(e)).toList());
      }
    }
  }

  /**
   * Returns the edition with the given key ({@code legacy}, {@code 2019}, {@code 2021}; also accepts the
   * constant names), or empty.
   */
  public static Optional<Edition> fromKey(String key) {
    for (Edition e : values()) {
      if (e.key.equals(key) || e.name().equals(key.toUpperCase(Locale.ROOT))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
