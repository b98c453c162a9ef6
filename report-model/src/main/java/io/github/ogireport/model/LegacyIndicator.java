package io.github.ogireport.model;

import java.util.Optional;

/**
 * The 65 rows of the national legacy statistics form (政府信息公开情况统计表, 国办发〔2014〕32号), in printed
 * order: 58 data rows and 7 heading rows. The key is the row's position in the printed hierarchy
 * ({@code L3.3.4a}); it is not an official code.
 *
 * @since 0.1
 */
public enum LegacyIndicator implements TableRow {
  /** 一、主动公开情况. */
  L1("L1", true, "一、主动公开情况", "Proactive disclosure", null),
  /** （一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）. */
  L1_1("L1.1", false, "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "Items proactively disclosed", "条"),
  /** 其中：主动公开规范性文件数. */
  L1_1A("L1.1a", false, "其中：主动公开规范性文件数", "of which: normative documents disclosed", "条"),
  /** 制发规范性文件总数. */
  L1_1B("L1.1b", false, "制发规范性文件总数", "Normative documents issued", "件"),
  /** （二）通过不同渠道和方式公开政府信息的情况. */
  L1_2("L1.2", true, "（二）通过不同渠道和方式公开政府信息的情况", "Disclosure by channel", null),
  /** 1.政府公报公开政府信息数. */
  L1_2_1("L1.2.1", false, "1.政府公报公开政府信息数", "via the government gazette", "条"),
  /** 2.政府网站公开政府信息数. */
  L1_2_2("L1.2.2", false, "2.政府网站公开政府信息数", "via the government website", "条"),
  /** 3.政务微博公开政府信息数. */
  L1_2_3("L1.2.3", false, "3.政务微博公开政府信息数", "via government Weibo", "条"),
  /** 4.政务微信公开政府信息数. */
  L1_2_4("L1.2.4", false, "4.政务微信公开政府信息数", "via government WeChat", "条"),
  /** 5.其他方式公开政府信息数. */
  L1_2_5("L1.2.5", false, "5.其他方式公开政府信息数", "via other means", "条"),
  /** 二、回应解读情况. */
  L2("L2", true, "二、回应解读情况", "Responses and policy interpretation", null),
  /** （一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）. */
  L2_1("L2.1", false, "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "Responses to public concerns", "次"),
  /** （二）通过不同渠道和方式回应解读的情况. */
  L2_2("L2.2", true, "（二）通过不同渠道和方式回应解读的情况", "Responses by channel", null),
  /** 1.参加或举办新闻发布会总次数. */
  L2_2_1("L2.2.1", false, "1.参加或举办新闻发布会总次数", "Press conferences attended or held", "次"),
  /** 其中：主要负责同志参加新闻发布会次数. */
  L2_2_1A("L2.2.1a", false, "其中：主要负责同志参加新闻发布会次数", "of which: attended by the principal leader", "次"),
  /** 2.政府网站在线访谈次数. */
  L2_2_2("L2.2.2", false, "2.政府网站在线访谈次数", "Online interviews on the government website", "次"),
  /** 其中：主要负责同志参加政府网站在线访谈次数. */
  L2_2_2A("L2.2.2a", false, "其中：主要负责同志参加政府网站在线访谈次数", "of which: with the principal leader", "次"),
  /** 3.政策解读稿件发布数. */
  L2_2_3("L2.2.3", false, "3.政策解读稿件发布数", "Policy-interpretation articles published", "篇"),
  /** 4.微博微信回应事件数. */
  L2_2_4("L2.2.4", false, "4.微博微信回应事件数", "Events responded to via Weibo or WeChat", "次"),
  /** 5.其他方式回应事件数. */
  L2_2_5("L2.2.5", false, "5.其他方式回应事件数", "Events responded to by other means", "次"),
  /** 三、依申请公开情况. */
  L3("L3", true, "三、依申请公开情况", "Disclosure on application", null),
  /** （一）收到申请数. */
  L3_1("L3.1", false, "（一）收到申请数", "Applications received", "件"),
  /** 1.当面申请数. */
  L3_1_1("L3.1.1", false, "1.当面申请数", "in person", "件"),
  /** 2.传真申请数. */
  L3_1_2("L3.1.2", false, "2.传真申请数", "by fax", "件"),
  /** 3.网络申请数. */
  L3_1_3("L3.1.3", false, "3.网络申请数", "online", "件"),
  /** 4.信函申请数. */
  L3_1_4("L3.1.4", false, "4.信函申请数", "by letter", "件"),
  /** （二）申请办结数. */
  L3_2("L3.2", false, "（二）申请办结数", "Applications concluded", "件"),
  /** 1.按时办结数. */
  L3_2_1("L3.2.1", false, "1.按时办结数", "on time", "件"),
  /** 2.延期办结数. */
  L3_2_2("L3.2.2", false, "2.延期办结数", "with extension", "件"),
  /** （三）申请答复数. */
  L3_3("L3.3", false, "（三）申请答复数", "Replies given", "件"),
  /** 1.属于已主动公开范围数. */
  L3_3_1("L3.3.1", false, "1.属于已主动公开范围数", "already proactively disclosed", "件"),
  /** 2.同意公开答复数. */
  L3_3_2("L3.3.2", false, "2.同意公开答复数", "disclosure granted", "件"),
  /** 3.同意部分公开答复数. */
  L3_3_3("L3.3.3", false, "3.同意部分公开答复数", "partial disclosure granted", "件"),
  /** 4.不同意公开答复数. */
  L3_3_4("L3.3.4", false, "4.不同意公开答复数", "disclosure refused", "件"),
  /** 其中：涉及国家秘密. */
  L3_3_4A("L3.3.4a", false, "其中：涉及国家秘密", "of which: state secret", "件"),
  /** 涉及商业秘密. */
  L3_3_4B("L3.3.4b", false, "涉及商业秘密", "commercial secret", "件"),
  /** 涉及个人隐私. */
  L3_3_4C("L3.3.4c", false, "涉及个人隐私", "personal privacy", "件"),
  /** 危及国家安全、公共安全、经济安全和社会稳定. */
  L3_3_4D("L3.3.4d", false, "危及国家安全、公共安全、经济安全和社会稳定", "endangers security or stability", "件"),
  /** 不是《条例》所指政府信息. */
  L3_3_4E("L3.3.4e", false, "不是《条例》所指政府信息", "not government information under the regulations", "件"),
  /** 法律法规规定的其他情形. */
  L3_3_4F("L3.3.4f", false, "法律法规规定的其他情形", "other cases under laws and regulations", "件"),
  /** 5.不属于本行政机关公开数. */
  L3_3_5("L3.3.5", false, "5.不属于本行政机关公开数", "not this agency's to disclose", "件"),
  /** 6.申请信息不存在数. */
  L3_3_6("L3.3.6", false, "6.申请信息不存在数", "information does not exist", "件"),
  /** 7.告知作出更改补充数. */
  L3_3_7("L3.3.7", false, "7.告知作出更改补充数", "told to amend or supplement", "件"),
  /** 8.告知通过其他途径办理数. */
  L3_3_8("L3.3.8", false, "8.告知通过其他途径办理数", "told to use another channel", "件"),
  /** 四、行政复议数量. */
  L4("L4", false, "四、行政复议数量", "Administrative reconsiderations", "件"),
  /** （一）维持具体行政行为数. */
  L4_1("L4.1", false, "（一）维持具体行政行为数", "act upheld", "件"),
  /** （二）被依法纠错数. */
  L4_2("L4.2", false, "（二）被依法纠错数", "corrected", "件"),
  /** （三）其他情形数. */
  L4_3("L4.3", false, "（三）其他情形数", "other", "件"),
  /** 五、行政诉讼数量. */
  L5("L5", false, "五、行政诉讼数量", "Administrative lawsuits", "件"),
  /** （一）维持具体行政行为或者驳回原告诉讼请求数. */
  L5_1("L5.1", false, "（一）维持具体行政行为或者驳回原告诉讼请求数", "act upheld or claim dismissed", "件"),
  /** （二）被依法纠错数. */
  L5_2("L5.2", false, "（二）被依法纠错数", "corrected", "件"),
  /** （三）其他情形数. */
  L5_3("L5.3", false, "（三）其他情形数", "other", "件"),
  /** 六、举报投诉数量. */
  L6("L6", false, "六、举报投诉数量", "Reports and complaints", "件"),
  /** 七、依申请公开信息收取的费用. */
  L7("L7", false, "七、依申请公开信息收取的费用", "Fees charged for disclosure on application", "万元"),
  /** 八、机构建设和保障经费情况. */
  L8("L8", true, "八、机构建设和保障经费情况", "Organisation and funding", null),
  /** （一）政府信息公开工作专门机构数. */
  L8_1("L8.1", false, "（一）政府信息公开工作专门机构数", "Dedicated units", "个"),
  /** （二）设置政府信息公开查阅点数. */
  L8_2("L8.2", false, "（二）设置政府信息公开查阅点数", "Public reading points", "个"),
  /** （三）从事政府信息公开工作人员数. */
  L8_3("L8.3", false, "（三）从事政府信息公开工作人员数", "Staff", "人"),
  /** 1.专职人员数（不包括政府公报及政府网站工作人员数）. */
  L8_3_1("L8.3.1", false, "1.专职人员数（不包括政府公报及政府网站工作人员数）", "full-time staff", "人"),
  /** 2.兼职人员数. */
  L8_3_2("L8.3.2", false, "2.兼职人员数", "part-time staff", "人"),
  /** （四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）. */
  L8_4("L8.4", false, "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "Dedicated budget", "万元"),
  /** 九、政府信息公开会议和培训情况. */
  L9("L9", true, "九、政府信息公开会议和培训情况", "Meetings and training", null),
  /** （一）召开政府信息公开工作会议或专题会议数. */
  L9_1("L9.1", false, "（一）召开政府信息公开工作会议或专题会议数", "Meetings held", "次"),
  /** （二）举办各类培训班数. */
  L9_2("L9.2", false, "（二）举办各类培训班数", "Training courses held", "次"),
  /** （三）接受培训人员数. */
  L9_3("L9.3", false, "（三）接受培训人员数", "Persons trained", "人次");

  private final String key;
  private final boolean heading;
  private final String label;
  private final String englishName;
  private final String unit;

  LegacyIndicator(String key, boolean heading, String label, String englishName, String unit) {
    this.key = key;
    this.heading = heading;
    this.label = label;
    this.englishName = englishName;
    this.unit = unit;
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

  /** True for the seven heading rows, which have no unit (a few reports still put a value there). */
  public boolean isHeading() {
    return heading;
  }

  /** The unit printed in the 单位 column (条, 件, 次, 篇, 万元, 个, 人, 人次); empty for heading rows. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** What the row's cells hold: amounts in 万元 for the two money rows, counts otherwise. */
  public CellKind kind() {
    return "万元".equals(unit) ? CellKind.AMOUNT : CellKind.COUNT;
  }

  /** The row this one is printed under, or empty for a top-level row. */
  public Optional<LegacyIndicator> parent() {
    String k = key;
    String parentKey;
    if (Character.isLetter(k.charAt(k.length() - 1))) {
      parentKey = k.substring(0, k.length() - 1);
    } else if (k.indexOf('.') > 0) {
      parentKey = k.substring(0, k.lastIndexOf('.'));
    } else {
      return Optional.empty();
    }
    return fromKey(parentKey);
  }

  /** Returns the indicator with the given key, or empty. */
  public static Optional<LegacyIndicator> fromKey(String key) {
    for (LegacyIndicator i : values()) {
      if (i.key.equals(key)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
