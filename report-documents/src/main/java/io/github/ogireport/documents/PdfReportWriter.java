package io.github.ogireport.documents;

import io.github.ogireport.io.table.OfficialGrid;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a report as a PDF in the official layout (landscape A4): the title, the narrative sections
 * and every table drawn as a ruled grid with its header rows and merged cells from {@link OfficialGrid}.
 * Columns are as wide as their texts, the table's font shrinking (to 3 pt at least) until the grid fits
 * the page, so every cell prints on one line; a merged cell's text stands in its first row; a blank
 * value prints as {@code —} (the hard blank of the text reader), since a PDF cannot print an empty cell
 * that a reader can see. Pages are numbered {@code - N -} at the foot. {@link PdfReportReader} reads back
 * equal tables.
 *
 * <p><b>The font.</b> Chinese text needs a CJK TrueType font, which a PDF cannot do without and no Java
 * runtime ships. The writer embeds (as a subset) the font at, in this order: the builder's
 * {@link Builder#font(Path)}, the system property {@value #FONT_PROPERTY}, the environment variable
 * {@value #FONT_ENV}, else {@value #DEFAULT_FONT} (Debian's {@code fonts-wqy-zenhei}, free: GPL with the
 * font embedding exception). A {@code .ttc} collection gives its first font. Without a font,
 * {@link #write(Report)} throws {@link FontUnavailableException}.
 *
 * <p>The output is deterministic: the same report and font give the same bytes (a fixed document ID,
 * no dates). A font file is loaded once and shared by all writers; writes are serialised on it (a
 * PDF of a report takes some tens of milliseconds).
 *
 * @since 0.1
 */
public final class PdfReportWriter {
  /** The font used when none is configured. */
  public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  /** The system property naming the font file. */
  public static final String FONT_PROPERTY = "ogi.pdf.font";
  /** The environment variable naming the font file. */
  public static final String FONT_ENV = "OGI_PDF_FONT";

  /** No usable CJK font: the PDF cannot be written. */
  public static final class FontUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    FontUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Fonts loaded, by file, shared by all writers (a collection stays open while its font is in use). */
  private static final java.util.Map<Path, Loaded> FONTS = new java.util.HashMap<>();

  /** A loaded font and the collection that holds its data, if any. */
  private record Loaded(TrueTypeFont font, TrueTypeCollection collection) {}

  private final Path fontFile;

  private PdfReportWriter(Path fontFile) {
    this.fontFile = fontFile;
  }

  /** A writer with the configured or default font; {@link #builder()} names another font. */
  public static PdfReportWriter standard() {
    return builder().build();
  }

  /**
   * A writer with the configured or default font.
   *
   * @deprecated the SDK names its defaults {@code standard()}: use {@link #standard()}
   */
  @Deprecated(since = "0.1")
  public static PdfReportWriter create() {
    return standard();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The font file this writer uses. */
  public Path fontFile() {
    return fontFile;
  }

  /** The font file configured by property or environment, else the default. */
  public static Path configuredFont() {
    String p = System.getProperty(FONT_PROPERTY);
    if (p == null || p.isBlank()) {
      p = System.getenv(FONT_ENV);
    }
    return Path.of(p == null || p.isBlank() ? DEFAULT_FONT : p);
  }

  /** True if the configured (or default) font file exists. */
  public static boolean fontAvailable() {
    return Files.isRegularFile(configuredFont());
  }

  /**
   * Checks that the font can be loaded.
   *
   * @throws FontUnavailableException if it cannot
   */
  public void checkFont() {
    synchronized (FONTS) {
      font();
    }
  }

  /**
   * The PDF bytes of a report.
   *
   * @throws FontUnavailableException if the font cannot be loaded
   */
  public byte[] write(Report report) {
    Objects.requireNonNull(report, "report");
    synchronized (FONTS) { // a loaded font is shared by all writers and is not thread-safe
      return writeWith(font(), report);
    }
  }

  private static byte[] writeWith(TrueTypeFont ttf, Report report) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font pdfFont = PDType0Font.load(doc, ttf, true);
      try (PdfPages pages = new PdfPages(doc, pdfFont)) {
        pages.title(OfficialGrid.title(report));
        for (OfficialGrid.Part part : OfficialGrid.parts(report)) {
          if (part instanceof OfficialGrid.NarrativePart n) {
            if (!n.narrative().heading().isEmpty()) {
              pages.heading(n.narrative().heading());
            }
            for (String line : n.lines()) {
              if (!line.isBlank()) {
                pages.paragraph(line);
              }
            }
          } else if (part instanceof OfficialGrid.TablePart t) {
            pages.heading(t.section().label());
            List<Table> tables = t.tables();
            for (Table table : tables) {
              pages.grid(OfficialGrid.of(table));
            }
          }
        }
      }
      COSArray id = new COSArray();
      byte[] fixed = "ogi-report-pdf-0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      id.add(new COSString(fixed));
      id.add(new COSString(fixed));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written: " + e.getMessage(), e);
    }
  }

  private TrueTypeFont font() {
    Loaded loaded = FONTS.get(fontFile);
    if (loaded != null) {
      return loaded.font();
    }
    if (!Files.isRegularFile(fontFile)) {
      throw new FontUnavailableException("no CJK TrueType font at " + fontFile + " (install fonts-wqy-zenhei, "
          + "or name a .ttf/.ttc with -D" + FONT_PROPERTY + " or " + FONT_ENV + ")", null);
    }
    TrueTypeFont font;
    TrueTypeCollection collection = null;
    try {
      String name = fontFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".ttc")) {
        collection = new TrueTypeCollection(fontFile.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
          if (first[0] == null) {
            first[0] = f;
          }
        });
        font = first[0];
      } else {
        font = new org.apache.fontbox.ttf.TTFParser().parse(
            new org.apache.pdfbox.io.RandomAccessReadBufferedFile(fontFile.toFile()));
      }
    } catch (IOException | RuntimeException e) {
      throw new FontUnavailableException("the font " + fontFile + " cannot be loaded: " + e.getMessage(), e);
    }
    if (font == null) {
      throw new FontUnavailableException("the font collection " + fontFile + " holds no font", null);
    }
    FONTS.put(fontFile, new Loaded(font, collection));
    return font;
  }

  /** Builds a {@link PdfReportWriter}. */
  public static final class Builder {
    private Path font;

    private Builder() {}

    /** The CJK TrueType font (.ttf or .ttc) to embed; default {@link #configuredFont()}. */
    public Builder font(Path font) {
      this.font = Objects.requireNonNull(font, "font");
      return this;
    }

    /** The writer. */
    public PdfReportWriter build() {
      return new PdfReportWriter(font != null ? font : configuredFont());
    }
  }
}
