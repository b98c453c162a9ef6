package io.github.ogireport.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ogi-report} command: {@code check}, {@code convert}, {@code generate}, {@code aggregate} and
 * {@code compare}.
 *
 * <p>Exit status: {@value #OK} when everything was read and no error finding exists; {@value #FINDINGS}
 * when an error finding exists (a relation that must hold does not, or a reader finding of severity
 * ERROR, for {@code check} and {@code convert}); {@value #FAILURE} when an input could not be read at
 * all, an output could not be written (standard output closed, a missing directory) or the command
 * line was wrong; {@value #RESOURCES} when the Java VM ran out of memory or stack
 * ({@link OutOfMemoryError}, {@link StackOverflowError}). No status prints a stack trace.
 *
 * @since 0.1
 */
@Command(
    name = "ogi-report",
    mixinStandardHelpOptions = true,
    version = "ogi-report 0.1.0-SNAPSHOT",
    description = "Checks, converts, generates, aggregates and compares annual reports on open government information (政府信息公开工作年度报告).",
    subcommands = {CheckCommand.class, ConvertCommand.class, GenerateCommand.class, AggregateCommand.class,
        CompareCommand.class})
public final class OgiReport implements Runnable {
  static {
    // Apache POI logs through log4j-api; without a backend that API prints a warning on first use. The
    // tool uses log4j-api's own simple logger, errors only, unless the user configured logging.
    if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
  }

  /** Exit status when no error finding exists. */
  public static final int OK = 0;
  /** Exit status when an error finding exists. */
  public static final int FINDINGS = 1;
  /** Exit status when an input could not be read, an output could not be written or the usage was wrong. */
  public static final int FAILURE = 2;
  /** Exit status when the Java VM ran out of memory or stack: give it more ({@code -Xmx}, {@code -Xss}). */
  public static final int RESOURCES = 3;
  /**
   * Exit status when a published file (text, HTML, PDF, Word, Excel) was read but gave no statistics
   * table (a scan without a text layer, a page of prose only), and no input was unreadable.
   */
  public static final int NO_TABLE = 4;
  /** The most worker threads {@code --threads} accepts. */
  public static final int MAX_THREADS = 256;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where commands write bytes that go to standard output (convert and generate without -o). */
  private Stdout stdout = new Stdout(System.out);

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  OutputStream stdout() {
    return stdout;
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    int status;
    try {
      Stdout raw = new Stdout(new FileOutputStream(FileDescriptor.out));
      status = execute(raw,
          new PrintWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), false),
          new PrintWriter(System.err, true, StandardCharsets.UTF_8),
          args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      status = resources(e, null);
    }
    System.exit(status);
  }

  /** Runs the tool with the given streams and returns its exit status (for embedding and tests). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(System.out, out, err, args);
  }

  /**
   * Runs the tool and returns its exit status: text output goes to {@code out}, the bytes that
   * {@code convert} and {@code generate} write without {@code -o} to {@code stdout}.
   */
  public static int execute(OutputStream stdout, PrintWriter out, PrintWriter err, String... args) {
    OgiReport tool = new OgiReport();
    tool.stdout = stdout instanceof Stdout s ? s : new Stdout(stdout);
    return run(new CommandLine(tool), tool.stdout, out, err, args);
  }

  /** Runs a command line configured as the tool's: its exit statuses, messages and no stack traces. */
  static int run(CommandLine cl, Stdout stdout, PrintWriter out, PrintWriter err, String... args) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println(ex.getMessage());
      ex.getCommandLine().usage(err);
      return FAILURE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (stdout.failed() || causedBy(ex, StdoutClosedException.class)) {
        return FAILURE; // standard output was closed (a broken pipe): nothing more to say, nowhere to say it
      }
      Throwable resource = cause(ex, OutOfMemoryError.class, StackOverflowError.class);
      if (resource != null) {
        return resources(resource, err);
      }
      err.println("ogi-report: " + message(ex));
      return FAILURE;
    });
    int status;
    try {
      status = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      status = resources(e, err);
    } catch (StdoutClosedException e) {
      status = FAILURE;
    }
    try {
      out.flush();
    } catch (StdoutClosedException e) {
      status = status == OK ? FAILURE : status;
    }
    err.flush();
    return status;
  }

  private static int resources(Throwable e, PrintWriter err) {
    String what = e instanceof OutOfMemoryError
        ? "ran out of memory (" + e.getMessage() + "); give the Java VM more, e.g. java -Xmx2g -jar ogi-report.jar"
        : "ran out of stack; give the Java VM more, e.g. java -Xss16m -jar ogi-report.jar";
    if (err != null) {
      err.println("ogi-report: " + what);
      err.flush();
    } else {
      System.err.println("ogi-report: " + what);
    }
    return RESOURCES;
  }

  private static String message(Throwable e) {
    Throwable t = e;
    if (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof IOException io) {
      return Streams.describe(io);
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getName();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    return cause(e, type) != null;
  }

  @SafeVarargs
  private static Throwable cause(Throwable e, Class<? extends Throwable>... types) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(t)) {
          return t;
        }
      }
    }
    return null;
  }

  /** Standard output failed (typically a broken pipe: the reader of the output went away). */
  static final class StdoutClosedException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    StdoutClosedException(IOException cause) {
      super("standard output is closed", cause);
    }
  }

  /**
   * Standard output as bytes, throwing {@link StdoutClosedException} (which a {@link PrintWriter} does
   * not swallow) when writing fails, and remembering that it did.
   */
  static final class Stdout extends OutputStream {
    private final OutputStream out;
    private volatile boolean failed;

    Stdout(OutputStream out) {
      this.out = out;
    }

    boolean failed() {
      return failed;
    }

    @Override
    public void write(int b) {
      try {
        out.write(b);
      } catch (IOException e) {
        throw closed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw closed(e);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw closed(e);
      }
    }

    @Override
    public void close() {
      flush();
    }

    private StdoutClosedException closed(IOException e) {
      failed = true;
      return new StdoutClosedException(e);
    }
  }
}
