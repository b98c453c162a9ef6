package io.github.ogireport.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the JSON benchmarks: a plain Jackson databind shape of the same JSON as a report, with
 * public fields, {@code Map}s and {@code List}s, and cells as untyped values ({@code null}, an
 * {@code Integer}/{@code Long}, or a {@code Map} holding an amount's {@code BigDecimal} value and unit).
 * It checks nothing beyond what databind does by itself: no limits, no keys, no kinds, no locations.
 *
 * <p>Reading a report's JSON into it and writing it back gives the same bytes, which the benchmark's
 * setup verifies for every input.
 */
@JsonPropertyOrder({"format", "edition", "metadata", "narrative", "tables"})
public final class PlainReport {
  /** The format tag. */
  public String format;
  /** The edition key. */
  public String edition;
  /** The metadata. */
  public Metadata metadata;
  /** The narrative sections. */
  public List<Narrative> narrative;
  /** The tables by table key. */
  public Map<String, Table> tables;

  /** Returns a mapper for this shape, configured as plainly as round-tripping the same bytes allows. */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        // amounts keep their scale (4332.80), as in the report's own JSON
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** The metadata member. */
  @JsonPropertyOrder({"agency", "year", "divisionCode", "title", "publicationDate", "source"})
  public static final class Metadata {
    /** The agency. */
    public String agency;
    /** The report year. */
    public int year;
    /** The division code, or null. */
    public String divisionCode;
    /** The title, or null. */
    public String title;
    /** The publication date as written, or null. */
    public String publicationDate;
    /** The source, or null. */
    public String source;
  }

  /** One narrative section. */
  @JsonPropertyOrder({"section", "heading", "text"})
  public static final class Narrative {
    /** The section key. */
    public String section;
    /** The heading. */
    public String heading;
    /** The text. */
    public String text;
  }

  /** One table: custom rows (legacy form only), then rows of cells by row key and column key. */
  @JsonPropertyOrder({"customRows", "rows"})
  public static final class Table {
    /** The custom rows, or null when the table has none declared. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<CustomRow> customRows;
    /** The cells: row key → column key → null, integer, or amount object. */
    public Map<String, Map<String, Object>> rows;
  }

  /** One custom row of the legacy form. */
  @JsonPropertyOrder({"key", "label", "englishName", "unit", "after"})
  public static final class CustomRow {
    /** The key. */
    public String key;
    /** The label. */
    public String label;
    /** The English name. */
    public String englishName;
    /** The unit, or null. */
    public String unit;
    /** The key of the row it follows, or null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String after;
  }
}
