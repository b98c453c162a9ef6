package io.github.ogireport.generator;

/**
 * How a generated report leaves cells blank, imitating the ways real reports do (see V1 and V5 of the
 * format specification).
 *
 * <p>Every style keeps the report free of arithmetic errors under the validation policy "a relation with
 * one side entirely blank is not evaluable; otherwise a blank cell counts as zero": a cell holding a
 * non-zero value is blanked only together with every other cell on its side of each relation it belongs
 * to, and any other blanked cell holds zero.
 *
 * @since 0.1
 */
public enum BlankStyle {
  /** Every cell is filled; zeros are printed as {@code 0}. The default. */
  NONE,
  /** Some or all cells whose value is zero are left blank (the blank means zero). */
  ZERO_CELLS,
  /**
   * Only the 总计 columns are filled: the applicant columns of section 三 and the four outcome columns of
   * section 四 are blank (SEED3). In a legacy form, the sub-rows of every summed row are blank.
   */
  TOTALS_ONLY,
  /**
   * The parts are filled but the detail totals are blank: the 总计 column of every outcome row of section
   * 三 except （七）总计 (上海 2019), and the 总计 column of section 四. In a legacy form, the summed rows
   * are blank while their sub-rows are filled.
   */
  DETAIL_TOTALS_BLANK,
  /** Rows whose values are all zero are left entirely blank, typically 四、结转下年度继续办理. */
  ZERO_ROWS,
  /**
   * The section 二 tables are printed but entirely blank (衡东县杨林镇 2023). In a legacy form, the rows of
   * 二、回应解读情况 and 九、政府信息公开会议和培训情况 are blank.
   */
  SECTION2_BLANK,
  /**
   * Each report draws its own style: mostly {@link #NONE}, otherwise one of the styles above, sometimes
   * combined with {@link #ZERO_CELLS}.
   */
  MIXED
}
