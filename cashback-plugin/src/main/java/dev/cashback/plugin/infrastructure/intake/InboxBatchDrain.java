package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks;
import dev.cashback.plugin.infrastructure.scheduling.LimitedWorkers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grants accepted purchases in batches, in the background: one transaction (and one commit) per
 * batch instead of per purchase. Used where nobody waits for the grant, such as the signed intake
 * of hosts outside the JVM. At most {@link InboxConfig#drains()} drains run per node (two by
 * default, so one batch's Java work overlaps another's database round trips: one drain credited
 * batches at the pace of a single thread); a request while they run makes one go round once more,
 * so no purchase waits for the retry timer. Concurrent drains claim different purchases (their
 * claims skip locked rows) and lock wallets in one order (see {@code CashbackAccrual#accrueAll}),
 * as the drains of several nodes always have.
 */
@ApplicationScoped
public class InboxBatchDrain {

  private static final Logger LOG = Logger.getLogger(InboxBatchDrain.class.getName());
  static final int BATCH = 100;

  @Inject InboxEventApplier processor;
  @Inject InboxAttempts processing;
  @Inject InboxConfig settings;

  @Inject BackgroundTasks executor;

  private final AtomicBoolean requested = new AtomicBoolean();
  private LimitedWorkers drains;

  @PostConstruct
  void prepareDrains() {
    drains = new LimitedWorkers(executor, settings::drains, requested::get, this::drain);
  }

  public void request() {
    requested.set(true);
    try {
      drains.start();
    } catch (RuntimeException rejected) {
      LOG.log(Level.WARNING, "Draining deferred to the retry timer", rejected);
    }
  }

  private void drain() {
    while (requested.getAndSet(false)) {
      drainDue();
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
