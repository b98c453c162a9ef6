package io.github.ogireport.io.html;

import io.github.ogireport.io.ReportException;
import java.nio.file.Path;

/** Reads each page named and prints how it ended: {@code read} or the exception's class. */
final class HtmlLimitsMain {
  private HtmlLimitsMain() {}

  public static void main(String[] args) {
    for (String a : args) {
      Path file = Path.of(a);
      String outcome;
      try {
        HtmlReportReader.lenient().read(file);
        outcome = "read";
      } catch (ReportException e) {
        outcome = e.getClass().getSimpleName();
      } catch (OutOfMemoryError e) {
        outcome = "OutOfMemoryError";
      }
      System.out.println(file.getFileName() + " " + outcome);
    }
  }
}
