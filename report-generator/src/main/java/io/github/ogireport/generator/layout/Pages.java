package io.github.ogireport.generator.layout;

import java.util.ArrayList;
import java.util.List;

/** Page furniture shared by the families that show page breaks: a page counter and wrapped lines. */
final class Pages {
  private int page;

  Pages(int first) {
    this.page = first;
  }

  /** The footer of the current page ({@code — 3 —}); moves to the next page. */
  String footer() {
    return "— " + page++ + " —";
  }

  /** A bare page number, moving to the next page. */
  String number() {
    return Integer.toString(page++);
  }

  /** The current page number, without moving on. */
  int current() {
    return page;
  }

  /** Breaks text into lines of at most {@code width} characters, as a PDF prints a paragraph. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + width);
      lines.add(text.substring(i, end));
      i = end;
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }
}
