package io.github.ogireport.validation;

import io.github.ogireport.model.Severity;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.TableType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One named rule of the catalogue: a relation (勾稽关系) of the format specification, or a check on the
 * report as a whole. A rule has a stable {@link #id()}, the specification reference it implements, the
 * editions and tables it applies to, its {@link Strength} and default {@link Severity}, formulas over
 * cell paths, and a title, message and explanation in Chinese and English.
 *
 * <p>Rules are immutable descriptors; they are obtained from {@link RuleCatalogue}. Behaviour never
 * depends on their text: only {@link #id()} identifies a rule.
 *
 * @since 0.1
 */
public final class Rule {
  private final String id;
  private final String specReference;
  private final Set<Edition> editions;
  private final Set<TableType> tables;
  private final Strength strength;
  private final boolean crossYear;
  private final List<String> formulas;

  Rule(
      String id,
      String specReference,
      Set<Edition> editions,
      Set<TableType> tables,
      Strength strength,
      boolean crossYear,
      List<String> formulas) {
    this.id = id;
    this.specReference = specReference;
    this.editions = editions.isEmpty()
        ? Collections.emptySet()
        : Collections.unmodifiableSet(EnumSet.copyOf(editions));
    this.tables = tables.isEmpty()
        ? Collections.emptySet()
        : Collections.unmodifiableSet(EnumSet.copyOf(tables));
    this.strength = strength;
    this.crossYear = crossYear;
    this.formulas = List.copyOf(formulas);
  }

  /** The stable id, for example {@code applications.balance}; never {@code null}. */
  public String id() {
    return id;
  }

  /**
   * The relation of the format specification the rule implements, for example {@code E19-1},
   * {@code L-g} or {@code X-1}; {@code model} for checks of the report's own fields.
   */
  public String specReference() {
    return specReference;
  }

  /** The editions whose tables the rule applies to; every edition for report-level rules. */
  public Set<Edition> editions() {
    return editions;
  }

  /** The table types the rule reads; empty for rules on metadata or text only. */
  public Set<TableType> tables() {
    return tables;
  }

  /** How firmly the relation holds. */
  public Strength strength() {
    return strength;
  }

  /** The severity of the rule's findings unless a {@link ValidationProfile} changes it. */
  public Severity defaultSeverity() {
    return strength.defaultSeverity();
  }

  /** True if the rule compares a report with the previous year's report. */
  public boolean isCrossYear() {
    return crossYear;
  }

  /**
   * The relation as formulas over cell paths, one per table layout, for example
   * {@code review_litigation: review/total = review/upheld + review/corrected + review/other +
   * review/pending}. Paths are relative to {@code /tables/<table>/rows/}; {@code previous:} marks a cell
   * of the previous year's report.
   */
  public List<String> formulas() {
    return formulas;
  }

  /** The key of the rule's message in the message bundles: {@code <id>.message}. */
  public String messageKey() {
    return id + ".message";
  }

  /** A short title in Chinese for a {@code zh} locale, in English otherwise. */
  public String title(Locale locale) {
    return Messages.text(Messages.Language.of(locale), id + ".title");
  }

  /**
   * The message template in Chinese for a {@code zh} locale, in English otherwise; {@code {0}},
   * {@code {1}}… stand for a finding's {@link Finding#arguments()}.
   */
  public String messageTemplate(Locale locale) {
    return Messages.text(Messages.Language.of(locale), messageKey());
  }

  /** A short explanation of the relation in Chinese for a {@code zh} locale, in English otherwise. */
  public String explanation(Locale locale) {
    return Messages.text(Messages.Language.of(locale), id + ".explanation");
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
