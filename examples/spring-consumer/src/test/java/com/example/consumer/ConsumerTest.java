package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.io.text.TextReportReader;
import io.github.ogireport.model.Report;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The consumer on a random loopback port, with reports read from the repository's samples. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ConsumerTest {
  private static final Path SAMPLES = Path.of("../../samples");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  private static Report sample(String name) throws Exception {
    return TextReportReader.lenient().read(Files.readString(SAMPLES.resolve(name))).report();
  }

  private ResponseEntity<String> submit(Report report, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.exchange(URI.create("http://127.0.0.1:" + port + "/reports"), HttpMethod.POST,
        new HttpEntity<>(ReportJson.standard().write(report), headers), String.class);
  }

  @Test
  void validReportIsAccepted() throws Exception {
    // samples/README.md: F01 (淮安市人民政府 2024): all identities hold
    ResponseEntity<String> r = submit(sample("f01-huaian-2024.layout.txt"), "en");
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
    assertThat(MAPPER.readTree(r.getBody()).path("agency").asText()).isEqualTo("淮安市人民政府");
  }

  @Test
  void brokenReviewTotalIs400ProblemDetailInTheRequestedLanguage() throws Exception {
    Report seed004 = sample("seed-004-zhangdian-2020.txt");
    for (String language : new String[] {"zh-CN", "en"}) {
      ResponseEntity<String> r = submit(seed004, language);
      assertThat(r.getStatusCode().value()).isEqualTo(400);
      assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode finding = MAPPER.readTree(r.getBody()).path("findings").get(0);
      // samples/README.md: 行政复议 总计 9 ≠ 14+4+0+0 = 18
      assertThat(finding.path("rule").asText()).isEqualTo("review.total");
      assertThat(finding.path("reported").asInt()).isEqualTo(9);
      assertThat(finding.path("computed").asInt()).isEqualTo(18);
      assertThat(finding.path("location").asText()).isEqualTo("/tables/review_litigation/rows/review/total");
      assertThat(finding.path("message").asText())
          .contains(language.startsWith("zh") ? "行政复议" : "Administrative reconsideration");
    }
  }
}
