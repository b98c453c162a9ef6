package io.github.ogireport.benchmarks;

import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time per report of the full rule catalogue ({@link ReportValidator#standard()}), target at most 2 µs;
 * and, separately, of the same rules through Jakarta Bean Validation (Hibernate Validator with its
 * {@link ParameterMessageInterpolator}, the {@code @ValidReport} constraint on {@link Report}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {
  /** The edition of the generated reports. */
  @Param({"LEGACY", "V2019", "V2021"})
  public Edition edition;

  private final ReportValidator validator = ReportValidator.standard();
  private ValidatorFactory factory;
  private Validator beanValidator;
  private Report[] reports;
  private int next;

  /** Generates the reports and builds the Bean Validation validator; checks that both paths pass them. */
  @Setup(Level.Trial)
  public void setUp() {
    reports = Inputs.reports(edition);
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    beanValidator = factory.getValidator();
    for (int i = 0; i < Inputs.POOL; i++) {
      ValidationResult result = validator.validate(reports[i]);
      if (result.hasErrors()) {
        throw new IllegalStateException("generated report " + i + " is not valid: " + result);
      }
      if (result.findings().size() != beanValidator.validate(reports[i]).size()) {
        throw new IllegalStateException("Bean Validation disagrees with the validator on report " + i);
      }
    }
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** Runs the full rule catalogue on one report. */
  @Benchmark
  public ValidationResult validate() {
    next = Inputs.next(next);
    return validator.validate(reports[next]);
  }

  /** Validates one report through Hibernate Validator (the {@code @ValidReport} class constraint). */
  @Benchmark
  public Set<ConstraintViolation<Report>> beanValidation() {
    next = Inputs.next(next);
    return beanValidator.validate(reports[next]);
  }
}
