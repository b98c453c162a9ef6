package com.example.consumer;

import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ReportPropertyTest {
  private static final AtomicInteger TRIES = new AtomicInteger();

  @Property(tries = 50)
  boolean every_generated_report_has_an_agency(@ForAll Report report) {
    TRIES.incrementAndGet();
    return !report.metadata().agency().isBlank();
  }

  /** Tells verify.groovy how many reports the property saw. */
  @AfterContainer
  static void recordTries() throws IOException {
    Files.writeString(Path.of("target/property-tries.txt"), Integer.toString(TRIES.get()), StandardCharsets.UTF_8);
  }

  @Test
  void jupiter_runs_beside_jqwik() {
    Assertions.assertEquals(4, 2 + 2);
  }
}
