package dev.cashback.plugin.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The persistence unit lists its classes ({@code exclude-unlisted-classes}): an entity or
 * embeddable missing from the list is not mapped (or only by some providers' discovery), and a
 * listed class that was renamed or moved is ignored.
 */
class PersistenceUnitTest {

  @Test
  void persistenceXml_listsEveryEntityAndEmbeddableAndNothingElse() throws IOException {
    Set<String> entities =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cashback.plugin")
                .stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

    assertThat(entities).isNotEmpty();
    assertThat(listedClasses()).isEqualTo(entities);
  }

  private static Set<String> listedClasses() throws IOException {
    String xml;
    try (InputStream in =
        PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("<class>\\s*([\\w.]+)\\s*</class>").matcher(xml);
    while (m.find()) {
      listed.add(m.group(1));
    }
    return listed;
  }
}
