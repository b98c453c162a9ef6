package io.github.ogireport.spring;

import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Report;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The web side of the starter: {@code @Valid @RequestBody Report} validated through
 * {@link ReportBindingValidator} (rejected values are the reported numbers; a report that fails it is
 * answered by {@link ReportProblemResolver}), and a {@link ReportException} thrown by a handler (an
 * input a reader cannot read) answered with a {@link ProblemDetail}: 422 with the reader's location, or
 * 413 beyond a reader limit.
 *
 * <p>Ordered last, so that an application's own advice for {@link ReportException} comes first.
 *
 * @since 0.1
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ReportProblemHandler {
  private final ReportProblems problems;
  private final ReportBindingValidator bindingValidator;

  /**
   * Creates the handler; the auto-configuration does.
   *
   * @param beanValidator the application's Bean Validation validator, or {@code null} if it has none
   *     (then {@code @Valid} is left as Spring sets it up)
   */
  public ReportProblemHandler(ReportProblems problems, jakarta.validation.Validator beanValidator) {
    this.problems = problems;
    this.bindingValidator = beanValidator == null ? null : new ReportBindingValidator(beanValidator);
  }

  /** Validates a report argument with the adapter whose rejected values are the reported numbers. */
  @InitBinder
  public void reportBinder(WebDataBinder binder) {
    if (bindingValidator != null && binder.getTarget() instanceof Report) {
      binder.replaceValidators(bindingValidator);
    }
  }

  /** An input that cannot be read: 422 with the reader's location (413 beyond a limit). */
  @ExceptionHandler(ReportException.class)
  public ResponseEntity<ProblemDetail> unreadable(ReportException e, Locale locale) {
    ProblemDetail problem = problems.toProblemDetail(e, locale);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
