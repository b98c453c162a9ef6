package io.github.ogireport.cli;

import java.io.PrintWriter;

/** A progress line on standard error, updated in place; silent when not enabled. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void step(long done) {
    if (enabled && (done < 100 || done % 1000 == 0)) {
      err.print("\rchecked " + done + " reports");
      err.flush();
    }
  }

  void done(long done) {
    if (enabled) {
      err.print("\rchecked " + done + " reports\n");
      err.flush();
    }
  }
}
