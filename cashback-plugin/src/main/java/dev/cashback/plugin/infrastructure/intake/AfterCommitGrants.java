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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Grants the purchases hosts have just committed, those that arrive while a grant runs together in
 * the next one: one transaction, one claim, batched ledger writes and one commit for all of them
 * instead of one of each per purchase. A purchase alone is granted at once, as before; under load
 * the batches grow by themselves, up to {@link #BATCH}. A host under heavy checkout load may have
 * the grants gather ({@link InboxConfig#grantGather()}): a grant then starts no sooner than that
 * long after the previous one started, unless a full batch waits, so the purchases committed
 * meanwhile join it, and a grant of many costs a fraction per purchase of a grant of one. After a
 * quiet spell the next purchase is still granted at once. At most {@link InboxConfig#drains()}
 * grants run at once. A failing batch is granted purchase by purchase, and what fails alone is left
 * to the retry timer with its error, as for every grant.
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

  /** How often a gathering grant looks whether a full batch waits. */
  private static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waitingCount = new AtomicInteger();

  /** When the last batch was taken ({@link System#nanoTime()}); long ago at first. */
  private volatile long lastTaken = System.nanoTime() - TimeUnit.HOURS.toNanos(1);

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
    waitingCount.incrementAndGet();
    try {
      workers.start();
    } catch (RuntimeException rejected) {
      failWhatWaits(rejected);
      throw rejected;
    }
    return purchase.granted();
  }

  private void grantWhatWaits() {
    for (List<Waiting> batch = next(); !batch.isEmpty(); batch = next()) {
      grant(batch);
    }
  }

  /**
   * The next batch, once the grants' pace allows it: at once without gathering, after a quiet
   * spell, or when a full batch waits; else when the gathering time since the last batch has
   * passed.
   */
  private List<Waiting> next() {
    long gather = settings.grantGather().toNanos();
    for (long left = lastTaken + gather - System.nanoTime();
        gather > 0 && left > 0 && waitingCount.get() < BATCH;
        left = lastTaken + gather - System.nanoTime()) {
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(left, LOOK_NANOS));
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt(); // the runtime is stopping: grant what waits now
        break;
      }
    }
    List<Waiting> batch = new ArrayList<>();
    for (Waiting next = null; batch.size() < BATCH && (next = waiting.poll()) != null; ) {
      waitingCount.decrementAndGet();
      batch.add(next);
    }
    if (!batch.isEmpty()) {
      lastTaken = System.nanoTime();
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
      waitingCount.decrementAndGet();
      purchase.granted().completeExceptionally(why);
    }
  }
}
