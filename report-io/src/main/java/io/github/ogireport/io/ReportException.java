package io.github.ogireport.io;

import io.github.ogireport.model.Location;
import java.util.Objects;

/**
 * The root of the library's exceptions for malformed input. Every instance carries the {@link Location}
 * of the problem; the message is a single line that names it.
 *
 * <p>Arithmetic that does not add up is never an exception: it is a validation finding.
 *
 * @since 0.1
 */
public class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;

  /** Creates an exception; the message is {@code problem + " at " + location}. */
  public ReportException(String problem, Location location) {
    this(problem, location, null);
  }

  /** Creates an exception with a cause. */
  public ReportException(String problem, Location location, Throwable cause) {
    super(render(problem, location), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.location = Objects.requireNonNull(location, "location");
  }

  private static String render(String problem, Location location) {
    // a JSON Pointer may hold any character of a member name, line breaks too
    String message = location.isUnknown() ? problem : problem + " at " + location;
    return message.replace('\n', ' ').replace('\r', ' ');
  }

  /** Where the problem is; never {@code null}. */
  public Location location() {
    return location;
  }

  /** The problem without its location. */
  public String problem() {
    return problem;
  }
}
