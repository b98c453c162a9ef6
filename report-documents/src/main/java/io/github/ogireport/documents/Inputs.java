package io.github.ogireport.documents;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reading files within limits, checking zip packages before they are opened, and wrapping failures. */
final class Inputs {
  private static final long RATIO_GRACE_BYTES = 1L << 20;

  private Inputs() {}

  /** Reads a file, refusing it before reading when it is larger than the limit. */
  static byte[] readFile(Path file, DocumentLimits limits) {
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw tooLarge(file.toString(), size, limits);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      }
      if (bytes.length > limits.maxFileBytes()) {
        throw tooLarge(file.toString(), bytes.length, limits);
      }
      return bytes;
    } catch (IOException e) {
      throw new TableFormatException("cannot read " + file + ": " + e.getMessage(), Location.unknown(), e);
    }
  }

  /** Refuses bytes larger than the file limit. */
  static void checkSize(byte[] bytes, String name, DocumentLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw tooLarge(name, bytes.length, limits);
    }
  }

  private static InputLimitException tooLarge(String name, long size, DocumentLimits limits) {
    return new InputLimitException(name + " has " + size + " bytes, more than the limit of "
        + limits.maxFileBytes(), Location.unknown());
  }

  /**
   * Walks a zip package (DOCX, XLSX) before it is opened: at most {@link DocumentLimits#maxZipEntries()}
   * entries, names unique, all entries expanding to at most {@link DocumentLimits#maxExpandedBytes()}
   * together, and no entry beyond its first MiB expanding more than
   * {@link DocumentLimits#maxCompressionRatio()} times the package's size (a zip bomb). The expansion is
   * counted while inflating, never trusted from the headers.
   *
   * @return the entry names
   */
  static Set<String> checkZip(byte[] bytes, String kind, DocumentLimits limits) {
    Set<String> names = new HashSet<>();
    long total = 0;
    byte[] buffer = new byte[16384];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (names.size() >= limits.maxZipEntries()) {
          throw new InputLimitException(kind + " package has more than " + limits.maxZipEntries() + " entries",
              Location.unknown());
        }
        String name = entry.getName();
        if (!names.add(name)) {
          throw new TableFormatException(kind + " package has the entry " + name + " twice", Location.unknown());
        }
        long entryBytes = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          entryBytes += n;
          total += n;
          if (total > limits.maxExpandedBytes()) {
            throw new InputLimitException(kind + " package expands to more than " + limits.maxExpandedBytes()
                + " bytes (entry " + name + ")", Location.unknown());
          }
          if (entryBytes > RATIO_GRACE_BYTES && entryBytes > limits.maxCompressionRatio() * bytes.length) {
            throw new InputLimitException(kind + " package entry " + name + " expands more than "
                + (long) limits.maxCompressionRatio() + " times the package's size (a zip bomb?)",
                Location.unknown());
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new TableFormatException(kind + " file is not a readable zip package: " + e.getMessage(),
          Location.unknown(), e);
    }
    if (names.isEmpty()) {
      throw new TableFormatException(kind + " file is not a zip package (no entries)", Location.unknown());
    }
    return names;
  }

  /**
   * Runs a parser, letting the library's exceptions through and turning every other exception or
   * {@link StackOverflowError} of a third-party parser into a {@link TableFormatException}.
   */
  static <T> T guarded(String kind, Parse<T> parse) {
    try {
      return parse.run();
    } catch (ReportException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new TableFormatException(kind + " file cannot be read: " + describe(e), Location.unknown(), e);
    }
  }

  /** A parser of a third-party library. */
  @FunctionalInterface
  interface Parse<T> {
    T run() throws IOException;
  }

  /** The class and message of a failure, on one line. */
  static String describe(Throwable e) {
    String m = e.getMessage();
    String s = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    s = s.replace('\n', ' ').replace('\r', ' ');
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
