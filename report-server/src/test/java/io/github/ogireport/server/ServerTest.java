package io.github.ogireport.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.documents.DocumentReaders;
import io.github.ogireport.findings.CheckedReport;
import io.github.ogireport.findings.CheckedReportJson;
import io.github.ogireport.generator.ReportGenerator;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.json.ReportJson;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The server over HTTP on a random loopback port: one context for every server test. */
@SpringBootTest(classes = ReportServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.servlet.multipart.max-file-size=2MB",
        "spring.servlet.multipart.max-request-size=3MB", "spring.servlet.multipart.file-size-threshold=3MB"})
class ServerTest {
  static final Path SEED_004 = Path.of("../samples/seed-004-zhangdian-2020.txt");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @LocalServerPort int port;
  @Value("${server.address}") String address;

  private RestClient client() {
    return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
        .build();
  }

  private static MultiValueMap<String, Object> upload(byte[] bytes, String name) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return form;
  }

  private ResponseEntity<String> post(String path, MultiValueMap<String, Object> form, String language) {
    return client().post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA)
        .header("Accept-Language", language).body(form).retrieve().toEntity(String.class);
  }

  @Test
  void listensOnLoopback() {
    assertThat(address).isEqualTo("127.0.0.1");
  }

  @Test
  void uploadedSampleGetsItsFindingsAsTheCliPrintsThem() throws Exception {
    byte[] bytes = Files.readAllBytes(SEED_004);
    ResponseEntity<String> r = post("/api/check", upload(bytes, "seed-004-zhangdian-2020.txt"), "en");
    assertThat(r.getStatusCode().value()).isEqualTo(200);
    assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode body = MAPPER.readTree(r.getBody());
    assertThat(body.path("source").asText()).isEqualTo("seed-004-zhangdian-2020.txt");
    assertThat(body.path("status").asText()).isEqualTo("errors");
    assertThat(body.path("agency").asText()).isEqualTo("张店区人民政府");
    assertThat(body.path("year").asInt()).isEqualTo(2020);
    JsonNode finding = body.path("findings").get(0);
    // samples/README.md: 行政复议 总计 9 ≠ 14+4+0+0 = 18
    assertThat(finding.path("rule").asText()).isEqualTo("review.total");
    assertThat(finding.path("reported").asInt()).isEqualTo(9);
    assertThat(finding.path("computed").asInt()).isEqualTo(18);
    assertThat(finding.path("message").path("zh").asText()).isNotBlank();
    // the same writer as `check --format json`, on the same reading
    ReadResult read = DocumentReaders.lenient().read(bytes, "seed-004-zhangdian-2020.txt");
    assertThat(r.getBody()).isEqualTo(CheckedReportJson.write(new CheckedReport("seed-004-zhangdian-2020.txt", read,
        null, ReportValidator.standard().validate(read.report()), true)));
  }

  @Test
  void jsonBodyOfAValidReportIsOk() throws Exception {
    Report report = ReportGenerator.builder().seed(12).edition(Edition.V2021).narrative(false).build().generate(0);
    ResponseEntity<String> r = client().post().uri("/api/check").contentType(MediaType.APPLICATION_JSON)
        .body(ReportJson.standard().write(report)).retrieve().toEntity(String.class);
    assertThat(r.getStatusCode().value()).isEqualTo(200);
    JsonNode body = MAPPER.readTree(r.getBody());
    assertThat(body.path("errors").asInt()).isZero();
    assertThat(body.path("edition").asText()).isEqualTo("2021");
  }

  @Test
  void unreadableUploadIs422WithTheReadersLocation() throws Exception {
    ResponseEntity<String> r = client().post().uri("/api/check").contentType(MediaType.APPLICATION_JSON)
        .body("{\"format\":\"ogi-report/1\",\n \"bogus\": 1}").retrieve().toEntity(String.class);
    assertThat(r.getStatusCode().value()).isEqualTo(422);
    assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = MAPPER.readTree(r.getBody());
    assertThat(problem.path("type").asText()).isEqualTo("urn:ogi-report:problem:unreadable-report");
    assertThat(problem.path("detail").asText()).contains("bogus");
    assertThat(problem.path("line").asInt()).isEqualTo(2);

    ResponseEntity<String> pdf = post("/api/check", upload("%PDF-1.4\nbroken".getBytes(StandardCharsets.US_ASCII),
        "x.pdf"), "zh");
    assertThat(pdf.getStatusCode().value()).isEqualTo(422);
    assertThat(MAPPER.readTree(pdf.getBody()).path("title").asText()).isEqualTo("无法读取报告");
  }

  @Test
  void uploadOverTheLimitIs413() throws Exception {
    byte[] big = new byte[(2 << 20) + 1024];
    java.util.Arrays.fill(big, (byte) 'x');
    ResponseEntity<String> r = post("/api/check", upload(big, "big.txt"), "en");
    assertThat(r.getStatusCode().value()).isEqualTo(413);
    assertThat(MAPPER.readTree(r.getBody()).path("type").asText()).isEqualTo("urn:ogi-report:problem:input-limit");
  }

  @Test
  void convertsToXlsxAndJson() throws Exception {
    byte[] bytes = Files.readAllBytes(SEED_004);
    ResponseEntity<byte[]> xlsx = client().post().uri("/api/convert?to=xlsx").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(upload(bytes, "seed-004.txt")).retrieve().toEntity(byte[].class);
    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("report.xlsx");
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      boolean found = false;
      for (Row row : wb.getSheetAt(0)) {
        for (Cell cell : row) {
          found |= cell.toString().contains("张店区人民政府");
        }
      }
      assertThat(found).as("the agency in the workbook").isTrue();
    }
    ResponseEntity<String> json = client().post().uri("/api/convert?to=json").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(upload(bytes, "seed-004.txt")).retrieve().toEntity(String.class);
    assertThat(ReportJson.standard().read(json.getBody()))
        .isEqualTo(DocumentReaders.lenient().read(bytes, "seed-004.txt").report());
    ResponseEntity<String> bad = client().post().uri("/api/convert?to=nope").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(upload(bytes, "seed-004.txt")).retrieve().toEntity(String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void rulesOpenApiHealthAndThePage() throws Exception {
    JsonNode rules = MAPPER.readTree(client().get().uri("/api/rules").retrieve().body(String.class));
    assertThat(rules.path("rules").findValuesAsText("id")).contains("review.total", "applications.outcomes-total");
    String api = client().get().uri("/v3/api-docs").retrieve().body(String.class);
    assertThat(MAPPER.readTree(api).path("paths").has("/api/check")).isTrue();
    assertThat(MAPPER.readTree(api).path("paths").has("/api/convert")).isTrue();
    assertThat(client().get().uri("/actuator/health").retrieve().body(String.class)).isEqualTo("{\"status\":\"UP\"}");
    assertThat(client().get().uri("/actuator/env").retrieve().toEntity(String.class).getStatusCode().value())
        .isEqualTo(404);
    ResponseEntity<String> page = client().get().uri("/").retrieve().toEntity(String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("<input type=\"file\"").doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void htmlFindingsReportMarksTheRule() {
    ResponseEntity<String> r = post("/api/check?format=html",
        upload(readUnchecked(SEED_004), "seed-004-zhangdian-2020.txt"), "zh");
    assertThat(r.getStatusCode().value()).isEqualTo(200);
    assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(r.getBody()).contains("data-rule=\"review.total\"");
  }

  private static byte[] readUnchecked(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
