package io.github.ogireport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ogi-report} command: {@code check}, {@code convert} and {@code generate}.
 *
 * <p>Exit status: 0 when everything was read and no error finding exists; 1 when an error finding
 * exists (a relation that must hold does not, or a reader error); 2 when an input could not be read
 * at all or the command line was wrong.
 *
 * @since 0.1
 */
@Command(
    name = "ogi-report",
    mixinStandardHelpOptions = true,
    version = "ogi-report 0.1.0-SNAPSHOT",
    description = "Checks, converts and generates annual reports on open government information (政府信息公开工作年度报告).",
    subcommands = {CheckCommand.class, ConvertCommand.class, GenerateCommand.class})
public final class OgiReport implements Runnable {
  /** Exit status when no error finding exists. */
  public static final int OK = 0;
  /** Exit status when an error finding exists. */
  public static final int FINDINGS = 1;
  /** Exit status when an input could not be read or the usage was wrong. */
  public static final int FAILURE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(
        new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args));
  }

  /** Runs the tool with the given streams and returns its exit status (for embedding and tests). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new OgiReport());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> FAILURE);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println(ex.getMessage());
      ex.getCommandLine().usage(err);
      return FAILURE;
    });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
