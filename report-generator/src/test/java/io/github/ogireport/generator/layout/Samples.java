package io.github.ogireport.generator.layout;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reports to render and ways to look at rendered text, independent of the code under test. */
final class Samples {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private Samples() {}

  static Report report(Edition edition, long index) {
    BlankStyle blanks = index % 2 == 0 ? BlankStyle.NONE : BlankStyle.MIXED;
    return ReportGenerator.builder().seed(20_26L).edition(edition).blanks(blanks).build().generate(index);
  }

  static List<Report> reports(Edition edition, int n) {
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(report(edition, i));
    }
    return out;
  }

  /** The printed text of a non-blank cell, as a reader should find it. */
  static String text(Cell c) {
    return c.isInteger() ? Long.toString(c.longValue()) : c.amount().orElseThrow().value().toPlainString();
  }

  /** Every non-blank cell of every table, in printed (row-major) order. */
  static List<String> values(Report report) {
    List<String> out = new ArrayList<>();
    for (Table t : report.tableList()) {
      for (TableRow r : t.rows()) {
        for (TableColumn c : t.columns()) {
          Cell cell = t.cell(r, c);
          if (!cell.isBlank()) {
            out.add(text(cell));
          }
        }
      }
    }
    return out;
  }

  /** The number tokens of a text, in order. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The first value of {@code wanted} that is not found, in order, among {@code tokens}; null if all are. */
  static String firstMissing(List<String> wanted, List<String> tokens) {
    int at = 0;
    for (String w : wanted) {
      while (at < tokens.size() && !tokens.get(at).equals(w)) {
        at++;
      }
      if (at == tokens.size()) {
        return w;
      }
      at++;
    }
    return null;
  }

  /** The text of the damage entry that contains {@code word}, or empty. */
  static String damage(Rendered r, String word) {
    return r.damage().stream().filter(d -> d.contains(word)).findFirst().orElse("");
  }
}
