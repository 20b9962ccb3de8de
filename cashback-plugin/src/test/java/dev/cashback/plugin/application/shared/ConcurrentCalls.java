package dev.cashback.plugin.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** For tests of values shared between threads: calls made from many threads at once. */
public final class ConcurrentCalls {

  private ConcurrentCalls() {}

  /**
   * Makes every call once on this thread, then {@code rounds} times over on each of {@code threads}
   * threads at once, and checks that every call gave on them what it gave alone.
   */
  public static <T> void giveWhatTheyGiveAlone(List<Supplier<T>> calls, int threads, int rounds)
      throws Exception {
    List<T> alone = calls.stream().map(Supplier::get).toList();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<T>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<T> given = new ArrayList<>();
                  for (int round = 0; round < rounds; round++) {
                    calls.forEach(call -> given.add(call.get()));
                  }
                  return given;
                }));
      }
      for (Future<List<T>> result : results) {
        List<T> given = result.get();
        for (int i = 0; i < given.size(); i++) {
          assertThat(given.get(i)).isEqualTo(alone.get(i % alone.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
