package dev.cashback.sample.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Demo data is something a server is told, never something it ships with: the WAR leaves it off;
 * the one-command run and the in-container tests (PostgreSQL in CI, a declared demo there) turn it
 * on themselves.
 */
class DemoSwitchTest {

  private static final String DEMO_ON = "-Dcashback.demo-data=true";

  @Test
  void theWar_leavesDemoDataOff() throws Exception {
    Properties war = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
      war.load(in);
    }
    assertThat(war.getProperty("cashback.demo-data", "false")).isEqualTo("false");
  }

  @Test
  void theOneCommandRun_andTheInContainerTests_declareADemo() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    String runProfile = pom.substring(pom.indexOf("<id>run</id>"), pom.indexOf("</profile>"));
    assertThat(runProfile).contains(DEMO_ON);
    assertThat(Files.readString(Path.of("src/test/resources/arquillian.xml"))).contains(DEMO_ON);
  }
}
