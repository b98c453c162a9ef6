package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.model.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** How a Word body becomes lines: merges, cell paragraphs and nested tables, with their locations. */
class DocxStructureTest {
  @Test
  void merged_cells_appear_once_and_nested_tables_follow_their_table() throws IOException {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
      XWPFTable t = doc.createTable(2, 3);
      XWPFTableCell merged = t.getRow(0).getCell(0);
      merged.setText("行政复议");
      merged.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // continuation, no value
      XWPFTableCell wide = t.getRow(0).getCell(1);
      wide.setText("行政诉讼");
      t.getRow(0).removeCell(2);
      (wide.getCTTc().isSetTcPr() ? wide.getCTTc().getTcPr() : wide.getCTTc().addNewTcPr())
          .addNewGridSpan().setVal(BigInteger.TWO);
      XWPFTableCell second = t.getRow(1).getCell(1);
      second.setText("本年新");
      second.addParagraph().createRun().setText("公开数量");
      XWPFTableCell host = t.getRow(1).getCell(2);
      XWPFTable inner = new XWPFTable(host.getCTTc().addNewTbl(), host, 1, 2);
      host.insertTable(0, inner);
      XWPFTableRow innerRow = inner.getRow(0);
      innerRow.getCell(0).setText("7");
      innerRow.getCell(1).setText("8");
      doc.write(out);
      docx = out.toByteArray();
    }
    SourceLines lines = DocxReportReader.lenient().lines(docx);
    then(lines.lines()).containsExactly(
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议\t行政诉讼",
        "本年新公开数量\t",
        "7\t8");
    then(lines.locate(2, 2)).isEqualTo(Location.ofHtmlCell(0, 0, 1));
    then(lines.locate(3, 1)).isEqualTo(Location.ofHtmlCell(0, 1, 1)); // the continuation cell is left out
    then(lines.locate(4, 2)).isEqualTo(Location.ofHtmlCell(1, 0, 1));
    then(lines.locate(1, 1)).isEqualTo(Location.ofLine(1, 0));
    then(List.of(lines.locate(99, 1))).containsExactly(Location.unknown());
  }

  @Test
  void an_empty_cell_merged_across_columns_headed_one_by_one_is_a_blank_cell_each() throws IOException {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable t = doc.createTable(3, 4);
      String[] head = {"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"};
      for (int c = 0; c < 4; c++) {
        t.getRow(0).getCell(c).setText(head[c]);
      }
      // 行政许可 | 5 | (empty, merged over 本年增/减 and 处理决定数量)
      t.getRow(1).getCell(0).setText("行政许可");
      t.getRow(1).getCell(1).setText("5");
      XWPFTableCell blanks = t.getRow(1).getCell(2);
      t.getRow(1).removeCell(3);
      blanks.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      // 行政处罚 | (empty, merged over 上一年项目数量 and 本年增/减) | 7
      t.getRow(2).getCell(0).setText("行政处罚");
      XWPFTableCell first = t.getRow(2).getCell(1);
      t.getRow(2).removeCell(2);
      first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      t.getRow(2).getCell(2).setText("7");
      doc.write(out);
      docx = out.toByteArray();
    }
    SourceLines lines = DocxReportReader.lenient().lines(docx);

    then(lines.lines()).containsExactly("信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可\t5\t\t",
        "行政处罚\t\t\t7");
    then(lines.locate(3, "行政处罚\t\t\t".length() + 1)).isEqualTo(Location.ofHtmlCell(0, 2, 2));
  }
}
