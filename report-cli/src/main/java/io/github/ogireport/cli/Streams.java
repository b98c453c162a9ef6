package io.github.ogireport.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Output streams for commands that write to a file or to standard output. */
final class Streams {
  private Streams() {}

  /** Opens the file, or wraps standard output so that closing it only flushes. */
  static OutputStream open(Path file) throws IOException {
    if (file != null) {
      return Files.newOutputStream(file);
    }
    return new FilterOutputStream(System.out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
