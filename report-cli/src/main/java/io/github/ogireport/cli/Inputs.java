package io.github.ogireport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Expands the files and directories named on the command line into input files, in a stable order. */
final class Inputs {
  private Inputs() {}

  /**
   * Files named directly are taken whatever their name (text unless recognised); directories are
   * walked for recognised files ({@code .txt .html .htm .json .ndjson .jsonl}), sorted by path.
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> InputKind.of(f).isPresent())
              .sorted(Comparator.comparing(Path::toString))
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  static InputKind kindOf(Path file) {
    return InputKind.of(file).orElse(InputKind.TEXT);
  }
}
