package io.github.ogireport.validation.jakarta;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The simplest correct way to run {@link io.github.ogireport.model.ValidReport} (and any other constraint)
 * in plain Java SE: Hibernate Validator with its {@code ParameterMessageInterpolator}, so that no
 * Expression Language implementation is needed (without it the default interpolator fails with
 * {@code HV000183}), and messages in the locale asked for.
 *
 * <pre>{@code
 * Validator validator = ReportBeanValidation.validator(Locale.ENGLISH);
 * Set<ConstraintViolation<Report>> violations = validator.validate(report);
 * }</pre>
 *
 * <p>The findings' messages come in Chinese ({@code zh}) or English ({@code en}); any other locale gives
 * Chinese. Messages of other constraints come from Hibernate Validator's own bundles. A message
 * interpolator asked for a locale per call (as Spring's {@code LocaleContextMessageInterpolator} does for
 * each request) is followed too, since the findings' template is resolved per locale from this module's
 * {@code ContributorValidationMessages} bundles, which Hibernate Validator merges across jars and which
 * an application's own {@code ValidationMessages} may override.
 *
 * <p>Needs Hibernate Validator (an optional dependency of this module) on the class path or module path.
 *
 * @since 0.1
 */
public final class ReportBeanValidation {
  /** The languages the findings' messages come in. */
  public static final Set<Locale> LOCALES = Set.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private static final Map<Locale, ValidatorFactory> SHARED = new ConcurrentHashMap<>();

  private ReportBeanValidation() {}

  /** A shared validator with Chinese messages; thread-safe. */
  public static Validator validator() {
    return validator(Locale.SIMPLIFIED_CHINESE);
  }

  /** A shared validator with messages in {@code locale}; thread-safe. */
  public static Validator validator(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return SHARED.computeIfAbsent(locale, ReportBeanValidation::validatorFactory).getValidator();
  }

  /**
   * A new validator factory with messages in {@code locale} and no Expression Language; the caller closes
   * it.
   */
  public static ValidatorFactory validatorFactory(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(messageInterpolator(locale))
        .buildValidatorFactory();
  }

  /**
   * A message interpolator that needs no Expression Language, with {@code defaultLocale} for calls that
   * name no locale; for an existing {@code Configuration.messageInterpolator(…)}.
   */
  public static MessageInterpolator messageInterpolator(Locale defaultLocale) {
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    return new ParameterMessageInterpolator(LOCALES, defaultLocale, false);
  }
}
