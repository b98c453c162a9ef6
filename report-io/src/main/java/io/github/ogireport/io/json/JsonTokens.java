package io.github.ogireport.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Small helpers of the deserializers: reading typed scalars and naming tokens in messages. */
final class JsonTokens {
  private JsonTokens() {}

  /** The JSON Pointer of the current token's value (of the member, for a field name). */
  static String pointer(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /** A pointer to a member of the object at {@code objectPointer}. */
  static String member(String objectPointer, String name) {
    return objectPointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** Checks that the current token is {@code START_OBJECT}. */
  static void expectObject(JsonParser p, String what) throws ReportJsonProblem {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw ReportJsonProblem.at(p, what + " must be an object but was " + describe(p));
    }
  }

  /** Checks that the current token is {@code START_ARRAY}. */
  static void expectArray(JsonParser p, String what) throws ReportJsonProblem {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ReportJsonProblem.at(p, what + " must be an array but was " + describe(p));
    }
  }

  /** Reads the current token as a string. */
  static String string(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw ReportJsonProblem.at(p, what + " must be a string but was " + describe(p));
    }
    return checkSurrogates(p, p.getText(), what);
  }

  /**
   * The name of the current member ({@code FIELD_NAME} token), refused if it holds an unpaired surrogate.
   */
  static String name(JsonParser p) throws IOException {
    String name = p.currentName();
    return name == null ? null : checkSurrogates(p, name, "a member name");
  }

  /**
   * Refuses a string holding an unpaired UTF-16 surrogate ({@code "\ud800"} escaped, or raw in text
   * input): it is no character, UTF-8 cannot encode it, and a writer would pair it with whatever follows.
   */
  static String checkSurrogates(JsonParser p, String s, String what) throws ReportJsonProblem {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        throw ReportJsonProblem.at(p, what + " holds an unpaired surrogate U+"
            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at character " + i
            + ": it is not a character");
      }
    }
    return s;
  }

  /** Reads the current token as a string, or {@code null} for a JSON {@code null}. */
  static String nullableString(JsonParser p, String what) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : string(p, what + " (or null)");
  }

  /** Reads the current token as an {@code int}. */
  static int integer(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw ReportJsonProblem.at(p, what + " must be an integer but was " + describe(p));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw ReportJsonProblem.at(p, what + " is out of range: " + p.getText());
    }
    return p.getIntValue();
  }

  /** Fails for a member the object does not define. */
  static ReportJsonProblem unknownMember(JsonParser p, String what, String name) {
    return ReportJsonProblem.at(p, "unknown member '" + name + "' in " + what);
  }

  /**
   * Fails for a required member that the object ending at the current token lacks; at its end, the
   * parser's pointer is the object's own.
   */
  static ReportJsonProblem missingMember(JsonParser p, JsonLocation end, String what, String name) {
    return ReportJsonProblem.at(p, member(pointer(p), name), end, what + " lacks the required member '" + name + "'");
  }

  /** Describes the current token for messages: {@code a string 'x'}, {@code an integer 5}, {@code null}. */
  static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of input";
    }
    try {
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT -> "the integer " + p.getText();
        case VALUE_NUMBER_FLOAT -> "the number " + p.getText();
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> "null";
        default -> t.asString() == null ? t.name() : t.asString();
      };
    } catch (IOException e) {
      return t.name();
    }
  }
}
