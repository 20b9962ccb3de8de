package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.application.shared.Jsons;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an e-mail says before it is put into words of a language: its kind, the values of its
 * subject and intro, and its rows, each value typed (text, an amount, a day, a word of the bundle,
 * a donation to a cause). It is kept with the message, so the message is written in its recipient's
 * language when it is sent, outside the transaction that queued it: asking the host for a learner's
 * language while holding their wallet would take a second connection under a lock.
 */
public record MailContent(String kind, Value subject, Value intro, Map<String, Value> rows) {

  public MailContent {
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** A value of a message, written as its language writes it. */
  public sealed interface Value {}

  /** Text shown as it is: a course's title, a reference, a reason an admin wrote. */
  public record Text(String text) implements Value {}

  /** An amount of money, to its currency's minor unit. */
  public record Amount(BigDecimal amount, String currency) implements Value {
    static Amount of(Money money) {
      return new Amount(money.amount(), money.currencyCode());
    }
  }

  /** A day, in the plugin's time zone. */
  public record Day(OffsetDateTime at) implements Value {}

  /** A word of the bundle, such as a status ({@code status.pending}). */
  public record Word(String key) implements Value {}

  /** An amount donated to a cause. */
  public record Donation(Amount amount, String cause) implements Value {}

  String toJson() {
    JsonObjectBuilder rowsJson = Jsons.object();
    rows.forEach((label, value) -> rowsJson.add(label, json(value)));
    return Jsons.object()
        .add("kind", kind)
        .add("subject", json(subject))
        .add("intro", json(intro))
        .add("rows", rowsJson)
        .build()
        .toString();
  }

  static MailContent fromJson(String json) {
    JsonObject o = Jsons.reader(json).readObject();
    Map<String, Value> rows = new LinkedHashMap<>();
    o.getJsonObject("rows").forEach((label, value) -> rows.put(label, value(value.asJsonObject())));
    return new MailContent(
        o.getString("kind"),
        value(o.getJsonObject("subject")),
        value(o.getJsonObject("intro")),
        rows);
  }

  private static JsonObjectBuilder json(Value value) {
    JsonObjectBuilder b = Jsons.object();
    if (value instanceof Amount a) {
      b.add("amount", a.amount()).add("currency", a.currency());
    } else if (value instanceof Day d) {
      if (d.at() == null) {
        b.add("day", JsonValue.NULL);
      } else {
        b.add("day", d.at().toString());
      }
    } else if (value instanceof Word w) {
      b.add("word", w.key());
    } else if (value instanceof Donation d) {
      b.add("donation", json(d.amount())).add("cause", d.cause() == null ? "" : d.cause());
    } else {
      String text = ((Text) value).text();
      b.add("text", text == null ? "" : text);
    }
    return b;
  }

  private static Value value(JsonObject o) {
    if (o.containsKey("amount")) {
      return new Amount(o.getJsonNumber("amount").bigDecimalValue(), o.getString("currency"));
    }
    if (o.containsKey("day")) {
      return new Day(o.isNull("day") ? null : OffsetDateTime.parse(o.getString("day")));
    }
    if (o.containsKey("word")) {
      return new Word(o.getString("word"));
    }
    if (o.containsKey("donation")) {
      return new Donation((Amount) value(o.getJsonObject("donation")), o.getString("cause"));
    }
    return new Text(o.getString("text"));
  }
}
