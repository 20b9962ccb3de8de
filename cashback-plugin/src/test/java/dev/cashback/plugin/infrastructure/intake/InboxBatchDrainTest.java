package dev.cashback.plugin.infrastructure.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How many batch transactions a drain runs: full batches until one comes back short, and no
 * transaction after that only to find nothing (a purchase at a time is one transaction).
 */
class InboxBatchDrainTest {

  @Test
  void aShortBatch_endsTheDrain() {
    BatchesOf applier = new BatchesOf(1, 1);
    drainWith(applier).drainDue();
    assertThat(applier.calls).isEqualTo(1);
  }

  @Test
  void fullBatches_goOnUntilAShortOne() {
    BatchesOf applier =
        new BatchesOf(InboxBatchDrain.BATCH, InboxBatchDrain.BATCH, 30, InboxBatchDrain.BATCH);
    drainWith(applier).drainDue();
    assertThat(applier.calls).as("two full batches, then the short one").isEqualTo(3);
  }

  @Test
  void nothingDue_isOneTransaction() {
    BatchesOf applier = new BatchesOf(0, InboxBatchDrain.BATCH);
    drainWith(applier).drainDue();
    assertThat(applier.calls).isEqualTo(1);
  }

  private static InboxBatchDrain drainWith(InboxEventApplier applier) {
    InboxBatchDrain drain = new InboxBatchDrain();
    drain.processor = applier;
    return drain;
  }

  /** Answers each batch with as many purchase ids as it was told, in order. */
  private static final class BatchesOf extends InboxEventApplier {
    private final Deque<Integer> sizes = new ArrayDeque<>();
    int calls;

    BatchesOf(Integer... sizes) {
      this.sizes.addAll(List.of(sizes));
    }

    @Override
    public List<String> processBatch(int limit) {
      calls++;
      int size = sizes.isEmpty() ? 0 : sizes.removeFirst();
      return new ArrayList<>(IntStream.range(0, size).mapToObj(i -> "purchase-" + i).toList());
    }
  }
}
