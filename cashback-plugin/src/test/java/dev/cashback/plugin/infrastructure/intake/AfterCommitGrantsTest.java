package dev.cashback.plugin.infrastructure.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How purchases committed at the same time are granted: alone at once, together when they arrive
 * while a grant runs or while it gathers, each exactly once whatever the concurrency, one by one
 * when their batch fails, and left to the retry timer when no thread takes them.
 */
class AfterCommitGrantsTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Grants applier = new Grants();
  private final List<String> alone = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aPurchaseAlone_isGrantedAtOnce() throws Exception {
    AfterCommitGrants grants = grants(2);
    grants.grant("p1").get(5, TimeUnit.SECONDS);
    assertThat(applier.batches).containsExactly(List.of("p1"));
  }

  @Test
  void purchasesArrivingWhileAGrantRuns_areGrantedTogetherInTheNext() throws Exception {
    AfterCommitGrants grants = grants(1);
    Future<Void> first = grantHeldUntilReleased(grants);
    List<Future<Void>> later = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      later.add(grants.grant("later-" + i));
    }
    applier.holdFirst.countDown();
    first.get(5, TimeUnit.SECONDS);
    for (Future<Void> purchase : later) {
      purchase.get(5, TimeUnit.SECONDS);
    }
    assertThat(applier.batches).hasSize(2);
    assertThat(applier.batches.get(1))
        .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "later-" + i).toList());
  }

  @Test
  void aGatheringGrant_afterAQuietSpell_startsAtOnce() throws Exception {
    AfterCommitGrants grants = grants(1, 3_000);
    long started = System.nanoTime();
    grants.grant("p1").get(5, TimeUnit.SECONDS);
    // A host with few checkouts keeps the cashback on the receipt: nothing to gather, no wait.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    assertThat(applier.batches).containsExactly(List.of("p1"));
  }

  @Test
  void gatheringGrants_underLoad_takeThePurchasesCommittedSinceThePreviousGrant() throws Exception {
    AfterCommitGrants grants = grants(1, 1_000);
    List<Future<Void>> purchases = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      purchases.add(grants.grant("p" + i));
      Thread.sleep(10); // checkouts a moment apart: without gathering each goes alone
    }
    for (Future<Void> purchase : purchases) {
      purchase.get(5, TimeUnit.SECONDS);
    }
    assertThat(applier.batches)
        .containsExactly(List.of("p0"), IntStream.range(1, 10).mapToObj(i -> "p" + i).toList());
  }

  @Test
  void aFullBatchWaiting_isGrantedWithoutGathering() throws Exception {
    AfterCommitGrants grants = grants(1, 10_000);
    grants.grant("first").get(5, TimeUnit.SECONDS);
    long started = System.nanoTime();
    List<Future<Void>> purchases = new ArrayList<>();
    for (int i = 0; i < 2 * AfterCommitGrants.BATCH; i++) {
      purchases.add(grants.grant("p" + i));
    }
    for (Future<Void> purchase : purchases) {
      purchase.get(5, TimeUnit.SECONDS);
    }
    // More purchases than one grant takes would otherwise pile up faster than they are granted.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(applier.batches.subList(1, applier.batches.size()))
        .allMatch(batch -> batch.size() == AfterCommitGrants.BATCH);
  }

  @Test
  void manyAtOnce_eachIsGrantedExactlyOnce_inBatchesNoLargerThanTheLimit() throws Exception {
    AfterCommitGrants grants = grants(2);
    ExecutorService checkouts = Executors.newFixedThreadPool(8);
    try {
      List<Future<Future<Void>>> submitted = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        String id = "p" + i;
        submitted.add(checkouts.submit(() -> grants.grant(id)));
      }
      for (Future<Future<Void>> purchase : submitted) {
        purchase.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
      }
    } finally {
      checkouts.shutdownNow();
    }
    List<String> granted = applier.batches.stream().flatMap(List::stream).toList();
    assertThat(granted).hasSize(2000).doesNotHaveDuplicates();
    assertThat(applier.batches).allMatch(batch -> batch.size() <= AfterCommitGrants.BATCH);
    assertThat(applier.mostAtOnce).isLessThanOrEqualTo(2);
  }

  @Test
  void aFailingBatch_isGrantedOneByOne() throws Exception {
    AfterCommitGrants grants = grants(1);
    Future<Void> first = grantHeldUntilReleased(grants);
    applier.failBatchesOfMoreThanOne = true;
    Future<Void> a = grants.grant("a");
    Future<Void> b = grants.grant("b");
    applier.holdFirst.countDown();
    first.get(5, TimeUnit.SECONDS);
    a.get(5, TimeUnit.SECONDS);
    b.get(5, TimeUnit.SECONDS);
    assertThat(alone).containsExactly("a", "b");
  }

  @Test
  void noThreadToGrantOn_leavesThePurchaseToTheRetryTimer() {
    AfterCommitGrants grants = withThreads(1, 0);
    grants.executor =
        new BackgroundTasks() {
          @Override
          public Future<?> submit(Runnable task) {
            throw new RejectedExecutionException("full");
          }
        };
    grants.prepareWorkers();
    assertThatThrownBy(() -> grants.grant("p1")).isInstanceOf(RejectedExecutionException.class);
    assertThat(applier.batches).isEmpty();
  }

  /** Grants a first purchase whose grant waits, once started, until the test releases it. */
  private Future<Void> grantHeldUntilReleased(AfterCommitGrants grants) throws Exception {
    applier.holdFirst = new CountDownLatch(1);
    Future<Void> first = grants.grant("first");
    applier.firstStarted.await(5, TimeUnit.SECONDS);
    return first;
  }

  private AfterCommitGrants grants(int drains) {
    return grants(drains, 0);
  }

  private AfterCommitGrants grants(int drains, long gatherMillis) {
    AfterCommitGrants grants = withThreads(drains, gatherMillis);
    grants.prepareWorkers();
    return grants;
  }

  private AfterCommitGrants withThreads(int drains, long gatherMillis) {
    AfterCommitGrants grants = new AfterCommitGrants();
    grants.processor = applier;
    grants.settings =
        new InboxConfig() {
          @Override
          public int drains() {
            return drains;
          }

          @Override
          public Duration grantGather() {
            return Duration.ofMillis(gatherMillis);
          }
        };
    grants.processing =
        new InboxAttempts() {
          @Override
          public void processQuietly(Inbox inbox, String key) {
            alone.add(key);
          }
        };
    grants.executor =
        new BackgroundTasks() {
          @Override
          public Future<?> submit(Runnable task) {
            return threads.submit(task);
          }
        };
    return grants;
  }

  /** Notes each batch; may hold the first one, and may fail batches of several. */
  private static final class Grants extends InboxEventApplier {
    final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch firstStarted = new CountDownLatch(1);
    volatile CountDownLatch holdFirst;
    volatile boolean failBatchesOfMoreThanOne;
    private int atOnce;
    int mostAtOnce;

    @Override
    public List<String> processPurchases(List<String> purchaseIds) {
      synchronized (this) {
        mostAtOnce = Math.max(mostAtOnce, ++atOnce);
      }
      try {
        if (firstStarted.getCount() > 0) {
          firstStarted.countDown();
          if (holdFirst != null) {
            holdFirst.await(5, TimeUnit.SECONDS);
          }
        }
        if (failBatchesOfMoreThanOne && purchaseIds.size() > 1) {
          throw new IllegalStateException("one of them failed");
        }
        batches.add(List.copyOf(purchaseIds));
        return purchaseIds;
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        synchronized (this) {
          atOnce--;
        }
      }
    }
  }
}
