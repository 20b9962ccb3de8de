package dev.cashback.plugin.interfaces.rest.shared;

import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bodies read from raw bytes, for endpoints that must see the exact bytes first (to sign or to
 * fingerprint them). A body that is not the expected JSON is invalid input with a message for
 * people; a record that refuses its values says which.
 */
public final class JsonBodies {

  static final Jsonb JSON = JsonbBuilder.create();

  private JsonBodies() {}

  public static <T> T read(byte[] body, Class<T> type) {
    if (body == null || body.length == 0) {
      throw new InvalidInputException("body", "Send a JSON body.");
    }
    try {
      T value = JSON.fromJson(new String(body, StandardCharsets.UTF_8), type);
      if (value == null) {
        throw new InvalidInputException("body", "Send a JSON body.");
      }
      return value;
    } catch (JsonbException | IllegalArgumentException | ArithmeticException e) {
      throw new InvalidInputException("body", readable(e));
    }
  }

  /**
   * The elements of the array under {@code field} of a JSON object body, each as a JSON text of its
   * own, so that each can be read, and refused, on its own.
   */
  public static List<String> elements(byte[] body, String field, int max) {
    JsonArray array;
    try (JsonReader reader = Jsons.reader(new String(body, StandardCharsets.UTF_8))) {
      JsonValue value = reader.readObject().get(field);
      if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
        throw new InvalidInputException(field, "Send " + field + " as a list.");
      }
      array = value.asJsonArray();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new InvalidInputException("body", "The body is not a JSON object.");
    }
    if (array.isEmpty() || array.size() > max) {
      throw new InvalidInputException(field, "Send 1 to " + max + " " + field + " at a time.");
    }
    return array.stream().map(JsonValue::toString).toList();
  }

  /** The first message that explains the problem, without class names or stack traces. */
  private static String readable(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof IllegalArgumentException && !(cause instanceof NumberFormatException)
        ? cause.getMessage()
        : "The body is not the expected JSON: check the field names, types and values.";
  }
}
