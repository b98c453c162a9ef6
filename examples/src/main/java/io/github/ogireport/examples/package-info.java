/**
 * Runnable examples; start with {@link io.github.ogireport.examples.BuildReportExample}.
 */
package io.github.ogireport.examples;
