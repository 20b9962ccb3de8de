package dev.cashback.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.cashback.plugin.api.PayoutProvider;
import dev.cashback.plugin.application.shared.HostEntry;
import jakarta.enterprise.event.Observes;

/**
 * What the host calls on its own threads is marked {@link HostEntry}, so that a host call always
 * leaves the host's thread as it found it: every implementation of an api interface the host calls
 * (the plugin's own default payout provider is called by the plugin), and every observer of an api
 * event.
 */
@AnalyzeClasses(
    packages = "dev.cashback.plugin",
    importOptions = ImportOption.DoNotIncludeTests.class)
class HostEntryRulesTest {

  @ArchTest
  static final ArchRule whatImplementsTheApiIsAHostEntry =
      classes()
          .that(implementAnApiInterface())
          .and()
          .areNotAssignableTo(PayoutProvider.class)
          .should()
          .beAnnotatedWith(HostEntry.class)
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule whatObservesTheHostsEventsIsAHostEntry =
      classes()
          .that(observeAnApiEvent())
          .should()
          .beAnnotatedWith(HostEntry.class)
          .allowEmptyShould(false);

  private static DescribedPredicate<JavaClass> implementAnApiInterface() {
    return DescribedPredicate.describe(
        "implement an api interface",
        type ->
            !type.isInterface()
                && !type.getPackageName().contains(".plugin.api")
                && type.getAllRawInterfaces().stream()
                    .anyMatch(api -> api.getPackageName().contains(".plugin.api")));
  }

  private static DescribedPredicate<JavaClass> observeAnApiEvent() {
    return DescribedPredicate.describe(
        "observe an api event",
        type -> type.getMethods().stream().anyMatch(HostEntryRulesTest::observesApiEvent));
  }

  private static boolean observesApiEvent(JavaMethod method) {
    for (JavaParameter parameter : method.getParameters()) {
      if (parameter.isAnnotatedWith(Observes.class)
          && parameter.getRawType().getPackageName().contains(".plugin.api")) {
        return true;
      }
    }
    return false;
  }
}
