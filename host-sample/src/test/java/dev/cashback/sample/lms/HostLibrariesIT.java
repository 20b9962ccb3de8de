package dev.cashback.sample.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin beside a host's own copies of the libraries it shares. A host that already bundles
 * PrimeFaces or Flyway keeps its version (Maven's nearest wins); this WAR is the sample as such a
 * host would build it, with the oldest versions the plugin's manifest admits (the build copies them
 * to {@code target/host-libraries}) in place of those the plugin was built with: the schema is
 * migrated by the host's Flyway, every plugin page renders with the host's PrimeFaces, and a signed
 * purchase earns its cashback.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostLibrariesIT {

  /** The libraries a host may bring, by the start of their JAR names in {@code WEB-INF/lib}. */
  private static final Map<String, Pattern> SHARED =
      Map.of(
          "primefaces-",
          Pattern.compile("primefaces-[0-9.]+-jakarta\\.jar"),
          "flyway-core-",
          Pattern.compile("flyway-core-[0-9.]+\\.jar"),
          "flyway-database-postgresql-",
          Pattern.compile("flyway-database-postgresql-[0-9.]+\\.jar"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive war = Deployments.hostWithPlugin();
    File hostLibraries =
        new File(System.getProperty("project.build.directory", "target"), "host-libraries");
    File[] jars = hostLibraries.listFiles((dir, name) -> name.endsWith(".jar"));
    assertThat(jars).as("the host's libraries in " + hostLibraries).hasSize(SHARED.size());
    for (File jar : jars) {
      Pattern shipped =
          SHARED.entrySet().stream()
              .filter(library -> jar.getName().startsWith(library.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow();
      ArchivePath replaced =
          war.getContent(path -> shipped.matcher(path.get()).find()).keySet().stream()
              .filter(path -> path.get().startsWith("/WEB-INF/lib/"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + shipped + " in the WAR"));
      war.delete(replaced);
      war.addAsLibrary(jar);
    }
    return war;
  }

  @ArquillianResource URL base;

  private static final String HOST_PRIMEFACES = System.getProperty("host.primefaces.version");
  private static final String HOST_FLYWAY = System.getProperty("host.flyway.version");

  @Test
  void thePluginsManifest_admitsTheHostsVersions() throws Exception {
    File war = new File(System.getProperty("project.build.directory", "target"), "host-sample.war");
    String shared;
    try (var archive = new java.util.zip.ZipFile(war)) {
      var plugin =
          archive.stream()
              .filter(entry -> entry.getName().matches("WEB-INF/lib/cashback-plugin-.*\\.jar"))
              .findFirst()
              .orElseThrow();
      try (var jar = new java.util.jar.JarInputStream(archive.getInputStream(plugin))) {
        shared = jar.getManifest().getMainAttributes().getValue("Cashback-Shared-Libraries");
      }
    }
    assertThat(shared)
        .contains("org.primefaces:primefaces:jakarta [" + HOST_PRIMEFACES + ",16)")
        .contains("org.flywaydb:flyway-core [" + HOST_FLYWAY + ",14)");
  }

  @Test
  void theHostsFlyway_appliesEveryMigration() throws Exception {
    ApiClient anyone =
        ApiClient.anonymous(new URL(base.getProtocol(), base.getHost(), base.getPort(), "/"));
    assertThat(anyone.get("/health/ready").body())
        .contains("cashback-database")
        .contains("\"migrations\":\"applied\"");
  }

  @Test
  void theHostsPrimeFaces_rendersEveryPluginPage() throws Exception {
    MenuPages.assertEveryEntryRendersForItsRole(base);
  }

  @Test
  void aSignedPurchase_earnsPendingCashback() throws Exception {
    String purchaseId = "host-libraries-" + UUID.randomUUID();
    String purchase = ApiClient.purchase(purchaseId, "lucy", "sql-deep-dive", "ivan", "40.00");
    ApiClient admin = new ApiClient(base, "admin");
    assertThat(
            admin.postSigned(ApiClient.API + "/purchases", purchase, ApiClient.now()).statusCode())
        .isEqualTo(202);
    // Granted after the intake's commit, normally before the answer; allow the retry a moment.
    String transactions = "";
    for (int attempt = 0; attempt < 50 && !transactions.contains(purchaseId); attempt++) {
      Thread.sleep(attempt == 0 ? 0 : 200);
      transactions = admin.get(ApiClient.API + "/transactions?userName=lucy&limit=100").body();
    }
    assertThat(transactions).contains(purchaseId).contains("PENDING");
  }
}
