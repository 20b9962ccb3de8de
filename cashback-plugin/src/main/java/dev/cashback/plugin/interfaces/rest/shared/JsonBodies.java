package dev.cashback.plugin.interfaces.rest.shared;

import dev.cashback.plugin.application.shared.InvalidInputException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;

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
