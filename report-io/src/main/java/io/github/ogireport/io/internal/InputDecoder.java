package io.github.ogireport.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a published report: a byte-order mark decides (UTF-8, UTF-16LE/BE); without one,
 * strict UTF-8, then UTF-16 recognised by its zero bytes, then strict GB18030 (which covers GBK and
 * GB2312).
 */
public final class InputDecoder {
  /** The text and the charset it was decoded with. */
  public record Decoded(String text, String charset, boolean hadBom) {}

  private InputDecoder() {}

  /** Decodes {@code bytes}, or returns empty when no supported encoding decodes them without errors. */
  public static Optional<Decoded> decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8).map(s -> new Decoded(s, "UTF-8", true));
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE).map(s -> new Decoded(s, "UTF-16LE", true));
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE).map(s -> new Decoded(s, "UTF-16BE", true));
    }
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent() && utf8.get().indexOf('\0') < 0) {
      return utf8.map(s -> new Decoded(s, "UTF-8", false));
    }
    Charset utf16 = utf16ByZeroBytes(bytes);
    if (utf16 != null) {
      Optional<String> s = strict(bytes, 0, utf16);
      if (s.isPresent()) {
        return s.map(t -> new Decoded(t, utf16.name(), false));
      }
    }
    if (utf8.isPresent()) {
      return utf8.map(s -> new Decoded(s, "UTF-8", false));
    }
    return strict(bytes, 0, Charset.forName("GB18030")).map(s -> new Decoded(s, "GB18030", false));
  }

  /**
   * UTF-16LE or UTF-16BE told by the zero bytes of mostly-ASCII text without a byte-order mark (a zero in
   * more than a quarter of the odd or even positions and almost none in the others), else {@code null}.
   */
  public static Charset utf16ByZeroBytes(byte[] bytes) {
    int n = bytes.length;
    if (n < 2 || n % 2 != 0) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    int half = n / 2;
    if (zeroOdd * 4 > half && zeroEven * 20 < half) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven * 4 > half && zeroOdd * 20 < half) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * The 1-based line and column (in characters, as decoded so far) of the first byte sequence that
   * {@code charset} cannot decode in {@code bytes[offset..]}, or line 1, column 0 if it decodes them all.
   */
  public static int[] firstMalformed(byte[] bytes, int offset, Charset charset) {
    return firstMalformed(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset);
  }

  /** As {@link #firstMalformed(byte[], int, Charset)}, for the remaining bytes of a buffer (left as is). */
  public static int[] firstMalformed(ByteBuffer bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = bytes.duplicate();
    CharBuffer out = CharBuffer.allocate(8192);
    int line = 1;
    int column = 1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      out.flip();
      while (out.hasRemaining()) {
        if (out.get() == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      out.clear();
      if (result.isError()) {
        return new int[] {line, column};
      }
      if (result.isUnderflow()) {
        return new int[] {line, 0};
      }
    }
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
