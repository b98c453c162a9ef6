package io.github.ogireport.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The ogi-report HTTP service: {@code java -jar report-server/target/report-server.jar}, listening on
 * {@code 127.0.0.1:8080} unless {@code --server.address} and {@code --server.port} say otherwise.
 *
 * <p>{@code POST /api/check}, {@code POST /api/convert}, {@code GET /api/rules}, the page at {@code /},
 * the OpenAPI description at {@code /v3/api-docs} and {@code /actuator/health}. See the README.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerProperties.class)
public class ReportServer {
  /** Starts the server. */
  public static void main(String[] args) {
    SpringApplication.run(ReportServer.class, args);
  }
}
