package io.github.ogireport.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a zip package written by POI with fixed entry times, so the same report gives the same bytes. */
final class Zips {
  /** The fixed time of every entry (the build's reproducible timestamp). */
  private static final FileTime FIXED = FileTime.fromMillis(1_767_225_600_000L); // 2026-01-01T00:00:00Z

  private Zips() {}

  /** Takes the wall-clock creation date POI puts in a new document's properties out; names the writer. */
  static void fixProperties(org.apache.poi.ooxml.POIXMLProperties.CoreProperties core) {
    core.setCreated(java.util.Optional.empty());
    core.setCreator("ogi-report");
  }

  static byte[] normalize(byte[] zip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
    byte[] buffer = new byte[16384];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setLastModifiedTime(FIXED);
        copy.setTimeLocal(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
        z.putNextEntry(copy);
        int n;
        while ((n = in.read(buffer)) > 0) {
          z.write(buffer, 0, n);
        }
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // our own package, written in memory: cannot happen
    }
    return out.toByteArray();
  }
}
