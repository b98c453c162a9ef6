package io.github.ogireport.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A Jackson input mismatch raised by the report deserializers, carrying the JSON Pointer of the offending
 * value. Being a Jackson exception, it travels through databind (which adds its own path when a report
 * is embedded in a user's bean); {@link ReportJson} turns it into a
 * {@link io.github.ogireport.io.ReportFormatException}, or an
 * {@link io.github.ogireport.io.InputLimitException} for a structural limit.
 */
final class ReportJsonProblem extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final boolean limit;

  private ReportJsonProblem(JsonParser p, String message, JsonLocation location, String pointer, boolean limit) {
    super(p, message, location);
    this.pointer = pointer;
    this.limit = limit;
  }

  /** A problem with the current token, at its location and pointer. */
  static ReportJsonProblem at(JsonParser p, String message) {
    return new ReportJsonProblem(p, message, p.currentTokenLocation(), JsonTokens.pointer(p), false);
  }

  /** A problem at an explicit pointer and location (members found missing, cells checked late). */
  static ReportJsonProblem at(JsonParser p, String pointer, JsonLocation location, String message) {
    return new ReportJsonProblem(p, message, location, pointer, false);
  }

  /** A structural limit exceeded at the current token. */
  static ReportJsonProblem limit(JsonParser p, String message) {
    return new ReportJsonProblem(p, message, p.currentTokenLocation(), JsonTokens.pointer(p), true);
  }

  /** The JSON Pointer of the offending value, relative to the document root; never {@code null}. */
  String pointer() {
    return pointer;
  }

  /** True if the input exceeds a limit rather than being malformed. */
  boolean isLimit() {
    return limit;
  }
}
