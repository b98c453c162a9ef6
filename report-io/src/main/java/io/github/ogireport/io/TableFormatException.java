package io.github.ogireport.io;

import io.github.ogireport.model.Location;

/**
 * A published report (text or HTML) that cannot be read, or, in strict mode, that produced reader
 * findings. The location is a line and column, or an HTML cell.
 *
 * @since 0.1
 */
public class TableFormatException extends ReportException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception. */
  public TableFormatException(String problem, Location location) {
    super(problem, location);
  }

  /** Creates an exception with a cause. */
  public TableFormatException(String problem, Location location, Throwable cause) {
    super(problem, location, cause);
  }
}
