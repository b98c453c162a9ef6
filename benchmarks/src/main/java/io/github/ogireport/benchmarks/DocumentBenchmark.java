package io.github.ogireport.benchmarks;

import io.github.ogireport.documents.DocxReportReader;
import io.github.ogireport.documents.DocxReportWriter;
import io.github.ogireport.documents.PdfReportReader;
import io.github.ogireport.documents.PdfReportWriter;
import io.github.ogireport.io.ReadResult;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reports per second of the PDF and DOCX readers on files written by the project's own writers, each
 * against the plainest extraction of the same bytes by the library underneath: PDFBox's
 * {@link PDFTextStripper} (load + plain text), and POI's open + {@link XWPFWordExtractor}. The PDF
 * reader does more (glyph positions, both readings through the text reader), so its ratio is below 1.
 * Needs the CJK font of {@link PdfReportWriter}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DocumentBenchmark {
  private static final int POOL = 32;

  /** The edition of the generated reports. */
  @Param({"V2021"})
  public Edition edition;

  private byte[][] pdfs;
  private byte[][] docxs;
  private Report[] reports;
  private int next;

  /** Writes the files and checks that the readers get the tables back. */
  @Setup(Level.Trial)
  public void setUp() {
    reports = java.util.Arrays.copyOf(Inputs.reports(edition), POOL);
    pdfs = new byte[POOL][];
    docxs = new byte[POOL][];
    PdfReportWriter pdf = PdfReportWriter.standard();
    for (int i = 0; i < POOL; i++) {
      pdfs[i] = pdf.write(reports[i]);
      docxs[i] = DocxReportWriter.standard().write(reports[i]);
      if (!PdfReportReader.lenient().read(pdfs[i]).report().tables().equals(reports[i].tables())
          || !DocxReportReader.lenient().read(docxs[i]).report().tables().equals(reports[i].tables())) {
        throw new IllegalStateException("a reader does not read back the tables of report " + i);
      }
    }
  }

  private int step() {
    next = (next + 1) % POOL;
    return next;
  }

  /** Reads one PDF with the project's reader. */
  @Benchmark
  public ReadResult pdfRead() {
    return PdfReportReader.lenient().read(pdfs[step()]);
  }

  /** Baseline: PDFBox loads the same PDF and extracts its plain text. */
  @Benchmark
  public String pdfPlainText() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdfs[step()])) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Reads one DOCX with the project's reader. */
  @Benchmark
  public ReadResult docxRead() {
    return DocxReportReader.lenient().read(docxs[step()]);
  }

  /** Baseline: POI opens the same DOCX and extracts its text. */
  @Benchmark
  public String docxPlainText() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docxs[step()]));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  /** Writes one DOCX. */
  @Benchmark
  public byte[] docxWrite() {
    return DocxReportWriter.standard().write(reports[step()]);
  }
}
