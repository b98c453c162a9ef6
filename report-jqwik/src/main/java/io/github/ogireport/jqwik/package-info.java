/**
 * jqwik arbitraries of valid reports for property tests; the entry point is
 * {@link io.github.ogireport.jqwik.ReportArbitraries}.
 *
 * <p>{@code @ForAll Report report} works without set-up through the registered
 * {@link io.github.ogireport.jqwik.ReportArbitraryProvider}; narrow it with
 * {@link io.github.ogireport.jqwik.ForEdition}, {@link io.github.ogireport.jqwik.ForLevel} and
 * {@link io.github.ogireport.jqwik.WithBlanks}. {@code @ForAll @ReportSeries List<Report>} draws one
 * agency's consecutive years. jqwik draws every generator seed, so its own seed reproduces a run and
 * shrinking works on the drawn options.
 */
package io.github.ogireport.jqwik;
