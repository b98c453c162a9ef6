/**
 * JMH benchmarks of the SDK, each measured against a baseline in the same run; the entry point is
 * {@link io.github.ogireport.benchmarks.RatioReport}, which runs them all and prints the ratios against
 * the project's targets.
 *
 * <p>Every benchmark prepares its inputs in {@code @Setup} from {@link io.github.ogireport.benchmarks.Inputs}:
 * reports drawn by a fixed-seed {@link io.github.ogireport.generator.ReportGenerator}, one edition per
 * {@code @Param}, rotated over a pool of {@value io.github.ogireport.benchmarks.Inputs#POOL} so that no
 * single input is cached by branch predictors or the JIT. Nothing here runs during {@code mvn verify}.
 */
package io.github.ogireport.benchmarks;
