package dev.cashback.plugin.interfaces.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FilteredRowsTest {

  private final AtomicInteger counts = new AtomicInteger();
  private final List<String> loads = new ArrayList<>();
  private String filter = "all";
  private long total = 42;

  private FilteredRows<String> rows() {
    return new FilteredRows<>(
        (first, max) -> {
          loads.add(filter + " " + first + "+" + max);
          return List.of("a", "b");
        },
        () -> {
          counts.incrementAndGet();
          return total;
        },
        row -> "key-" + row);
  }

  @Test
  void aPlainListCountsOnEveryPage_andLoadsOnePageUnderTheCurrentFilter() {
    FilteredRows<String> rows = rows();
    assertThat(rows.count(Map.of())).isEqualTo(42);
    filter = "mine";
    assertThat(rows.count(Map.of())).isEqualTo(42);
    assertThat(counts).hasValue(2);
    assertThat(rows.load(20, 10, Map.of(), Map.of())).containsExactly("a", "b");
    assertThat(loads).containsExactly("mine 20+10");
    assertThat(rows.isCountCapped()).isFalse();
  }

  @Test
  void aDearCountIsTakenOncePerFilter_andSaysWhenItReachedItsCap() {
    FilteredRows<String> rows = rows().countedOncePer(() -> filter, 42);
    assertThat(rows.isCountCapped()).isFalse();
    rows.count(Map.of());
    rows.count(Map.of());
    assertThat(counts).hasValue(1);
    assertThat(rows.isCountCapped()).isTrue();

    filter = "mine";
    total = 7;
    assertThat(rows.count(Map.of())).isEqualTo(7);
    assertThat(counts).hasValue(2);
    assertThat(rows.isCountCapped()).isFalse();
  }

  @Test
  void rowsAreFoundByTheirKeysInThePageShown() {
    FilteredRows<String> rows = rows();
    rows.setWrappedData(List.of("a", "b"));
    assertThat(rows.getRowKey("b")).isEqualTo("key-b");
    assertThat(rows.getRowData("key-b")).isEqualTo("b");
    assertThat(rows.getRowData("key-c")).isNull();
  }
}
