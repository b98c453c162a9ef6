/**
 * Seeded layout renderers: a report printed as text in one of the layout families real reports come in,
 * with the damage real extractions show, together with the report a perfect reader would read from it.
 * The entry point is {@link io.github.ogireport.generator.layout.LayoutRenderer#of(LayoutFamily)}:
 *
 * <pre>{@code
 * Report report = ReportGenerator.builder().seed(7).edition(Edition.V2021).build().generate(0);
 * Rendered r = LayoutRenderer.of(LayoutFamily.MARKDOWN).render(report, 99L);
 * r.text();      // the rendered text
 * r.expected();  // what a correct reader produces from it
 * r.damage();    // what was done, for test output
 * }</pre>
 *
 * <p>The same report and seed give the same text on every machine, locale and time zone. Every rendering
 * carries the title ({@code <agency><year>年政府信息公开工作年度报告} or a provincial variant), narrative
 * paragraphs (the report's own, or short ones the renderer writes if it has none, then also in
 * {@code expected}), and every table with its true values; blank cells are printed empty or as a blank
 * marker ({@code —}, {@code /}), never as 0. Every printed label, heading and caption comes from the model's
 * catalogues ({@link io.github.ogireport.model.OfficialForm}, the row and column enums,
 * {@link io.github.ogireport.model.ReportSection}, {@link io.github.ogireport.model.TableType}); damaged
 * words are derived from them, and the provincial legacy names are the one table of facts of real forms in
 * {@code ProvincialVariants}.
 *
 * <p>The families ({@link io.github.ogireport.generator.layout.LayoutFamily}):
 * <ul>
 *   <li>{@code OFFICIAL}: the clean TAB layout (caption, header lines, one line per row, blank cells
 *       {@code —}, as the project's text writer prints them); no random choice.
 *   <li>{@code FLATTENED}: a crawler's text: body on one line or one line per section, headings inline,
 *       each table on one line with cells glued (a row's digits run into the next row's numbering), spaced
 *       by single spaces, or glued with spaces stripped and U+3000 paragraph marks; maybe a stray space in a
 *       digit run.
 *   <li>{@code MARKDOWN}: a PDF-to-Markdown conversion: {@code #}/{@code ##} headings, wrapped paragraphs,
 *       pipe tables with {@code |---|} cut into fragments (per row group or per row), headers lost or
 *       replaced by {@code 数据1 … 数据N}, a broken header repeated in the middle, page footers
 *       {@code — N —} inside tables, labels truncated or detached onto their own lines.
 *   <li>{@code LEGACY_PROVINCIAL} (legacy reports only): a provincial 统计表 with header words
 *       {@code 指标名称/计量单位/本年度} or {@code <year>年度}, an optional cumulative column, provincial row
 *       names, merged rows, other units, numbering and order; rows spaced, tabbed, one cell per line, on one
 *       line or glued. Rows that do not mean exactly one national row are custom rows in {@code expected}.
 *   <li>{@code DETACHED}: a table's labels in one block, its value rows in another (PDF reading order).
 *   <li>{@code LABEL_NOISE}: the official layout with typos, truncations, letter spacing, full/half-width
 *       brackets and digits, dropped numbering, characters inserted into headings; blank cells {@code —} or
 *       left empty.
 *   <li>{@code PAGE_BREAKS}: the official layout with form feeds, page footers or page numbers inside
 *       tables, running headers, and the section 三 header repeated after a break; blank cells {@code —} or left
 *       empty.
 * </ul>
 *
 * <p>Legacy reports are rendered by every family (the national legacy form); {@code LEGACY_PROVINCIAL}
 * renders legacy reports only ({@link io.github.ogireport.generator.layout.LayoutFamily#forEdition}).
 *
 * @since 0.2
 */
package io.github.ogireport.generator.layout;
