package io.github.ogireport.validation.jakarta;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ValidReport;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.Locale;
import java.util.Objects;

/**
 * Implements {@link ValidReport}: runs a {@link ReportValidator} on the report and turns every finding
 * into one constraint violation, so that {@code @Valid} on a report in a Jakarta or Spring application
 * reports the same findings as {@link ReportValidator#validate(Report)}.
 *
 * <p>Registered through {@code META-INF/services/jakarta.validation.ConstraintValidator} (and the module's
 * {@code provides}), which Hibernate Validator reads; nothing needs to be configured.
 *
 * <p>Property paths mirror the JSON Pointer of the finding's {@linkplain Finding#location() location}:
 * a cell {@code /tables/applications_2021/rows/total/natural_person} becomes
 * {@code tables[applications_2021].rows[total].natural_person}; a field {@code /metadata/year} becomes
 * {@code metadata.year}; findings on the report as a whole are attached to {@code tables},
 * {@code edition} or {@code narrative}.
 *
 * <p>The message of each violation is {@code [<rule id>] <message>}, rendered by the finding itself. With
 * Hibernate Validator it follows the locale the message interpolator is asked for (Chinese or English;
 * Chinese for other locales): the violation's template is {@link #FINDING_TEMPLATE} and the finding's
 * texts are message parameters, which no interpolator reads as templates. Otherwise, and with a fixed
 * locale, the rendered text is escaped so that no interpolator treats any part of it as a template:
 * {@code {}, {@code }}, {@code $} and {@code \} are preceded by a backslash. No Expression Language
 * implementation is needed: {@link ReportBeanValidation} builds a validator with Hibernate Validator's
 * {@code ParameterMessageInterpolator}.
 *
 * <p>The constraint covers the field checks too: an agency that is blank and a year out of range are
 * reported at {@code metadata.agency} and {@code metadata.year} (the model's builders already reject
 * both, and reject negative counts, so these fire only for reports built by other means). The accessors
 * of the model are not JavaBeans getters, so field-level constraints would not be seen by a default
 * Hibernate Validator setup; the class-level constraint is.
 *
 * @since 0.1
 */
public final class ReportConstraintValidator implements ConstraintValidator<ValidReport, Report> {
  /**
   * The message template of a finding when the message follows the interpolator's locale: resolved from
   * the {@code ContributorValidationMessages} bundles of this module ({@code zh}, {@code en}; Chinese
   * when the locale is neither), with the message parameters {@code ruleId}, {@code zh} and {@code en}.
   */
  public static final String FINDING_TEMPLATE = "{io.github.ogireport.validation.finding}";

  private final ReportValidator validator;
  /** The fixed message language, or null for the language of the message interpolator's locale. */
  private final Locale locale;

  /**
   * Uses {@link ReportValidator#standard()}; the constructor validation providers call. With Hibernate
   * Validator each message is in the locale the message interpolator is asked for (see
   * {@link ReportBeanValidation}): Chinese or English, Chinese for any other locale. With another
   * provider the messages are Chinese.
   */
  public ReportConstraintValidator() {
    this(ReportValidator.standard());
  }

  /**
   * Uses the given validator (for example one built with a profile), with messages in the interpolator's
   * locale as for {@link #ReportConstraintValidator()}, for applications that create constraint
   * validators through their own {@code ConstraintValidatorFactory}.
   */
  public ReportConstraintValidator(ReportValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.locale = null;
  }

  /**
   * Uses the given validator (for example one built with a profile) and a fixed message language, whatever
   * the interpolator's locale, for applications that create constraint validators through their own
   * {@code ConstraintValidatorFactory}.
   */
  public ReportConstraintValidator(ReportValidator validator, Locale locale) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** Validates the report; {@code null} is valid (use {@code @NotNull} to require a report). */
  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    ValidationResult result = validator.validate(report);
    if (result.findings().isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean followLocale = locale == null && Hibernate.PRESENT && Hibernate.is(context);
    for (Finding finding : result.findings()) {
      if (followLocale) {
        // the interpolator picks the bundle of its locale; parameter values are never read as templates
        addPath(Hibernate.withParameters(context, finding).buildConstraintViolationWithTemplate(FINDING_TEMPLATE),
            finding);
      } else {
        Locale language = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        String message = escape("[" + finding.ruleId() + "] " + finding.message(language));
        addPath(context.buildConstraintViolationWithTemplate(message), finding);
      }
    }
    return false;
  }

  /** Hibernate Validator's message parameters, touched only when its classes are there. */
  private static final class Hibernate {
    static final boolean PRESENT = present();

    private static boolean present() {
      try {
        Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext", false,
            ReportConstraintValidator.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }

    static boolean is(ConstraintValidatorContext context) {
      return context instanceof org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
    }

    /** Sets the parameters of {@link #FINDING_TEMPLATE}; each violation keeps the values set before it. */
    static ConstraintValidatorContext withParameters(ConstraintValidatorContext context, Finding finding) {
      return ((org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext) context)
          .addMessageParameter("ruleId", finding.ruleId())
          .addMessageParameter("zh", finding.message(Locale.SIMPLIFIED_CHINESE))
          .addMessageParameter("en", finding.message(Locale.ENGLISH));
    }
  }

  /**
   * Adds the finding's property path to the violation and adds the violation: the reported cell
   * ({@code tables[<table>].rows[<row>].<column>}) for a finding on cells, else the path of its JSON Pointer
   * ({@code metadata.year}). Shared by other constraint validators of reports (the Spring Boot starter's).
   */
  public static void addPath(ConstraintViolationBuilder builder, Finding finding) {
    if (!finding.cells().isEmpty()) {
      // the reported cell (the finding's location), not merely the first cell of the formula
      CellRef cell = finding.cells().stream()
          .filter(c -> c.path().equals(finding.location().jsonPath()))
          .findFirst()
          .orElse(finding.cells().get(0));
      builder.addPropertyNode("tables")
          .addPropertyNode("rows").inIterable().atKey(cell.table().key())
          .addPropertyNode(cell.column().key()).inIterable().atKey(cell.row().key())
          .addConstraintViolation();
      return;
    }
    String[] parts = finding.location().jsonPath().substring(1).split("/", -1);
    NodeBuilderCustomizableContext node = builder.addPropertyNode(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      node = node.addPropertyNode(parts[i]);
    }
    node.addConstraintViolation();
  }

  /**
   * Escapes the characters a message interpolator would read as template syntax, so that a rendered
   * message comes out exactly as given: {@code \ { } $} get a preceding backslash.
   */
  public static String escape(String message) {
    StringBuilder sb = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
