package dev.cashback.plugin.infrastructure.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the inbox stores reads back as the event the host sent. */
class InboxPayloadTest {

  @Test
  void purchase_withARefundWindow_readsBackWithIt() {
    PurchaseCompleted purchase =
        purchase(item(null).withRefundWindowDays(14), item(null).withRefundWindowDays(null));
    PurchaseCompleted read =
        InboxWriter.JSON.fromJson(InboxWriter.JSON.toJson(purchase), PurchaseCompleted.class);
    assertThat(read).isEqualTo(purchase);
    assertThat(read.items().get(0).refundWindowDays()).isEqualTo(14);
    assertThat(read.items().get(1).refundWindowDays()).isNull();
  }

  @Test
  void purchase_storedBeforeRefundWindowsExisted_readsWithoutOne() {
    String stored =
        InboxWriter.JSON
            .toJson(purchase(item(null)))
            .replace(",\"refundWindowDays\":null", "")
            .replace("\"refundWindowDays\":null,", "");
    assertThat(stored).doesNotContain("refundWindowDays");
    PurchaseCompleted read = InboxWriter.JSON.fromJson(stored, PurchaseCompleted.class);
    assertThat(read.items().get(0).refundWindowDays()).isNull();
    assertThat(read.items().get(0).unitPrice()).isEqualByComparingTo("25.00");
  }

  @Test
  void progress_roundTrips() {
    CourseProgressed progress =
        new CourseProgressed("lena", "sql", 50, Instant.parse("2026-03-01T09:30:00Z"));
    assertThat(InboxWriter.JSON.fromJson(InboxWriter.JSON.toJson(progress), CourseProgressed.class))
        .isEqualTo(progress);
  }

  private static PurchaseCompleted purchase(PurchaseItem... items) {
    return new PurchaseCompleted(
        "p-1",
        new Buyer("lena", "Lena", null, null, Set.of()),
        List.of(items),
        "USD",
        Instant.parse("2026-03-01T09:30:00Z"));
  }

  private static PurchaseItem item(Integer windowDays) {
    return new PurchaseItem(
        ItemType.COURSE,
        "sql",
        "SQL Deep Dive",
        null,
        null,
        null,
        new BigDecimal("25.00"),
        1,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        windowDays);
  }
}
