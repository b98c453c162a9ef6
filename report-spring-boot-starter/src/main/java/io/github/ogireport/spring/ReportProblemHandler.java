package io.github.ogireport.spring;

import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The web side of the starter: {@code @Valid @RequestBody Report} validated through
 * {@link ReportBindingValidator} (rejected values are the reported numbers), a report that fails it
 * answered with the findings as a {@link ProblemDetail} (400) in the request's locale, and a
 * {@link ReportException} thrown by a handler (an input a reader cannot read) answered with 422 and the
 * reader's location, or 413 beyond a reader limit.
 *
 * <p>Ordered last, so that an application's own advice for these exceptions comes first. A
 * {@link MethodArgumentNotValidException} about anything but a report is left to the next resolver.
 *
 * @since 0.1
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ReportProblemHandler {
  private final ReportValidator validator;
  private final ReportProblems problems;
  private final ReportBindingValidator bindingValidator;

  /**
   * Creates the handler; the auto-configuration does.
   *
   * @param beanValidator the application's Bean Validation validator, or {@code null} if it has none
   *     (then {@code @Valid} is left as Spring sets it up)
   */
  public ReportProblemHandler(ReportValidator validator, ReportProblems problems,
      jakarta.validation.Validator beanValidator) {
    this.validator = validator;
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

  /** A report that failed {@code @Valid}: 400 with its findings. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalidReport(MethodArgumentNotValidException e, Locale locale)
      throws MethodArgumentNotValidException {
    if (!(e.getTarget() instanceof Report report)) {
      throw e; // not ours: the next resolver answers
    }
    ProblemDetail problem = problems.toProblemDetail(validator.validate(report), locale);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /** An input that cannot be read: 422 with the reader's location (413 beyond a limit). */
  @ExceptionHandler(ReportException.class)
  public ResponseEntity<ProblemDetail> unreadable(ReportException e, Locale locale) {
    ProblemDetail problem = problems.toProblemDetail(e, locale);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
