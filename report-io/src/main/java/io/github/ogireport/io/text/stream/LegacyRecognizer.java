package io.github.ogireport.io.text.stream;

import java.util.Optional;

/** The legacy statistics form recognizer of the token-stream reader. */
final class LegacyRecognizer {
  private LegacyRecognizer() {}

  static Optional<TableReading> read(Stream s) {
    return Optional.empty();
  }
}
