package io.github.ogireport.examples;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of the READMEs (the root one and each module's) compiles, with javax.tools,
 * against the SDK on this module's test class path. A block that declares a class is compiled as it is;
 * otherwise its leading {@code import} lines stay at the top and the rest becomes the body of a method
 * that may throw. The method's parameters are the variables the snippet uses without declaring them,
 * named in an HTML comment on the line before the block: {@code <!-- given: Report report, Path path -->}.
 * Snippets carry their own imports.
 */
final class ReadmeSnippetsTest {
  private static final Pattern BLOCK =
      Pattern.compile("(?:<!-- given: ([^\\n]*?) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS =
      Pattern.compile("^(?:public |final |abstract )*(?:class|record|interface|enum) (\\w+)", Pattern.MULTILINE);

  record Snippet(String readme, int line, String given, String code) {
    @Override
    public String toString() {
      return readme + ":" + line;
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Path> readmes = new ArrayList<>();
    readmes.add(Path.of("../README.md"));
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(readmes::add);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Path readme : readmes) {
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start(2)).chars().filter(c -> c == '\n').count();
        snippets.add(new Snippet(Path.of("..").relativize(readme).toString(), line,
            m.group(1) == null ? "" : m.group(1).strip(), m.group(2)));
      }
    }
    return snippets;
  }

  @org.junit.jupiter.api.Test
  void the_readmes_have_java_snippets_in_the_root_and_in_modules() throws IOException {
    List<Snippet> all = snippets();

    then(all).hasSizeGreaterThanOrEqualTo(9);
    then(all).extracting(Snippet::readme).contains("README.md", "report-io/README.md", "report-validation/README.md");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void the_snippet_compiles_with_its_own_imports(Snippet snippet) {
    then(snippet.code()).as(snippet + " uses classes: it must carry its imports")
        .satisfiesAnyOf(c -> then(c).contains("import "), c -> then(c).doesNotContain("("));
    String name;
    String source;
    Matcher declared = CLASS.matcher(snippet.code());
    if (declared.find()) {
      name = declared.group(1);
      source = snippet.code();
    } else {
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : snippet.code().split("\n", -1)) {
        (line.startsWith("import ") && body.toString().isBlank() ? imports : body).append(line).append('\n');
      }
      name = "Snippet";
      source = imports + "\nclass Snippet {\n  @SuppressWarnings(\"unused\")\n  static void run("
          + snippet.given() + ") throws Exception {\n" + body + "  }\n}\n";
    }

    String diagnostics = compile(name, source);

    then(diagnostics).as(snippet + " does not compile:\n" + source).isEmpty();
  }

  /** Compiles one source against the test class path; returns the error diagnostics, empty when none. */
  private static String compile(String name, String source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path out = Files.createTempDirectory("snippet");
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      List<String> options = List.of(
          "-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none", "-Xlint:none");
      Boolean ok = compiler.getTask(errors, files, d -> {
        if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
          errors.append(d.toString()).append('\n');
        }
      }, options, null, List.of(unit)).call();
      return ok ? "" : errors.toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
