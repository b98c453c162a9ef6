package io.github.ogireport.spring;

import io.github.ogireport.model.Report;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An application as a user of the starter writes it: nothing but controllers. */
@SpringBootApplication
class TestApplication {

  @RestController
  static class Reports {
    /** Accepts a valid report; the starter answers an invalid one with a ProblemDetail. */
    @PostMapping("/reports")
    Map<String, Object> accept(@Valid @RequestBody Report report) {
      return Map.of("agency", report.metadata().agency(), "year", report.metadata().year());
    }

    /** Echoes a report: written back by Boot's ObjectMapper. */
    @PostMapping("/echo")
    Report echo(@RequestBody Report report) {
      return report;
    }

    /** Something else than a report, validated as usual. */
    record Note(@jakarta.validation.constraints.NotBlank String text) {}

    @PostMapping("/notes")
    Map<String, Object> note(@Valid @RequestBody Note note) {
      return Map.of("text", note.text());
    }

    /** The field errors of {@code @Valid}, as an application that handles them itself sees them. */
    @PostMapping("/errors")
    List<Map<String, Object>> errors(@Valid @RequestBody Report report, BindingResult result) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (FieldError e : result.getFieldErrors()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", e.getField());
        m.put("rejectedValue", e.getRejectedValue());
        m.put("message", e.getDefaultMessage());
        out.add(m);
      }
      return out;
    }
  }
}
