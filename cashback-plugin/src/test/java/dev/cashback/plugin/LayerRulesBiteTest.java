package dev.cashback.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link LayerRulesTest} and {@link HostEntryRulesTest} bites: run on classes that
 * break it on purpose (the {@code dev.cashback.archfixture} test classes, shaped like the plugin's
 * layers), it fails and names the offender; and on the plugin itself it looks at classes (a rule
 * whose {@code that()} selects nothing would pass whatever the code did).
 */
class LayerRulesBiteTest {

  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("dev.cashback.archfixture");

  @Test
  void theApplicationMayNotUseInfrastructure() {
    assertBites(LayerRulesTest.applicationDependsOnNoInfrastructure, "ReachesIntoInfrastructure");
  }

  @Test
  void theApplicationMayNotQueryThroughAnEntityManager() {
    assertBites(LayerRulesTest.applicationQueriesThroughRepositories, "QueriesDirectly");
  }

  @Test
  void theApplicationsFeaturesMayNotFormACycle() {
    assertBites(LayerRulesTest.applicationFeaturesAreFreeOfCycles, "Alpha");
  }

  @Test
  void theDomainMayNotUseAnotherLayer() {
    assertBites(LayerRulesTest.domainDependsOnNoOtherLayer, "Entity");
  }

  @Test
  void theApiMayNotUseThePlugin() {
    assertBites(LayerRulesTest.apiDependsOnNothingOfThePlugin, "Contract");
  }

  @Test
  void nothingMayUseTheInterfaces() {
    assertBites(LayerRulesTest.nothingDependsOnTheInterfaces, "Gadget");
  }

  @Test
  void whatImplementsTheApiMustBeAHostEntry() {
    assertBites(HostEntryRulesTest.whatImplementsTheApiIsAHostEntry, "UnguardedService");
  }

  @Test
  void whatObservesTheHostsEventsMustBeAHostEntry() {
    assertBites(HostEntryRulesTest.whatObservesTheHostsEventsIsAHostEntry, "UnguardedObserver");
  }

  private static void assertBites(ArchRule rule, String offender) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(offender));
  }
}
