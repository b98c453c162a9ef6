package io.github.ogireport.io.text;

import io.github.ogireport.io.internal.ParsedNumber;

/** One cell-sized piece of a line: text, a number, or a blank cell. */
record Tok(Kind kind, String text, String key, ParsedNumber number, int line, int col) {
  enum Kind {
    TEXT,
    NUMBER,
    /** An empty cell between tabs; may be layout filler. */
    SOFT_BLANK,
    /** An explicit blank marker ({@code —}, {@code -}, {@code /}); always a cell. */
    HARD_BLANK
  }

  boolean isBlank() {
    return kind == Kind.SOFT_BLANK || kind == Kind.HARD_BLANK;
  }
}
