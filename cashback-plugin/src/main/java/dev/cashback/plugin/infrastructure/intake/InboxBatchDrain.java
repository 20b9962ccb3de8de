package dev.cashback.plugin.infrastructure.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grants accepted purchases in batches, in the background: one transaction (and one commit) per
 * batch instead of per purchase. Used where nobody waits for the grant, such as the signed intake
 * of hosts outside the JVM. At most one drain runs per node; a request while it runs makes it go
 * round once more, so no purchase waits for the retry timer.
 */
@ApplicationScoped
public class InboxBatchDrain {

  private static final Logger LOG = Logger.getLogger(InboxBatchDrain.class.getName());
  static final int BATCH = 100;

  @Inject InboxEventApplier processor;
  @Inject InboxAttempts processing;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();

  public void request() {
    requested.set(true);
    if (running.compareAndSet(false, true)) {
      try {
        executor.submit(this::drain);
      } catch (RuntimeException rejected) {
        running.set(false);
        LOG.log(Level.WARNING, "Draining deferred to the retry timer", rejected);
      }
    }
  }

  void drain() {
    try {
      while (requested.getAndSet(false)) {
        drainDue();
      }
    } finally {
      running.set(false);
    }
    if (requested.get()) {
      request();
    }
  }

  /**
   * Batches until a batch comes back short of {@link #BATCH}: nothing more was due when it was
   * claimed, and what arrives later asks for a drain of its own (so a purchase at a time costs one
   * transaction, not a second one that finds nothing). A failing batch is retried purchase by
   * purchase.
   */
  void drainDue() {
    while (true) {
      try {
        if (processor.processBatch(BATCH).size() < BATCH) {
          return;
        }
      } catch (RuntimeException batchFailed) {
        LOG.log(Level.FINE, "A batch failed; processing its purchases one by one", batchFailed);
        var due = processor.due(Inbox.PURCHASES, BATCH);
        due.forEach(id -> processing.processQuietly(Inbox.PURCHASES, id));
        if (due.isEmpty()) {
          return;
        }
      }
    }
  }
}
