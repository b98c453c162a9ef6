package io.github.ogireport.validation;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules that are not sums of cells: metadata, editions, narrative numbers, the pair of years. */
final class ReportChecks {
  private ReportChecks() {}

  /** {@code metadata.agency-required}: the agency is not blank. */
  static final class AgencyRequired extends Check {
    AgencyRequired(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      String agency = evaluation.current.metadata().agency();
      if (agency != null && !agency.isBlank()) {
        evaluation.pass(ruleIndex);
        return;
      }
      evaluation.fail(ruleIndex, rule, "/metadata/agency", List.of(), List.of(), List.of(), List.of(),
          null, null, List.of());
    }
  }

  /** {@code metadata.year-range}: the year lies in the range the model accepts. */
  static final class YearRange extends Check {
    YearRange(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      int year = evaluation.current.metadata().year();
      if (year >= ReportMetadata.MIN_YEAR && year <= ReportMetadata.MAX_YEAR) {
        evaluation.pass(ruleIndex);
        return;
      }
      evaluation.fail(ruleIndex, rule, "/metadata/year", List.of(), List.of(), List.of(), List.of(),
          null, null, List.of(year, ReportMetadata.MIN_YEAR, ReportMetadata.MAX_YEAR));
    }
  }

  /** Per table type: the bit of its edition if it belongs to exactly one, else 0. */
  private static final int[] EDITION_BIT = editionBitsByType();

  private static int[] editionBitsByType() {
    int[] bits = new int[TableType.values().length];
    for (TableType t : TableType.values()) {
      if (t.editions().size() == 1) {
        bits[t.ordinal()] = 1 << t.editions().iterator().next().ordinal();
      }
    }
    return bits;
  }

  /** The editions printing tables of the report, as a bit set by ordinal; tables of several editions don't count. */
  static int editionBits(Table[] tables) {
    int bits = 0;
    for (int i = 0; i < tables.length; i++) {
      if (tables[i] != null) {
        bits |= EDITION_BIT[i];
      }
    }
    return bits;
  }

  /** {@code report.mixed-edition}: every table belongs to one edition. */
  static final class MixedEdition extends Check {
    MixedEdition(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      int bits = editionBits(evaluation.currentTables);
      if (bits == 0) {
        return;
      }
      if (Integer.bitCount(bits) == 1) {
        evaluation.pass(ruleIndex);
        return;
      }
      List<Object> editions = new ArrayList<>();
      for (Edition e : Edition.values()) {
        if ((bits & (1 << e.ordinal())) != 0) {
          editions.add(e);
        }
      }
      evaluation.fail(ruleIndex, rule, "/tables", List.of(), List.of(), List.of(), List.of(),
          null, null, List.of(editions));
    }
  }

  /** The first and last report year an edition was prescribed for. */
  static int firstYear(Edition edition) {
    return switch (edition) {
      case LEGACY -> ReportMetadata.MIN_YEAR;
      case V2019 -> 2019;
      case V2021 -> 2021;
    };
  }

  static int lastYear(Edition edition) {
    return switch (edition) {
      case LEGACY -> 2018;
      case V2019 -> 2020;
      case V2021 -> ReportMetadata.MAX_YEAR;
    };
  }

  /** {@code report.edition-year}: each edition printed is the one prescribed for the report year. */
  static final class EditionYear extends Check {
    EditionYear(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      int bits = editionBits(evaluation.currentTables);
      int year = evaluation.current.metadata().year();
      for (Edition e : Edition.values()) {
        if ((bits & (1 << e.ordinal())) == 0) {
          continue;
        }
        if (year >= firstYear(e) && year <= lastYear(e)) {
          evaluation.pass(ruleIndex);
        } else {
          evaluation.fail(ruleIndex, rule, "/metadata/year", List.of(), List.of(), List.of(), List.of(),
              null, null, List.of(year, e, firstYear(e), lastYear(e)));
        }
      }
    }
  }

  /**
   * {@code narrative.applications-received}: the number of applications the overview says were received
   * ("收到…申请N件", "受理…申请N件") equals 一、本年新收 总计.
   */
  static final class NarrativeApplications extends Check {
    private static final TableType[] TABLES = {TableType.APPLICATIONS_2019, TableType.APPLICATIONS_2021};
    private static final CellRef REF_2019 =
        CellRef.of(TableType.APPLICATIONS_2019, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL);
    private static final CellRef REF_2021 =
        CellRef.of(TableType.APPLICATIONS_2021, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL);

    NarrativeApplications(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      Table table = null;
      for (TableType t : TABLES) {
        if (evaluation.currentTables[t.ordinal()] != null) {
          table = evaluation.currentTables[t.ordinal()];
          break;
        }
      }
      String text = null;
      for (NarrativeSection s : evaluation.current.narrative()) {
        if (s.section() == ReportSection.OVERVIEW) {
          text = s.text();
          break;
        }
      }
      if (table == null || text == null) {
        return;
      }
      CellRef ref = table.type() == TableType.APPLICATIONS_2019 ? REF_2019 : REF_2021;
      Cell cell = table.cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL);
      StatedNumber stated = StatedNumber.find(text);
      if (stated == null) {
        evaluation.notEvaluable(ruleIndex, new NotEvaluable(
            rule.id(), NotEvaluable.Reason.NO_NUMBER_IN_TEXT, ref.path(), List.of(ref), List.of(), List.of()));
        return;
      }
      if (cell.isBlank()) {
        List<CellRef> cells = List.of(ref);
        evaluation.notEvaluable(ruleIndex, new NotEvaluable(
            rule.id(), NotEvaluable.Reason.BLANK_CELLS, ref.path(), cells, cells, List.of()));
        return;
      }
      if (stated.value == cell.longValue()) {
        evaluation.pass(ruleIndex);
        return;
      }
      BigDecimal r = BigDecimal.valueOf(stated.value);
      BigDecimal c = BigDecimal.valueOf(cell.longValue());
      evaluation.fail(ruleIndex, rule, ref.path(), List.of(ref), List.of(), List.of(), List.of(),
          r, c, List.of(stated.phrase(), r, c, r.subtract(c)));
    }
  }

  /** A number of applications stated in narrative text, and the phrase stating it. */
  static final class StatedNumber {
    private static final int WINDOW = 40;
    private static final int MAX_DIGITS = 9;

    final long value;
    private final String text;
    private final int start;
    private final int end;

    private StatedNumber(long value, String text, int start, int end) {
      this.value = value;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    /** The phrase stating the number, line breaks removed; cut out only for a finding. */
    String phrase() {
      return text.substring(start, end).replace("\r", "").replace("\n", "");
    }

    /**
     * Finds the first phrase "收到" or "受理", then "申请" and a number followed by "件", within one clause
     * (no 。 ； or ; in between); null if there is none. Line breaks are skipped, not taken as clause ends:
     * text extracted from PDF and Word wraps lines in the middle of a sentence ("受理政\n府信息公开申请
     * 17 件"). A hand-written scanner, no regex.
     */
    static StatedNumber find(String text) {
      int from = 0;
      while (from < text.length()) {
        int at = nextKeyword(text, from);
        if (at < 0) {
          return null;
        }
        StatedNumber n = at(text, at);
        if (n != null) {
          return n;
        }
        from = at + 2;
      }
      return null;
    }

    private static int nextKeyword(String text, int from) {
      int a = text.indexOf("收到", from);
      int b = text.indexOf("受理", from);
      if (a < 0) {
        return b;
      }
      return b < 0 ? a : Math.min(a, b);
    }

    private static StatedNumber at(String text, int start) {
      int end = Math.min(text.length(), start + WINDOW);
      int apply = -1;
      for (int i = start + 2; i < end; i++) {
        char ch = text.charAt(i);
        if (isStop(ch)) {
          return null;
        }
        if (ch == '\n' || ch == '\r') {
          end = Math.min(text.length(), end + 1);
          continue;
        }
        if (apply < 0 && ch == '申' && i + 1 < text.length() && text.charAt(i + 1) == '请') {
          apply = i + 2;
          i++;
          continue;
        }
        if (apply >= 0 && digit(ch) >= 0) {
          long value = 0;
          int digits = 0;
          int j = i;
          while (j < text.length() && digit(text.charAt(j)) >= 0 && digits <= MAX_DIGITS) {
            value = value * 10 + digit(text.charAt(j));
            digits++;
            j++;
          }
          if (digits > MAX_DIGITS) {
            return null;
          }
          while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
            j++;
          }
          if (j < text.length() && text.charAt(j) == '件') {
            return new StatedNumber(value, text, start, j + 1);
          }
          return null;
        }
      }
      return null;
    }

    private static boolean isStop(char ch) {
      return ch == '。' || ch == '；' || ch == ';';
    }

    private static int digit(char ch) {
      if (ch >= '0' && ch <= '9') {
        return ch - '0';
      }
      if (ch >= '０' && ch <= '９') {
        return ch - '０';
      }
      return -1;
    }
  }

  /** {@code cross-year.consecutive-years}: the previous report is for the year before. */
  static final class ConsecutiveYears extends Check {
    ConsecutiveYears(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      if (!evaluation.crossYear) {
        return;
      }
      if (evaluation.consecutiveYears) {
        evaluation.pass(ruleIndex);
        return;
      }
      int previous = evaluation.previous.metadata().year();
      int expected = evaluation.current.metadata().year() - 1;
      BigDecimal r = BigDecimal.valueOf(previous);
      BigDecimal c = BigDecimal.valueOf(expected);
      evaluation.fail(ruleIndex, rule, "/metadata/year", List.of(), List.of(), List.of(), List.of(),
          r, c, List.of(evaluation.current.metadata().year(), r, c, r.subtract(c)));
    }
  }
}
