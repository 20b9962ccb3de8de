package dev.cashback.sample.lms.service;

import dev.cashback.sample.lms.security.ClientAddressHash;
import dev.cashback.sample.lms.security.DemoMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a server that would run unsafely: one not declared a demo whose database holds
 * the published demo passwords or secrets (a demo database put into service, or the WAR started on
 * it without the demo switch), and one without a lasting secret for client addresses. Throwing here
 * fails the deployment, so nothing is served; the reason is logged as SEVERE.
 */
@Singleton
@Startup
@DependsOn("LmsDatabase")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupChecks {

  private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

  @Inject DemoSecrets demoSecrets;

  @Inject
  @ConfigProperty(name = DemoMode.KEY, defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = ClientAddressHash.SECRET)
  Optional<String> addressSecret;

  @PostConstruct
  void refuseAnUnsafeStart() {
    try {
      ClientAddressHash.secret(addressSecret, demo);
    } catch (IllegalStateException unusable) {
      throw refusal(unusable.getMessage());
    }
    if (demo) {
      LOG.warning(
          "This server is a demo ("
              + DemoMode.KEY
              + "=true): its accounts and secrets are published. Never put it into service.");
      return;
    }
    refuseDemoSecrets(demoSecrets.found(), false);
  }

  /** Throws, naming what was found, when a server that is not a demo finds demo secrets. */
  public static void refuseDemoSecrets(List<String> found, boolean demo) {
    if (demo || found.isEmpty()) {
      return;
    }
    throw refusal(
        "this database holds published demo secrets ("
            + String.join("; ", found)
            + ") but this server is not a declared demo ("
            + DemoMode.KEY
            + " is not true). Change those passwords and secrets, or set "
            + DemoMode.KEY
            + "=true if this server is a demo.");
  }

  private static IllegalStateException refusal(String reason) {
    String message = "Refusing to start: " + reason;
    LOG.severe(message);
    return new IllegalStateException(message);
  }
}
