package dev.cashback.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.application.shared.ConfigKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** plugin.json, as the build packs it into the JAR, agrees with the code it describes. */
class PluginManifestTest {

  private static JsonObject manifest;

  @BeforeAll
  static void readPackagedManifest() throws Exception {
    try (InputStream in =
            PluginManifestTest.class.getClassLoader().getResourceAsStream("META-INF/plugin.json");
        JsonReader reader = Json.createReader(in)) {
      manifest = reader.readObject();
    }
  }

  @Test
  void version_equalsTheMavenVersion() {
    assertThat(manifest.getString("version"))
        .isNotBlank()
        .isEqualTo(System.getProperty("project.version"));
  }

  @Test
  void identity_isDeclared() {
    assertThat(manifest.getString("id")).isEqualTo("cashback");
    assertThat(manifest.getString("name")).isEqualTo("Cashback");
    assertThat(manifest.getString("hostApiVersion")).matches("\\d+\\.\\d+");
  }

  @Test
  void config_listsExactlyTheKeysTheCodeReadsWithTheSameDefaults() {
    Map<String, String> declared = new LinkedHashMap<>();
    for (JsonValue entry : manifest.getJsonArray("config")) {
      JsonObject key = entry.asJsonObject();
      assertThat(key.getString("description")).isNotBlank();
      declared.put(key.getString("key"), key.getString("default"));
    }
    assertThat(declared).containsExactlyInAnyOrderEntriesOf(ConfigKeys.DEFAULTS);
  }

  @Test
  void menus_offerTheAdminLearnerAndInstructorPages() {
    List<String> labels =
        entries().stream().map(e -> e.getString("role") + ":" + e.getString("label")).toList();
    assertThat(labels)
        .containsExactly(
            "admin:Dashboard",
            "admin:Rule",
            "admin:Transaction",
            "admin:History",
            "admin:Payouts",
            "admin:Payout methods",
            "admin:Outbox",
            "admin:Affiliate networks",
            "admin:Claims",
            "admin:Referrals",
            "admin:Refused events",
            "admin:Webhooks",
            "admin:Review",
            "admin:Import purchases",
            "learner:My cashback",
            "learner:Request payout",
            "learner:Payout history",
            "learner:Missing cashback",
            "instructor:Course cashback");
  }

  @Test
  void menus_everyPageExistsInTheJarAndEveryRoleIsDeclared() {
    Set<String> roles =
        manifest.getJsonArray("roles").stream()
            .map(r -> r.asJsonObject().getString("name"))
            .collect(Collectors.toSet());
    for (JsonObject entry : entries()) {
      String page = entry.getString("page");
      assertThat(getClass().getClassLoader().getResource("META-INF/resources" + page))
          .as("page %s", page)
          .isNotNull();
      assertThat(roles).contains(entry.getString("role"));
    }
  }

  @Test
  void events_nameTheApiTypes() throws Exception {
    for (JsonValue event : manifest.getJsonArray("events")) {
      String type = event.asJsonObject().getString("type");
      assertThat(Class.forName(type).getPackageName()).isEqualTo("dev.cashback.plugin.api");
    }
  }

  private static List<JsonObject> entries() {
    return manifest.getJsonArray("menus").stream()
        .flatMap(m -> m.asJsonObject().getJsonArray("entries").stream())
        .map(JsonValue::asJsonObject)
        .toList();
  }
}
