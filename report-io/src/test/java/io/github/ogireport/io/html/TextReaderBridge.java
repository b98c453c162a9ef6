package io.github.ogireport.io.html;

import io.github.ogireport.io.ReadResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds the text reader ({@code io.github.ogireport.io.text.TextReportReader}, written on another branch)
 * so that the end-to-end tests of the HTML reader run as soon as it is on the class path, and are skipped
 * until then. Uses its lenient instance: a no-argument static factory named {@code lenient}, {@code create}
 * or {@code of}, or a public no-argument constructor; and its {@code read(List, BiFunction)}.
 */
final class TextReaderBridge {
  private static final String CLASS = "io.github.ogireport.io.text.TextReportReader";

  private TextReaderBridge() {}

  static Optional<HtmlReportReader.LineReader> lineReader() {
    Class<?> type;
    try {
      type = Class.forName(CLASS);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    try {
      Object reader = instance(type);
      Method read = type.getMethod("read", List.class, BiFunction.class);
      return Optional.of((lines, locator) -> {
        try {
          return (ReadResult) read.invoke(reader, lines, locator);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(CLASS + " is present but its API is not the expected one", e);
    }
  }

  private static Object instance(Class<?> type) throws ReflectiveOperationException {
    for (String name : List.of("lenient", "create", "of")) {
      try {
        Method factory = type.getMethod(name);
        if (Modifier.isStatic(factory.getModifiers())) {
          return factory.invoke(null);
        }
      } catch (NoSuchMethodException e) {
        // try the next name
      }
    }
    return type.getConstructor().newInstance();
  }

}
