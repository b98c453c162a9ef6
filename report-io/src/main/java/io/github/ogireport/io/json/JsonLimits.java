package io.github.ogireport.io.json;

/**
 * The read limits applied to JSON input, enforced through Jackson's {@code StreamReadConstraints}. Input
 * exceeding a limit raises {@link io.github.ogireport.io.InputLimitException} with the location where
 * the limit was crossed.
 *
 * <p>The defaults are tight: a report's JSON nests at most six levels deep, its numbers have at most 22
 * characters, and a report of every table with generous narrative is well under 1 MiB.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.builder().limits(JsonLimits.standard().withMaxStringLength(4 << 20)).build();
 * }</pre>
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted
 * @param maxStringLength the longest string value accepted, in characters
 * @param maxDocumentLength the longest document accepted, in characters for text input and bytes for
 *     byte input; for NDJSON, the longest line
 * @param maxNumberLength the longest number accepted, in characters
 * @since 0.1
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxNumberLength) {

  /** The default deepest nesting: {@value}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** The default longest string: {@value} characters (1 MiB). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;

  /** The default longest document: {@value} characters or bytes (16 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L << 20;

  /** The default longest number: {@value} characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 40;

  private static final JsonLimits DEFAULTS = new JsonLimits(
      DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public JsonLimits {
    checkPositive("maxNestingDepth", maxNestingDepth);
    checkPositive("maxStringLength", maxStringLength);
    checkPositive("maxDocumentLength", maxDocumentLength);
    checkPositive("maxNumberLength", maxNumberLength);
  }

  /** Returns the default limits ({@code DEFAULT_*} constants); change one with a {@code with…} wither. */
  public static JsonLimits standard() {
    return DEFAULTS;
  }

  /**
   * Returns the default limits.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static JsonLimits defaults() {
    return standard();
  }

  /** Returns a copy with the given deepest nesting. */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(value, maxStringLength, maxDocumentLength, maxNumberLength);
  }

  /** Returns a copy with the given longest string. */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxNestingDepth, value, maxDocumentLength, maxNumberLength);
  }

  /** Returns a copy with the given longest document. */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, value, maxNumberLength);
  }

  /** Returns a copy with the given longest number. */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxDocumentLength, value);
  }

  private static void checkPositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive but was " + value);
    }
  }
}
