package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks;
import dev.cashback.plugin.infrastructure.scheduling.LimitedWorkers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grants the purchases hosts have just committed, those that arrive while a grant runs together in
 * the next one: one transaction, one claim, batched ledger writes and one commit for all of them
 * instead of one of each per purchase. A purchase alone is granted at once, as before; under load
 * the batches grow by themselves, up to {@link #BATCH}. A host under heavy checkout load may have
 * each grant wait a moment first ({@link InboxConfig#grantGather()}), so the purchases committed
 * meanwhile join it: a grant of many costs a fraction per purchase of a grant of one. At most
 * {@link InboxConfig#drains()} grants run at once. A failing batch is granted purchase by purchase,
 * and what fails alone is left to the retry timer with its error, as for every grant.
 */
@ApplicationScoped
public class AfterCommitGrants {

  private static final Logger LOG = Logger.getLogger(AfterCommitGrants.class.getName());

  /** Purchases per grant at most: enough to share a commit, few enough to answer quickly. */
  static final int BATCH = 50;

  @Inject InboxEventApplier processor;
  @Inject InboxAttempts processing;
  @Inject InboxConfig settings;
  @Inject BackgroundTasks executor;

  private record Waiting(String purchaseId, CompletableFuture<Void> granted) {}

  private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
  private LimitedWorkers workers;

  @PostConstruct
  void prepareWorkers() {
    workers =
        new LimitedWorkers(
            executor, settings::drains, () -> !waiting.isEmpty(), this::grantWhatWaits);
  }

  /**
   * Queues the purchase for the next grant; the future completes once it was granted (or its
   * failure noted for the retry timer). Throws {@link
   * java.util.concurrent.RejectedExecutionException} when no grant can be started, and the purchase
   * is then left to the retry timer.
   */
  public Future<Void> grant(String purchaseId) {
    Waiting purchase = new Waiting(purchaseId, new CompletableFuture<>());
    waiting.add(purchase);
    try {
      workers.start();
    } catch (RuntimeException rejected) {
      failWhatWaits(rejected);
      throw rejected;
    }
    return purchase.granted();
  }

  private void grantWhatWaits() {
    gather();
    for (List<Waiting> batch = next(); !batch.isEmpty(); batch = next()) {
      grant(batch);
    }
  }

  /** Lets more purchases arrive before the first batch is taken, if the host chose to. */
  private void gather() {
    long millis = settings.grantGather().toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt(); // the runtime is stopping: grant what waits now
      }
    }
  }

  private List<Waiting> next() {
    List<Waiting> batch = new ArrayList<>();
    for (Waiting next = null; batch.size() < BATCH && (next = waiting.poll()) != null; ) {
      batch.add(next);
    }
    return batch;
  }

  private void grant(List<Waiting> batch) {
    List<String> ids = batch.stream().map(Waiting::purchaseId).toList();
    try {
      // What the claim skips was granted already, or is being granted by the retry timer.
      processor.processPurchases(ids);
    } catch (RuntimeException batchFailed) {
      LOG.log(Level.FINE, "A grant of several failed; granting them one by one", batchFailed);
      ids.forEach(id -> processing.processQuietly(Inbox.PURCHASES, id));
    }
    batch.forEach(purchase -> purchase.granted().complete(null));
  }

  /** Leaves the waiting purchases to the retry timer: their inbox rows stay due for it. */
  private void failWhatWaits(RuntimeException why) {
    for (Waiting purchase = waiting.poll(); purchase != null; purchase = waiting.poll()) {
      purchase.granted().completeExceptionally(why);
    }
  }
}
