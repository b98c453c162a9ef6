package io.github.ogireport.model;

/**
 * What the model's Jackson hooks throw when a mapper has no {@code ReportJsonModule}: the model carries no
 * Jackson mapping of its own, and without the module Jackson would write a report as
 * {@code {"mixedEdition":false}}, losing every table without a word. The module's serializers and
 * deserializers take precedence over these hooks, so with the module registered they are never called.
 *
 * <p>The hooks use no annotation member whose value is an enum constant ({@code @JsonCreator} without
 * {@code mode}: one unnamed parameter makes it delegating), so that a consumer compiling against the model
 * without jackson-annotations gets no "unknown enum constant" warning.
 */
final class JacksonGuard {
  /** The module's class name, as users have to write it. */
  static final String MODULE = "io.github.ogireport.io.json.ReportJsonModule";

  private JacksonGuard() {}

  static UnsupportedOperationException writing(Class<?> type) {
    return new UnsupportedOperationException(message("write", type));
  }

  static UnsupportedOperationException reading(Class<?> type) {
    return new UnsupportedOperationException(message("read", type));
  }

  private static String message(String verb, Class<?> type) {
    return "Jackson cannot " + verb + " " + type.getSimpleName() + " without the ogi-report Jackson module: "
        + "register " + MODULE + " (report-io), for example JsonMapper.builder().addModule(new "
        + "ReportJsonModule()).build() or mapper.registerModule(new ReportJsonModule()), "
        + "or use ReportJson.standard()";
  }
}
