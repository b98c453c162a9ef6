/**
 * Seeded generators of valid reports of every edition; the entry point is
 * {@link io.github.ogireport.generator.ReportGenerator#builder()}.
 *
 * <p>Reports are reproducible from a seed on any machine, locale and time zone, satisfy every exact
 * relation and inequality of their edition, have realistic magnitudes (most agencies receive few
 * applications, a few receive thousands), and leave cells blank the way real reports do when asked to
 * ({@link io.github.ogireport.generator.BlankStyle}). The generator needs no test framework at run time.
 */
package io.github.ogireport.generator;
