package io.github.ogireport.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The starter in a running application: one context, a real Tomcat on a random loopback port (checked
 * over HTTP) and MockMvc on the same context.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Boot's own ProblemDetail handler on, as many applications have it: the findings still come first
    properties = {"server.address=127.0.0.1", "spring.mvc.problemdetails.enabled=true"})
@AutoConfigureMockMvc
class StarterWebTest {
  private static final Report VALID = Fixtures.valid();
  private static final Report BROKEN = Fixtures.brokenReviewTotal();

  @Autowired MockMvc mvc;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper mapper;
  @LocalServerPort int port;

  private static String json(Report r) {
    return ReportJson.standard().write(r);
  }

  private ResponseEntity<String> postOverHttp(String path, Report report, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.exchange(URI.create("http://127.0.0.1:" + port + path), org.springframework.http.HttpMethod.POST,
        new HttpEntity<>(json(report), headers), String.class);
  }

  @Test
  void validReportIsAcceptedOverHttpOnLoopback() throws Exception {
    ResponseEntity<String> r = postOverHttp("/reports", VALID, "en");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = mapper.readTree(r.getBody());
    assertThat(body.path("agency").asText()).isEqualTo(VALID.metadata().agency());
    assertThat(body.path("year").asInt()).isEqualTo(VALID.metadata().year());
  }

  @Test
  void brokenReviewTotalIsProblemDetailInEnglishOverHttp() throws Exception {
    ResponseEntity<String> r = postOverHttp("/reports", BROKEN, "en-US,en;q=0.9");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = mapper.readTree(r.getBody());
    assertThat(problem.path("type").asText()).isEqualTo("urn:ogi-report:problem:report-findings");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("title").asText()).isEqualTo("The report's figures do not add up");
    assertThat(problem.path("instance").asText()).isEqualTo("/reports");
    JsonNode finding = reviewTotal(problem);
    var expected = ReportValidator.standard().validate(BROKEN).findings("review.total").get(0);
    assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.path("location").asText()).isEqualTo(expected.location().jsonPath()).startsWith("/tables/review_litigation/rows/review/");
    assertThat(finding.path("reported").decimalValue()).isEqualByComparingTo(expected.reported().orElseThrow());
    assertThat(finding.path("computed").decimalValue()).isEqualByComparingTo(expected.computed().orElseThrow());
    assertThat(finding.path("reported").decimalValue()).isNotEqualByComparingTo(finding.path("computed").decimalValue());
    assertThat(finding.path("message").asText()).isEqualTo(expected.message(Locale.ENGLISH)).contains("total is");
  }

  @Test
  void brokenReviewTotalInChineseByAcceptLanguageWithMockMvc() throws Exception {
    var expected = ReportValidator.standard().validate(BROKEN).findings("review.total").get(0);
    mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content(json(BROKEN))
            .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("报告数据未通过校验"))
        .andExpect(jsonPath("$.findings[?(@.rule == 'review.total')].message")
            .value(expected.message(Locale.SIMPLIFIED_CHINESE)))
        .andExpect(jsonPath("$.findings[?(@.rule == 'review.total')].location").value(expected.location().jsonPath()));
  }

  @Test
  void validReportIsAcceptedWithMockMvc() throws Exception {
    mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content(json(VALID)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.agency").value(VALID.metadata().agency()));
  }

  @Test
  void rejectedValueIsTheReportedNumberAndMessageFollowsTheLocale() throws Exception {
    var expected = ReportValidator.standard().validate(BROKEN).findings("review.total").get(0);
    for (String language : List.of("en", "zh")) {
      String body = mvc.perform(post("/errors").contentType(MediaType.APPLICATION_JSON).content(json(BROKEN))
              .header(HttpHeaders.ACCEPT_LANGUAGE, language))
          .andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      JsonNode errors = mapper.readTree(body);
      assertThat(errors).hasSize(1);
      JsonNode e = errors.get(0);
      assertThat(e.path("field").asText()).isEqualTo("tables[review_litigation].rows[review].total");
      assertThat(e.path("rejectedValue").isNumber()).as(body).isTrue();
      assertThat(e.path("rejectedValue").decimalValue()).isEqualByComparingTo(expected.reported().orElseThrow());
      Locale locale = language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      assertThat(e.path("message").asText()).isEqualTo("[review.total] " + expected.message(locale));
    }
  }

  @Test
  void otherValidationErrorsAreLeftToBoot() throws Exception {
    mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Invalid request content."))
        .andExpect(jsonPath("$.findings").doesNotExist());
  }

  @Test
  void bootObjectMapperReadsAndWritesTheSdkJson() throws Exception {
    String written = mapper.writeValueAsString(VALID);
    assertThat(ReportJson.standard().read(written)).isEqualTo(VALID);
    String echoed = mvc.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content(json(VALID)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ReportJson.standard().read(echoed)).isEqualTo(VALID);
  }

  private static JsonNode reviewTotal(JsonNode problem) {
    for (JsonNode f : problem.path("findings")) {
      if (f.path("rule").asText().equals("review.total")) {
        return f;
      }
    }
    throw new AssertionError("no review.total finding in " + problem);
  }
}
