package io.github.ogireport.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Expands the files and directories named on the command line into input files, in a stable order. */
final class Inputs {
  private Inputs() {}

  /**
   * An input file, or a file or directory met in a walk that could not be read.
   *
   * @param path the file
   * @param failure why the walk could not read it, or {@code null}
   */
  record Input(Path path, IOException failure) {}

  /**
   * Files named directly are taken whatever their name (text unless recognised); directories are
   * walked for recognised files ({@code .txt .html .htm .json .ndjson .jsonl}), sorted by path. A
   * subdirectory (or file) that the walk cannot read is returned with its failure, and the walk goes on.
   */
  static List<Input> expand(List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        inputs.addAll(walk(p));
      } else {
        inputs.add(new Input(p, null));
      }
    }
    return inputs;
  }

  private static List<Input> walk(Path root) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new Visitor(found));
    } catch (IOException e) {
      found.add(new Input(root, e)); // the visitor fails nothing, but the walk may
    }
    found.sort(Comparator.comparing(i -> i.path().toString()));
    return found;
  }

  /** Collects recognised regular files; records what cannot be read instead of aborting the walk. */
  static final class Visitor extends SimpleFileVisitor<Path> {
    private final List<Input> found;

    Visitor(List<Input> found) {
      this.found = found;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
      if (regular && InputKind.of(file).isPresent()) {
        found.add(new Input(file, null));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      found.add(new Input(file, e));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        found.add(new Input(dir, e)); // the directory could not be listed to its end
      }
      return FileVisitResult.CONTINUE;
    }
  }

  static InputKind kindOf(Path file) {
    return InputKind.of(file).orElse(InputKind.TEXT);
  }
}
