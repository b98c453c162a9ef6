package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Edition;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportSection;
import java.util.List;

/**
 * Short narrative paragraphs for reports that carry none, so that every rendering has prose around its
 * tables (real readers must find the tables among text). The sentences quote no figures, so that they add
 * no numbers a reader could mistake for table values.
 */
final class Filler {
  private static final List<String> OVERVIEW = List.of(
      "本年度信息发布、依申请办理和平台维护各项工作按计划推进，信息公开目录保持及时更新。",
      "本机关把政务公开列入年度工作要点，由办公室统筹，各业务科室分工落实。",
      "全年坚持先审后发，发布前逐条核对内容和公开属性，未发现错发漏发。");
  private static final List<String> PROBLEMS = List.of(
      "个别栏目更新节奏偏慢，政策解读的形式还不够丰富。下一步将细化发布流程，加强对经办人员的指导。",
      "依申请办理的文书格式仍有不统一之处。今后将编写答复范本，定期抽查办理记录。",
      "基层公开渠道覆盖不够均衡。将结合便民服务点同步公开与群众切身利益相关的信息。");
  private static final List<String> OTHER = List.of(
      "本年度没有需要另行说明的事项。",
      "本年度未收取信息处理费，无其他需要报告的事项。");
  private static final List<String> LEGACY = List.of(
      "本机关按照上级部署推进政府信息公开，主动公开、依申请公开和监督保障工作有序开展。",
      "全年信息公开工作总体平稳，公开目录和指南按要求修订。");

  private Filler() {}

  /** The report itself if it has narrative, else the report with short sections written here. */
  static Report complete(Report report, Dice dice) {
    if (!report.narrative().isEmpty()) {
      return report;
    }
    String prefix = report.metadata().year() + "年，" + report.metadata().agency();
    Report.Builder b = report.toBuilder();
    if (report.edition() == Edition.LEGACY) {
      b.addNarrative(NarrativeSection.of(ReportSection.UNCLASSIFIED, "", prefix + dice.pick(LEGACY)));
    } else {
      b.addNarrative(NarrativeSection.of(ReportSection.OVERVIEW, prefix + dice.pick(OVERVIEW)));
      b.addNarrative(NarrativeSection.of(ReportSection.PROBLEMS, dice.pick(PROBLEMS)));
      b.addNarrative(NarrativeSection.of(ReportSection.OTHER_MATTERS, dice.pick(OTHER)));
    }
    return b.build();
  }
}
