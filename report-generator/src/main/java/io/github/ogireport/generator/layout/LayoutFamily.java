package io.github.ogireport.generator.layout;

import io.github.ogireport.model.Edition;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The families of printed layouts a report is published in, each with the damage real extractions show.
 * Every family prints the title, narrative paragraphs and every table with its true values; what differs
 * is how. See the package documentation for what each family does.
 *
 * @since 0.2
 */
public enum LayoutFamily {
  /** The clean official layout: one line per row, cells separated by TABs; the baseline. */
  OFFICIAL(OfficialLayout::new, EnumSet.allOf(Edition.class)),
  /** A web crawler's text: the body or tables on one or a few lines, cells glued or spaced. */
  FLATTENED(FlattenedLayout::new, EnumSet.allOf(Edition.class)),
  /** A PDF-to-Markdown conversion: pipe tables in fragments, lost headers, detached labels, footers. */
  MARKDOWN(MarkdownLayout::new, EnumSet.allOf(Edition.class)),
  /** A provincial legacy 统计表 with its own row names, units, order and columns (legacy reports only). */
  LEGACY_PROVINCIAL(ProvincialLayout::new, EnumSet.of(Edition.LEGACY)),
  /** Labels in one block, value rows in another, as in a PDF's reading order. */
  DETACHED(DetachedLayout::new, EnumSet.allOf(Edition.class)),
  /** Typos, truncations, letter spacing, bracket and digit widths, altered headings in labels. */
  LABEL_NOISE(LabelNoiseLayout::new, EnumSet.allOf(Edition.class)),
  /** Form feeds, page footers and page numbers inside tables, the section 三 header repeated. */
  PAGE_BREAKS(PageBreakLayout::new, EnumSet.allOf(Edition.class));

  private final Supplier<Layout> layout;
  private final Set<Edition> editions;

  LayoutFamily(Supplier<Layout> layout, Set<Edition> editions) {
    this.layout = layout;
    this.editions = Collections.unmodifiableSet(editions);
  }

  /** The editions whose reports this family renders. */
  public Set<Edition> editions() {
    return editions;
  }

  /** True if this family renders reports of the given edition. */
  public boolean appliesTo(Edition edition) {
    return editions.contains(edition);
  }

  /** The families that render reports of the given edition, in declaration order. */
  public static List<LayoutFamily> forEdition(Edition edition) {
    return Arrays.stream(values()).filter(f -> f.appliesTo(edition)).toList();
  }

  Layout newLayout() {
    return layout.get();
  }
}
