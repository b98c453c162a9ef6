package io.github.ogireport.model;

/**
 * A column of a table, one of the enums {@link Section2Column}, {@link ApplicantColumn},
 * {@link ReviewColumn} and {@link LegacyColumn}.
 *
 * @since 0.1
 */
public sealed interface TableColumn extends Dimension
    permits Section2Column, ApplicantColumn, ReviewColumn, LegacyColumn {}
