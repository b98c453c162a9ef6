package io.github.ogireport.generator;

import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.ReportSection;

/**
 * Writes short narrative sections from invented sentences. The figures quoted in the text are the
 * report's own table figures, so the narrative agrees with the tables.
 */
final class Narratives {
  private static final String[] WORK = {
    "本机关调整了信息公开工作小组的分工，明确专人负责信息的起草、审核和发布。",
    "门户网站信息公开专栏按月整理更新，栏目设置与上级要求保持一致。",
    "拟公开的信息一律先审后发，全年未出现因发布不当而撤回信息的情况。",
    "结合本地实际，在公示栏和便民服务窗口同步张贴与群众切身利益相关的信息。",
    "组织工作人员参加业务学习两次以上，答复申请的文书更加规范。",
    "依申请公开件的登记、办理、答复和归档各环节均有记录可查。",
    "对历年发布的文件进行了清理，失效文件均已标注。",
    "重要政策出台时同步编写解读材料，方便公众了解政策要点。"
  };
  private static final String[] PROBLEMS = {
    "部分栏目更新不够及时",
    "工作人员的业务水平有待提高",
    "政策解读的形式较为单一",
    "公开内容与群众需求的贴合度还不够",
    "基层信息发布渠道的覆盖面有限",
    "申请答复文书的规范性把关还需加强"
  };
  private static final String[] PLANS = {
    "本机关将加强业务培训，并完善内部审核流程。",
    "将定期检查各栏目内容，及时补充和更新信息。",
    "将丰富解读方式，用图表和问答等形式说明政策。",
    "将健全工作台账，确保报送的数据准确一致。",
    "将进一步畅通申请渠道，按时答复每一件申请。"
  };
  private static final String[] NOTHING_ELSE = {
    "本年度无其他需要报告的事项。",
    "无其他需要报告的事项。",
    "本机关本年度没有其他需要说明的事项。"
  };

  private Narratives() {}

  /** The sections 一、五、六 of a 2019 or 2021 report. */
  static NarrativeSection[] modern(
      Rng rng, Agency agency, int year, boolean feeSentence, long received, long carriedOver, long concluded,
      long carriedForward, long reviews, long lawsuits) {
    StringBuilder sb = new StringBuilder(200);
    sb.append(year).append("年，").append(agency.name).append("按照年度工作安排推进政府信息公开工作。");
    sb.append(rng.pick(WORK));
    if (received == 0 && carriedOver == 0) {
      sb.append("全年未收到政府信息公开申请。");
    } else {
      sb.append("全年新收政府信息公开申请").append(received).append("件，上年结转").append(carriedOver)
          .append("件，本年办结").append(concluded).append("件，结转下年度继续办理").append(carriedForward)
          .append("件。");
    }
    if (reviews == 0 && lawsuits == 0) {
      sb.append("未发生因政府信息公开引起的行政复议和行政诉讼。");
    } else {
      sb.append("因政府信息公开引起行政复议").append(reviews).append("件、行政诉讼").append(lawsuits).append("件。");
    }
    NarrativeSection overview = NarrativeSection.of(ReportSection.OVERVIEW, sb.toString());
    NarrativeSection problems = NarrativeSection.of(ReportSection.PROBLEMS, problems(rng));
    String other;
    if (feeSentence) {
      other = rng.chance(0.85)
          ? "本年度未收取政府信息公开信息处理费。" + rng.pick(NOTHING_ELSE)
          : "本年度按照信息处理费管理办法收取信息处理费" + rng.between(1, 40) * 50 + "元。";
    } else {
      other = rng.pick(NOTHING_ELSE);
    }
    NarrativeSection matters = NarrativeSection.of(ReportSection.OTHER_MATTERS, other);
    return new NarrativeSection[] {overview, problems, matters};
  }

  /** The free-form parts of a legacy report, as unclassified sections under their own headings. */
  static NarrativeSection[] legacy(Rng rng, Agency agency, int year, long disclosed, long received) {
    StringBuilder sb = new StringBuilder(160);
    sb.append(year).append("年，").append(agency.name).append("按照上级部署开展政府信息公开工作，全年主动公开政府信息")
        .append(disclosed).append("条，");
    if (received == 0) {
      sb.append("未收到政府信息公开申请。");
    } else {
      sb.append("收到政府信息公开申请").append(received).append("件。");
    }
    sb.append(rng.pick(WORK));
    return new NarrativeSection[] {
      NarrativeSection.of(ReportSection.UNCLASSIFIED, "一、主要工作情况", sb.toString()),
      NarrativeSection.of(ReportSection.UNCLASSIFIED, "二、存在的不足", problems(rng)),
      NarrativeSection.of(ReportSection.UNCLASSIFIED, "三、下一步工作打算", rng.pick(PLANS))
    };
  }

  private static String problems(Rng rng) {
    int a = rng.nextInt(PROBLEMS.length);
    int b = (a + 1 + rng.nextInt(PROBLEMS.length - 1)) % PROBLEMS.length;
    return "一是" + PROBLEMS[a] + "；二是" + PROBLEMS[b] + "。下一步，" + rng.pick(PLANS);
  }
}
