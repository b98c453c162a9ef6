package io.github.ogireport.io;

import io.github.ogireport.model.CellRef;
import java.util.List;
import java.util.Objects;

/**
 * Something a reader noticed while turning a published report into the model: a number it could not
 * place, glued digits it could not split, a label it had to guess at, a mixed edition. Findings are data:
 * decide by {@link #code()}, never by message text.
 *
 * @param code a stable identifier such as {@code reader.unplaced-number}
 * @param severity how serious it is
 * @param location where in the input
 * @param message a one-line English message for people
 * @param arguments the values the message is about (the offending text, the candidate values)
 * @param cells the cells the finding is about (a cell left blank, a cell whose value was decided), in
 *     table order; empty when the finding is about no particular cell
 * @since 0.1
 */
public record ReaderFinding(
    String code, Severity severity, Location location, String message, List<String> arguments,
    List<CellRef> cells) {

  /** How serious a reader finding is. */
  public enum Severity {
    /** The reader read something, but the reader's user should know how. */
    INFO,
    /** A value may be missing or misplaced. */
    WARNING,
    /** A value was certainly lost or could not be decided; strict mode fails on these. */
    ERROR
  }

  /** Checks that no part is {@code null} and copies the arguments. */
  public ReaderFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(arguments);
    cells = List.copyOf(cells);
  }

  /** A finding about no particular cell. */
  public ReaderFinding(String code, Severity severity, Location location, String message, List<String> arguments) {
    this(code, severity, location, message, arguments, List.of());
  }

  /** True if this finding names the cell. */
  public boolean names(CellRef cell) {
    return cells.contains(cell);
  }
}
