package io.github.ogireport.io.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.Amount;
import io.github.ogireport.model.AmountUnit;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRef;
import io.github.ogireport.model.Edition;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Table;
import io.github.ogireport.model.TableType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-read values of a bundled sample ({@code samples/…}), loaded from
 * {@code src/test/resources/expected/<name>.json}: every printed cell, {@code null} for blank.
 */
public final class SampleExpectation {
  /** The repository root, seen from a module's directory (Maven runs tests there). */
  public static final Path REPOSITORY_ROOT = Paths.get("..").toAbsolutePath().normalize();

  private static final Path EXPECTED = Paths.get("src/test/resources/expected");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String name;
  private final Path sample;
  private final Edition edition;
  private final boolean mixed;
  private final String agency;
  private final int year;
  private final Map<String, Cell> cells;

  private SampleExpectation(String name, JsonNode root) {
    this.name = name;
    this.sample = REPOSITORY_ROOT.resolve(root.path("sample").asText());
    this.edition = Edition.fromKey(root.path("edition").asText()).orElseThrow();
    this.mixed = root.path("mixed").asBoolean(false);
    this.agency = root.path("agency").asText();
    this.year = root.path("year").asInt();
    Map<String, Cell> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("cells").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      map.put(e.getKey(), toCell(e.getValue()));
    }
    this.cells = map;
  }

  private static Cell toCell(JsonNode v) {
    if (v.isNull()) {
      return Cell.blank();
    }
    if (v.isObject()) {
      AmountUnit unit = AmountUnit.fromKey(v.path("unit").asText()).orElseThrow();
      return Cell.of(Amount.of(new BigDecimal(v.path("value").asText()), unit));
    }
    return Cell.of(v.longValue());
  }

  /** Loads every expectation, sorted by name. */
  public static List<SampleExpectation> all() {
    try (Stream<Path> files = Files.list(EXPECTED)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(SampleExpectation::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads one expectation by file name without extension, e.g. {@code seed-004-zhangdian-2020}. */
  public static SampleExpectation named(String name) {
    return load(EXPECTED.resolve(name + ".json"));
  }

  private static SampleExpectation load(Path file) {
    try {
      String n = file.getFileName().toString().replaceFirst("\\.json$", "");
      return new SampleExpectation(n, MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expectation's name (the sample's file name without extension). */
  public String name() {
    return name;
  }

  /** The sample file. */
  public Path sample() {
    return sample;
  }

  /** True for {@code .html} samples. */
  public boolean isHtml() {
    return sample.getFileName().toString().endsWith(".html");
  }

  /** The edition a reader must detect. */
  public Edition edition() {
    return edition;
  }

  /** True if the sample mixes editions. */
  public boolean mixed() {
    return mixed;
  }

  /** The agency as printed in the title. */
  public String agency() {
    return agency;
  }

  /** The report year. */
  public int year() {
    return year;
  }

  /** Every expected cell by its path; blank cells map to {@link Cell#blank()}. */
  public Map<String, Cell> cells() {
    return cells;
  }

  /**
   * Compares a report read from the sample with the expectation: every expected cell must be equal,
   * and the report must have no table the expectation does not list. Returns one line per mismatch.
   */
  public List<String> mismatches(Report report) {
    List<String> out = new ArrayList<>();
    if (report.edition() != edition) {
      out.add("edition: expected " + edition.key() + " but was " + report.edition().key());
    }
    for (Map.Entry<String, Cell> e : cells.entrySet()) {
      CellRef ref = CellRef.parse(e.getKey()).orElse(null);
      if (ref == null) {
        out.add(e.getKey() + ": not a cell path of the model");
        continue;
      }
      Cell actual = report.cell(ref).orElse(null);
      if (actual == null) {
        out.add(e.getKey() + ": table missing, expected " + e.getValue());
      } else if (!actual.equals(e.getValue())) {
        out.add(e.getKey() + ": expected " + e.getValue() + " but was " + actual);
      }
    }
    for (Table t : report.tableList()) {
      TableType type = t.type();
      boolean listed = cells.keySet().stream().anyMatch(k -> k.startsWith("/tables/" + type.key() + "/"));
      if (!listed && !t.isBlank()) {
        out.add("unexpected table " + type.key() + ": " + t);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return name;
  }
}
