package com.example.consumer;

import io.github.ogireport.model.Report;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A platform's endpoint that takes annual reports: the starter validates them and answers findings. */
@SpringBootApplication
@RestController
public class ConsumerApplication {
  public static void main(String[] args) {
    SpringApplication.run(ConsumerApplication.class, args);
  }

  @PostMapping("/reports")
  Map<String, Object> submit(@Valid @RequestBody Report report) {
    return Map.of("accepted", true, "agency", report.metadata().agency(), "year", report.metadata().year());
  }
}
