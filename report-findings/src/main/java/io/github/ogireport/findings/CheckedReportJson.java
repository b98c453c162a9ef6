package io.github.ogireport.findings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ogireport.io.ReaderFinding;
import io.github.ogireport.io.ReportException;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Location;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.NotEvaluable;
import io.github.ogireport.validation.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of a checked report, as {@code ogi-report check --format json} prints it (one object per
 * report and line, then a {@linkplain #summary summary} object) and the server's {@code POST /api/check}
 * answers it. Field names are stable; see the CLI README.
 *
 * <pre>{@code
 * String json = CheckedReportJson.write(CheckedReport.of("r.pdf", read, validator.validate(read.report())));
 * }</pre>
 *
 * @since 0.1
 */
public final class CheckedReportJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private CheckedReportJson() {}

  /** The report's object, on one line without a line break. */
  public static String write(CheckedReport c) {
    return line(g -> {
      g.writeStringField("source", c.source());
      if (c.failure().isPresent()) {
        ReportException failure = c.failure().get();
        g.writeStringField("status", CheckedReport.Status.UNREADABLE.key());
        g.writeStringField("error", failure.problem());
        g.writeStringField("location", failure.location().toString());
        return;
      }
      Report r = c.report().orElseThrow();
      g.writeStringField("status", c.status().key());
      g.writeStringField("edition", r.edition().key());
      g.writeBooleanField("mixedEdition", r.isMixedEdition());
      g.writeStringField("agency", r.metadata().agency());
      g.writeNumberField("year", r.metadata().year());
      if (c.previous().isPresent()) {
        CheckedReport.Previous p = c.previous().get();
        g.writeObjectFieldStart("previous");
        g.writeStringField("source", p.source());
        if (p.note() != null) {
          g.writeStringField("unpaired", p.note());
        }
        g.writeEndObject();
      }
      g.writeArrayFieldStart("tables");
      for (Table t : r.tableList()) {
        int blank = 0;
        for (int i = 0; i < t.rows().size(); i++) {
          for (int j = 0; j < t.columns().size(); j++) {
            blank += t.cell(i, j).isBlank() ? 1 : 0;
          }
        }
        g.writeStartObject();
        g.writeStringField("table", t.type().key());
        g.writeNumberField("cells", t.rows().size() * t.columns().size());
        g.writeNumberField("blank", blank);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("errors", c.errors());
      g.writeNumberField("warnings", c.warnings());
      g.writeArrayFieldStart("readerFindings");
      for (ReaderFinding f : c.readerFindings()) {
        g.writeStartObject();
        writeDiagnostic(g, f);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : c.findings()) {
        writeFinding(g, f);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notEvaluable");
      for (NotEvaluable n : c.validation().map(ValidationResult::notEvaluable).orElse(List.of())) {
        g.writeString(n.ruleId());
      }
      g.writeEndArray();
    });
  }

  /**
   * A validation finding as one JSON object, the shape of {@code check --format json}'s findings (also
   * used by {@code compare --format json}).
   */
  public static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.ruleId());
    writeDiagnostic(g, f);
    writeCells(g, "blankCells", f.blankCells());
    if (!f.previousCells().isEmpty()) {
      writeCells(g, "previousCells", f.previousCells());
    }
    writeNumber(g, "reported", f.reported());
    writeNumber(g, "computed", f.computed());
    writeNumber(g, "difference", f.difference());
    g.writeStringField("messageKey", f.messageKey());
    g.writeEndObject();
  }

  /** The fields every diagnostic has, reader finding or validation finding: one shape. */
  private static void writeDiagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStringField("code", d.code());
    g.writeStringField("severity", d.severity().name());
    writeLocation(g, d.location());
    writeCells(g, "cells", d.cells());
    g.writeArrayFieldStart("arguments");
    for (Object a : d.arguments()) {
      g.writeString(a instanceof BigDecimal b ? b.toPlainString() : String.valueOf(a));
    }
    g.writeEndArray();
    g.writeObjectFieldStart("message");
    g.writeStringField("zh", d.message(Locale.SIMPLIFIED_CHINESE));
    g.writeStringField("en", d.message(Locale.ENGLISH));
    g.writeEndObject();
  }

  private static void writeLocation(JsonGenerator g, Location l) throws IOException {
    g.writeStringField("location", l.jsonPath() != null ? l.jsonPath() : l.toString());
    if (l.line() > 0) {
      g.writeNumberField("line", l.line());
      g.writeNumberField("column", l.column());
    }
    if (l.page() > 0) {
      g.writeNumberField("page", l.page());
    }
  }

  /** An array of cell paths (JSON Pointers). */
  public static void writeCells(JsonGenerator g, String name, List<CellRef> cells) throws IOException {
    g.writeArrayFieldStart(name);
    for (CellRef ref : cells) {
      g.writeString(ref.path());
    }
    g.writeEndArray();
  }

  /** A number as a plain decimal (never {@code 1E+3}), or {@code null}. */
  public static void writeNumber(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
    if (v.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(v.get().toPlainString());
    } else {
      g.writeNullField(name);
    }
  }

  /** The summary object that ends the output of {@code check}, on one line. */
  public static String summary(int reports, int withErrors, int withWarnings, int unreadable, int withoutTable) {
    return line(g -> {
      g.writeBooleanField("summary", true);
      g.writeNumberField("reports", reports);
      g.writeNumberField("withErrors", withErrors);
      g.writeNumberField("withWarnings", withWarnings);
      g.writeNumberField("unreadable", unreadable);
      g.writeNumberField("withoutTable", withoutTable);
    });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String line(Body body) {
    StringWriter sw = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(sw)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }
}
