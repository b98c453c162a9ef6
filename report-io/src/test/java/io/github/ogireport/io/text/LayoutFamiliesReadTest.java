package io.github.ogireport.io.text;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.generator.BlankStyle;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.generator.layout.LayoutFamily;
import io.github.ogireport.generator.layout.LayoutRenderer;
import io.github.ogireport.generator.layout.Rendered;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.CustomRow;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableColumn;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.model.TableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's invariant over every layout family the generator renders, for every edition the family
 * applies to: each cell of each table is exactly the value a perfect reader would read, or blank with a
 * finding that names it (a table not read at all: a {@code reader.missing-table} finding naming it); never a
 * wrong value. {@value #REPORTS} reports per family and edition (system property {@code layouts.reports}),
 * generated from seed 4242 (reports with blank cells: 5151) plus the edition's ordinal; system property
 * {@code layouts.seed} replaces both base seeds, to read reports no run has read before (a nightly run with a
 * fresh seed: a violation names the family, edition and report index, which with the seed reproduce it).
 * The share of cells recovered per family is printed at the end.
 */
class LayoutFamiliesReadTest {
  static final int REPORTS = 2000;
  private static final Map<String, long[]> SHARES = new TreeMap<>();

  static Stream<Arguments> families() {
    return familiesAndEditions(List.of(LayoutFamily.values()));
  }

  /** Each of {@code families} with each edition it applies to, as test arguments. */
  static Stream<Arguments> familiesAndEditions(List<LayoutFamily> families) {
    List<Arguments> out = new ArrayList<>();
    for (LayoutFamily f : families) {
      for (Edition e : Edition.values()) {
        if (f.appliesTo(e)) {
          out.add(Arguments.of(f, e));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("families")
  void every_cell_is_right_or_blank_with_a_finding(LayoutFamily family, Edition edition) {
    int n = Integer.getInteger("layouts.reports", REPORTS);
    ReportGenerator generator = ReportGenerator.builder().seed(Long.getLong("layouts.seed", 4242L) + edition.ordinal()).edition(edition).build();
    List<String> violations = measure(family, edition, i -> generator.generate(i), n, family + " " + edition.key());
    Assumptions.assumeFalse(KNOWN_OPEN.contains(family + " " + edition.key()),
        () -> "known open (see the class documentation): " + family + " " + edition.key() + ", wrong "
            + wrongCount(family + " " + edition.key()) + "; first: "
            + (violations.isEmpty() ? "-" : violations.get(0).lines().findFirst().orElse("")));
    then(violations).as("first violations").isEmpty();
  }

  /**
   * The same invariant on reports with blank cells, the way real reports leave them (blank zeros, blank rows,
   * totals only, blank detail totals, a blank section 二; see {@link BlankStyle}), each report drawing the
   * next style in turn. {@value #BLANK_REPORTS} reports per family and edition (system property
   * {@code layouts.blank-reports}).
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("families")
  void with_blank_cells_every_cell_is_right_or_blank_with_a_finding(LayoutFamily family, Edition edition) {
    int n = Integer.getInteger("layouts.blank-reports", BLANK_REPORTS);
    ReportGenerator[] generators = new ReportGenerator[BLANK_STYLES.length];
    for (int k = 0; k < BLANK_STYLES.length; k++) {
      generators[k] = blankGenerator(Long.getLong("layouts.seed", 5151L), edition, k);
    }
    String key = family + " " + edition.key() + " blanks";
    List<String> violations = measure(family, edition, i -> generators[i % BLANK_STYLES.length].generate(i), n, key);
    Assumptions.assumeFalse(KNOWN_OPEN_BLANKS.contains(family + " " + edition.key()),
        () -> "known open (see the class documentation): " + key + ", wrong " + wrongCount(key) + "; first: "
            + (violations.isEmpty() ? "-" : violations.get(0).lines().findFirst().orElse("")));
    then(violations).as("first violations").isEmpty();
  }

  /** The generator's blank styles, drawn in turn by the reports of the property with blank cells. */
  static final BlankStyle[] BLANK_STYLES = {BlankStyle.ZERO_CELLS, BlankStyle.TOTALS_ONLY,
      BlankStyle.DETAIL_TOTALS_BLANK, BlankStyle.ZERO_ROWS, BlankStyle.SECTION2_BLANK, BlankStyle.MIXED};

  /** The generator of the property with blank cells for report {@code index} (its style drawn in turn). */
  static ReportGenerator blankGenerator(Edition edition, int index) {
    return blankGenerator(5151L, edition, index);
  }

  private static ReportGenerator blankGenerator(long seed, Edition edition, int index) {
    return ReportGenerator.builder().seed(seed + edition.ordinal()).edition(edition)
        .blanks(BLANK_STYLES[index % BLANK_STYLES.length]).build();
  }

  /** Reads {@code n} reports rendered in the family; adds to the shares under {@code key}; the first violations. */
  private static List<String> measure(LayoutFamily family, Edition edition, java.util.function.IntFunction<Report> reports,
      int n, String key) {
    LayoutRenderer renderer = LayoutRenderer.of(family);
    long cells = 0;
    long right = 0;
    List<String> violations = new ArrayList<>();
    long wrong = 0;
    long unnamed = 0;
    for (int i = 0; i < n; i++) {
      Rendered rendered = renderer.render(reports.apply(i), 1000L + i);
      ReadResult read = TextReportReader.lenient().read(rendered.text());
      Tally t = tally(rendered, read, family + " " + edition + " report " + i + ": ");
      cells += t.cells();
      right += t.right();
      wrong += t.wrong();
      unnamed += t.unnamed();
      if (t.example() != null && violations.size() < 3) {
        violations.add(t.example());
      }
    }
    synchronized (SHARES) {
      long[] s = SHARES.computeIfAbsent(key, k -> new long[4]);
      s[0] += right;
      s[1] += cells;
      s[2] += wrong;
      s[3] += unnamed;
    }
    return violations;
  }

  /**
   * One reading checked against what was rendered: its cells, those read right, wrong (another value, or a
   * value in a table of the other edition) and blank without a finding naming them, and the last wrong cell
   * or else the first unnamed one, with the rendered text ({@code example}, null when none).
   */
  record Tally(long cells, long right, long wrong, long unnamed, String example) {}

  /** Checks every cell of the rendered report's tables in the reading; {@code prefix} starts the example. */
  static Tally tally(Rendered rendered, ReadResult read, String prefix) {
    long cells = 0;
    long right = 0;
    long wrong = 0;
    long unnamed = 0;
    String example = null;
    for (Table expected : rendered.expected().tableList()) {
      Table got = read.report().table(expected.type()).orElse(null);
      for (TableRow row : expected.rows()) {
        TableRow gotRow = got == null ? null : counterpart(got, row);
        for (TableColumn col : expected.columns()) {
          cells++;
          Cell want = expected.cell(row, col);
          Cell have = gotRow == null ? Cell.blank() : got.cell(gotRow, col);
          if (have.equals(want)) {
            right++;
            continue;
          }
          CellRef ref = CellRef.of(expected.type(), gotRow == null ? row : gotRow, col);
          boolean named = named(read, expected.type(), got, gotRow, ref);
          if (!have.isBlank()) {
            wrong++;
            example = prefix + ref + " read " + have + ", expected " + want + " (" + rendered.damage() + ")\n"
                + rendered.text();
          } else if (!named) {
            unnamed++;
            if (example == null) {
              example = prefix + ref + " blank without a finding naming it (" + rendered.damage() + ")\n"
                  + rendered.text();
            }
          }
        }
      }
    }
    // a table of the other edition read in the place of an expected one puts its values under columns that
    // mean something else (本年新公开 for 本年废止): each of its values is a wrong cell
    for (Table t : read.report().tableList()) {
      boolean inExpectedSlot = !rendered.expected().tables().containsKey(t.type())
          && rendered.expected().tables().keySet().stream().anyMatch(e -> e.section() == t.type().section()
              && e.caption().equals(t.type().caption()));
      if (!inExpectedSlot) {
        continue;
      }
      for (TableRow row : t.rows()) {
        for (TableColumn col : t.columns()) {
          if (!t.cell(row, col).isBlank()) {
            wrong++;
            example = prefix + CellRef.of(t.type(), row, col) + " read " + t.cell(row, col)
                + " in a table of the other edition (" + rendered.damage() + ")\n" + rendered.text();
          }
        }
      }
    }
    return new Tally(cells, right, wrong, unnamed, example);
  }

  private static long wrongCount(String key) {
    synchronized (SHARES) {
      long[] s = SHARES.get(key);
      return s == null ? 0 : s[2];
    }
  }

  /**
   * Families and editions whose invariant does not hold yet; each is run and measured, then reported as
   * skipped with its first violation. None at present (the last, LABEL_NOISE 2021, held once a row label read
   * by edit distance stopped deciding section 二's edition against section 三's).
   */
  static final java.util.Set<String> KNOWN_OPEN = java.util.Set.of();

  /** Reports per family and edition in the test with blank cells. */
  static final int BLANK_REPORTS = 2000;

  /**
   * Families and editions whose invariant does not hold yet on reports with blank cells; each is run and
   * measured, then reported as skipped with its first violation. None at present: the last six (FLATTENED
   * 2019/2021, LABEL_NOISE 2019/2021, DETACHED 2019 and legacy) held once the causes shown by the reports of
   * {@link BlankCellsDamageTest} were handled.
   */
  static final java.util.Set<String> KNOWN_OPEN_BLANKS = java.util.Set.of();

  /**
   * True if the finding names the same printed cell in the table of the other edition that holds the same
   * printed table (a table whose edition could not be told because none of its values was read).
   */
  /**
   * True if a finding names the cell {@code ref} left blank: the cell itself or the same cell of the other
   * edition's table, the table as not found ({@code got} null), or the row as not found ({@code gotRow} null).
   */
  static boolean named(ReadResult read, TableType type, Table got, TableRow gotRow, CellRef ref) {
    return read.findings().stream().anyMatch(f -> f.names(ref) || namesSameCell(f, ref)
        || (got == null && f.code().equals("reader.missing-table") && f.arguments().contains(type.key()))
        || (got != null && gotRow == null && f.code().equals("reader.missing-row")));
  }

  private static boolean namesSameCell(io.github.ogireport.io.ReaderFinding f, CellRef ref) {
    return f.cells().stream().anyMatch(c -> c.table() != ref.table() && c.table().section() == ref.table().section()
        && c.table().caption().equals(ref.table().caption()) && c.row().key().equals(ref.row().key())
        && c.column().key().equals(ref.column().key()));
  }

  /** The read table's row for an expected row: the same official row, or the custom row printed the same. */
  static TableRow counterpart(Table got, TableRow row) {
    if (!(row instanceof CustomRow c)) {
      return got.hasRow(row) ? row : null;
    }
    String want = c.label().replaceAll("\\s+", "");
    for (CustomRow r : got.customRows()) {
      if (r.label().replaceAll("\\s+", "").equals(want)) {
        return r;
      }
    }
    return null;
  }

  @AfterAll
  static void shares() {
    SHARES.forEach((k, s) -> System.out.printf(java.util.Locale.ROOT, "layout %-24s %8d of %8d cells recovered (%6.2f%%), wrong %d, blank unnamed %d%n",
        k, s[0], s[1], s[1] == 0 ? 0.0 : 100.0 * s[0] / s[1], s[2], s[3]));
  }
}
