package io.github.ogireport.documents;

import io.github.ogireport.model.Severity;
import io.github.ogireport.io.InputLimitException;
import io.github.ogireport.model.Location;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.io.TableFormatException;
import io.github.ogireport.io.text.TextReportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a report from a PDF with a text layer, through Apache PDFBox. The glyphs of every page are
 * collected with their positions and laid out by position ({@link PdfLayout}): lines by baseline, cells
 * by horizontal gaps wider than about one character, page numbers ({@code — 3 —}, {@code - 3 -},
 * {@code 第3页}) removed, pages joined so that a table continued on the next page reads on. These TAB
 * lines are read by the text reader with every value located as {@code page N (x X, y Y)}
 * ({@link Location#ofPage}). The plain text PDFBox makes of the document (sorted by position) is also
 * read with the text reader's token-stream reading, which tolerates lost cell boundaries; of the two
 * readings the one with fewer ERROR findings is kept, then the one that read more tables, then the
 * positional one (whose provenance names pages). A reading from the plain text carries the INFO finding
 * {@code reader.pdf-plain-text} (its locations are lines of that text).
 *
 * <p>Outcomes: a PDF without any text (a scan: images only) gives a result with no tables and the
 * finding {@code reader.no-text-layer} (ERROR; a strict reader throws it as a
 * {@link TableFormatException}); a PDF that needs a password (one protected only by an owner password
 * opens and is read), or that is not a readable
 * PDF, throws {@link TableFormatException}; beyond a {@link DocumentLimits} limit (file size, page count,
 * decoded stream bytes) an {@link InputLimitException} is thrown before the pages are laid out. No other
 * exception escapes.
 *
 * @since 0.1
 */
public final class PdfReportReader {
  /** The finding of a PDF whose pages have no text. */
  public static final String NO_TEXT_LAYER = "reader.no-text-layer";

  /** The finding of a result read from the PDF's plain text rather than from glyph positions. */
  public static final String PLAIN_TEXT = "reader.pdf-plain-text";

  private final TextReportReader textReader;
  private final DocumentLimits limits;

  private PdfReportReader(TextReportReader textReader, DocumentLimits limits) {
    this.textReader = textReader;
    this.limits = limits;
  }

  /** A lenient reader with the default limits. */
  public static PdfReportReader lenient() {
    return using(TextReportReader.lenient(), DocumentLimits.DEFAULT);
  }

  /** A reader interpreting the lines with the given text reader, within the given limits. */
  public static PdfReportReader using(TextReportReader textReader, DocumentLimits limits) {
    return new PdfReportReader(Objects.requireNonNull(textReader, "textReader"),
        Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a file.
   *
   * @throws ReportException if it cannot be read or exceeds a limit
   */
  public ReadResult read(Path file) {
    return read(Inputs.readFile(file, limits));
  }

  /**
   * Reads the bytes of a PDF.
   *
   * @throws ReportException if they cannot be read or exceed a limit
   */
  public ReadResult read(byte[] pdf) {
    Extracted text = extract(pdf);
    if (text.glyphs() == 0) {
      String message = "the PDF has no text layer (" + text.pageCount() + " pages, a scan?): nothing can be read"
          + " without OCR";
      if (textReader.isStrict()) {
        throw new TableFormatException(NO_TEXT_LAYER + ": " + message, Location.ofPage(1, 0, 0));
      }
      ReadResult empty = TextReportReader.lenient().read(List.of(), (l, c) -> null);
      List<ReaderFinding> findings = new ArrayList<>();
      findings.add(new ReaderFinding(NO_TEXT_LAYER, Severity.ERROR, Location.ofPage(1, 0, 0),
          message, List.of(Integer.toString(text.pageCount()))));
      findings.addAll(empty.findings());
      return new ReadResult(empty.report(), empty.provenance(), findings, empty.sourceLabels());
    }
    ReadResult positional = text.lines().read(textReader);
    ReadResult plain;
    try {
      plain = textReader.read(text.plain());
    } catch (ReportException e) {
      return positional; // the positional reading stands on its own
    } catch (RuntimeException e) {
      return positional;
    }
    return better(positional, plain);
  }

  /**
   * The positional reading unless the plain one has fewer ERROR findings, or as few and more tables.
   * The count of cells read does not decide: a token stream that glues a hard blank to its neighbours
   * reads more numbers than were printed.
   */
  private static ReadResult better(ReadResult positional, ReadResult plain) {
    long pe = errors(positional);
    long te = errors(plain);
    int pt = positional.report().tableList().size();
    int tt = plain.report().tableList().size();
    boolean plainBetter = te < pe || (te == pe && tt > pt);
    if (!plainBetter) {
      return positional;
    }
    List<ReaderFinding> findings = new ArrayList<>();
    findings.add(new ReaderFinding(PLAIN_TEXT, Severity.INFO, Location.unknown(),
        "read from the PDF's plain text (locations are its lines), which read better than the positions",
        List.of(Integer.toString(plain.provenance().size()), Integer.toString(positional.provenance().size()))));
    findings.addAll(plain.findings());
    return new ReadResult(plain.report(), plain.provenance(), findings, plain.sourceLabels());
  }

  /** The findings that say something printed was not read: errors, and the numbers the text left undecided. */
  private static long errors(ReadResult r) {
    return r.findings().stream().filter(f -> f.severity() == Severity.ERROR || UNDECIDED.contains(f.code())).count();
  }

  /** The reader codes (WARNING) of numbers printed but not read because the text does not decide their cells. */
  private static final java.util.Set<String> UNDECIDED = java.util.Set.of("reader.unplaced-number",
      "reader.glued-digits-ambiguous", "reader.review-ambiguous", "reader.review-scrambled");

  /** What a PDF's text layer gives: the positional lines, the plain text, the counts. */
  record Extracted(SourceLines lines, String plain, int glyphs, int pageCount) {}

  /** Loads the PDF within the limits and extracts its text both ways. */
  Extracted extract(byte[] pdf) {
    Inputs.checkSize(pdf, "PDF file", limits);
    return Inputs.guarded("PDF", () -> {
      try (PDDocument doc = load(pdf)) {
        int pages = doc.getNumberOfPages();
        if (pages > limits.maxPages()) {
          throw new InputLimitException("PDF has " + pages + " pages, more than the limit of "
              + limits.maxPages(), Location.ofPage(limits.maxPages() + 1, 0, 0));
        }
        checkStreams(doc);
        PdfGlyphStripper stripper = new PdfGlyphStripper();
        List<List<PdfGlyph>> glyphs = stripper.pages(doc);
        int count = glyphs.stream().mapToInt(p -> (int) p.stream().filter(g -> !g.isSpace()).count()).sum();
        List<PdfLayout.PdfLine> lines = PdfLayout.lines(glyphs, stripper.sizes());
        return new Extracted(PdfLayout.sourceLines(lines), stripper.plainText(), count, pages);
      }
    });
  }

  private PDDocument load(byte[] pdf) throws IOException {
    try {
      return Loader.loadPDF(pdf, "", null, null,
          IOUtils.createMemoryOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw new TableFormatException("the PDF is encrypted and needs a password to be opened", Location.unknown(), e);
    }
  }

  /**
   * Decodes every stream but images once, counting its bytes: together they may expand to at most
   * {@link DocumentLimits#maxExpandedBytes()} (a compression bomb is refused before it is laid out).
   */
  private void checkStreams(PDDocument doc) throws IOException {
    long total = 0;
    byte[] buffer = new byte[16384];
    for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
      COSObject object = doc.getDocument().getObjectFromPool(key);
      COSBase base = object.getObject();
      if (!(base instanceof COSStream stream) || isImage(stream)) {
        continue;
      }
      try (var in = stream.createInputStream()) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > limits.maxExpandedBytes()) {
            throw new InputLimitException("the PDF's streams expand to more than " + limits.maxExpandedBytes()
                + " bytes", Location.unknown());
          }
        }
      } catch (IOException e) {
        // a stream that does not decode is PDFBox's to skip when it lays out the page
      }
    }
  }

  private static boolean isImage(COSStream stream) {
    return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
  }
}
