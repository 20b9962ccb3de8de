package dev.cashback.plugin.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptValuesTest {

  private final AtomicInteger made = new AtomicInteger();
  private final KeptValues<Integer, String> values =
      new KeptValues<>(
          3,
          key -> {
            made.incrementAndGet();
            return "value " + key;
          });

  @Test
  void aValueIsMadeOnceAndThenKept() {
    assertThat(values.get(1)).isEqualTo("value 1");
    assertThat(values.get(1)).isEqualTo("value 1");
    assertThat(values.get(2)).isEqualTo("value 2");

    assertThat(made).hasValue(2);
  }

  @Test
  void pastTheLimit_valuesAreMadeForEachCallAndNotKept() {
    for (int key = 0; key < 10; key++) {
      assertThat(values.get(key)).isEqualTo("value " + key);
    }
    assertThat(values.size()).isEqualTo(3);
    assertThat(values.get(9)).isEqualTo("value 9");
    assertThat(made).hasValue(11);
  }
}
