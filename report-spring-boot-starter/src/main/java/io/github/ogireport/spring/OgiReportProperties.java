package io.github.ogireport.spring;

import io.github.ogireport.model.Severity;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code ogi-report.*} properties: the validation profile (severity overrides and suppressed rules,
 * by rule id), the readers' limits and the problem type of the ProblemDetail answers.
 *
 * <pre>
 * ogi-report.validation.severity[review.total]=warning
 * ogi-report.validation.suppressed=narrative.fees-mentioned,report.mixed-edition
 * ogi-report.reader.strict=false
 * ogi-report.reader.max-lines=400000
 * </pre>
 *
 * <p>Rule ids contain dots, so a severity override names its rule in brackets.
 *
 * @since 0.1
 */
@ConfigurationProperties(prefix = "ogi-report")
public class OgiReportProperties {
  private final Validation validation = new Validation();
  private final Reader reader = new Reader();
  private final Documents documents = new Documents();
  private final Problem problem = new Problem();

  /** The validation profile. */
  public Validation getValidation() {
    return validation;
  }

  /** The text and HTML readers' settings. */
  public Reader getReader() {
    return reader;
  }

  /** The PDF, Word and Excel readers' limits (used when report-documents is on the class path). */
  public Documents getDocuments() {
    return documents;
  }

  /** The ProblemDetail answers. */
  public Problem getProblem() {
    return problem;
  }

  /** {@code ogi-report.validation.*}. */
  public static class Validation {
    /** Severity overrides by rule id, e.g. {@code ogi-report.validation.severity[review.total]=warning}. */
    private Map<String, Severity> severity = new LinkedHashMap<>();

    /** Rules switched off, by id. */
    private Set<String> suppressed = new LinkedHashSet<>();

    /**
     * The least severity of a finding that makes {@code @Valid Report} fail: {@code error} (default),
     * {@code warning} or {@code info}.
     */
    private Severity rejectAt = Severity.ERROR;

    public Map<String, Severity> getSeverity() {
      return severity;
    }

    public void setSeverity(Map<String, Severity> severity) {
      this.severity = severity;
    }

    public Set<String> getSuppressed() {
      return suppressed;
    }

    public void setSuppressed(Set<String> suppressed) {
      this.suppressed = suppressed;
    }

    public Severity getRejectAt() {
      return rejectAt;
    }

    public void setRejectAt(Severity rejectAt) {
      this.rejectAt = rejectAt;
    }
  }

  /** {@code ogi-report.reader.*}: the text reader's mode and limits (the HTML reader reads its lines with it). */
  public static class Reader {
    /** Fail on reader findings instead of reading on. */
    private boolean strict;

    /** The most characters of one text document (default 8,000,000). */
    private int maxDocumentChars = 8_000_000;

    /** The most lines of one text document (default 400,000). */
    private int maxLines = 400_000;

    /** The most digits of one number (default 30). */
    private int maxNumberDigits = 30;

    /** The most numbers of one table or line (default 5,000). */
    private int maxTableNumbers = 5_000;

    public boolean isStrict() {
      return strict;
    }

    public void setStrict(boolean strict) {
      this.strict = strict;
    }

    public int getMaxDocumentChars() {
      return maxDocumentChars;
    }

    public void setMaxDocumentChars(int maxDocumentChars) {
      this.maxDocumentChars = maxDocumentChars;
    }

    public int getMaxLines() {
      return maxLines;
    }

    public void setMaxLines(int maxLines) {
      this.maxLines = maxLines;
    }

    public int getMaxNumberDigits() {
      return maxNumberDigits;
    }

    public void setMaxNumberDigits(int maxNumberDigits) {
      this.maxNumberDigits = maxNumberDigits;
    }

    public int getMaxTableNumbers() {
      return maxTableNumbers;
    }

    public void setMaxTableNumbers(int maxTableNumbers) {
      this.maxTableNumbers = maxTableNumbers;
    }
  }

  /** {@code ogi-report.documents.*}: the limits of report-documents' readers. */
  public static class Documents {
    /** The largest file accepted, in bytes (default 64 MiB). */
    private long maxFileBytes = 64L << 20;

    /** The most PDF pages (default 500). */
    private int maxPages = 500;

    /** The most entries of a DOCX/XLSX package (default 10,000). */
    private int maxZipEntries = 10_000;

    /** The most bytes all entries of a package expand to together (default 256 MiB). */
    private long maxExpandedBytes = 256L << 20;

    /** The largest ratio of an entry's expanded to compressed size (default 100). */
    private double maxCompressionRatio = 100.0;

    /** The most rows of one table or sheet (default 10,000). */
    private int maxTableRows = 10_000;

    /** The most cells of one row (default 1,000). */
    private int maxRowCells = 1_000;

    public long getMaxFileBytes() {
      return maxFileBytes;
    }

    public void setMaxFileBytes(long maxFileBytes) {
      this.maxFileBytes = maxFileBytes;
    }

    public int getMaxPages() {
      return maxPages;
    }

    public void setMaxPages(int maxPages) {
      this.maxPages = maxPages;
    }

    public int getMaxZipEntries() {
      return maxZipEntries;
    }

    public void setMaxZipEntries(int maxZipEntries) {
      this.maxZipEntries = maxZipEntries;
    }

    public long getMaxExpandedBytes() {
      return maxExpandedBytes;
    }

    public void setMaxExpandedBytes(long maxExpandedBytes) {
      this.maxExpandedBytes = maxExpandedBytes;
    }

    public double getMaxCompressionRatio() {
      return maxCompressionRatio;
    }

    public void setMaxCompressionRatio(double maxCompressionRatio) {
      this.maxCompressionRatio = maxCompressionRatio;
    }

    public int getMaxTableRows() {
      return maxTableRows;
    }

    public void setMaxTableRows(int maxTableRows) {
      this.maxTableRows = maxTableRows;
    }

    public int getMaxRowCells() {
      return maxRowCells;
    }

    public void setMaxRowCells(int maxRowCells) {
      this.maxRowCells = maxRowCells;
    }
  }

  /** {@code ogi-report.problem.*}. */
  public static class Problem {
    /**
     * Answer a report failing {@code @Valid} with the ProblemDetail of its findings, before any other
     * exception handling (default true).
     */
    private boolean enabled = true;

    /** The type URI of the ProblemDetail answer to a report with findings. */
    private URI type = URI.create("urn:ogi-report:problem:report-findings");

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public URI getType() {
      return type;
    }

    public void setType(URI type) {
      this.type = type;
    }
  }
}
