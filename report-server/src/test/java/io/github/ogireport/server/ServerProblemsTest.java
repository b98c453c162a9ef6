package io.github.ogireport.server;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A request past the time limit is 503 ProblemDetail, without starting the whole application. */
class ServerProblemsTest {
  @RestController
  static class Slow {
    private final BoundedWork work;

    Slow(BoundedWork work) {
      this.work = work;
    }

    @GetMapping("/slow")
    String slow() {
      return work.run(() -> {
        Thread.sleep(5_000);
        return "late";
      });
    }
  }

  @Test
  void pastTheTimeLimitIs503() throws Exception {
    ServerProperties p = new ServerProperties();
    p.setTimeout(Duration.ofMillis(50));
    BoundedWork work = new BoundedWork(p);
    try {
      MockMvc mvc = MockMvcBuilders.standaloneSetup(new Slow(work)).setControllerAdvice(new ServerProblems()).build();
      mvc.perform(get("/slow").header("Accept-Language", "en"))
          .andExpect(status().isServiceUnavailable())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.type").value("urn:ogi-report:problem:busy"))
          .andExpect(jsonPath("$.detail").value("reading took longer than the limit of 50 ms"));
    } finally {
      work.destroy();
    }
  }
}
