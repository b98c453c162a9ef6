package io.github.ogireport.io;

import io.github.ogireport.model.Location;

/**
 * An input that exceeds a documented limit (document size, nesting depth, string or number length,
 * table size).
 *
 * @since 0.1
 */
public class InputLimitException extends ReportException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception. */
  public InputLimitException(String problem, Location location) {
    super(problem, location);
  }

  /** Creates an exception with a cause. */
  public InputLimitException(String problem, Location location, Throwable cause) {
    super(problem, location, cause);
  }
}
