package dev.cashback.sample.lms.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The menus every installed plugin declares in its {@code META-INF/plugin.json}. The host knows no
 * plugin by name: dropping a plugin JAR into the WAR is enough for its pages to appear.
 */
@ApplicationScoped
public class PluginManifests {

  static final String MANIFEST = "META-INF/plugin.json";

  private volatile List<Menu> menus;

  public List<Menu> menus() {
    if (menus == null) {
      menus = read(Thread.currentThread().getContextClassLoader());
    }
    return menus;
  }

  public static List<Menu> read(ClassLoader loader) {
    List<Menu> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(MANIFEST))) {
        try (InputStream in = url.openStream();
            JsonReader reader = Json.createReader(in)) {
          for (JsonValue menu : reader.readObject().getJsonArray("menus")) {
            found.add(toMenu(menu.asJsonObject()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plugin manifests", e);
    }
    return List.copyOf(found);
  }

  private static Menu toMenu(JsonObject menu) {
    List<MenuEntry> entries =
        menu.getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> new MenuEntry(e.getString("label"), e.getString("page"), e.getString("role")))
            .toList();
    return new Menu(menu.getString("label"), menu.getString("role"), entries);
  }
}
