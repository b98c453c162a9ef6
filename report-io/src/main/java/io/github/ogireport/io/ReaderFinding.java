package io.github.ogireport.io;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a reader noticed while turning a published report into the model: a number it could not
 * place, glued digits it could not split, a label it had to guess at, a mixed edition. Findings are data:
 * decide by {@link #code()}, never by message text. A reader finding is a {@link Diagnostic}, like a
 * validation finding: one {@link Severity}, one {@link Location} type, {@link #message(Locale)} in Chinese
 * and English. Its codes are listed in {@link ReaderCodes}.
 *
 * @param code a stable identifier such as {@code reader.unplaced-number}
 * @param severity how serious it is
 * @param location where in the input
 * @param message a one-line English message for people (the English {@link #message(Locale)})
 * @param arguments the values the message is about (the offending text, the candidate values)
 * @param cells the cells the finding is about (a cell left blank, a cell whose value was decided), in
 *     table order; empty when the finding is about no particular cell
 * @since 0.1
 */
public record ReaderFinding(
    String code, Severity severity, Location location, String message, List<String> arguments,
    List<CellRef> cells) implements Diagnostic {

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
  @Override
  public boolean names(CellRef cell) {
    return cells.contains(cell);
  }

  /**
   * The message: for a locale whose language is {@code zh}, the code's Chinese title from
   * {@link ReaderCodes}, the location, the cells and the arguments; for every other locale the English
   * {@link #message()}.
   */
  @Override
  public String message(Locale locale) {
    if (locale == null || !"zh".equals(locale.getLanguage())) {
      return message;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(ReaderCodes.standard().get(code).map(ReaderCodes.Code::zh).orElse(code));
    if (!location.isUnknown()) {
      sb.append("（").append(location.describe(Locale.SIMPLIFIED_CHINESE)).append("）");
    }
    if (!cells.isEmpty()) {
      sb.append("；单元格：");
      for (int i = 0; i < cells.size(); i++) {
        CellRef c = cells.get(i);
        sb.append(i == 0 ? "" : "、").append(c.row().label()).append("/").append(c.column().label());
      }
    }
    if (!arguments.isEmpty()) {
      sb.append("；").append(String.join("，", arguments));
    }
    return sb.toString();
  }
}
