package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the processing of one purchase and turns any failure into a scheduled retry. */
@ApplicationScoped
public class PurchaseProcessing {

  private static final Logger LOG = Logger.getLogger(PurchaseProcessing.class.getName());

  @Inject PurchaseProcessor processor;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.INBOX_GRANT_WAIT_MILLIS,
      defaultValue = ConfigKeys.INBOX_GRANT_WAIT_MILLIS_DEFAULT)
  long grantWaitMillis;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.INBOX_RETRY_SECONDS,
      defaultValue = ConfigKeys.INBOX_RETRY_SECONDS_DEFAULT)
  long retrySeconds;

  /**
   * Grants right after the host's commit, on a thread of its own: the committing thread is still
   * bound to the finished transaction, so a new transaction cannot be started cleanly there. The
   * host waits a moment so its receipt can show the cashback; past that the grant goes on in the
   * background, and the retry timer covers anything that fails.
   */
  public void processAfterCommit(String purchaseId) {
    Future<?> grant;
    try {
      grant = executor.submit(() -> processQuietly(purchaseId));
    } catch (RuntimeException rejected) {
      LOG.log(
          Level.WARNING, "Cashback for purchase " + purchaseId + " deferred to retry", rejected);
      return;
    }
    try {
      grant.get(grantWaitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.fine(() -> "Cashback for purchase " + purchaseId + " continues in the background");
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "Cashback for purchase " + purchaseId + " failed; will retry", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

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
