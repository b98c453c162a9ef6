package io.github.ogireport.documents;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.Edition;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated PDF, DOCX and XLSX bytes (flipped, deleted, duplicated and zeroed byte runs, truncation) give a
 * result or one of the library's exceptions, nothing else, each case within its time budget
 * ({@link FuzzBudget}). Modest tries in the default build, {@value FuzzBudget#TRIES} with
 * {@code -Pnightly}.
 */
@AddLifecycleHook(FuzzBudget.class)
class DocumentFuzzPropertiesTest {
  private static byte[] pdf;
  private static byte[] docx;
  private static byte[] xlsx;

  @BeforeContainer
  static void seeds() {
    var report = Generated.report(Edition.V2021, 11);
    docx = DocxReportWriter.standard().write(report);
    xlsx = XlsxReportWriter.standard().write(report);
    pdf = PdfReportWriter.fontAvailable() ? PdfReportWriter.standard().write(report) : fallbackPdf();
  }

  private static byte[] fallbackPdf() {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A fixed seed: some damaged PDFs make PDFBox's own text extraction take a minute (mutation seed 901
   * of {@link #mutate}: 65 s in a plain {@code PDFTextStripper}), which a random seed would hit in about
   * one build in ten. The reader has no time limit of its own (see the README): its budget per case is
   * two minutes, not the two seconds of the other readers.
   */
  @Property(tries = 150, seed = "20261201")
  @FuzzBudget.Budget(millis = 120_000)
  @FuzzBudget.NightlyTries(100_000) // about 20 ms a case, a few up to a minute: 1,000,000 would take 6 hours
  void mutated_pdfs_give_a_result_or_the_librarys_exception(@ForAll long seed) {
    readsOrRefuses(mutate(pdf, new Random(seed)), "x.pdf");
  }

  @Property(tries = 150)
  void mutated_docx_files_give_a_result_or_the_librarys_exception(@ForAll long seed) {
    readsOrRefuses(mutate(docx, new Random(seed)), "x.docx");
  }

  @Property(tries = 150)
  void mutated_xlsx_files_give_a_result_or_the_librarys_exception(@ForAll long seed) {
    readsOrRefuses(mutate(xlsx, new Random(seed)), "x.xlsx");
  }

  @Property(tries = 200)
  void random_bytes_behind_a_magic_number_give_a_result_or_the_librarys_exception(@ForAll long seed) {
    Random random = new Random(seed);
    byte[][] magics = {"%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), {'P', 'K', 3, 4},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}};
    byte[] magic = magics[random.nextInt(magics.length)];
    byte[] bytes = new byte[magic.length + random.nextInt(4096)];
    random.nextBytes(bytes);
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    readsOrRefuses(bytes, "x.bin");
  }

  private static void readsOrRefuses(byte[] bytes, String name) {
    try {
      then(DocumentReaders.lenient().read(bytes, name)).isNotNull();
    } catch (ReportException expected) {
      then(expected.getMessage()).isNotBlank();
    }
  }

  /** A few random damages of the kinds real downloads suffer. */
  static byte[] mutate(byte[] original, Random random) {
    byte[] b = original.clone();
    int damages = 1 + random.nextInt(4);
    for (int d = 0; d < damages && b.length > 16; d++) {
      int at = random.nextInt(b.length);
      int len = Math.min(b.length - at, 1 + random.nextInt(64));
      switch (random.nextInt(5)) {
        case 0 -> {
          for (int i = at; i < at + len; i++) {
            b[i] = (byte) random.nextInt(256);
          }
        }
        case 1 -> {
          byte[] shorter = new byte[b.length - len];
          System.arraycopy(b, 0, shorter, 0, at);
          System.arraycopy(b, at + len, shorter, at, b.length - at - len);
          b = shorter;
        }
        case 2 -> {
          byte[] longer = new byte[b.length + len];
          System.arraycopy(b, 0, longer, 0, at + len);
          System.arraycopy(b, at, longer, at + len, b.length - at);
          b = longer;
        }
        case 3 -> java.util.Arrays.fill(b, at, at + len, (byte) 0);
        default -> b = java.util.Arrays.copyOf(b, Math.max(8, at));
      }
    }
    return b;
  }
}
