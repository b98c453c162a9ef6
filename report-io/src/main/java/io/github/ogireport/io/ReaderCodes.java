package io.github.ogireport.io;

import io.github.ogireport.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of reader finding codes: every {@link ReaderFinding#code()} a reader of this library
 * emits, with its usual severity and a title in Chinese and English. The codes are stable; the catalogue
 * is data (the resource {@code reader-codes.tsv}, rendered as {@code docs/reader-codes.md} and
 * {@code docs/reader-codes.json}), like the validation rule catalogue.
 *
 * <pre>{@code
 * ReaderCodes.standard().get("reader.glued-digits-ambiguous").orElseThrow().title(Locale.ENGLISH);
 * }</pre>
 *
 * @since 0.1
 */
public final class ReaderCodes {
  private static final ReaderCodes STANDARD = load();

  private final Map<String, Code> codes;

  private ReaderCodes(Map<String, Code> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /**
   * One reader finding code.
   *
   * @param code the stable code, for example {@code reader.unplaced-number}
   * @param severity the severity the readers give it (a few codes are given another in some places: the
   *     finding's own {@link ReaderFinding#severity()} is authoritative)
   * @param zh the Chinese title
   * @param en the English title
   */
  public record Code(String code, Severity severity, String zh, String en) {
    /** Checks that no part is {@code null}. */
    public Code {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(zh, "zh");
      Objects.requireNonNull(en, "en");
    }

    /** The title in Chinese for a locale whose language is {@code zh}, in English otherwise. */
    public String title(java.util.Locale locale) {
      return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
  }

  /** The catalogue of this library's readers. */
  public static ReaderCodes standard() {
    return STANDARD;
  }

  /** Every code, in the catalogue's order. */
  public List<Code> all() {
    return List.copyOf(codes.values());
  }

  /** The code's entry, or empty for a code not in the catalogue. */
  public Optional<Code> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The catalogue as a Markdown page ({@code docs/reader-codes.md}). */
  String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Reader finding codes\n\n")
        .append("Generated from `report-io/src/main/resources/io/github/ogireport/io/reader-codes.tsv` ")
        .append("(`ReaderCodesCatalogueTest`; regenerate with `-Dregenerate=true`). Every code a reader of this ")
        .append("library emits in a `ReaderFinding`; validation rule ids are in [rules.md](rules.md). ")
        .append("Both are `Diagnostic` codes with one `Severity`. The severity listed is the usual one; a ")
        .append("finding's own severity is authoritative.\n\n")
        .append("| Code | Severity | 说明 | Explanation |\n")
        .append("|---|---|---|---|\n");
    for (Code c : codes.values()) {
      sb.append("| `").append(c.code()).append("` | ").append(c.severity().name().toLowerCase(java.util.Locale.ROOT))
          .append(" | ").append(c.zh()).append(" | ").append(c.en()).append(" |\n");
    }
    return sb.toString();
  }

  /** The catalogue as JSON ({@code docs/reader-codes.json}): an array of code, severity, zh, en. */
  String toJson() {
    StringBuilder sb = new StringBuilder("[\n");
    int i = 0;
    for (Code c : codes.values()) {
      sb.append("  {\"code\": ").append(quote(c.code()))
          .append(", \"severity\": ").append(quote(c.severity().name().toLowerCase(java.util.Locale.ROOT)))
          .append(", \"zh\": ").append(quote(c.zh()))
          .append(", \"en\": ").append(quote(c.en())).append("}")
          .append(++i < codes.size() ? ",\n" : "\n");
    }
    return sb.append("]\n").toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }

  private static ReaderCodes load() {
    Map<String, Code> codes = new LinkedHashMap<>();
    try (InputStream in = ReaderCodes.class.getResourceAsStream("reader-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("reader-codes.tsv is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw new IllegalStateException("reader-codes.tsv: not four fields: " + line);
        }
        Code c = new Code(f[0], Severity.valueOf(f[1]), f[2], f[3]);
        if (codes.put(c.code(), c) != null) {
          throw new IllegalStateException("reader-codes.tsv: code listed twice: " + c.code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reader-codes.tsv", e);
    }
    return new ReaderCodes(codes);
  }
}
