package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A row that a province added to, or renamed in, the legacy statistics form. It is kept with its printed
 * label and unit so that nothing the report printed is dropped.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class CustomRow implements TableRow permits ImmutableCustomRow {
  /**
   * The regular expression a custom row key matches whole: lower-case letters, digits, {@code _ . -},
   * starting with a letter or digit, at most 64 characters (the JSON Schema of the format uses it).
   */
  public static final String KEY_PATTERN = "[a-z0-9][a-z0-9_.-]{0,63}";

  private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

  /** The row key: lower-case letters, digits, {@code _ . -}, at most 64 characters. */
  @Override
  public abstract String key();

  /** The label as printed. */
  @Override
  public abstract String label();

  /** The English name; defaults to the printed label. */
  @Override
  @Value.Default
  public String englishName() {
    return label();
  }

  /** The unit printed in the 单位 column, if any. */
  public abstract Optional<String> unit();

  /** Amounts for a money unit (元, 万元), counts otherwise. */
  public CellKind kind() {
    return unit().filter(u -> u.equals("万元") || u.equals("元")).isPresent()
        ? CellKind.AMOUNT
        : CellKind.COUNT;
  }

  /** Returns a custom row. */
  public static CustomRow of(String key, String label, Optional<String> unit) {
    return ImmutableCustomRow.builder().key(key).label(label).unit(unit).build();
  }

  /** Returns a custom row with an English name that differs from its printed label. */
  public static CustomRow of(String key, String label, String englishName, Optional<String> unit) {
    return ImmutableCustomRow.builder().key(key).label(label).englishName(englishName).unit(unit).build();
  }

  @Value.Check
  void check() {
    if (!KEY.matcher(key()).matches()) {
      throw new IllegalArgumentException(
          "custom row key must match " + KEY.pattern() + " but was '" + key() + "'");
    }
    if (label().isBlank()) {
      throw new IllegalArgumentException("custom row '" + key() + "' must have a label");
    }
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of writing a wrong object.
   */
  @JsonValue
  Object jacksonWithoutModule() {
    throw JacksonGuard.writing(CustomRow.class);
  }

  /**
   * Not for use: Jackson calls it only through a mapper without {@code ReportJsonModule}, and it throws
   * so that such a mapper fails loudly instead of reading a wrong value.
   */
  @JsonCreator // delegating: one unnamed parameter
  static CustomRow jacksonWithoutModule(Object json) {
    throw JacksonGuard.reading(CustomRow.class);
  }
}
