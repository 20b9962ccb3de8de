package dev.cashback.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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

  @ArchTest
  static final ArchRule applicationDoesNotUseIntake =
      noClasses()
          .that()
          .resideInAPackage("..plugin.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..plugin.infrastructure.intake..", "..plugin.infrastructure.persistence..");
}
