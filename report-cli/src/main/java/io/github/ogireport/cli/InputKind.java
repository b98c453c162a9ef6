package io.github.ogireport.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input the tool reads, recognised by file name; a {@link #DOCUMENT} (PDF, Word, Excel) is
 * also recognised by its first bytes, and every input but NDJSON is finally read by content
 * ({@link io.github.ogireport.documents.DocumentReaders}).
 */
enum InputKind {
  JSON,
  NDJSON,
  HTML,
  TEXT,
  /** PDF, Word ({@code .docx .doc}) or Excel ({@code .xlsx .xls}). */
  DOCUMENT;

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
    if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".xlsx")
        || name.endsWith(".xls")) {
      return Optional.of(DOCUMENT);
    }
    return Optional.empty();
  }
}
