package io.github.ogireport.validation;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.LegacyColumn;
import io.github.ogireport.model.LegacyIndicator;
import io.github.ogireport.model.NarrativeSection;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReportSection;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewRow;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
   * {@code narrative.*}: a number the narrative states about the tables ({@link NarrativeStatements})
   * equals the table's cell, or one of several sums of cells (受理 may count the applications carried
   * over; a lawsuit count may be both rows or either). An overview that states no number of the kind is
   * not evaluable for the applications received (every overview should state it), and leaves the other
   * rules not applicable.
   */
  static final class NarrativeNumber extends Check {
    private static final TableType[] APPLICATIONS = {TableType.APPLICATIONS_2019, TableType.APPLICATIONS_2021};
    private final NarrativeStatements.Kind kind;
    /** True for the legacy form's applications (受理, 答复), read from its statistics table. */
    private final boolean legacy;

    NarrativeNumber(Rule rule, NarrativeStatements.Kind kind) {
      this(rule, kind, false);
    }

    NarrativeNumber(Rule rule, NarrativeStatements.Kind kind, boolean legacy) {
      super(rule);
      this.kind = kind;
      this.legacy = legacy;
    }

    private Table table(Evaluation evaluation) {
      if (legacy) {
        return evaluation.currentTables[TableType.LEGACY_STATISTICS.ordinal()];
      }
      return switch (kind) {
        case DISCLOSED -> evaluation.currentTables[TableType.LEGACY_STATISTICS.ordinal()];
        case REVIEWS, LAWSUITS -> evaluation.currentTables[TableType.REVIEW_LITIGATION.ordinal()];
        default -> {
          for (TableType t : APPLICATIONS) {
            if (evaluation.currentTables[t.ordinal()] != null) {
              yield evaluation.currentTables[t.ordinal()];
            }
          }
          yield null;
        }
      };
    }

    /** The sums of cells the stated number may equal, the first the one findings name. */
    private List<List<CellRef>> alternatives(TableType t, NarrativeStatements.Statement s) {
      if (legacy) {
        return kind == NarrativeStatements.Kind.RECEIVED
            ? List.of(List.of(CellRef.of(t, LegacyIndicator.L3_1, LegacyColumn.VALUE)))
            : List.of(List.of(CellRef.of(t, LegacyIndicator.L3_3, LegacyColumn.VALUE)),
                List.of(CellRef.of(t, LegacyIndicator.L3_2, LegacyColumn.VALUE)));
      }
      return switch (kind) {
        case RECEIVED -> s != null && s.mayIncludeCarriedOver()
            ? List.of(List.of(ref(t, ApplicationRow.NEW_RECEIVED)),
                List.of(ref(t, ApplicationRow.NEW_RECEIVED), ref(t, ApplicationRow.CARRIED_OVER)))
            : List.of(List.of(ref(t, ApplicationRow.NEW_RECEIVED)));
        case CARRIED_OVER -> List.of(List.of(ref(t, ApplicationRow.CARRIED_OVER)));
        case HANDLED -> List.of(List.of(ref(t, ApplicationRow.TOTAL)));
        case CARRIED_FORWARD -> List.of(List.of(ref(t, ApplicationRow.CARRIED_FORWARD)));
        case REVIEWS -> List.of(List.of(CellRef.of(t, ReviewRow.REVIEW, ReviewColumn.TOTAL)));
        case LAWSUITS -> {
          CellRef direct = CellRef.of(t, ReviewRow.LITIGATION_DIRECT, ReviewColumn.TOTAL);
          CellRef after = CellRef.of(t, ReviewRow.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL);
          yield List.of(List.of(direct, after), List.of(direct), List.of(after));
        }
        case DISCLOSED -> List.of(List.of(CellRef.of(t, LegacyIndicator.L1_1, LegacyColumn.VALUE)));
      };
    }

    private static CellRef ref(TableType t, ApplicationRow row) {
      return CellRef.of(t, row, ApplicantColumn.TOTAL);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      Table table = table(evaluation);
      Map<NarrativeStatements.Kind, NarrativeStatements.Statement> statements = evaluation.narrativeStatements();
      if (table == null || statements == null) {
        return;
      }
      NarrativeStatements.Statement stated = statements.get(kind);
      List<List<CellRef>> alternatives = alternatives(table.type(), stated);
      CellRef first = alternatives.get(0).get(0);
      if (stated == null && (kind != NarrativeStatements.Kind.RECEIVED || legacy)) {
        // an overview need not state these: no statement, nothing to check
        return;
      }
      if (stated == null) {
        evaluation.notEvaluable(ruleIndex, new NotEvaluable(rule.id(), NotEvaluable.Reason.NO_NUMBER_IN_TEXT,
            first.path(), alternatives.get(0), List.of(), List.of()));
        return;
      }
      BigDecimal computed = null;
      for (List<CellRef> alternative : alternatives) {
        long sum = 0;
        boolean blank = false;
        for (CellRef ref : alternative) {
          Cell cell = table.cell(ref.row(), ref.column());
          if (cell.isBlank() || !cell.isInteger()) {
            blank = true;
            break;
          }
          sum += cell.longValue();
        }
        if (blank) {
          continue;
        }
        if (sum == stated.value()) {
          evaluation.pass(ruleIndex);
          return;
        }
        if (computed == null) {
          computed = BigDecimal.valueOf(sum);
        }
      }
      if (computed == null) {
        List<CellRef> cells = alternatives.get(0);
        evaluation.notEvaluable(ruleIndex, new NotEvaluable(
            rule.id(), NotEvaluable.Reason.BLANK_CELLS, first.path(), cells, cells, List.of()));
        return;
      }
      List<CellRef> cells = new ArrayList<>();
      for (List<CellRef> alternative : alternatives) {
        for (CellRef ref : alternative) {
          if (!cells.contains(ref)) {
            cells.add(ref);
          }
        }
      }
      BigDecimal r = BigDecimal.valueOf(stated.value());
      evaluation.fail(ruleIndex, rule, first.path(), cells, List.of(), List.of(), List.of(),
          r, computed, List.of(stated.phrase(), r, computed, r.subtract(computed)));
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

  /**
   * {@code cross-year.tables-repeated}: the report prints the same tables as the previous year's with every
   * cell equal and some cell not zero, which suggests last year's tables were copied.
   */
  static final class TablesRepeated extends Check {
    TablesRepeated(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      if (!evaluation.crossYear) {
        return;
      }
      List<Object> types = new ArrayList<>();
      boolean identical = true;
      boolean nonZero = false;
      for (TableType t : TableType.values()) {
        Table current = evaluation.currentTables[t.ordinal()];
        Table previous = evaluation.previousTables[t.ordinal()];
        if (current == null && previous == null) {
          continue;
        }
        if (current == null || previous == null || !current.customRows().equals(previous.customRows())) {
          identical = false;
          continue;
        }
        types.add(t);
        for (int r = 0; r < t.rows().size() && identical; r++) {
          for (int c = 0; c < t.columns().size(); c++) {
            Cell a = current.cell(r, c);
            if (!a.equals(previous.cell(r, c))) {
              identical = false;
              break;
            }
            nonZero |= !a.isBlank() && a.decimalValue().map(d -> d.signum() != 0).orElse(false);
          }
        }
      }
      if (types.isEmpty()) {
        return;
      }
      if (!identical || !nonZero) {
        evaluation.pass(ruleIndex);
        return;
      }
      evaluation.fail(ruleIndex, rule, "/tables", List.of(), List.of(), List.of(), List.of(), null, null,
          List.of(evaluation.previous.metadata().year(), types));
    }
  }

  /** The six sections of a 2019 or 2021 report, in printed order. */
  static final ReportSection[] SIX = {
    ReportSection.OVERVIEW, ReportSection.ACTIVE_DISCLOSURE, ReportSection.APPLICATIONS,
    ReportSection.REVIEW_LITIGATION, ReportSection.PROBLEMS, ReportSection.OTHER_MATTERS
  };

  private static boolean hasText(io.github.ogireport.model.Report report, ReportSection section) {
    for (NarrativeSection n : report.narrative()) {
      if (n.section() == section && !n.text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** True if the report has a narrative section of one of the six. */
  static boolean hasSixNarrative(io.github.ogireport.model.Report report) {
    for (NarrativeSection n : report.narrative()) {
      for (ReportSection s : SIX) {
        if (n.section() == s) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code narrative.sections-present}: a 2019 or 2021 report with narrative has each of the six sections,
   * 一, 五 and 六 with text, 二, 三 and 四 with text or a table. Reports with no narrative section of the six
   * (tables built in code) are not checked.
   */
  static final class SectionsPresent extends Check {
    SectionsPresent(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      io.github.ogireport.model.Report report = evaluation.current;
      if (report.edition() == Edition.LEGACY || !hasSixNarrative(report)) {
        return;
      }
      for (ReportSection s : SIX) {
        boolean present = hasText(report, s);
        if (!s.isNarrative()) {
          for (Table t : report.tableList()) {
            present |= t.type().section() == s;
          }
        }
        if (present) {
          evaluation.pass(ruleIndex);
        } else {
          evaluation.fail(ruleIndex, rule, "/narrative/" + s.key(), List.of(), List.of(), List.of(), List.of(),
              null, null, List.of(s));
        }
      }
    }
  }

  /**
   * {@code narrative.fees-mentioned}: fees above 0 (2021 第二十条第（八）项 收费金额, legacy L7) are mentioned
   * (收费, 收取, 费用) in 六、其他需要报告的事项, for a legacy report anywhere in its text. Not checked for
   * a report without narrative.
   */
  static final class FeesMentioned extends Check {
    private static final String[] WORDS = {"收费", "收取", "费用", "处理费"};

    FeesMentioned(Rule rule) {
      super(rule);
    }

    @Override
    void evaluate(Evaluation evaluation, int ruleIndex) {
      io.github.ogireport.model.Report report = evaluation.current;
      CellRef ref;
      String text;
      if (evaluation.currentTables[TableType.ITEM8_2021.ordinal()] != null) {
        ref = CellRef.of(TableType.ITEM8_2021, io.github.ogireport.model.Section2Row.ADMINISTRATIVE_FEES,
            io.github.ogireport.model.Section2Column.FEES_AMOUNT);
        text = hasSixNarrative(report) ? report.narrativeText(ReportSection.OTHER_MATTERS).orElse("") : null;
      } else if (evaluation.currentTables[TableType.LEGACY_STATISTICS.ordinal()] != null) {
        ref = CellRef.of(TableType.LEGACY_STATISTICS, LegacyIndicator.L7, LegacyColumn.VALUE);
        text = Evaluation.narrativeOf(report);
      } else {
        return;
      }
      if (text == null) {
        return;
      }
      Cell cell = report.cell(ref).orElseThrow();
      java.util.Optional<BigDecimal> fees = cell.decimalValue();
      if (cell.isBlank() || fees.isEmpty() || fees.get().signum() <= 0) {
        return;
      }
      for (String w : WORDS) {
        if (text.contains(w)) {
          evaluation.pass(ruleIndex);
          return;
        }
      }
      evaluation.fail(ruleIndex, rule, ref.path(), List.of(ref), List.of(), List.of(), List.of(),
          fees.get(), null, List.of(fees.get()));
    }
  }
}
