package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.shared.Money;
import java.time.OffsetDateTime;
import java.util.List;

/** A purchase as the plugin needs it for accrual, translated from the host's event. */
public record PurchaseFacts(
    String purchaseId,
    String userId,
    String userName,
    String userImage,
    String currency,
    OffsetDateTime occurredAt,
    List<PurchaseLine> lines) {

  public PurchaseFacts {
    lines = List.copyOf(lines);
  }

  public Money total() {
    return lines.stream()
        .map(PurchaseLine::paid)
        .reduce(Money.zero(java.util.Currency.getInstance(currency)), Money::plus);
  }
}
