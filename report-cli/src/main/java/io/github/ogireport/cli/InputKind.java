package io.github.ogireport.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input the tool reads, recognised by file name. */
enum InputKind {
  JSON,
  NDJSON,
  HTML,
  TEXT;

  static Optional<InputKind> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Optional.of(NDJSON);
    }
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }
}
