package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the processing of one accepted event and turns any failure into a scheduled retry. */
@ApplicationScoped
public class InboxAttempts {

  private static final Logger LOG = Logger.getLogger(InboxAttempts.class.getName());

  @Inject InboxEventApplier processor;

  @Inject BackgroundTasks executor;

  @Inject InboxConfig settings;

  @Inject AfterCommitGrants grants;

  /**
   * Processes right after the host's commit, on a thread of its own: the committing thread is still
   * bound to the finished transaction, so a new transaction cannot be started cleanly there. The
   * host waits a moment so its receipt can show the cashback; past that processing goes on in the
   * background, and the retry timer covers anything that fails. Purchases committed at the same
   * time are granted together ({@link AfterCommitGrants}).
   */
  public void processAfterCommit(Inbox inbox, String key) {
    Future<?> work;
    try {
      work =
          inbox == Inbox.PURCHASES
              ? grants.grant(key)
              : executor.submit(() -> processQuietly(inbox, key));
    } catch (RuntimeException rejected) {
      LOG.log(Level.WARNING, inbox + " " + key + " deferred to retry", rejected);
      return;
    }
    try {
      work.get(settings.grantWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.fine(() -> inbox + " " + key + " continues in the background");
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, inbox + " " + key + " failed; will retry", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Processes the events on a thread of the plugin's, one after the other, without waiting; what
   * cannot be submitted or fails is left to the retry timer.
   */
  public void processInBackground(Inbox inbox, List<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    try {
      executor.submit(() -> keys.forEach(key -> processQuietly(inbox, key)));
    } catch (RuntimeException rejected) {
      LOG.log(Level.WARNING, keys.size() + " " + inbox + " deferred to retry", rejected);
    }
  }

  public void processQuietly(Inbox inbox, String key) {
    try {
      processor.process(inbox, key);
    } catch (Exception e) {
      LOG.log(Level.WARNING, inbox + " " + key + " failed; will retry", e);
      try {
        processor.recordFailure(inbox, key, rootCause(e), settings.retryInterval());
      } catch (Exception nested) {
        LOG.log(Level.SEVERE, "Could not record the failure of " + inbox + " " + key, nested);
      }
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
