package io.github.ogireport.examples;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The formatting check of the build, over every source, build, documentation and script file of the
 * repository (not the sample reports of {@code samples/} and {@code src/test/resources}, which are data as
 * published): UTF-8, {@code \n} line ends, no trailing white space, one final line end and no blank line
 * after it, no TAB characters, and in Java an indentation of whole steps of two spaces (outside text
 * blocks and the continuation lines of comments). It checks; it does not reformat.
 */
final class FormattingTest {
  private static final Path ROOT = Path.of("..");
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "samples", "node_modules", ".idea");
  private static final List<String> EXTENSIONS = List.of(
      ".java", ".xml", ".md", ".properties", ".json", ".groovy", ".sh", ".yml", ".yaml", ".txt");
  private static final Set<String> NAMES =
      Set.of("LICENSE", ".gitignore", "run", "reproducible", "corpus-variants");

  @Test
  void every_file_is_formatted() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> files = files();
    for (Path file : files) {
      check(file, problems);
    }

    then(files).hasSizeGreaterThan(100);
    then(problems).as("formatting problems (fix the files; no formatter rewrites them)").isEmpty();
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk
          .filter(Files::isRegularFile)
          .filter(p -> {
            Path relative = ROOT.relativize(p);
            for (Path part : relative) {
              if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
              }
            }
            String path = relative.toString().replace('\\', '/');
            if (path.contains("src/test/resources/")) {
              return false;
            }
            String name = p.getFileName().toString();
            return NAMES.contains(name) || EXTENSIONS.stream().anyMatch(name::endsWith);
          })
          .sorted()
          .toList();
    }
  }

  private static void check(Path file, List<String> problems) throws IOException {
    String where = ROOT.relativize(file).toString();
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(where + ": not UTF-8");
      return;
    }
    if (text.isEmpty()) {
      return;
    }
    if (text.indexOf('\r') >= 0) {
      problems.add(where + ": CR line ends");
    }
    if (!text.endsWith("\n")) {
      problems.add(where + ": no line end at the end");
    } else if (text.endsWith("\n\n")) {
      problems.add(where + ": blank lines at the end");
    }
    boolean java = where.endsWith(".java");
    boolean textBlock = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String at = where + ":" + (i + 1);
      if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
        problems.add(at + ": trailing white space");
      }
      if (line.indexOf('\t') >= 0) {
        problems.add(at + ": TAB");
      }
      if (java) {
        boolean inBlock = textBlock;
        if (countTextBlockQuotes(line) % 2 == 1) {
          textBlock = !textBlock;
        }
        String stripped = line.stripLeading();
        int indent = line.length() - stripped.length();
        if (!inBlock && !stripped.isEmpty() && !stripped.startsWith("*") && indent % 2 != 0) {
          problems.add(at + ": indentation of " + indent + " spaces, not whole steps of two");
        }
      }
    }
  }

  private static int countTextBlockQuotes(String line) {
    int count = 0;
    for (int i = line.indexOf("\"\"\""); i >= 0; i = line.indexOf("\"\"\"", i + 3)) {
      count++;
    }
    return count;
  }
}
