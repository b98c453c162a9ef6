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
 * @since 0.2
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

  /** The words a legacy form prints over its unit column (national form first). */
  public static final List<String> LEGACY_UNIT_HEADERS = List.of("单位", "计量单位");

  /** The words a legacy form prints over its value column (national form first); a year {@code 2014年度} too. */
  public static final List<String> LEGACY_VALUE_HEADERS = List.of("统计数", "本年度", "本年数", "数量");

  /** The words a legacy form prints over its cumulative column (national form first). */
  public static final List<String> LEGACY_CUMULATIVE_HEADERS = List.of("累计", "历年累计", "本年累计", "累计数");

  /** The units a count or amount may be printed with (longest first where one is a prefix of another). */
  public static final List<String> UNITS = List.of("人次", "件次", "万元", "元", "条", "件", "次", "篇", "个", "人", "项");

  /** The prefix of the one-word sub-heading 其中 that introduces the sub-items of a legacy indicator. */
  public static final String OF_WHICH = "其中";

  private OfficialForm() {}
}
