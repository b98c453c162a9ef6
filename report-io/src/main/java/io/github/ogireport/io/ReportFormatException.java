package io.github.ogireport.io;

import io.github.ogireport.model.Location;

/**
 * Malformed JSON: bad syntax, a wrong type, an unknown table, row or column, a number out of range.
 * The location is the JSON Pointer of the offending value.
 *
 * @since 0.1
 */
public class ReportFormatException extends ReportException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception. */
  public ReportFormatException(String problem, Location location) {
    super(problem, location);
  }

  /** Creates an exception with a cause. */
  public ReportFormatException(String problem, Location location, Throwable cause) {
    super(problem, location, cause);
  }
}
