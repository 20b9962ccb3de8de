package dev.cashback.sample.lms;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
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
}
