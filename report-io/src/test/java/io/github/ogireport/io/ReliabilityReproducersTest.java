package io.github.ogireport.io;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reproducers of reading defects: each failed before its fix. */
class ReliabilityReproducersTest {

  /** A 2021 section 三 with the given first row (seven values after the label). */
  static List<String> section3(String newReceivedValues) {
    List<String> lines = new ArrayList<>(List.of(
        "示例县人民政府2023年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
        "\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        "一、本年新收政府信息公开申请数量\t" + newReceivedValues,
        "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2",
        "三、本年度办理结果\t（一）予以公开\t10\t2\t0\t0\t0\t0\t12",
        "（七）总计\t30\t3\t0\t0\t1\t0\t34",
        "四、结转下年度继续办理\t2\t2\t0\t0\t0\t0\t4",
        "五、存在的主要问题及改进情况",
        "无。"));
    return lines;
  }

  static String html(List<String> lines) {
    StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
    boolean inTable = false;
    for (String line : lines) {
      if (line.indexOf('\t') < 0) {
        if (inTable) {
          sb.append("</table>");
          inTable = false;
        }
        sb.append("<p>").append(line).append("</p>");
        continue;
      }
      if (!inTable) {
        sb.append("<table>");
        inTable = true;
      }
      sb.append("<tr>");
      for (String cell : line.split("\t", -1)) {
        sb.append("<td>").append(cell).append("</td>");
      }
      sb.append("</tr>");
    }
    if (inTable) {
      sb.append("</table>");
    }
    return sb.append("</body></html>").toString();
  }

  private static Cell newReceived(ReadResult r, ApplicantColumn c) {
    return r.report().tables().entrySet().stream().filter(e -> e.getKey().name().startsWith("APPLICATIONS"))
        .findFirst().orElseThrow().getValue().cell(ApplicationRow.NEW_RECEIVED, c);
  }

  @Test
  void arabic_indic_and_devanagari_digits_read_as_their_values_in_text_and_html() {
    List<String> arabic = section3("٣٠\t٥\t٠\t٠\t١\t٠\t٣٦");
    List<String> devanagari = section3("३०\t५\t०\t०\t१\t०\t३६");
    for (List<String> lines : List.of(arabic, devanagari)) {
      ReadResult text = TextReportReader.lenient().read(String.join("\n", lines));
      ReadResult page = HtmlReportReader.lenient().read(html(lines));
      for (ReadResult r : List.of(text, page)) {
        then(newReceived(r, ApplicantColumn.NATURAL_PERSON)).isEqualTo(Cell.of(30));
        then(newReceived(r, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(Cell.of(5));
        then(newReceived(r, ApplicantColumn.LEGAL_SERVICE_INSTITUTION)).isEqualTo(Cell.of(1));
        then(newReceived(r, ApplicantColumn.TOTAL)).isEqualTo(Cell.of(36));
      }
    }
  }
}
