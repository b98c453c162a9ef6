package io.github.ogireport.cli;

import io.github.ogireport.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.text.TextReportReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Outputs, exit statuses and messages when things go wrong. */
final class ReliabilityTest {
  private static final String SAMPLE = "../samples/seed-003-jincheng-2020.txt";

  // ------------------------------------------------------------------ D1: outputs are atomic and never the input

  @Test
  void convert_refuses_to_write_over_its_own_input(@TempDir Path dir) throws IOException {
    Path ndjson = dir.resolve("r.ndjson");
    then(CliRun.of("generate", "--edition", "2021", "--count", "3", "--seed", "1", "-o", ndjson.toString()).status())
        .isZero();
    Path text = dir.resolve("r.txt");
    Files.copy(Path.of(SAMPLE), text);
    Path html = dir.resolve("r.html");
    then(CliRun.of("convert", SAMPLE, "--to", "html", "-o", html.toString()).status()).isZero();

    for (Object[] c : new Object[][] {{ndjson, "json"}, {text, "text"}, {html, "html"}, {text, "json"}}) {
      Path in = (Path) c[0];
      byte[] before = Files.readAllBytes(in);
      CliRun run = CliRun.of("convert", in.toString(), "--to", (String) c[1], "-o", in.toString());

      then(run.status()).as(in + " " + c[1]).isEqualTo(OgiReport.FAILURE);
      then(run.err()).as(in + " " + c[1]).contains("is the input");
      then(Files.readAllBytes(in)).as(in + " " + c[1]).isEqualTo(before);
    }
    then(temporaryFiles(dir)).isEmpty();
  }

  @Test
  void check_locates_a_broken_ndjson_line_on_its_line_of_the_file(@TempDir Path dir) throws IOException {
    Path ndjson = dir.resolve("r.ndjson");
    then(CliRun.of("generate", "--edition", "2021", "--count", "3", "--seed", "1", "-o", ndjson.toString()).status())
        .isZero();
    List<String> lines = new ArrayList<>(Files.readAllLines(ndjson, StandardCharsets.UTF_8));
    lines.set(2, lines.get(2).substring(0, 40)); // the third report cut short
    Files.write(ndjson, lines, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("check", "--format", "json", ndjson.toString());

    then(run.status()).isEqualTo(OgiReport.FAILURE);
    String failed = run.out().lines().filter(l -> l.contains("\"error\"")).findFirst().orElseThrow();
    then(failed).contains(ndjson + ":3").contains("(line 3, column ").doesNotContain("(line 1,");
  }

  @Test
  void convert_refuses_an_output_that_is_a_link_to_its_input(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("r.txt");
    Files.copy(Path.of(SAMPLE), text);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), text);
    Path hard = Files.createLink(dir.resolve("hard.txt"), text);
    byte[] before = Files.readAllBytes(text);

    for (Path out : List.of(link, hard)) {
      CliRun run = CliRun.of("convert", text.toString(), "--to", "text", "-o", out.toString());

      then(run.status()).as(out.toString()).isEqualTo(OgiReport.FAILURE);
      then(Files.readAllBytes(text)).isEqualTo(before);
    }
    // and the other way round: the input named through the link
    then(CliRun.of("convert", link.toString(), "--to", "text", "-o", text.toString()).status())
        .isEqualTo(OgiReport.FAILURE);
    then(Files.readAllBytes(text)).isEqualTo(before);
  }

  @Test
  void a_failed_convert_leaves_the_previous_output_intact_and_no_temporary_file(@TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": ", StandardCharsets.UTF_8);
    Path badLines = dir.resolve("bad.ndjson");
    CliRun.of("generate", "--edition", "2019", "--count", "5", "--seed", "2", "-o", badLines.toString());
    Files.writeString(badLines, "{\"format\": \n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path out = dir.resolve("out.json");
    Files.writeString(out, "previous\n", StandardCharsets.UTF_8);

    then(CliRun.of("convert", bad.toString(), "--to", "json", "-o", out.toString()).status())
        .isEqualTo(OgiReport.FAILURE);
    then(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("previous\n");
    // a stream that fails after five good reports: the five are not left behind either
    then(CliRun.of("convert", badLines.toString(), "--to", "json", "-o", out.toString()).status())
        .isEqualTo(OgiReport.FAILURE);
    then(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("previous\n");
    then(temporaryFiles(dir)).isEmpty();
  }

  @Test
  void a_successful_convert_replaces_the_output_and_writes_through_a_link(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.json");
    Files.writeString(out, "previous\n", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), out);

    then(CliRun.of("convert", SAMPLE, "--to", "json", "-o", link.toString()).status()).isZero();

    then(Files.isSymbolicLink(link)).isTrue();
    then(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{\"format\":\"ogi-report/1\"");
    then(temporaryFiles(dir)).isEmpty();
  }

  @Test
  void an_output_in_a_missing_directory_is_a_message_not_a_stack_trace(@TempDir Path dir) {
    String missing = dir.resolve("no/such/dir/out.json").toString();

    for (String[] args : List.of(
        new String[] {"convert", SAMPLE, "--to", "json", "-o", missing},
        new String[] {"generate", "--edition", "2021", "--count", "2", "-o", missing})) {
      CliRun run = CliRun.of(args);

      then(run.status()).as(args[0]).isEqualTo(OgiReport.FAILURE);
      then(run.err()).as(args[0]).contains("does not exist").doesNotContain("\tat ").doesNotContain("Exception");
    }
  }

  @Test
  void an_interrupted_generate_leaves_the_previous_output_and_no_temporary_file(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path out = dir.resolve("big.ndjson");
    Files.writeString(out, "previous\n", StandardCharsets.UTF_8);
    Process p = Forked.start(dir, "-Xmx128m", "generate", "--edition", "2021", "--count", "100000000", "--seed",
        "1", "-o", out.toString());
    // wait until the temporary file has content, then interrupt (SIGTERM, as SIGINT: shutdown hooks run)
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && temporaryFiles(dir).stream().noneMatch(ReliabilityTest::nonEmpty)) {
      then(p.isAlive()).as("generate ended before it was interrupted").isTrue();
      Thread.sleep(20);
    }
    then(temporaryFiles(dir)).isNotEmpty();
    p.destroy();
    then(p.waitFor()).isNotZero();

    then(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("previous\n");
    then(temporaryFiles(dir)).isEmpty();
  }

  // ------------------------------------------------------------------ D2: an unreadable NDJSON as the last input

  @Test
  void a_missing_or_looping_ndjson_as_the_last_input_is_unreadable(@TempDir Path dir) throws IOException {
    Path loop = dir.resolve("loop.ndjson");
    Files.createSymbolicLink(loop, loop);

    for (String missing : List.of(dir.resolve("missing.ndjson").toString(), loop.toString())) {
      CliRun run = CliRun.of("check", "--format", "json", SAMPLE, missing);

      then(run.status()).as(missing).isEqualTo(OgiReport.FAILURE);
      then(run.err()).as(missing).doesNotContain("NoSuchElementException").doesNotContain("\tat ");
      List<com.fasterxml.jackson.databind.JsonNode> reports = CheckCommandTest.reports(run.out());
      then(reports).as(missing).hasSize(2);
      then(reports.get(1).path("status").asText()).isEqualTo("unreadable");
      then(reports.get(1).path("source").asText()).isEqualTo(missing);
    }
    then(CliRun.of("check", dir.resolve("nonexistent.ndjson").toString()).status()).isEqualTo(OgiReport.FAILURE);
  }

  // ------------------------------------------------------------------ D5: out of memory has its own status

  @Command(name = "thrower")
  static final class Thrower implements Callable<Integer> {
    @CommandLine.Parameters(index = "0")
    String what;

    @Override
    public Integer call() {
      if (what.equals("memory")) {
        throw new OutOfMemoryError("Java heap space");
      }
      throw new StackOverflowError();
    }
  }

  @Test
  void running_out_of_memory_or_stack_exits_three_with_a_message() {
    for (String what : List.of("memory", "stack")) {
      StringWriter err = new StringWriter();
      int status = OgiReport.run(new CommandLine(new Thrower()), new OgiReport.Stdout(OutputStream.nullOutputStream()),
          new PrintWriter(new StringWriter()), new PrintWriter(err), what);

      then(status).as(what).isEqualTo(OgiReport.RESOURCES).isEqualTo(3);
      then(err.toString()).as(what).contains("ran out of " + what).doesNotContain("\tat ");
    }
  }

  @Test
  void out_of_memory_in_a_real_run_exits_three(@TempDir Path dir) throws IOException, InterruptedException {
    // a JSON document within the 16 MiB limit, read with far too small a heap
    Path big = dir.resolve("big.json");
    String narrative = "x".repeat(1 << 20);
    StringBuilder json = new StringBuilder("{\"format\":\"ogi-report/1\",\"pad\":[");
    for (int i = 0; i < 14; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(narrative).append('"');
    }
    Files.writeString(big, json.append("]}").toString(), StandardCharsets.UTF_8);

    Process p = Forked.start(dir, "-Xmx12m", "check", "--threads", "1", big.toString());

    then(p.waitFor()).isEqualTo(OgiReport.RESOURCES);
    then(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8))
        .contains("ran out of memory").doesNotContain("\tat ");
  }

  // ------------------------------------------------------------------ D11: statuses and messages

  @Test
  void a_broken_pipe_on_standard_output_exits_two_quietly() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    for (String[] args : List.of(
        new String[] {"generate", "--edition", "2021", "--count", "1000"},
        new String[] {"convert", SAMPLE, "--to", "json"},
        new String[] {"check", "--threads", "2", "../samples"})) {
      OgiReport.Stdout stdout = new OgiReport.Stdout(broken);
      StringWriter err = new StringWriter();
      int status = OgiReport.execute(stdout,
          new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8)), new PrintWriter(err), args);

      then(status).as(args[0]).isEqualTo(OgiReport.FAILURE);
      then(err.toString()).as(args[0]).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Broken pipe");
    }
  }

  @Test
  void convert_exits_one_when_the_reader_found_errors(@TempDir Path dir) throws IOException {
    String text = String.join("\n",
        "石桥村2023年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "一、本年新收政府信息公开申请数量  5  0  0  0  0  0  5",
        "二、上年结转政府信息公开申请数量    1  0  0  0  0  0  1",
        "（一）予以公开  1  0  0  0  0  0  1  0  4",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）    2  0  0  0  0  0  2",
        "");
    assertThat(TextReportReader.lenient().read(text).findings())
        .as("the fixture must give an ERROR reader finding (nine values on a row of seven cells)")
        .anyMatch(f -> f.severity() == Severity.ERROR);
    Path in = dir.resolve("errors.txt");
    Files.writeString(in, text, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");

    CliRun run = CliRun.of("convert", in.toString(), "--to", "json", "-o", out.toString());

    then(run.status()).isEqualTo(OgiReport.FINDINGS);
    then(run.err()).contains("ERROR");
    then(out).exists(); // the conversion itself is written
    then(CliRun.of("convert", SAMPLE, "--to", "json", "-o", out.toString()).status()).isEqualTo(OgiReport.OK);
  }

  @Test
  void threads_are_between_one_and_the_documented_maximum() {
    for (String n : List.of("0", "-1", "257", "1000000")) {
      CliRun run = CliRun.of("check", "--threads", n, SAMPLE);

      then(run.status()).as(n).isEqualTo(OgiReport.FAILURE);
      then(run.err()).as(n).contains("--threads must be between 1 and 256").contains("Usage:");
    }
    then(OgiReport.MAX_THREADS).isEqualTo(256);
    then(CliRun.of("check", "--threads", "256", SAMPLE).status()).isEqualTo(OgiReport.OK);
  }

  @Test
  void an_unreadable_subdirectory_is_reported_and_the_walk_goes_on(@TempDir Path dir) throws IOException {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path locked = Files.createDirectory(dir.resolve("b-locked"));
    Path c = Files.createDirectory(dir.resolve("c"));
    Files.copy(Path.of(SAMPLE), a.resolve("one.txt"));
    Files.copy(Path.of(SAMPLE), locked.resolve("hidden.txt"));
    Files.copy(Path.of(SAMPLE), c.resolve("two.txt"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "the tests run with permission to read anything (root)");

      CliRun run = CliRun.of("check", "--format", "json", dir.toString());

      then(run.status()).isEqualTo(OgiReport.FAILURE);
      then(run.err()).doesNotContain("\tat ");
      List<com.fasterxml.jackson.databind.JsonNode> reports = CheckCommandTest.reports(run.out());
      then(reports).extracting(r -> Path.of(r.path("source").asText()).getFileName().toString())
          .containsExactly("one.txt", "b-locked", "two.txt");
      then(reports.get(1).path("status").asText()).isEqualTo("unreadable");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void the_walk_records_what_it_cannot_read_and_goes_on() {
    List<Inputs.Input> found = new ArrayList<>();
    Inputs.Visitor visitor = new Inputs.Visitor(found);
    Path locked = Path.of("d", "locked");

    then(visitor.visitFileFailed(locked, new java.nio.file.AccessDeniedException(locked.toString())))
        .isEqualTo(java.nio.file.FileVisitResult.CONTINUE);
    then(visitor.postVisitDirectory(Path.of("d"), new IOException("lost")))
        .isEqualTo(java.nio.file.FileVisitResult.CONTINUE);
    then(found).extracting(Inputs.Input::path).containsExactly(locked, Path.of("d"));
    then(found).allMatch(i -> i.failure() != null);
  }

  // ------------------------------------------------------------------ D3/D4: whole-file and line limits

  @Test
  void a_file_beyond_its_limit_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
    for (String name : List.of("big.json", "big.html", "big.txt")) {
      Path big = dir.resolve(name);
      try (var ch = java.nio.channels.FileChannel.open(big,
          java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 300L << 20); // a sparse 300 MB file
      }
      CliRun run = CliRun.of("check", "--format", "json", big.toString());

      then(run.status()).as(name).isEqualTo(OgiReport.FAILURE);
      then(CheckCommandTest.reports(run.out()).get(0).path("error").asText()).as(name)
          .contains("more than the limit");
      then(CliRun.of("convert", big.toString(), "--to", "json").err()).as(name).contains("more than the limit");
    }
  }

  @Test
  void an_ndjson_line_beyond_the_limit_is_refused_in_a_small_heap(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path file = dir.resolve("long.ndjson");
    CliRun.of("generate", "--edition", "2021", "--count", "2", "--seed", "5", "-o", file.toString());
    byte[] mib = new byte[1 << 20];
    java.util.Arrays.fill(mib, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
      for (int i = 0; i < 100; i++) {
        out.write(mib); // one line of 100 MiB, beyond the 16 MiB limit
      }
      out.write('\n');
    }
    CliRun.of("generate", "--edition", "2021", "--count", "1", "--seed", "6", "-o", dir.resolve("one.ndjson").toString());
    Files.write(file, Files.readAllBytes(dir.resolve("one.ndjson")), java.nio.file.StandardOpenOption.APPEND);

    Process p = Forked.start(dir, "-Xmx96m", "check", "--format", "json", file.toString());

    then(p.waitFor()).isEqualTo(OgiReport.FAILURE);
    List<com.fasterxml.jackson.databind.JsonNode> reports =
        CheckCommandTest.reports(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    then(reports).hasSize(4);
    then(reports.get(2).path("source").asText()).endsWith(":3");
    then(reports.get(2).path("error").asText()).contains("longer than the limit of 16777216");
    then(reports.get(3).path("status").asText()).isNotEqualTo("unreadable");
    then(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError");
  }

  private static boolean nonEmpty(Path p) {
    try {
      return Files.size(p) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  /** The tool in its own JVM, output to {@code out.txt} and {@code err.txt} in the directory. */
  static final class Forked {
    static Process start(Path dir, String heap, String... args) throws IOException {
      List<String> cmd = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          heap,
          "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"),
          OgiReport.class.getName()));
      cmd.addAll(List.of(args));
      return new ProcessBuilder(cmd)
          .redirectOutput(dir.resolve("out.txt").toFile())
          .redirectError(dir.resolve("err.txt").toFile())
          .start();
    }
  }
}
