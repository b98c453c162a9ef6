package io.github.ogireport.model;

import java.util.List;

/**
 * The words of the official form that are not row or column labels: group labels, header words, captions,
 * units. Together with the labels of the row and column enums ({@link ApplicationRow#label()},
 * {@link ApplicantColumn#label()}, {@link ReviewRow#label()}, {@link ReviewColumn#label()},
 * {@link Section2Row#label()}, {@link Section2Column#label()}, {@link LegacyIndicator#label()}), the
 * headings of {@link ReportSection#label()} and the captions of {@link TableType#caption()}, this is the one
 * catalogue of the printed form that readers, writers and layout renderers share.
 *
 * @since 0.1
 */
public final class OfficialForm {
  /** The group label printed above the seven applicant columns of section 三. */
  public static final String APPLICANT_GROUP_LABEL = "申请人情况";

  /** The header of the first column of the section 二 tables. */
  public static final String SECTION2_LABEL_HEADER = "信息内容";

  /** The caption of the 2019 and 2021 section 二 tables without their item: 第二十条第（X）项. */
  public static final String ARTICLE20_CAPTION_PREFIX = "第二十条第（";

  /** The caption of the legacy statistics form. */
  public static final String LEGACY_CAPTION = TableType.LEGACY_STATISTICS.caption();

  /** The words a legacy form prints over its indicator column (national form first). */
  public static final List<String> LEGACY_INDICATOR_HEADERS = List.of("统计指标", "指标名称");

  /**
   * The captions printed over the legacy form, the national one first; an agency, a year ({@code 2013年度}) or
   * {@code 附件：} may stand before each (provinces print the form under their own names).
   */
  public static final List<String> LEGACY_CAPTIONS =
      List.of(LEGACY_CAPTION, "政府信息公开工作情况统计表", "政府信息公开工作统计表", "政府信息公开统计表");

  /**
   * Short words some forms print over the indicator column instead of {@link #LEGACY_INDICATOR_HEADERS}: too
   * common in prose to tell a table by themselves, they are header words only in a row of header words with a
   * unit header.
   */
  public static final List<String> LEGACY_INDICATOR_SHORT_HEADERS = List.of("指标", "项目");

  /**
   * The words a table prints over a first column that numbers its rows (序号 1, 2, 3 … beside the labels):
   * not a column of the form, its numbers are no values.
   */
  public static final List<String> SERIAL_COLUMN_HEADERS = List.of("序号", "编号", "行次");

  /**
   * The words a row of column numbers (甲 乙 1 2 3 …, under a statistical table's header) prints before the
   * numbers, over the label columns.
   */
  public static final List<String> COLUMN_NUMBER_LABELS = List.of("甲", "乙", "丙", "栏次");

  /** The words a legacy form prints over its unit column (national form first). */
  public static final List<String> LEGACY_UNIT_HEADERS = List.of("单位", "计量单位");

  /** The words a legacy form prints over its value column (national form first); a year {@code 2014年度} too. */
  public static final List<String> LEGACY_VALUE_HEADERS = List.of("统计数", "本年度", "本年数", "数量");

  /** The words a legacy form prints over its cumulative column (national form first). */
  public static final List<String> LEGACY_CUMULATIVE_HEADERS = List.of("累计", "历年累计", "本年累计", "累计数");

  /**
   * Every header word of the legacy form (indicator, short indicator, unit, value and cumulative heads), the
   * longest first, so that a greedy split of header words run together takes 计量单位 before 单位.
   */
  public static final List<String> LEGACY_HEADER_WORDS = legacyHeaderWords();

  private static List<String> legacyHeaderWords() {
    List<String> w = new java.util.ArrayList<>(LEGACY_INDICATOR_HEADERS);
    w.addAll(LEGACY_INDICATOR_SHORT_HEADERS);
    w.addAll(LEGACY_UNIT_HEADERS);
    w.addAll(LEGACY_VALUE_HEADERS);
    w.addAll(LEGACY_CUMULATIVE_HEADERS);
    w.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return List.copyOf(w);
  }

  /** The units a count or amount may be printed with (longest first where one is a prefix of another). */
  public static final List<String> UNITS = List.of("人次", "件次", "万元", "元", "条", "件", "次", "篇", "个", "人", "项");

  /** The prefix of the one-word sub-heading 其中 that introduces the sub-items of a legacy indicator. */
  public static final String OF_WHICH = "其中";

  /**
   * A row name printed by provincial and pre-2014 local legacy forms (政府信息公开情况统计表) instead of the
   * national label.
   *
   * @param label the printed label, without numbering
   * @param standsFor the national indicators it covers, in national order
   * @param sameMeaning true if it means exactly what its single national indicator means (read into that
   *     row); false if its scope differs or it merges several national rows (read as a custom row with this
   *     label, never into a national row)
   */
  public record ProvincialLabel(String label, List<LegacyIndicator> standsFor, boolean sameMeaning) {
    /** Checks the parts and copies the list. */
    public ProvincialLabel {
      java.util.Objects.requireNonNull(label, "label");
      standsFor = List.copyOf(standsFor);
      if (standsFor.isEmpty() || (sameMeaning && standsFor.size() != 1)) {
        throw new IllegalArgumentException("a provincial label of the same meaning stands for one national row: "
            + label);
      }
    }
  }

  /**
   * The provincial row names known from published provincial forms, with what each stands for. Readers read
   * a same-meaning name into its national row, and a name of another meaning (信函、传真申请数 covers two
   * national rows) into a custom row, even where its words end with a national label; layout renderers
   * print them.
   */
  public static final List<ProvincialLabel> PROVINCIAL_LEGACY_LABELS = List.of(
      same(LegacyIndicator.L1_1, "主动公开信息数"),
      same(LegacyIndicator.L1_2_2, "政府网站公开数"),
      same(LegacyIndicator.L1_2_1, "政府公报公开数"),
      same(LegacyIndicator.L3_1, "申请总数"),
      other("受理依申请公开信息总数", LegacyIndicator.L3_1),
      same(LegacyIndicator.L3_1_3, "网上申请数"),
      other("信函、传真申请数", LegacyIndicator.L3_1_2, LegacyIndicator.L3_1_4),
      same(LegacyIndicator.L3_3, "对申请的答复总数"),
      same(LegacyIndicator.L3_3_4, "不予公开答复数"),
      other("其他类型答复数", LegacyIndicator.L3_3_1, LegacyIndicator.L3_3_5, LegacyIndicator.L3_3_6,
          LegacyIndicator.L3_3_7, LegacyIndicator.L3_3_8),
      same(LegacyIndicator.L4, "行政复议数"),
      same(LegacyIndicator.L5, "行政诉讼数"),
      same(LegacyIndicator.L6, "举报投诉数"),
      other("接受行政诉讼、举报数", LegacyIndicator.L5, LegacyIndicator.L6));

  private static ProvincialLabel same(LegacyIndicator national, String label) {
    return new ProvincialLabel(label, List.of(national), true);
  }

  private static ProvincialLabel other(String label, LegacyIndicator... standsFor) {
    return new ProvincialLabel(label, List.of(standsFor), false);
  }

  private OfficialForm() {}
}
