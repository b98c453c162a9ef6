package io.github.ogireport.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the tool: exit status, standard output and standard error. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OgiReport.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
