/**
 * Aggregation: the sum of several reports of one edition and one year into one report, the total of a
 * region from its agencies' reports, with explicit blank semantics (a cell blank in every source stays
 * blank; a cell blank in some sources is the sum of the others and is marked partial). The entry point is
 * {@link io.github.ogireport.validation.aggregate.ReportAggregator#standard()}.
 */
package io.github.ogireport.validation.aggregate;
