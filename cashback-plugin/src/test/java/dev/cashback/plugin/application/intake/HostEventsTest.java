package dev.cashback.plugin.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostEventsTest {

  @Test
  void toFacts_baseExcludesDiscountAndWhatWasPaidFromTheWallet() {
    PurchaseCompleted event =
        new PurchaseCompleted(
            "p-1",
            new Buyer("lena", "Lena", null, null, Set.of("learner")),
            List.of(item("100.00", 2, "20.00", "30.00")),
            "USD",
            Instant.parse("2026-05-01T10:15:30.123456789Z"));
    PurchaseFacts facts = HostEvents.toFacts(event);
    assertThat(facts.lines().get(0).paid().amount()).isEqualByComparingTo("150.00");
    assertThat(facts.userGroups()).containsExactly("learner");
    assertThat(facts.occurredAt().getNano()).isEqualTo(123456000);
  }

  @Test
  void item_walletPartAboveWhatTheLineCosts_refused() {
    assertThatThrownBy(() -> item("10.00", 1, "2.00", "8.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paidFromWallet");
  }

  @Test
  @org.junit.jupiter.api.Timeout(5)
  void item_ofAnAbsurdMagnitude_refusedBeforeAnyArithmetic() {
    // Found by review: 1E+999999999 passed the checks and the line total then built a number of
    // a billion digits, holding a thread and its memory.
    for (String absurd : new String[] {"1E+999999999", "1E-999999999", "1E+31"}) {
      assertThatThrownBy(() -> item(absurd, 1, "0", "0"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("out of range");
      assertThatThrownBy(() -> item("10.00", 1, absurd, "0"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static PurchaseItem item(String price, int quantity, String discount, String wallet) {
    return new PurchaseItem(
        ItemType.COURSE,
        "java",
        "Java",
        null,
        "programming",
        "irene",
        new BigDecimal(price),
        quantity,
        new BigDecimal(discount),
        new BigDecimal(wallet));
  }
}
