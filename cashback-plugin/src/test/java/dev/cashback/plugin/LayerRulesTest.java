package dev.cashback.plugin;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The layering described in the README's design section: no layer reaches into one above it; the
 * api stands alone.
 */
@AnalyzeClasses(
    packages = "dev.cashback.plugin",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

  @ArchTest
  static final ArchRule domainDependsOnNoOtherLayer =
      noClasses()
          .that()
          .resideInAPackage("..plugin.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..plugin.api..",
              "..plugin.application..",
              "..plugin.infrastructure..",
              "..plugin.interfaces..",
              "jakarta.faces..",
              "jakarta.enterprise..",
              "jakarta.inject..");

  @ArchTest
  static final ArchRule apiDependsOnNothingOfThePlugin =
      noClasses()
          .that()
          .resideInAPackage("..plugin.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..plugin.application..",
              "..plugin.domain..",
              "..plugin.infrastructure..",
              "..plugin.interfaces..",
              "jakarta.persistence..");

  @ArchTest
  static final ArchRule nothingDependsOnTheInterfaces =
      noClasses()
          .that()
          .resideOutsideOfPackage("..plugin.interfaces..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..plugin.interfaces..");

  /**
   * The use cases reach what is outside through ports (the domain's repositories, the application's
   * clock, metrics and outbox) that infrastructure implements, never into infrastructure itself.
   */
  @ArchTest
  static final ArchRule applicationDependsOnNoInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("..plugin.application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..plugin.infrastructure..");

  /** The use cases query through repositories, not through an entity manager of their own. */
  @ArchTest
  static final ArchRule applicationQueriesThroughRepositories =
      noClasses()
          .that()
          .resideInAPackage("..plugin.application..")
          .should()
          .dependOnClassesThat(
              assignableTo(EntityManager.class)
                  .or(assignableTo(EntityManagerFactory.class))
                  .or(assignableTo(Query.class))
                  .or(equivalentTo(PersistenceContext.class)))
          .because("what the use cases read and write goes through the domain's repositories");

  /** One feature of the application may use another, but never in a circle. */
  @ArchTest
  static final ArchRule applicationFeaturesAreFreeOfCycles =
      slices().matching("..plugin.application.(*)..").should().beFreeOfCycles();

  /**
   * The rules above are not vacuous: each layer they speak of holds classes, and the application
   * has several feature slices (a rule whose {@code that()} selects nothing would pass whatever the
   * code did). {@link LayerRulesBiteTest} shows that each rule fails on classes that break it.
   */
  @ArchTest
  static void everyRuleLooksAtClasses(JavaClasses plugin) {
    assertThat(plugin.that(resideInAPackage("..plugin.api..")).size()).isGreaterThan(10);
    assertThat(plugin.that(resideInAPackage("..plugin.application..")).size()).isGreaterThan(50);
    assertThat(plugin.that(resideInAPackage("..plugin.domain..")).size()).isGreaterThan(50);
    assertThat(plugin.that(resideInAPackage("..plugin.infrastructure..")).size()).isGreaterThan(20);
    assertThat(plugin.that(resideInAPackage("..plugin.interfaces..")).size()).isGreaterThan(20);
    assertThat(
            plugin.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.matches(".*\\.plugin\\.application\\.[a-z]+(\\..*)?"))
                .distinct())
        .as("feature slices of the application")
        .hasSizeGreaterThan(5);
  }
}
