package io.github.ogireport.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers a report that failed {@code @Valid} with the RFC 9457 ProblemDetail of its findings (400, in
 * the request's locale), before any {@code @ExceptionHandler}: so that Boot's own ProblemDetail handler
 * ({@code spring.mvc.problemdetails.enabled}) or an application's advice for
 * {@link MethodArgumentNotValidException} does not turn it into a generic "Invalid request content".
 * Every other exception, and a {@code MethodArgumentNotValidException} about anything but a report, is
 * left to the resolvers after it. Switched off with {@code ogi-report.problem.enabled=false}.
 *
 * @since 0.1
 */
public class ReportProblemResolver implements HandlerExceptionResolver, Ordered {
  private final ReportValidator validator;
  private final ReportProblems problems;
  private final ObjectMapper mapper;

  /** Creates the resolver; the auto-configuration does, with Boot's {@code ObjectMapper}. */
  public ReportProblemResolver(ReportValidator validator, ReportProblems problems, ObjectMapper mapper) {
    this.validator = validator;
    this.problems = problems;
    this.mapper = mapper;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    if (!(ex instanceof MethodArgumentNotValidException e) || !(e.getTarget() instanceof Report report)
        || response.isCommitted()) {
      return null;
    }
    Locale locale = RequestContextUtils.getLocale(request);
    ProblemDetail problem = problems.toProblemDetail(validator.validate(report), locale);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE); // UTF-8, as Jackson writes it
    try {
      mapper.writeValue(response.getOutputStream(), problem);
    } catch (IOException io) {
      throw new UncheckedIOException("cannot write the findings' ProblemDetail", io);
    }
    return new ModelAndView();
  }

  /** First of all resolvers. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
