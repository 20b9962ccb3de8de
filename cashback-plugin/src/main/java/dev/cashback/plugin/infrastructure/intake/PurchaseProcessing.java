package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the processing of one purchase and turns any failure into a scheduled retry. */
@ApplicationScoped
public class PurchaseProcessing {

  private static final Logger LOG = Logger.getLogger(PurchaseProcessing.class.getName());

  @Inject PurchaseProcessor processor;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.INBOX_RETRY_SECONDS,
      defaultValue = ConfigKeys.INBOX_RETRY_SECONDS_DEFAULT)
  long retrySeconds;

  public void processQuietly(String purchaseId) {
    try {
      processor.process(purchaseId);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Cashback for purchase " + purchaseId + " failed; will retry", e);
      try {
        processor.recordFailure(purchaseId, rootCause(e), retryInterval());
      } catch (Exception nested) {
        LOG.log(Level.SEVERE, "Could not record the failure of purchase " + purchaseId, nested);
      }
    }
  }

  Duration retryInterval() {
    return Duration.ofSeconds(Math.max(1, retrySeconds));
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
