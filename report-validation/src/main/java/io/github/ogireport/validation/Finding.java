package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One failed instance of a rule: which rule, how serious, every cell involved, the reported and the
 * computed value and their difference, and which contributing cells were blank (counted as zero).
 * Immutable and thread-safe.
 *
 * <p>For a relation {@code reported-side = computed-side} (or {@code ≤}, {@code ≥}) the
 * {@link #reported()} value is the sum of the side printed as the total (for example 行政复议 总计), the
 * {@link #computed()} value the sum of the other side, and {@link #difference()} is
 * {@code reported − computed}. Seed 004 (张店区 2020) reports 行政复议 14, 4, 0, 0 with 总计 9: the finding
 * of {@code review.total} has reported 9, computed 18 and difference −9, and names the five cells.
 *
 * <p>{@link #message(Locale)} renders the message in Chinese or English; the message text carries no
 * meaning for the library: use {@link #ruleId()} and the numbers.
 *
 * @since 0.1
 */
public final class Finding implements Diagnostic {
  private final Rule rule;
  private final Severity severity;
  private final Location location;
  private final List<CellRef> cells;
  private final List<CellRef> previousCells;
  private final List<CellRef> blankCells;
  private final List<CellRef> previousBlankCells;
  private final BigDecimal reported;
  private final BigDecimal computed;
  private final List<Object> arguments;

  Finding(
      Rule rule,
      Severity severity,
      String location,
      List<CellRef> cells,
      List<CellRef> previousCells,
      List<CellRef> blankCells,
      List<CellRef> previousBlankCells,
      BigDecimal reported,
      BigDecimal computed,
      List<Object> arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.location = Location.ofJsonPath(Objects.requireNonNull(location, "location"));
    this.cells = List.copyOf(cells);
    this.previousCells = List.copyOf(previousCells);
    this.blankCells = List.copyOf(blankCells);
    this.previousBlankCells = List.copyOf(previousBlankCells);
    this.reported = reported;
    this.computed = computed;
    this.arguments = List.copyOf(arguments);
  }

  /** The id of the rule that failed, for example {@code review.total}; never {@code null}. */
  public String ruleId() {
    return rule.id();
  }

  /** The {@link Diagnostic} code of a validation finding: its {@link #ruleId()}. */
  @Override
  public String code() {
    return rule.id();
  }

  /** The rule that failed; never {@code null}. */
  public Rule rule() {
    return rule;
  }

  /** The severity, after the validator's profile; never {@code null}. */
  @Override
  public Severity severity() {
    return severity;
  }

  /**
   * Where the finding points: the JSON Pointer of the reported cell ({@link CellRef#path()}, the path the
   * JSON form uses), or of the field for findings on the report as a whole ({@code /metadata/year},
   * {@code /edition}, {@code /tables}, {@code /narrative}), as a {@link Location#jsonPath()} with no
   * line or column; never {@code null}.
   */
  @Override
  public Location location() {
    return location;
  }

  /**
   * Every cell of the validated report involved, in formula order (reported side first); empty for
   * findings on the report as a whole.
   */
  @Override
  public List<CellRef> cells() {
    return cells;
  }

  /** The cells of the previous year's report involved (cross-year rules only); otherwise empty. */
  public List<CellRef> previousCells() {
    return previousCells;
  }

  /** The cells of {@link #cells()} that were blank and counted as zero. */
  public List<CellRef> blankCells() {
    return blankCells;
  }

  /** The cells of {@link #previousCells()} that were blank and counted as zero. */
  public List<CellRef> previousBlankCells() {
    return previousBlankCells;
  }

  /** The reported value (the total as printed); empty for findings that compare no numbers. */
  public Optional<BigDecimal> reported() {
    return Optional.ofNullable(reported);
  }

  /** The value computed from the other cells; empty for findings that compare no numbers. */
  public Optional<BigDecimal> computed() {
    return Optional.ofNullable(computed);
  }

  /** {@code reported − computed}; empty for findings that compare no numbers. */
  public Optional<BigDecimal> difference() {
    return reported == null || computed == null
        ? Optional.empty()
        : Optional.of(reported.subtract(computed));
  }

  /** The key of the message template in the bundles, {@code <rule id>.message}. */
  public String messageKey() {
    return rule.messageKey();
  }

  /**
   * The message arguments, language-neutral: labels of rows and columns, numbers as {@link BigDecimal},
   * editions, years. {@link #message(Locale)} renders them.
   */
  @Override
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * The message in Chinese for a {@code zh} locale and in English for any other locale, followed by the
   * list of blank cells counted as zero, if any. Independent of the default locale.
   */
  @Override
  public String message(Locale locale) {
    Messages.Language language = Messages.Language.of(locale);
    String text = Messages.format(Messages.text(language, rule.messageKey()), arguments, language);
    if (blankCells.isEmpty() && previousBlankCells.isEmpty()) {
      return text;
    }
    List<Object> blanks = new java.util.ArrayList<>(blankCells);
    blanks.addAll(previousBlankCells);
    return text + Messages.format(Messages.text(language, "blank-cells"), List.of(blanks), language);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Finding f
        && rule == f.rule
        && severity == f.severity
        && location.equals(f.location)
        && cells.equals(f.cells)
        && previousCells.equals(f.previousCells)
        && blankCells.equals(f.blankCells)
        && previousBlankCells.equals(f.previousBlankCells)
        && Objects.equals(reported, f.reported)
        && Objects.equals(computed, f.computed)
        && arguments.equals(f.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), severity, location, cells, reported, computed);
  }

  /** Severity, rule id, location and numbers, for logs; the format is not stable. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder()
        .append(severity)
        .append(' ')
        .append(rule.id())
        .append(" at ")
        .append(location);
    if (reported != null && computed != null) {
      sb.append(": reported ")
          .append(reported.toPlainString())
          .append(", computed ")
          .append(computed.toPlainString())
          .append(", difference ")
          .append(reported.subtract(computed).toPlainString());
    }
    if (!blankCells.isEmpty()) {
      sb.append(", blank ").append(blankCells);
    }
    return sb.toString();
  }
}
