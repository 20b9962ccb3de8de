package dev.cashback.plugin.infrastructure.scheduling;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * At most a number of workers of one kind on the plugin's background threads, each doing the work
 * until none is left. Asking for one while as many run starts none: the running ones take the new
 * work, and a worker that stops looks once more, so work that came just as it stopped is not left
 * waiting for a timer.
 */
public final class LimitedWorkers {

  private final BackgroundTasks threads;
  private final IntSupplier limit;
  private final BooleanSupplier workLeft;
  private final Runnable work;
  private final AtomicInteger running = new AtomicInteger();

  /**
   * @param limit how many workers may run at once, read at each start
   * @param workLeft whether there is work for a worker
   * @param work what a worker does: the work until none is left
   */
  public LimitedWorkers(
      BackgroundTasks threads, IntSupplier limit, BooleanSupplier workLeft, Runnable work) {
    this.threads = threads;
    this.limit = limit;
    this.workLeft = workLeft;
    this.work = work;
  }

  /**
   * Starts a worker if there is work and fewer than the limit run.
   *
   * @throws RejectedExecutionException when no background thread takes the worker
   */
  public void start() {
    for (int now = running.get(); now < limit.getAsInt() && workLeft.getAsBoolean(); ) {
      if (running.compareAndSet(now, now + 1)) {
        try {
          threads.submit(this::run);
        } catch (RuntimeException rejected) {
          running.decrementAndGet();
          throw rejected;
        }
        return;
      }
      now = running.get();
    }
  }

  private void run() {
    try {
      work.run();
    } finally {
      running.decrementAndGet();
    }
    start(); // work that came after the worker's last look and before it stopped counting
  }

  /** Workers running now. */
  int running() {
    return running.get();
  }
}
