package io.github.ogireport.io.internal;

import io.github.ogireport.model.OfficialForm;
import java.util.ArrayList;
import java.util.List;

/**
 * The scan of the legacy form's header words run together ({@code 指标名称计量单位2014年度历年累计}), shared by the line
 * reading (a header row) and the token stream (the end of the header after a caption): the words of
 * {@link OfficialForm#LEGACY_HEADER_WORDS}, longest first, a year's column ({@code 2014年}, {@code 2014年度}) and,
 * for the token stream, the caption's last word.
 */
public final class LegacyHeaderWords {
  private LegacyHeaderWords() {}

  /** The words the token stream also skips after a caption: 统计表 (the caption's end). */
  private static final List<String> WITH_CAPTION_END = withCaptionEnd();

  private static List<String> withCaptionEnd() {
    List<String> w = new ArrayList<>(OfficialForm.LEGACY_HEADER_WORDS);
    w.add("统计表");
    w.sort((a, b) -> b.length() - a.length());
    return List.copyOf(w);
  }

  /**
   * The end of the run of header words that starts at {@code from} in {@code s} ({@code from} itself when none),
   * {@code count[0]} set to how many words it holds.
   *
   * @param captionEnd true if the caption's last word 统计表 counts as a header word
   */
  public static int end(String s, int from, boolean captionEnd, int[] count) {
    List<String> words = captionEnd ? WITH_CAPTION_END : OfficialForm.LEGACY_HEADER_WORDS;
    int at = from;
    int n = 0;
    while (at < s.length()) {
      int next = -1;
      for (String w : words) {
        if (s.startsWith(w, at)) {
          next = at + w.length();
          break;
        }
      }
      if (next < 0) {
        next = yearColumnEnd(s, at);
      }
      if (next < 0) {
        break;
      }
      at = next;
      n++;
    }
    count[0] = n;
    return at;
  }

  /** The end of a year's column header at {@code at} (four digits, 年, an optional 度), or -1. */
  private static int yearColumnEnd(String s, int at) {
    int e = at;
    while (e < s.length() && e - at < 4 && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
      e++;
    }
    if (e - at != 4 || e >= s.length() || s.charAt(e) != '年' || (s.charAt(at) != '1' && s.charAt(at) != '2')) {
      return -1;
    }
    return e + 1 < s.length() && s.charAt(e + 1) == '度' ? e + 2 : e + 1;
  }
}
