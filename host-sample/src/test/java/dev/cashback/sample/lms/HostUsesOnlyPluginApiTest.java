package dev.cashback.sample.lms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The host compiles against the plugin's api package only, as any other host would. */
class HostUsesOnlyPluginApiTest {

  private static final String API = "dev.cashback.plugin.api";

  private static final DescribedPredicate<JavaClass> PLUGIN_INTERNALS =
      DescribedPredicate.describe(
          "plugin classes outside " + API,
          c ->
              c.getPackageName().startsWith("dev.cashback.plugin")
                  && !c.getPackageName().equals(API));

  private final JavaClasses host =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cashback.sample.lms");

  @Test
  void host_dependsOnNoPluginInternals() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.cashback.sample.lms..")
            .should()
            .dependOnClassesThat(PLUGIN_INTERNALS);
    rule.check(host);
  }

  @Test
  void host_doesUseTheApi_soTheRuleAboveIsNotVacuous() {
    assertThat(host.get("dev.cashback.sample.lms.service.Checkout").getDirectDependenciesFromSelf())
        .anyMatch(d -> d.getTargetClass().getPackageName().equals(API));
  }
}
