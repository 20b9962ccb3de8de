package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.application.shared.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** The answer to a batch: how many of each outcome, then each event's outcome in order. */
public record BatchAnswer(int accepted, int duplicates, int refused, List<BatchOutcome> results) {

  static BatchAnswer of(List<BatchOutcome> results) {
    return new BatchAnswer(
        count(results, BatchOutcome.ACCEPTED),
        count(results, BatchOutcome.DUPLICATE),
        count(results, BatchOutcome.REFUSED),
        results);
  }

  private static int count(List<BatchOutcome> results, String status) {
    return (int) results.stream().filter(r -> r.status().equals(status)).count();
  }

  /** A text field of an element that could not be read whole; null when there is none. */
  static String field(String element, String name) {
    try (JsonReader reader = Jsons.reader(element)) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object && object.get(name) instanceof JsonString text) {
        String id = text.getString();
        return id.length() <= 100 ? id : id.substring(0, 100);
      }
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
