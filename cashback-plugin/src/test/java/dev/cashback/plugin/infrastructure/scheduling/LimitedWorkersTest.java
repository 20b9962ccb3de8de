package dev.cashback.plugin.infrastructure.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitedWorkersTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final BackgroundTasks threads =
      new BackgroundTasks() {
        @Override
        public Future<?> submit(Runnable task) {
          return pool.submit(task);
        }
      };

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void noMoreThanTheLimitRunAtOnce_howeverOftenOneIsAskedFor() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicBoolean work = new AtomicBoolean(true);
    LimitedWorkers workers =
        new LimitedWorkers(
            threads,
            () -> 2,
            work::get,
            () -> {
              most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
              try {
                release.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              work.set(false);
              atOnce.decrementAndGet();
            });
    for (int i = 0; i < 20; i++) {
      workers.start();
    }
    assertThat(workers.running()).isEqualTo(2);
    release.countDown();
    awaitNoneRunning(workers);
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void workThatComesAsTheWorkerStops_isDoneWithoutAnotherAsk() throws Exception {
    Queue<Integer> queue = new ConcurrentLinkedQueue<>();
    AtomicInteger done = new AtomicInteger();
    CountDownLatch foundNothing = new CountDownLatch(1);
    CountDownLatch moreCame = new CountDownLatch(1);
    LimitedWorkers workers =
        new LimitedWorkers(
            threads,
            () -> 1,
            () -> !queue.isEmpty(),
            () -> {
              while (queue.poll() != null) {
                done.incrementAndGet();
              }
              if (foundNothing.getCount() > 0) {
                foundNothing.countDown(); // the worker looked last, and is about to stop
                await(moreCame);
              }
            });
    queue.add(1);
    workers.start();
    await(foundNothing);
    queue.add(2);
    workers.start(); // one still runs: starts none
    moreCame.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (done.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(done.get()).isEqualTo(2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aWorkerNoThreadTakes_isNotCounted() throws Exception {
    AtomicBoolean refuse = new AtomicBoolean(true);
    AtomicInteger ran = new AtomicInteger();
    LimitedWorkers workers =
        new LimitedWorkers(
            new BackgroundTasks() {
              @Override
              public Future<?> submit(Runnable task) {
                if (refuse.get()) {
                  throw new RejectedExecutionException("full");
                }
                return pool.submit(task);
              }
            },
            () -> 1,
            () -> ran.get() == 0,
            ran::incrementAndGet);
    assertThatThrownBy(workers::start).isInstanceOf(RejectedExecutionException.class);
    assertThat(workers.running()).isZero();
    refuse.set(false);
    workers.start();
    awaitNoneRunning(workers);
    assertThat(ran.get()).isEqualTo(1);
  }

  private static void awaitNoneRunning(LimitedWorkers workers) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (workers.running() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(workers.running()).isZero();
  }
}
