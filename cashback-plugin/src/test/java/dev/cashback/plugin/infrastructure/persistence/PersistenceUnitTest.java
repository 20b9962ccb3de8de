package dev.cashback.plugin.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The persistence unit lists its entities (it excludes unlisted classes), so an entity missing from
 * the list is unknown at run time ("Unknown Entity bean class") while every unit test passes: the
 * list and the {@code @Entity} classes must be the same.
 */
class PersistenceUnitTest {

  @Test
  void theUnitListsEveryEntity_andNothingElse() throws Exception {
    List<String> listed = new ArrayList<>();
    try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      NodeList classes =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(xml)
              .getElementsByTagName("class");
      for (int i = 0; i < classes.getLength(); i++) {
        listed.add(classes.item(i).getTextContent().strip());
      }
    }
    TreeSet<String> entities = new TreeSet<>();
    new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cashback.plugin")
            .stream()
            .filter(c -> c.isAnnotatedWith(Entity.class))
            .map(JavaClass::getName)
            .forEach(entities::add);
    assertThat(new TreeSet<>(listed)).isEqualTo(entities);
  }
}
