package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Who published a report, for which year, and where it came from.
 *
 * <p>Unlike the other model types this class is not sealed (yet): the validation module's fault injection
 * extends it to build metadata that bypasses these checks, as data from elsewhere could, for the rules
 * {@code metadata.agency-required} and {@code metadata.year-range}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReportMetadata {
  /** The earliest report year accepted. */
  public static final int MIN_YEAR = 2000;
  /** The latest report year accepted. */
  public static final int MAX_YEAR = 2100;

  /**
   * The regular expression an administrative-division code matches whole: 6, 9 or 12 ASCII digits (the
   * JSON Schema of the format uses it).
   */
  public static final String DIVISION_CODE_PATTERN = "[0-9]{6}([0-9]{3}([0-9]{3})?)?";

  private static final Pattern DIVISION_CODE = Pattern.compile(DIVISION_CODE_PATTERN);

  /** The reporting agency as printed, for example {@code 淄博市张店区人民政府}; never blank. */
  public abstract String agency();

  /** The report year (the year the statistics cover, not the publication year). */
  public abstract int year();

  /** The administrative-division code (行政区划代码) of 6, 9 or 12 digits, if known. */
  public abstract Optional<String> divisionCode();

  /** The title as printed, if known. */
  public abstract Optional<String> title();

  /** The publication date, if known. */
  public abstract Optional<LocalDate> publicationDate();

  /** Where the report came from (a URL, a file name), if known. */
  public abstract Optional<String> source();

  /** Returns metadata with the agency and year only. */
  public static ReportMetadata of(String agency, int year) {
    return builder().agency(agency).year(year).build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this metadata. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  @Value.Check
  void check() {
    if (agency().isBlank()) {
      throw new IllegalArgumentException("agency must not be blank");
    }
    if (year() < MIN_YEAR || year() > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year must be between " + MIN_YEAR + " and " + MAX_YEAR + " but was " + year());
    }
    if (divisionCode().isPresent() && !DIVISION_CODE.matcher(divisionCode().get()).matches()) {
      throw new IllegalArgumentException(
          "division code must have 6, 9 or 12 digits but was '" + divisionCode().get() + "'");
    }
  }

  /** Builds {@link ReportMetadata}. */
  public static final class Builder extends ImmutableReportMetadata.Builder {
    Builder() {}
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of writing a wrong object.
   */
  @JsonValue
  Object jacksonWithoutModule() {
    throw JacksonGuard.writing(ReportMetadata.class);
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of reading a wrong value.
   */
  @JsonCreator // delegating: one unnamed parameter
  static ReportMetadata jacksonWithoutModule(Object json) {
    throw JacksonGuard.reading(ReportMetadata.class);
  }
}
