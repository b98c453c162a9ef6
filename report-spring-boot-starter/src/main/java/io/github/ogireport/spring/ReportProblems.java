package io.github.ogireport.spring;

import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.NotEvaluable;
import io.github.ogireport.validation.ValidationResult;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Turns validation findings and reader failures into RFC 9457 {@link ProblemDetail}s, in Chinese for a
 * locale whose language is {@code zh} and in English for every other.
 *
 * <p>A report with findings is {@code 400 Bad Request} with the properties {@code errors},
 * {@code warnings}, {@code findings} (one object per finding: {@code rule}, {@code severity},
 * {@code location} as a JSON Pointer into the report's JSON, {@code cells}, {@code reported},
 * {@code computed}, {@code difference}, {@code message}) and {@code notEvaluable} (rule ids). An input that
 * cannot be read is {@code 422 Unprocessable Content} with the reader's {@code location} (and
 * {@code line}, {@code column} where known); one beyond a reader limit is {@code 413 Content Too Large}.
 *
 * <pre>{@code
 * ProblemDetail problem = ReportProblems.standard().toProblemDetail(validator.validate(report), Locale.ENGLISH);
 * }</pre>
 *
 * @since 0.1
 */
public final class ReportProblems {
  /** The type URI of a report with findings, unless configured ({@code ogi-report.problem.type}). */
  public static final URI FINDINGS_TYPE = URI.create("urn:ogi-report:problem:report-findings");

  /** The type URI of an input that cannot be read. */
  public static final URI UNREADABLE_TYPE = URI.create("urn:ogi-report:problem:unreadable-report");

  /** The type URI of an input beyond a reader limit. */
  public static final URI LIMIT_TYPE = URI.create("urn:ogi-report:problem:input-limit");

  private static final ReportProblems STANDARD = new ReportProblems(FINDINGS_TYPE);

  private final URI findingsType;

  private ReportProblems(URI findingsType) {
    this.findingsType = findingsType;
  }

  /** The problems with the default type URIs. */
  public static ReportProblems standard() {
    return STANDARD;
  }

  /** Problems whose findings problem has the given type URI. */
  public static ReportProblems withFindingsType(URI type) {
    return new ReportProblems(Objects.requireNonNull(type, "type"));
  }

  /** The type URI of a report with findings. */
  public URI findingsType() {
    return findingsType;
  }

  /**
   * The problem of a report with findings: status 400, every finding with its rule id, severity, JSON
   * Pointer location, reported and computed numbers and its message in the locale's language.
   */
  public ProblemDetail toProblemDetail(ValidationResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    boolean zh = isChinese(locale);
    int errors = result.errors().size();
    int warnings = result.warnings().size();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, zh
        ? "报告有 " + errors + " 个错误、" + warnings + " 个警告"
        : "The report has " + errors + (errors == 1 ? " error" : " errors") + " and " + warnings
            + (warnings == 1 ? " warning" : " warnings"));
    problem.setType(findingsType);
    problem.setTitle(zh ? "报告数据未通过校验" : "The report's figures do not add up");
    problem.setProperty("errors", errors);
    problem.setProperty("warnings", warnings);
    problem.setProperty("findings", findings(result.findings(), locale));
    List<String> notEvaluable = new ArrayList<>();
    for (NotEvaluable n : result.notEvaluable()) {
      notEvaluable.add(n.ruleId());
    }
    problem.setProperty("notEvaluable", notEvaluable);
    return problem;
  }

  /** The findings as JSON-ready maps (insertion-ordered), messages in the locale's language. */
  public static List<Map<String, Object>> findings(List<Finding> findings, Locale locale) {
    Locale language = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    List<Map<String, Object>> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", f.ruleId());
      m.put("severity", f.severity().name());
      m.put("location", f.location().jsonPath());
      m.put("cells", paths(f.cells()));
      m.put("reported", number(f.reported()));
      m.put("computed", number(f.computed()));
      m.put("difference", number(f.difference()));
      m.put("message", f.message(language));
      out.add(m);
    }
    return out;
  }

  /**
   * The problem of an input that cannot be read: 422 with the reader's location, or 413 for an input
   * beyond a limit. The detail is the reader's own description (in English).
   */
  public ProblemDetail toProblemDetail(ReportException e, Locale locale) {
    Objects.requireNonNull(e, "e");
    boolean zh = isChinese(locale);
    boolean limit = e instanceof InputLimitException;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
        limit ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY, e.problem());
    problem.setType(limit ? LIMIT_TYPE : UNREADABLE_TYPE);
    problem.setTitle(limit
        ? (zh ? "输入超出读取限制" : "The input is beyond a reader limit")
        : (zh ? "无法读取报告" : "The report cannot be read"));
    Location l = e.location();
    // as check --format json writes a location: the JSON Pointer where there is one
    problem.setProperty("location", l.jsonPath() != null ? l.jsonPath() : l.toString());
    if (l.line() > 0) {
      problem.setProperty("line", l.line());
      problem.setProperty("column", l.column());
    }
    if (l.page() > 0) {
      problem.setProperty("page", l.page());
    }
    return problem;
  }

  /** True for a locale whose language is Chinese. */
  static boolean isChinese(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }

  private static List<String> paths(List<CellRef> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (CellRef c : cells) {
      out.add(c.path());
    }
    return out;
  }

  private static BigDecimal number(Optional<BigDecimal> v) {
    // a plain decimal (never 1E+3), as the CLI's JSON writes it
    return v.map(d -> new BigDecimal(d.toPlainString())).orElse(null);
  }
}
