package io.github.ogireport.server;

/** The name of an upload, used only to tell text formats apart by extension: never as a path. */
final class Uploads {
  private static final int MAX_NAME = 200;

  private Uploads() {}

  /**
   * The last segment of the client's file name (after any {@code /} or {@code \}), without control
   * characters, at most 200 characters; {@code upload} when nothing is left.
   */
  static String name(String original) {
    if (original == null) {
      return "upload";
    }
    String s = original;
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    s = s.substring(cut + 1);
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_NAME));
    s.codePoints().filter(c -> !Character.isISOControl(c)).limit(MAX_NAME).forEach(sb::appendCodePoint);
    String name = sb.toString().strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload" : name;
  }
}
