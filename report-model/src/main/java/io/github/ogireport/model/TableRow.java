package io.github.ogireport.model;

/**
 * A row of a table. Fixed rows are enum constants ({@link Section2Row}, {@link ApplicationRow},
 * {@link ReviewRow}, {@link LegacyIndicator}); a legacy form may also carry {@link CustomRow}s.
 *
 * @since 0.1
 */
public sealed interface TableRow extends Dimension
    permits Section2Row, ApplicationRow, ReviewRow, LegacyIndicator, CustomRow {}
