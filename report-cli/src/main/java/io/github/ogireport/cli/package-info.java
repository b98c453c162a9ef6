/**
 * The {@code ogi-report} command-line tool; the entry point is {@link io.github.ogireport.cli.OgiReport}.
 */
package io.github.ogireport.cli;
