package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Number conservation: in a generated report whose table line was mutated (a digit run inserted, a unit
 * appended, a footnote mark), every digit run of the mutated line is placed in a cell (a value read from
 * its token) or named by a finding (its text in the arguments, or the finding located on its line).
 */
class NumberConservationPropertiesTest {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final String[] SUFFIXES = {"件", "件次", "（项）", "*", "万", "①", "个"};

  @Property(tries = 300)
  void no_digit_run_of_a_mutated_table_line_is_silently_dropped(
      @ForAll @LongRange(min = 0, max = 1_000_000) long index, @ForAll boolean legacy2019,
      @ForAll @IntRange(min = 0, max = 1_000_000) int pick, @ForAll @IntRange(min = 0, max = 2) int kind,
      @ForAll @IntRange(min = 1, max = 99999) int inserted) {
    Edition edition = legacy2019 ? Edition.V2019 : Edition.V2021;
    Report generated = ReportGenerator.builder().seed(20240601L).edition(edition).build().generate(index);
    Report original = generated.toBuilder()
        .metadata(ReportMetadata.of(generated.metadata().agency(), generated.metadata().year())).build();
    List<String> lines = new ArrayList<>(TextReportWriter.write(original).lines().toList());
    List<Integer> tableLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.indexOf('\t') >= 0 && DIGITS.matcher(l).find()) {
        tableLines.add(i);
      }
    }
    int target = tableLines.get(pick % tableLines.size());
    String line = lines.get(target);
    String[] cells = line.split("\t", -1);
    int c = 1 + pick % Math.max(1, cells.length - 1);
    if (c >= cells.length) {
      c = cells.length - 1;
    }
    switch (kind) {
      case 0 -> cells[c] = cells[c] + "\t" + inserted; // a digit run inserted
      case 1 -> cells[c] = cells[c] + SUFFIXES[pick % SUFFIXES.length]; // a unit or mark appended
      default -> cells[c] = inserted + cells[c]; // digits glued in front
    }
    String mutated = String.join("\t", cells);
    lines.set(target, mutated);
    String text = String.join("\n", lines);
    int lineNo = target + 1;

    ReadResult r = TextReportReader.lenient().read(text);

    Matcher m = DIGITS.matcher(mutated);
    while (m.find()) {
      String run = m.group();
      int start = m.start();
      if (inLabel(mutated, start)) {
        continue; // the numbering of a row label (1.属于国家秘密), not a value
      }
      boolean placed = r.provenance().values().stream()
          .anyMatch(l -> l.line() == lineNo && sameToken(mutated, l.column() - 1, start));
      boolean named = r.findings().stream().anyMatch(f -> f.location().line() == lineNo
          || f.arguments().stream().anyMatch(a -> a.contains(run)));
      then(placed || named).as("digit run '%s' at %d of line %d '%s' in%n%s%nfindings %s", run, start, lineNo,
          mutated, text, r.findings()).isTrue();
    }
  }

  /** True if the token starting at {@code from} reaches {@code at} (no TAB or space between). */
  private static boolean sameToken(String line, int from, int at) {
    if (from < 0 || from > at) {
      return false;
    }
    for (int i = from; i < at; i++) {
      char ch = line.charAt(i);
      if (ch == '\t' || ch == ' ') {
        return false;
      }
    }
    return true;
  }

  /** True if the TAB field holding the index has Chinese text other than an appended unit or mark. */
  private static boolean inLabel(String line, int at) {
    int from = line.lastIndexOf('\t', at - 1) + 1;
    int to = line.indexOf('\t', at);
    String field = line.substring(from, to < 0 ? line.length() : to);
    for (String s : SUFFIXES) {
      field = field.replace(s, "");
    }
    return field.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
