/**
 * The report model; the entry point is {@link io.github.ogireport.model.Report#builder()}.
 *
 * <p>A {@link io.github.ogireport.model.Report} holds {@link io.github.ogireport.model.Table}s, one per
 * {@link io.github.ogireport.model.TableType}. Every table type belongs to one or more
 * {@link io.github.ogireport.model.Edition}s and has fixed rows and columns (enums carrying the official
 * Chinese label, an English name and a stable key). A {@link io.github.ogireport.model.Cell} is blank, an
 * integer or an {@link io.github.ogireport.model.Amount}.
 *
 * <p>Construction rejects only impossible shapes (a negative count, a row that does not belong to the
 * table); totals that do not add up are allowed and reported later by the validation module.
 *
 * <pre>{@code
 * Table applications = Table.builder(TableType.APPLICATIONS_2021)
 *     .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, 12)
 *     .count(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 12)
 *     .build();
 * Report report = Report.builder()
 *     .metadata(ReportMetadata.of("某县人民政府", 2023))
 *     .edition(Edition.V2021)
 *     .table(applications)
 *     .build();
 * }</pre>
 */
@ReportStyle
package io.github.ogireport.model;
