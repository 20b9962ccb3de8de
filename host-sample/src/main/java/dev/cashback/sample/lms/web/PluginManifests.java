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
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The menus every installed plugin declares in its {@code META-INF/plugin.json}. The host knows no
 * plugin by name: dropping a plugin JAR into the WAR is enough for its pages to appear. A manifest
 * that names its resource bundle ({@code messages}) and a {@code labelKey} per item has its menus
 * shown in the viewer's language; otherwise, or for a key the bundle lacks, the {@code label}.
 */
@ApplicationScoped
public class PluginManifests {

  static final String MANIFEST = "META-INF/plugin.json";

  private static final ResourceBundle.Control NO_SERVER_DEFAULT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private volatile List<Manifest> manifests;

  /** The menus with their labels in {@code language}. */
  public List<Menu> menus(Locale language) {
    if (manifests == null) {
      manifests = manifests(Thread.currentThread().getContextClassLoader());
    }
    return manifests.stream().flatMap(m -> m.menus(language).stream()).toList();
  }

  /** The menus of every manifest this loader sees, labelled as the manifests write them. */
  public static List<Menu> read(ClassLoader loader) {
    return manifests(loader).stream().flatMap(m -> m.menus(null).stream()).toList();
  }

  private static List<Manifest> manifests(ClassLoader loader) {
    List<Manifest> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(MANIFEST))) {
        try (InputStream in = url.openStream();
            JsonReader reader = Json.createReader(in)) {
          JsonObject manifest = reader.readObject();
          found.add(
              new Manifest(
                  manifest.getJsonArray("menus").getValuesAs(JsonObject.class),
                  manifest.getString("messages", null),
                  loader));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plugin manifests", e);
    }
    return List.copyOf(found);
  }

  /** One plugin's menus and the bundle their labels come from. */
  private record Manifest(List<JsonObject> menus, String bundle, ClassLoader loader) {

    List<Menu> menus(Locale language) {
      return menus.stream().map(menu -> toMenu(menu, language)).toList();
    }

    private Menu toMenu(JsonObject menu, Locale language) {
      List<MenuEntry> entries =
          menu.getJsonArray("entries").stream()
              .map(JsonValue::asJsonObject)
              .map(e -> new MenuEntry(label(e, language), e.getString("page"), e.getString("role")))
              .toList();
      return new Menu(label(menu, language), menu.getString("role"), entries);
    }

    private String label(JsonObject item, Locale language) {
      String key = item.getString("labelKey", null);
      if (language == null || bundle == null || key == null) {
        return item.getString("label");
      }
      try {
        ResourceBundle texts =
            ResourceBundle.getBundle(bundle, language, loader, NO_SERVER_DEFAULT);
        return texts.containsKey(key) ? texts.getString(key) : item.getString("label");
      } catch (MissingResourceException e) {
        return item.getString("label");
      }
    }
  }
}
