package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Number conservation in the DOCX and XLSX readers: a generated report written by the project's writer,
 * one value cell's text replaced with POI the ways published documents write numbers (a unit such as 件
 * or 万元, a footnote mark, thousands separators, a scale 万 or 千元, 约, another digit run, full-width,
 * Arabic-Indic or Devanagari digits). Every digit run of the changed cell is either in the value read into
 * that cell, which then equals the number written (unit or scale applied), or named by a finding (located
 * at the cell, naming the cell, or holding the run or the cell's text).
 */
@AddLifecycleHook(FuzzBudget.class)
class DocumentNumberConservationPropertiesTest {
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
  private static final Pattern CELL = Pattern.compile("table\\[(\\d+)]/tr\\[(\\d+)]/td\\[(\\d+)]");

  enum Change { UNIT, FOOTNOTE, THOUSANDS, SCALE, APPROXIMATELY, INSERTED, FULL_WIDTH, ARABIC_INDIC, DEVANAGARI }

  @Property(tries = 12)
  void no_digit_run_of_a_changed_docx_cell_is_dropped_or_misread(@ForAll long seed, @ForAll Change change) {
    conserves(seed, change, true);
  }

  @Property(tries = 12)
  void no_digit_run_of_a_changed_xlsx_cell_is_dropped_or_misread(@ForAll long seed, @ForAll Change change) {
    conserves(seed, change, false);
  }

  private static void conserves(long seed, Change change, boolean docx) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Report report = Generated.report(rnd.nextBoolean() ? Edition.V2021 : Edition.V2019, rnd.nextInt(200));
    byte[] written = docx ? DocxReportWriter.create().write(report) : XlsxReportWriter.create().write(report);
    String name = docx ? "r.docx" : "r.xlsx";
    ReadResult before = DocumentReaders.lenient().read(written, name);
    List<Map.Entry<CellRef, Location>> values = new ArrayList<>();
    for (Map.Entry<CellRef, Location> e : before.provenance().entrySet()) {
      Optional<Cell> cell = before.report().cell(e.getKey());
      if (cell.isPresent() && cell.get().decimalValue().isPresent()
          && CELL.matcher(e.getValue().toString()).matches()) {
        values.add(e);
      }
    }
    Assume.that(!values.isEmpty());
    values.sort(Comparator.comparing(e -> e.getKey().path()));
    Map.Entry<CellRef, Location> target = values.get(rnd.nextInt(values.size()));
    CellRef ref = target.getKey();
    Location at = target.getValue();
    Cell original = before.report().cell(ref).orElseThrow();
    BigDecimal value = original.decimalValue().orElseThrow();
    // the cell as the writers print it: an amount keeps its unit (63万元, 446517元), as Amount#toString does
    String text = original.toString();
    String plain = original.isAmount() ? original.amount().orElseThrow().value().toPlainString() : text;
    BigDecimal expected = value;
    String changed = switch (change) {
      // an amount restated in 万元 (446517元 becomes 44.6517万元), a count with a unit word
      case UNIT -> original.isAmount() ? value.stripTrailingZeros().toPlainString() + "万元"
          : text + new String[] {"件", "件次", "个", "（项）"}[rnd.nextInt(4)];
      case FOOTNOTE -> text + new String[] {"*", "①", "※"}[rnd.nextInt(3)];
      case THOUSANDS -> thousands(text);
      case SCALE -> original.isAmount() ? plain + "千元" : text + "万";
      case APPROXIMATELY -> "约" + text;
      case INSERTED -> text + " " + (1 + rnd.nextInt(99_999));
      case FULL_WIDTH -> digits(text, '０');
      case ARABIC_INDIC -> digits(text, '\u0660');
      case DEVANAGARI -> digits(text, '\u0966');
    };
    if (change == Change.SCALE) {
      expected = original.isAmount() ? new BigDecimal(plain).movePointLeft(1) : value.movePointRight(4);
    }
    Matcher cellAt = CELL.matcher(at.toString());
    then(cellAt.matches()).isTrue();
    int t = Integer.parseInt(cellAt.group(1));
    int r = Integer.parseInt(cellAt.group(2));
    int c = Integer.parseInt(cellAt.group(3));
    byte[] mutated = docx ? docxWith(written, t, r, c, changed) : xlsxWith(written, t, r, c, changed);

    ReadResult after = DocumentReaders.lenient().read(mutated, name);

    List<ReaderFinding> findings = after.findings();
    boolean cellNamed = findings.stream().anyMatch(f -> f.location().equals(at) || f.cells().contains(ref));
    Optional<Cell> read = after.report().cell(ref).filter(x -> !x.isBlank());
    boolean placedHere = read.isPresent() && at.equals(after.provenance().get(ref));
    String description = String.format("%s %s: cell %s at %s written '%s', changed to '%s'; read %s%nfindings %s",
        name, change, ref.path(), at, text, changed, read, findings);
    Matcher m = DIGITS.matcher(changed);
    while (m.find()) {
      String run = m.group();
      String ascii = ascii(run);
      boolean named = cellNamed || findings.stream().anyMatch(f -> f.arguments().stream()
          .anyMatch(a -> a.contains(run) || a.contains(ascii) || a.contains(changed)));
      if (named) {
        continue;
      }
      then(placedHere).as("digit run '%s' neither read nor named: %s", run, description).isTrue();
      BigDecimal got = read.get().decimalValue().orElse(null);
      then(got).as("the value read for '%s': %s", run, description).isNotNull();
      then(got.compareTo(expected)).as("a wrong number for '%s' (expected %s): %s", run, expected, description)
          .isZero();
    }
  }

  private static byte[] docxWith(byte[] docx, int table, int row, int cell, String text) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTableRow tr = doc.getTables().get(table).getRow(row);
      XWPFTableCell td = tr.getTableCells().get(cell);
      while (td.getParagraphs().size() > 1) {
        td.removeParagraph(1);
      }
      XWPFParagraph p = td.getParagraphs().get(0);
      for (int i = p.getRuns().size() - 1; i >= 0; i--) {
        p.removeRun(i);
      }
      p.createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] xlsxWith(byte[] xlsx, int sheet, int row, int cell, String text) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row r = wb.getSheetAt(sheet).getRow(row);
      r.getCell(cell).setCellValue(text);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String thousands(String text) {
    Matcher m = Pattern.compile("\\d{4,}").matcher(text);
    if (!m.find()) {
      return text;
    }
    String run = m.group();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < run.length(); i++) {
      if (i > 0 && (run.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(run.charAt(i));
    }
    return text.substring(0, m.start()) + sb + text.substring(m.end());
  }

  private static String digits(String text, char zero) {
    StringBuilder sb = new StringBuilder();
    for (char ch : text.toCharArray()) {
      sb.append(ch >= '0' && ch <= '9' ? (char) (zero + (ch - '0')) : ch);
    }
    return sb.toString();
  }

  private static String ascii(String run) {
    StringBuilder sb = new StringBuilder();
    run.codePoints().forEach(cp -> sb.append((char) ('0' + Character.digit(cp, 10))));
    return sb.toString();
  }
}
