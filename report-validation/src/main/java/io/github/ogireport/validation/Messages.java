package io.github.ogireport.validation;

import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Dimension;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The zh and en message bundles, loaded once and explicitly as UTF-8 (never through the default locale),
 * and the rendering of finding arguments.
 */
final class Messages {
  /** The two languages messages exist in. */
  enum Language {
    ZH,
    EN;

    /** Chinese for a locale whose language is {@code zh}, English for every other locale. */
    static Language of(Locale locale) {
      return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
  }

  private static final ResourceBundle ZH = load("messages_zh.properties");
  private static final ResourceBundle EN = load("messages_en.properties");

  private Messages() {}

  private static ResourceBundle load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("message bundle " + name + " is missing from the class path");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
  }

  /** The text of a key. */
  static String text(Language language, String key) {
    try {
      return (language == Language.ZH ? ZH : EN).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no " + language + " message for key " + key, e);
    }
  }

  /** True if both bundles hold the key. */
  static boolean has(String key) {
    return ZH.containsKey(key) && EN.containsKey(key);
  }

  /**
   * Replaces {@code {0}}, {@code {1}}… in {@code template} by the rendered arguments. Unlike
   * {@link java.text.MessageFormat} it gives no meaning to quotes and never formats numbers by locale.
   */
  static String format(String template, List<Object> arguments, Language language) {
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      if (ch == '{') {
        int close = template.indexOf('}', i);
        if (close > i + 1 && allDigits(template, i + 1, close)) {
          int index = Integer.parseInt(template.substring(i + 1, close));
          if (index < arguments.size()) {
            sb.append(render(arguments.get(index), language));
            i = close + 1;
            continue;
          }
        }
      }
      sb.append(ch);
      i++;
    }
    return sb.toString();
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to - from <= 2;
  }

  /** Renders one argument: numbers in plain notation, labels in the language, lists joined. */
  static String render(Object argument, Language language) {
    if (argument instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (argument instanceof CellRef ref) {
      return render(ref.row(), language) + (language == Language.ZH ? "／" : " / ")
          + render(ref.column(), language);
    }
    if (argument instanceof Dimension d) {
      return language == Language.ZH ? d.label() : d.englishName();
    }
    if (argument instanceof Edition e) {
      return language == Language.ZH ? e.label() : e.englishName();
    }
    if (argument instanceof io.github.ogireport.model.ReportSection s) {
      return language == Language.ZH ? s.label() : s.englishName();
    }
    if (argument instanceof TableType t) {
      return language == Language.ZH ? t.caption() : t.key();
    }
    if (argument instanceof List<?> list) {
      StringBuilder sb = new StringBuilder();
      for (Object o : list) {
        if (sb.length() > 0) {
          sb.append(language == Language.ZH ? "、" : ", ");
        }
        sb.append(render(o, language));
      }
      return sb.toString();
    }
    return String.valueOf(argument);
  }
}
