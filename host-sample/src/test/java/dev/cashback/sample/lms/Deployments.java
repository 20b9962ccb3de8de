package dev.cashback.sample.lms;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships, for the in-container tests. */
final class Deployments {

  private Deployments() {}

  static WebArchive hostWithPlugin() {
    File war = new File(System.getProperty("project.build.directory", "target"), "host-sample.war");
    return ShrinkWrap.create(ZipImporter.class, "host-sample.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  /**
   * The WAR with settings of the test's own (lines of {@code key=value}), in a library whose
   * configuration file outranks the WAR's.
   */
  static WebArchive hostWithPlugin(String... settings) {
    StringBuilder file = new StringBuilder("config_ordinal=300\n");
    for (String setting : settings) {
      file.append(setting).append('\n');
    }
    return hostWithPlugin()
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "test-settings.jar")
                .addAsResource(
                    new StringAsset(file.toString()), "META-INF/microprofile-config.properties"));
  }
}
