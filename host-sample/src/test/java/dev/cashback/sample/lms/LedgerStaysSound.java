package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cashback.plugin.application.ledger.LedgerCheckKind;
import dev.cashback.plugin.application.ledger.LedgerChecks;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test the plugin's own ledger check, a full run, must find nothing, or the test fails
 * with what it found. Register it with {@code @ExtendWith(LedgerStaysSound.class)} after
 * Arquillian's extension; it runs after the class's own {@code @AfterEach} methods (so a clock
 * moved by a test is back first).
 *
 * <p>In a class that runs in the server, the check runs there, through {@link LedgerChecks} (add
 * this class to the deployment); on the client side of such a class it does nothing, since the
 * server reports its failure with the test's. A class or method that runs as a client ({@link
 * RunAsClient}) asks {@link TestControlServlet} (in its deployment) at the URL of its
 * {@code @ArquillianResource URL} field.
 */
public class LedgerStaysSound implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (context.getRequiredTestClass().isAnnotationPresent(RunAsClient.class)
        || context.getRequiredTestMethod().isAnnotationPresent(RunAsClient.class)) {
      assertSound(base(context.getRequiredTestInstance()));
    } else if (insideTheServer()) {
      assertSound();
    }
  }

  /** In the server: fails with the violations the ledger check finds. */
  static void assertSound() {
    assertEquals(
        List.of(),
        CDI.current()
            .select(LedgerChecks.class)
            .get()
            .runUnattended(LedgerCheckKind.FULL)
            .violations(),
        "ledger invariants");
  }

  /** Fails with the violations the ledger check of the deployment at {@code base} finds. */
  static void assertSound(URL base) throws Exception {
    HttpResponse<String> audit = ApiClient.anonymous(base).post("/test-control?action=audit", "");
    assertEquals(200, audit.statusCode(), audit.body());
    assertEquals(
        List.of(),
        audit.body().isEmpty() ? List.of() : audit.body().lines().toList(),
        "ledger invariants");
  }

  private static boolean insideTheServer() {
    try {
      CDI.current();
      return true;
    } catch (IllegalStateException notThere) {
      return false;
    }
  }

  private static URL base(Object test) throws IllegalAccessException {
    for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == URL.class && field.isAnnotationPresent(ArquillianResource.class)) {
          field.setAccessible(true);
          return (URL) field.get(test);
        }
      }
    }
    throw new IllegalStateException(
        test.getClass().getSimpleName() + " has no @ArquillianResource URL field");
  }
}
