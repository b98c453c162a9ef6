package io.github.ogireport.io.html;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.FuzzBudget;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.table.HtmlReportWriter;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Number conservation in the HTML reader: a generated report rendered by the project's HTML writer, one
 * value cell's text changed the ways published pages write numbers (a unit such as 件 or 万元 appended, a
 * footnote mark, thousands separators, a scale 万 or 千元, 约, another digit run, full-width, Arabic-Indic
 * or Devanagari digits). Every digit run of the changed cell (any Unicode decimal digit) is either in the
 * value read into that cell, which then equals the number written (with the unit or scale applied), or
 * named by a finding (located at the cell, naming the cell, or holding the run or the cell's text).
 */
@AddLifecycleHook(FuzzBudget.class)
class HtmlNumberConservationPropertiesTest {
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
  private static final Pattern CELL = Pattern.compile("table\\[(\\d+)]/tr\\[(\\d+)]/td\\[(\\d+)]");
  private static final HtmlReportReader READER = HtmlReportReader.lenient();

  enum Change { UNIT, FOOTNOTE, SUP_FOOTNOTE, THOUSANDS, SCALE, APPROXIMATELY, INSERTED, FULL_WIDTH, ARABIC_INDIC,
    DEVANAGARI }

  @Property(tries = 200)
  void no_digit_run_of_a_changed_cell_is_dropped_or_misread(@ForAll long seed, @ForAll Change change) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Edition edition = rnd.nextBoolean() ? Edition.V2021 : Edition.V2019;
    Report report = ReportGenerator.builder().seed(seed).edition(edition).build().generate(rnd.nextInt(1000));
    String html = HtmlReportWriter.create().write(report);
    ReadResult before = READER.read(html);
    List<Map.Entry<CellRef, Location>> values = new ArrayList<>();
    for (Map.Entry<CellRef, Location> e : before.provenance().entrySet()) {
      Optional<Cell> cell = before.report().cell(e.getKey());
      if (cell.isPresent() && cell.get().decimalValue().isPresent()
          && CELL.matcher(e.getValue().toString()).matches()) {
        values.add(e);
      }
    }
    Assume.that(!values.isEmpty());
    values.sort(java.util.Comparator.comparing(e -> e.getKey().path()));
    Map.Entry<CellRef, Location> target = values.get(rnd.nextInt(values.size()));
    CellRef ref = target.getKey();
    Location at = target.getValue();
    Cell original = before.report().cell(ref).orElseThrow();
    BigDecimal written = original.decimalValue().orElseThrow();

    Document doc = Jsoup.parse(html);
    Element td = cellAt(doc, at);
    Assume.that(td != null);
    String text = td.text().strip();
    Assume.that(text.matches("\\d+(\\.\\d+)?") && new BigDecimal(text).compareTo(written) == 0); // the cell found
    BigDecimal expected = written;
    String changed;
    switch (change) {
      case UNIT -> changed = text + (original.isAmount() ? "万元" : pick(rnd, "件", "件次", "个", "（项）", " 件"));
      case FOOTNOTE -> changed = text + pick(rnd, "*", "①", "※", "注1");
      case SUP_FOOTNOTE -> changed = null;
      case THOUSANDS -> changed = thousands(text);
      case SCALE -> {
        if (original.isAmount()) {
          changed = text + "千元";
          expected = written.movePointLeft(1);
        } else {
          changed = text + "万";
          expected = written.movePointRight(4);
        }
      }
      case APPROXIMATELY -> changed = pick(rnd, "约", "约 ", "近", "超过") + text;
      case INSERTED -> changed = rnd.nextBoolean() ? text + " " + (1 + rnd.nextInt(99_999))
          : (1 + rnd.nextInt(99_999)) + " " + text;
      case FULL_WIDTH -> changed = digits(text, '０');
      case ARABIC_INDIC -> changed = digits(text, '\u0660');
      default -> changed = digits(text, '\u0966');
    }
    if (change == Change.SUP_FOOTNOTE) {
      String mark = String.valueOf(1 + rnd.nextInt(9));
      td.text(text);
      td.appendElement("sup").text(mark);
      changed = text + " " + mark; // two digit runs: the value and the mark
    } else {
      td.text(changed);
    }
    String mutated = doc.outerHtml();
    String cellText = changed;

    ReadResult after = READER.read(mutated);

    List<ReaderFinding> findings = after.findings();
    boolean cellNamed = findings.stream().anyMatch(f -> f.location().equals(at) || f.cells().contains(ref));
    Optional<Cell> read = after.report().cell(ref).filter(c -> !c.isBlank());
    boolean placedHere = read.isPresent() && at.equals(after.provenance().get(ref));
    String description = String.format("%s: cell %s at %s written '%s', changed to '%s'; read %s%nfindings %s",
        change, ref.path(), at, text, cellText, read, findings);
    Matcher m = DIGITS.matcher(cellText);
    while (m.find()) {
      String run = m.group();
      String ascii = ascii(run);
      boolean named = cellNamed || findings.stream().anyMatch(f -> f.arguments().stream()
          .anyMatch(a -> a.contains(run) || a.contains(ascii) || a.contains(cellText)));
      if (named) {
        continue;
      }
      then(placedHere).as("digit run '%s' neither read nor named: %s", run, description).isTrue();
      BigDecimal value = read.get().decimalValue().orElse(null);
      then(value).as("the value read for '%s': %s", run, description).isNotNull();
      then(value.compareTo(expected)).as("a wrong number for '%s' (expected %s): %s", run, expected, description)
          .isZero();
      then(value.toPlainString().replace(".", "").replace("-", "")).as("run '%s' in the value: %s", run,
          description).contains(ascii.replaceFirst("^0+(?=\\d)", ""));
    }
  }

  /** The element of a cell location: the table, its {@code tr}, the row's {@code td}/{@code th} elements. */
  private static Element cellAt(Document doc, Location at) {
    Matcher m = CELL.matcher(at.toString());
    if (!m.matches()) {
      return null;
    }
    int t = Integer.parseInt(m.group(1));
    int r = Integer.parseInt(m.group(2));
    int c = Integer.parseInt(m.group(3));
    var tables = doc.select("table");
    if (t >= tables.size()) {
      return null;
    }
    var rows = tables.get(t).select("tr");
    if (r >= rows.size()) {
      return null;
    }
    List<Element> cells = rows.get(r).children().stream()
        .filter(e -> e.normalName().equals("td") || e.normalName().equals("th")).toList();
    return c < cells.size() ? cells.get(c) : null;
  }

  private static String pick(SplittableRandom rnd, String... options) {
    return options[rnd.nextInt(options.length)];
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
