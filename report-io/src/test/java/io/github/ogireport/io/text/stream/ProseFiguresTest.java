package io.github.ogireport.io.text.stream;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Section2Column;
import io.github.ogireport.model.Section2Row;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Figures the narrative states about 第二十条第（一）项 choose among the splits of a glued digit run only when
 * exactly one split agrees with all of them. Narrative and figures are invented.
 */
final class ProseFiguresTest {

  /** A crawled 2021 report: one line, section 二's cells glued, the normative documents row's run given. */
  private static String flat(String overview, String normativeRun) {
    return "示例县市场监督管理局2023年政府信息公开工作年度报告 一、总体情况 " + overview
        + " 二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件"
        + normativeRun + "第二十条第（五）项信息内容本年处理决定数量行政许可35第二十条第（六）项信息内容本年处理决定数量行政处罚12行政强制0"
        + "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0 三、收到和处理政府信息公开申请情况 无。";
  }

  private static Table item1(ReadResult r) {
    return r.report().table(TableType.ITEM1_2021).orElseThrow();
  }

  @Test
  void the_one_split_agreeing_with_the_stated_issued_and_repealed_figures_is_taken() {
    ReadResult r = TextReportReader.lenient().read(flat(
        "本局起草地方性法规草案1件、省政府规章2件，全年制发局规范性文件1件、废止1件。", "1126"));

    Table t = item1(r);
    then(t.cell(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.ISSUED)).isEqualTo(Cell.of(1));
    then(t.cell(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.REPEALED)).isEqualTo(Cell.of(1));
    then(t.cell(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.IN_FORCE)).isEqualTo(Cell.of(26));
    then(r.findings()).anySatisfy(f -> {
      then(f.code()).isEqualTo("reader.glued-digits-recovered");
      then(f.arguments()).containsExactly("[1, 1, 26]");
      then(f.names(io.github.ogireport.model.CellRef.of(TableType.ITEM1_2021,
          Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.IN_FORCE))).isTrue();
    });
  }

  @Test
  void figures_that_no_split_agrees_with_leave_the_row_blank_and_ambiguous() {
    ReadResult r = TextReportReader.lenient().read(flat(
        "本年度制发的规范性文件77件，清理后现行有效行政规范性文件393件。", "77132470"));

    Table t = item1(r);
    then(t.cell(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.ISSUED).isBlank()).isTrue();
    then(r.findings()).anySatisfy(f -> then(f.code()).isEqualTo("reader.glued-digits-ambiguous"));
  }

  @Test
  void without_a_stated_figure_the_row_stays_ambiguous() {
    ReadResult r = TextReportReader.lenient().read(flat("本局依法公开政府信息。", "1126"));

    then(item1(r).cell(Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, Section2Column.ISSUED).isBlank()).isTrue();
    then(r.findings()).anySatisfy(f -> then(f.code()).isEqualTo("reader.glued-digits-ambiguous"));
  }

  @Test
  void a_clause_naming_both_rows_or_another_verb_states_nothing() {
    then(ProseFigures.of("牵头起草省政府规范性文件2件，制发规章0件、规范性文件3件。", Section2Row.ADMINISTRATIVE_NORMATIVE_DOCUMENTS))
        .allSatisfy(s -> then(s).isEmpty());
    then(ProseFigures.of("制发规章2件。", Section2Row.RULES).get(0)).containsExactly(2L);
  }

  @Test
  void several_agreeing_splits_choose_none() {
    List<TreeSet<Long>> figures = List.of(new TreeSet<>(List.of(1L)), new TreeSet<>(), new TreeSet<>());

    then(ProseFigures.choose(List.of(new Long[] {1L, 1L, 26L}, new Long[] {1L, 12L, 6L}), figures)).isNull();
    then(ProseFigures.choose(List.of(new Long[] {1L, 1L, 26L}, new Long[] {11L, 2L, 6L}), figures))
        .containsExactly(1L, 1L, 26L);
  }
}
