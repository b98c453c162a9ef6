package io.github.ogireport.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rows of the section 三 table (收到和处理政府信息公开申请情况). The 2019 edition has 23 rows with a single
 * {@link #OTHER} row; the 2021 edition splits it into {@link #OTHER_OVERDUE_CORRECTION},
 * {@link #OTHER_OVERDUE_FEE} and {@link #OTHER_OTHER} (25 rows).
 *
 * @since 0.1
 */
public enum ApplicationRow implements TableRow {
  /** 一、本年新收政府信息公开申请数量. */
  NEW_RECEIVED("new_received", null, "一、本年新收政府信息公开申请数量", "New applications received this year"),
  /** 二、上年结转政府信息公开申请数量. */
  CARRIED_OVER("carried_over", null, "二、上年结转政府信息公开申请数量", "Carried over from the previous year"),
  /** 三 › （一）予以公开. */
  GRANTED("granted", null, "（一）予以公开", "Disclosed"),
  /** 三 › （二）部分公开. */
  PARTIALLY_GRANTED(
      "partially_granted", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partially disclosed"),
  /** 三 › （三）不予公开 › 1.属于国家秘密. */
  DENIED_STATE_SECRET("denied_state_secret", Category.DENIED, "1.属于国家秘密", "Not disclosed: state secret"),
  /** 三 › （三）不予公开 › 2.其他法律行政法规禁止公开. */
  DENIED_LAW_FORBIDDEN(
      "denied_law_forbidden", Category.DENIED, "2.其他法律行政法规禁止公开",
      "Not disclosed: prohibited by other laws or administrative regulations"),
  /** 三 › （三）不予公开 › 3.危及“三安全一稳定”. */
  DENIED_THREE_SAFETIES(
      "denied_three_safeties", Category.DENIED, "3.危及“三安全一稳定”",
      "Not disclosed: endangers the three securities and stability"),
  /** 三 › （三）不予公开 › 4.保护第三方合法权益. */
  DENIED_THIRD_PARTY(
      "denied_third_party", Category.DENIED, "4.保护第三方合法权益", "Not disclosed: third-party rights"),
  /** 三 › （三）不予公开 › 5.属于三类内部事务信息. */
  DENIED_INTERNAL_AFFAIRS(
      "denied_internal_affairs", Category.DENIED, "5.属于三类内部事务信息", "Not disclosed: internal affairs"),
  /** 三 › （三）不予公开 › 6.属于四类过程性信息. */
  DENIED_PROCESS_INFO(
      "denied_process_info", Category.DENIED, "6.属于四类过程性信息", "Not disclosed: process information"),
  /** 三 › （三）不予公开 › 7.属于行政执法案卷. */
  DENIED_ENFORCEMENT_FILE(
      "denied_enforcement_file", Category.DENIED, "7.属于行政执法案卷",
      "Not disclosed: administrative-enforcement case file"),
  /** 三 › （三）不予公开 › 8.属于行政查询事项. */
  DENIED_ADMIN_QUERY(
      "denied_admin_query", Category.DENIED, "8.属于行政查询事项", "Not disclosed: administrative query matter"),
  /** 三 › （四）无法提供 › 1.本机关不掌握相关政府信息. */
  UNABLE_NOT_HELD(
      "unable_not_held", Category.UNABLE, "1.本机关不掌握相关政府信息", "Cannot provide: not held by the agency"),
  /** 三 › （四）无法提供 › 2.没有现成信息需要另行制作. */
  UNABLE_NEED_CREATION(
      "unable_need_creation", Category.UNABLE, "2.没有现成信息需要另行制作",
      "Cannot provide: would have to be newly produced"),
  /** 三 › （四）无法提供 › 3.补正后申请内容仍不明确. */
  UNABLE_UNCLEAR_AFTER_CORRECTION(
      "unable_unclear_after_correction", Category.UNABLE, "3.补正后申请内容仍不明确",
      "Cannot provide: still unclear after supplementation"),
  /** 三 › （五）不予处理 › 1.信访举报投诉类申请. */
  REJECTED_PETITION(
      "rejected_petition", Category.REJECTED, "1.信访举报投诉类申请",
      "Not processed: petition, report or complaint"),
  /** 三 › （五）不予处理 › 2.重复申请. */
  REJECTED_REPEAT("rejected_repeat", Category.REJECTED, "2.重复申请", "Not processed: repeated application"),
  /** 三 › （五）不予处理 › 3.要求提供公开出版物. */
  REJECTED_PUBLICATION(
      "rejected_publication", Category.REJECTED, "3.要求提供公开出版物", "Not processed: asks for publications"),
  /** 三 › （五）不予处理 › 4.无正当理由大量反复申请. */
  REJECTED_MASSIVE(
      "rejected_massive", Category.REJECTED, "4.无正当理由大量反复申请",
      "Not processed: mass repeated applications without good reason"),
  /** 三 › （五）不予处理 › 5.要求行政机关确认或重新出具已获取信息. */
  REJECTED_CONFIRM(
      "rejected_confirm", Category.REJECTED, "5.要求行政机关确认或重新出具已获取信息",
      "Not processed: asks to confirm or re-issue information already obtained"),
  /** 三 › （六）其他处理 (2019 edition: a single row). */
  OTHER("other", null, "（六）其他处理", "Other handling"),
  /** 三 › （六）其他处理 › 1.申请人无正当理由逾期不补正 (2021 edition). */
  OTHER_OVERDUE_CORRECTION(
      "other_overdue_correction", Category.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "Other: applicant did not supplement in time"),
  /** 三 › （六）其他处理 › 2.申请人逾期未按收费通知要求缴纳费用 (2021 edition). */
  OTHER_OVERDUE_FEE(
      "other_overdue_fee", Category.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "Other: applicant did not pay the fee in time"),
  /** 三 › （六）其他处理 › 3.其他 (2021 edition). */
  OTHER_OTHER("other_other", Category.OTHER, "3.其他", "Other: other"),
  /** 三 › （七）总计. */
  TOTAL("total", null, "（七）总计", "Total of outcomes"),
  /** 四、结转下年度继续办理. */
  CARRIED_FORWARD("carried_forward", null, "四、结转下年度继续办理", "Carried forward to the next year");

  /** The row-group label printed beside the outcome rows. */
  public static final String OUTCOME_GROUP_LABEL = "三、本年度办理结果";

  /** The printed note in the table's top-left corner. */
  public static final String CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  /** The sub-group an outcome row is printed under. */
  public enum Category {
    /** （三）不予公开. */
    DENIED("（三）不予公开"),
    /** （四）无法提供. */
    UNABLE("（四）无法提供"),
    /** （五）不予处理. */
    REJECTED("（五）不予处理"),
    /** （六）其他处理 (2021 sub-rows). */
    OTHER("（六）其他处理");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** The printed sub-group label. */
    public String label() {
      return label;
    }
  }

  private final String key;
  private final Category category;
  private final String label;
  private final String englishName;

  ApplicationRow(String key, Category category, String label, String englishName) {
    this.key = key;
    this.category = category;
    this.label = label;
    this.englishName = englishName;
  }

  @Override
  public String key() {
    return key;
  }

  /** The row's own printed label, without its sub-group (for example {@code 1.属于国家秘密}). */
  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** The sub-group the row is printed under, if any. */
  public Optional<Category> category() {
    return Optional.ofNullable(category);
  }

  /** True for the outcome rows （一）…（六）, whose sum is {@link #TOTAL}. */
  public boolean isOutcome() {
    return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER_OTHER.ordinal();
  }

  /** The editions whose table has this row. */
  public Set<Edition> editions() {
    return switch (this) {
      case OTHER -> EnumSet.of(Edition.V2019);
      case OTHER_OVERDUE_CORRECTION, OTHER_OVERDUE_FEE, OTHER_OTHER -> EnumSet.of(Edition.V2021);
      default -> EnumSet.of(Edition.V2019, Edition.V2021);
    };
  }
}
