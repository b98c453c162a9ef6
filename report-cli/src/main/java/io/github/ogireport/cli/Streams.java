package io.github.ogireport.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Output streams for commands that write to a file or to standard output.
 *
 * <p>A file is never written in place: {@link #open} writes a temporary file in the target's directory,
 * and only {@link Output#commit()} moves it over the target (atomically where the file system can),
 * so that a failed or interrupted command leaves the previous content of the target untouched and no
 * half-written file behind (a shutdown hook deletes the temporary file on SIGINT or SIGTERM).
 */
final class Streams {
  private Streams() {}

  /** An output in progress: write to {@link #stream()}, then {@link #commit()}; {@link #close()} always. */
  interface Output extends AutoCloseable {
    OutputStream stream();

    /** Makes the output visible: flushes, and for a file moves the temporary file over the target. */
    void commit() throws IOException;

    /** Discards an output that was not committed (deletes its temporary file). */
    @Override
    void close() throws IOException;
  }

  /** An output file that cannot be written; its message says why, for the user. */
  static final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Refuses an output that is the same file as one of the inputs (also through symbolic links or hard
   * links): writing it would destroy the input.
   *
   * @return a message for the user, or {@code null} if no input is the output
   */
  static String sameFile(Path output, List<Path> inputs) {
    if (output == null || !Files.exists(output)) {
      return null;
    }
    for (Path input : inputs) {
      try {
        if (Files.exists(input) && Files.isSameFile(input, output)) {
          return "the output " + output + " is the input " + input + ": write to another file";
        }
      } catch (IOException e) {
        // an input that cannot be examined cannot be compared; reading it will report why
      }
    }
    return null;
  }

  /** Opens the file for an atomic replacement, or standard output (closing it only flushes). */
  static Output open(Path file, OutputStream stdout) throws IOException {
    if (file == null) {
      OutputStream s = new FilterOutputStream(stdout) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      return new Output() {
        @Override
        public OutputStream stream() {
          return s;
        }

        @Override
        public void commit() throws IOException {
          s.flush();
        }

        @Override
        public void close() throws IOException {
          s.flush();
        }
      };
    }
    return new FileOutput(file);
  }

  private static final class FileOutput implements Output {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private final Thread cleanup;
    private boolean done;

    FileOutput(Path file) throws IOException {
      // write through a symbolic link to the file it names, rather than replacing the link
      Path t = file.toAbsolutePath();
      if (Files.isSymbolicLink(t) && Files.exists(t)) {
        t = t.toRealPath();
      }
      this.target = t;
      Path dir = target.getParent();
      if (Files.isDirectory(target)) {
        throw new OutputException("cannot write " + file + ": it is a directory", null);
      }
      if (dir == null || !Files.isDirectory(dir)) {
        throw new OutputException("cannot write " + file + ": the directory " + dir + " does not exist", null);
      }
      try {
        this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      } catch (IOException e) {
        throw new OutputException("cannot write " + file + ": " + describe(e), e);
      }
      this.cleanup = new Thread(this::deleteTemp, "ogi-report-output-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      this.stream = Files.newOutputStream(temp);
    }

    @Override
    public OutputStream stream() {
      return stream;
    }

    @Override
    public void commit() throws IOException {
      stream.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (FileAlreadyExistsException | NoSuchFileException e) {
        throw new OutputException("cannot write " + target + ": " + describe(e), e);
      }
      done = true;
      removeHook();
    }

    @Override
    public void close() throws IOException {
      if (done) {
        return;
      }
      done = true;
      try {
        stream.close();
      } finally {
        deleteTemp();
        removeHook();
      }
    }

    private void deleteTemp() {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more can be done; the temporary file's name says what it is
      }
    }

    private void removeHook() {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs, and the file is already moved or deleted
      }
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
