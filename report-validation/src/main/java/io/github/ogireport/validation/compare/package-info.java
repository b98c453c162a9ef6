/**
 * Comparison of one agency's reports of two years: every cell side by side with the change, blank and
 * absent cells told apart, and the findings of the cross-year rules. The entry point is
 * {@link io.github.ogireport.validation.compare.ReportComparator#standard()}; the result,
 * {@link io.github.ogireport.validation.compare.ReportComparison}, is the model a text, JSON or HTML
 * renderer draws.
 */
package io.github.ogireport.validation.compare;
