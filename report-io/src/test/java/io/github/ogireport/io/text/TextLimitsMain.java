package io.github.ogireport.io.text;

import io.github.ogireport.io.ReportException;

/** Reads each input named and prints how it ended: {@code read} or the exception's class. */
final class TextLimitsMain {
  private TextLimitsMain() {}

  static String input(String name) {
    String heading = "三、收到和处理政府信息公开申请情况\n";
    return switch (name) {
      case "spaced" -> "1 ".repeat(3_900_000);
      case "spaced-in-table" -> heading + "1 ".repeat(3_900_000);
      case "tabbed" -> "1\t".repeat(3_900_000);
      case "tabs" -> "\t".repeat(7_800_000);
      case "lines-in-table" -> heading + "1\n".repeat(390_000);
      case "stream-glued" -> heading + "1a".repeat(990_000);
      case "stream-lines" -> ("1 ".repeat(4_000) + "\n").repeat(240);
      default -> throw new IllegalArgumentException(name);
    };
  }

  public static void main(String[] args) {
    for (String a : args) {
      String outcome;
      try {
        String text = input(a);
        TextReportReader.lenient().read(text);
        outcome = "read";
      } catch (ReportException e) {
        outcome = e.getClass().getSimpleName();
      } catch (OutOfMemoryError e) {
        outcome = "OutOfMemoryError";
      }
      System.out.println(a + " " + outcome);
    }
  }
}
