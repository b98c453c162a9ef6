package io.github.ogireport.cli;

import io.github.ogireport.findings.CheckedReport;

/** Prints the outcome of {@code check}, one report at a time, then a summary. */
interface CheckPrinter {
  void print(CheckedReport checked);

  void summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable) throws java.io.IOException;

  /** Releases what the printer holds (temporary files), whether or not the summary was printed. */
  default void close() throws java.io.IOException {}
}
