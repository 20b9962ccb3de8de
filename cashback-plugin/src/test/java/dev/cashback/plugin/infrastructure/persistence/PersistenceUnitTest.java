package dev.cashback.plugin.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plugin's persistence unit lists its entity classes by name (it excludes unlisted ones, so the
 * host's entities stay out): the list must name every entity, and nothing that is not one, or a
 * renamed entity fails only at run time ("Unknown Entity bean class").
 */
class PersistenceUnitTest {

  @Test
  void persistenceXml_listsExactlyTheEntities() throws Exception {
    Set<String> entities = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cashback.plugin")) {
      if (type.isAnnotatedWith(Entity.class)) {
        entities.add(type.getName());
      }
    }
    Set<String> listed = new TreeSet<>();
    try (InputStream xml =
        getClass().getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
      Matcher name =
          Pattern.compile("<class>\\s*([^<\\s]+)\\s*</class>")
              .matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
      while (name.find()) {
        listed.add(name.group(1));
      }
    }
    assertThat(entities).as("the entities").isNotEmpty();
    assertThat(listed).as("persistence.xml's classes").isEqualTo(entities);
  }
}
