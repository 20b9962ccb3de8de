package dev.cashback.plugin.infrastructure.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

  private final Set<String> creators = ConcurrentHashMap.newKeySet();
  private final ThreadFactory counting =
      task -> {
        creators.add(Thread.currentThread().getName());
        return Executors.defaultThreadFactory().newThread(task);
      };
  private ThreadPoolExecutor pool;

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void everyThreadIsCreatedAtStartNeverByATasksSubmitter() throws Exception {
    pool = BackgroundTasks.started(3, counting);
    assertThat(pool.getPoolSize()).isEqualTo(3);

    Set<String> ranOn = ConcurrentHashMap.newKeySet();
    List<Thread> submitters = new ArrayList<>();
    List<Future<?>> work = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      Thread submitter =
          new Thread(
              () -> {
                for (int i = 0; i < 50; i++) {
                  synchronized (work) {
                    work.add(pool.submit(() -> ranOn.add(Thread.currentThread().getName())));
                  }
                }
              },
              "submitter-" + s);
      submitters.add(submitter);
      submitter.start();
    }
    for (Thread submitter : submitters) {
      submitter.join();
    }
    for (Future<?> done : work) {
      done.get(10, TimeUnit.SECONDS);
    }

    assertThat(creators).containsExactly(Thread.currentThread().getName());
    assertThat(ranOn).hasSizeLessThanOrEqualTo(3).noneMatch(name -> name.startsWith("submitter"));
    assertThat(pool.getPoolSize()).isEqualTo(3);
  }

  @Test
  void aFullQueueRefusesTheTaskSoItsCallerLeavesItToTheRetryTimer() throws Exception {
    pool = BackgroundTasks.started(1, counting);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(1);
    pool.submit(
        () -> {
          busy.countDown();
          release.await();
          return null;
        });
    busy.await(10, TimeUnit.SECONDS);
    for (int i = 0; i < BackgroundTasks.QUEUE; i++) {
      pool.submit(() -> {});
    }

    assertThatThrownBy(() -> pool.submit(() -> {})).isInstanceOf(RejectedExecutionException.class);
    release.countDown();
  }
}
