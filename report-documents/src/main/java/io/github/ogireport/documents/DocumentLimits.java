package io.github.ogireport.documents;

/**
 * The limits the document readers enforce; beyond any of them a reader throws
 * {@link io.github.ogireport.io.InputLimitException} (checked before the expensive work, so a hostile file
 * is refused, never read into an {@link OutOfMemoryError}).
 *
 * @param maxFileBytes the largest file accepted (default 64 MiB)
 * @param maxPages the most PDF pages (default 500)
 * @param maxZipEntries the most entries of a DOCX/XLSX package (default 10,000)
 * @param maxExpandedBytes the most bytes all entries of a package expand to together (default 256 MiB)
 * @param maxCompressionRatio the largest ratio of an entry's expanded to compressed size (default 100)
 * @param maxTableRows the most rows of one table or sheet (default 10,000)
 * @param maxRowCells the most cells of one row (default 1,000)
 * @since 0.1
 */
public record DocumentLimits(long maxFileBytes, int maxPages, int maxZipEntries, long maxExpandedBytes,
    double maxCompressionRatio, int maxTableRows, int maxRowCells) {

  /** The default limits. */
  public static final DocumentLimits DEFAULT =
      new DocumentLimits(64L << 20, 500, 10_000, 256L << 20, 100.0, 10_000, 1_000);

  /** Checks that every limit is positive. */
  public DocumentLimits {
    if (maxFileBytes <= 0 || maxPages <= 0 || maxZipEntries <= 0 || maxExpandedBytes <= 0
        || !(maxCompressionRatio >= 1.0) || maxTableRows <= 0 || maxRowCells <= 0) {
      throw new IllegalArgumentException("every limit must be positive (the ratio at least 1)");
    }
  }
}
