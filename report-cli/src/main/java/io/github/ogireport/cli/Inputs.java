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

  /** A file a walk met and did not read, and why. */
  record Skipped(Path path, String reason) {}

  /**
   * Files named directly are taken whatever their name (read by content, else text); directories are
   * walked for recognised files ({@code .txt .html .htm .json .ndjson .jsonl .pdf .docx .doc .xlsx .xls},
   * and files whose first bytes are PDF, zip or OLE2), sorted by path; Markdown files ({@code .md}) are
   * read only when named, since a directory's are mostly documentation. A
   * subdirectory (or file) that the walk cannot read is returned with its failure, and the walk goes on.
   */
  static List<Input> expand(List<Path> paths) {
    return expand(paths, new ArrayList<>());
  }

  /** As {@link #expand(List)}, adding the files a walk did not read to {@code skipped}, sorted by path. */
  static List<Input> expand(List<Path> paths, List<Skipped> skipped) {
    List<Input> inputs = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        inputs.addAll(walk(p, skipped));
      } else {
        inputs.add(new Input(p, null));
      }
    }
    return inputs;
  }

  private static List<Input> walk(Path root, List<Skipped> skipped) {
    List<Input> found = new ArrayList<>();
    List<Skipped> notRead = new ArrayList<>();
    try {
      Files.walkFileTree(root, new Visitor(found, notRead));
    } catch (IOException e) {
      found.add(new Input(root, e)); // the visitor fails nothing, but the walk may
    }
    found.sort(Comparator.comparing(i -> i.path().toString()));
    notRead.sort(Comparator.comparing(i -> i.path().toString()));
    skipped.addAll(notRead);
    return found;
  }

  /** True if the file starts like a PDF, a zip package or an OLE2 compound file (Word, Excel). */
  static boolean looksLikeDocument(Path file) {
    byte[] head;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    } catch (IOException e) {
      return false;
    }
    return head.length >= 4 && ((head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F')
        || (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        || ((head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && head[2] == 0x11 && (head[3] & 0xff) == 0xE0));
  }

  /** Collects recognised regular files; records what cannot be read instead of aborting the walk. */
  static final class Visitor extends SimpleFileVisitor<Path> {
    private final List<Input> found;
    private final List<Skipped> skipped;

    Visitor(List<Input> found) {
      this(found, new ArrayList<>());
    }

    Visitor(List<Input> found, List<Skipped> skipped) {
      this.found = found;
      this.skipped = skipped;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (!regular) {
        skipped.add(new Skipped(file, "not a regular file"));
      } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
        skipped.add(new Skipped(file, "a Markdown file in a directory is taken for documentation: name it to check it"));
      } else if (InputKind.of(file).isPresent() || looksLikeDocument(file)) {
        found.add(new Input(file, null));
      } else {
        skipped.add(new Skipped(file, "not a report file: no known extension (.txt .md .html .json .ndjson"
            + " .pdf .docx .doc .xlsx .xls) and no PDF, Word or Excel content"));
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
