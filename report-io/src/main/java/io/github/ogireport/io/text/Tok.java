package io.github.ogireport.io.text;

import io.github.ogireport.io.internal.LabelCatalog;
import io.github.ogireport.io.internal.ParsedNumber;

/**
 * One cell-sized piece of a line: text, a number, or a blank cell. {@code canonicalKey} is the label key with
 * its numbering written the official way ({@link LabelCatalog#canonicalKey}), computed once, for matching.
 */
record Tok(Kind kind, String text, String key, ParsedNumber number, int line, int col, String canonicalKey) {
  Tok(Kind kind, String text, String key, ParsedNumber number, int line, int col) {
    this(kind, text, key, number, line, col, kind == Kind.TEXT ? LabelCatalog.canonicalKey(key) : key);
  }

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
