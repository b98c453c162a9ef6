package io.github.ogireport.spring;

import io.github.ogireport.validation.Finding;
import java.math.BigDecimal;

/**
 * The finding behind one constraint violation of {@code @Valid Report}, attached to the violation as
 * Hibernate Validator's dynamic payload: the rejected value of the violation's field error is the
 * number the report states ({@link #reported()}), never the whole report.
 *
 * @param finding the finding
 * @since 0.1
 */
public record ReportViolation(Finding finding) {
  /** The number the report states at the finding's location, or {@code null} when it states none. */
  public BigDecimal reported() {
    return finding.reported().map(d -> new BigDecimal(d.toPlainString())).orElse(null);
  }
}
