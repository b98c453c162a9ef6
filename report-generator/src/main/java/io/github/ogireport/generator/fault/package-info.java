/**
 * Generated reports with a chosen fault, labelled with the rule they break; the entry point is
 * {@link io.github.ogireport.generator.fault.FaultyReports#generate(long, io.github.ogireport.model.Edition,
 * String)}.
 */
package io.github.ogireport.generator.fault;
