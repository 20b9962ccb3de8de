package dev.cashback.plugin.application.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The plugin's one way to build and read JSON objects. {@code jakarta.json.Json}'s static methods
 * look the JSON provider up again on every call, through the service loader, which scans the
 * application's jars: on the grant path (each cashback's e-mail content and events) that lookup
 * took about a third of the server's CPU in a profile. The provider is looked up once here.
 */
public final class Jsons {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader reader(String json) {
    return PROVIDER.createReader(new StringReader(json));
  }
}
