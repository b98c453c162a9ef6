package io.github.ogireport.io.table;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.html.HtmlReportReader;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A provincial legacy form's own rows, which the writers print after the national form's last row ((三)接受培训人员数,
 * blank here), come back as custom rows with their values from Markdown and HTML, and the national row before
 * them stays blank: the label of a row not on the form, then its unit, starts a row of its own. Figures and
 * narrative are invented.
 */
final class CustomRowRoundTripTest {
  private static final String FORM = "示例县人民政府2014年度政府信息公开工作年度报告\n一、概述\n本县依法公开政府信息。\n"
      + "六、示例县政府信息公开情况统计表\n指标名称\t计量单位\t2014年度\t历年累计\n"
      + "主动公开文件数\t条\t40\t300\n受理依申请公开信息总数\t条\t12\t80\n当面申请数\t条\t5\t31\n"
      + "信函、传真申请数\t条\t7\t49\n政府信息公开收费减免金额\t元\t0\t0\n";

  private static Report original() {
    return TextReportReader.lenient().read(FORM).report();
  }

  private static void thenSameCells(Report back, Report original) {
    Table before = original.table(TableType.LEGACY_STATISTICS).orElseThrow();
    Table after = back.table(TableType.LEGACY_STATISTICS).orElseThrow();
    then(before.customRows()).isNotEmpty();
    for (CustomRow row : before.customRows()) {
      Optional<CustomRow> read = after.customRows().stream().filter(r -> r.label().equals(row.label())).findFirst();
      then(read).as("custom row %s", row.label()).isPresent();
      for (LegacyColumn c : LegacyColumn.values()) {
        then(after.cell(read.get(), c)).as("%s / %s", row.label(), c).isEqualTo(before.cell(row, c));
      }
    }
    for (TableRow row : TableType.LEGACY_STATISTICS.rows()) {
      for (LegacyColumn c : LegacyColumn.values()) {
        then(after.cell(row, c)).as("%s / %s", row.label(), c).isEqualTo(before.cell(row, c));
      }
    }
  }

  @Test
  void custom_rows_come_back_from_markdown() {
    Report original = original();
    ReadResult back = TextReportReader.lenient().read(MarkdownReportWriter.standard().write(original));

    thenSameCells(back.report(), original);
  }

  @Test
  void custom_rows_come_back_from_html() {
    Report original = original();
    ReadResult back = HtmlReportReader.lenient().read(HtmlReportWriter.standard().write(original));

    thenSameCells(back.report(), original);
  }
}
